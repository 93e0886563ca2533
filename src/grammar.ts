import type { z } from "zod";
import type { Consumed } from "./consumed.js";
import type { Diagnostics } from "./diagnostics.js";
import type { Envelope } from "./schema/common.js";
import type { Furniture } from "./schema/gazette.js";
import type { PagedLine } from "./text/run.js";
import type { Source } from "./tokenize/source.js";

/** A document of an issue as segmentation leaves it: its envelope read, its lines split by role. */
export interface DocumentSegment {
  /** Every content line of the document, furniture set aside; the parse makes no lines of white space alone. */
  lines: PagedLine[];
  /** The envelope as the generic document grammar reads it. */
  envelope: Envelope;
  /** The lines between the addressees and the signature. */
  body: PagedLine[];
  /**
   * What follows the signature and date and is not a forwarded document: the document that a notice
   * issues (印发) or attaches (附件). A kind's grammar consumes these lines.
   */
  annex: PagedLine[];
  /** Documents that this one forwards (转发), segmented the same way. */
  forwarded: DocumentSegment[];
}

export interface GrammarContext {
  source: Source;
  diagnostics: Diagnostics;
  /** Where a grammar marks the text it turns into values; what no grammar marks is reported unread. */
  consumed: Consumed;
  /** The page furniture: a table's header, set aside where it repeats, still names the table's columns. */
  furniture?: readonly Furniture[];
}

/**
 * A grammar for one kind of document. `claims` looks at a segment and says whether this grammar knows
 * it; `parse` reads the kind's own fields from the segment. It marks in `context.consumed` the text it
 * turns into values, and may report text it cannot read as `unconsumed-text` with its span; text of the
 * annex that it neither marks nor reports, the parse reports as unconsumed at its end.
 */
export interface Grammar<Kind extends string = string, Fields extends object = object> {
  kind: Kind;
  /**
   * The zod schema of the fields `parse` adds to the envelope. The parse checks a grammar's output
   * against it (what it refuses costs that document only: it falls back to generic), and
   * `gazetteSchema(grammars)` builds the document union from it. The built-in grammars leave it out,
   * so that `gz-gazette/parser` loads without zod: their schemas are the package's own (`src/schema/`).
   */
  schema?: z.ZodObject;
  /**
   * Whether a line opens a document of this kind that has no organ header (`广州市人民政府批准：` over
   * `任命…` opens a personnel section); `next` is the next non-blank line and `after` the one after it
   * (segmentation always gives it), "" at the end: an opening line wrapped over two is `text` and `next`,
   * over `after`. Segmentation cuts there.
   */
  opens?(text: string, next: string, after?: string): boolean;
  claims(segment: DocumentSegment): boolean;
  parse(segment: DocumentSegment, context: GrammarContext): Fields;
}
