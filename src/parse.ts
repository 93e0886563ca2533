import { bareSegment, DOCUMENT_HEADS, REGISTRATION_CODE, segmentDocument } from "../grammars/document.js";
import { grammars } from "../grammars/index.js";
import { buildOutline } from "../grammars/outline.js";
import { measureCoverage } from "./coverage.js";
import { Diagnostics } from "./diagnostics.js";
import { paginate } from "./furniture/index.js";
import type { DocumentSegment, GrammarContext } from "./grammar.js";
import type { ForwardedDocument } from "./schema/common.js";
import type { Document } from "./schema/document.js";
import type { Gazette } from "./schema/gazette.js";
import { cutDocuments, startsHead } from "./segment/index.js";
import { linesSpan } from "./text/run.js";
import { tokenize } from "./tokenize/index.js";

export interface ParseOptions {
  /** The largest input accepted, in UTF-16 code units; larger input gives an `input-too-large` error. */
  maxInputLength?: number;
}

/** 16 MiB of text: far above any gazette issue (the bundled one is about 100 KB). */
export const DEFAULT_MAX_INPUT_LENGTH = 16 * 1024 * 1024;

const forwardedOf = (segment: DocumentSegment): ForwardedDocument[] =>
  segment.forwarded.map((child) => ({ ...child.envelope, forwarded: forwardedOf(child) }));

/** Turns a segment into a document: the first grammar that claims it reads it, else it is generic. */
function readDocument(segment: DocumentSegment, context: GrammarContext): Document {
  const base = { ...segment.envelope, forwarded: forwardedOf(segment) };
  const span = linesSpan(segment.lines);
  const page = segment.envelope.pages.from;
  for (const grammar of grammars) {
    try {
      if (!grammar.claims(segment)) continue;
      return { ...base, ...grammar.parse(segment, context), kind: grammar.kind } as Document;
    } catch (error) {
      // A grammar's defect must not cost the user the rest of the issue.
      context.diagnostics.error("internal-error", `The ${grammar.kind} grammar failed: ${String(error)}`, span, page);
    }
  }
  context.diagnostics.info(
    "unknown-document-kind",
    `No specific grammar knows ${segment.envelope.title ?? "this document"}; it is read as a generic document`,
    span,
    page,
  );
  return { ...base, body: [...base.body, ...buildOutline(segment.annex, context)], kind: "generic" };
}

function emptyGazette(): Gazette {
  return { issue: null, pages: 0, furniture: [], documents: [], diagnostics: [], coverage: { consumed: 0, furniture: 0, unconsumed: 0 } };
}

/**
 * Parses the extracted text of a gazette issue. Never throws on bad input: what it cannot read it
 * reports as diagnostics with a rule, a position and a page.
 */
export function parseGazette(text: string, options: ParseOptions = {}): Gazette {
  const { source, lines } = tokenize(text.length > (options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH) ? "" : text);
  const diagnostics = new Diagnostics(source);
  if (source.text !== text) {
    const gazette = emptyGazette();
    diagnostics.error("input-too-large", `The input has ${text.length} characters, more than the ${options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH} allowed`);
    gazette.diagnostics = diagnostics.list;
    return gazette;
  }
  const context: GrammarContext = { source, diagnostics };
  const heads = { heads: DOCUMENT_HEADS };
  const { content, furniture, pages, issue } = paginate(source, lines, diagnostics, (text, next) => startsHead(heads, text, next));
  const cuts = cutDocuments(content, {
    ...heads,
    registrationCode: REGISTRATION_CODE,
    openers: grammars.flatMap((grammar) => (grammar.opens ? [{ kind: grammar.kind, opens: grammar.opens }] : [])),
  });
  const documents = cuts.map((cut) =>
    readDocument(cut.openedBy === null ? segmentDocument(cut.lines, context) : bareSegment(cut.lines, context), context),
  );
  const list = diagnostics.list;
  return { issue, pages, furniture, documents, diagnostics: list, coverage: measureCoverage(text, furniture, list) };
}
