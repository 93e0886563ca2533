import { bareSegment, DOC_NUMBER_LINE, DOCUMENT_HEADS, REGISTRATION_CODE, segmentDocument } from "../grammars/document.js";
import { bodyEffective } from "../grammars/effective.js";
import { closesDocument } from "../grammars/envelope/imprint.js";
import { grammars as builtInGrammars } from "../grammars/index.js";
import { buildOutline } from "../grammars/outline.js";
import { account, Consumed, reportUnread } from "./consumed.js";
import { inputText, reportControlCharacters, reportNotAGazette } from "./input-checks.js";
import { Diagnostics } from "./diagnostics.js";
import { paginate } from "./furniture/index.js";
import type { DocumentSegment, Grammar, GrammarContext } from "./grammar.js";
import type { ForwardedDocument } from "./schema/common.js";
import type { Document } from "./schema/document.js";
import type { Gazette } from "./schema/gazette.js";
import { cutDocuments, startsHead, type Cut } from "./segment/index.js";
import { linesSpan, type PagedLine } from "./text/run.js";
import { lineSpan, readSource, tokenize } from "./tokenize/index.js";
import { startingAt } from "./tokenize/source.js";

export interface ParseOptions {
  /** The largest input accepted, in UTF-16 code units; larger input gives an `input-too-large` error. */
  maxInputLength?: number;
  /**
   * The grammars of specific kinds, asked in order; the built-in ones (`grammars`) by default. A project
   * adds its own with `[...grammars, mine]`, or puts them first to take documents from the built-in ones.
   */
  grammars?: readonly Grammar[];
}

/** 16 MiB of text: far above any gazette issue (the bundled one is about 100 KB). */
export const DEFAULT_MAX_INPUT_LENGTH = 16 * 1024 * 1024;

const forwardedOf = (segment: DocumentSegment): ForwardedDocument[] =>
  segment.forwarded.map((child) => ({ ...child.envelope, forwarded: forwardedOf(child) }));

/** What a grammar adds, checked against its schema when it has one; null (reported) when refused. */
function fieldsOf(grammar: Grammar, segment: DocumentSegment, context: GrammarContext): object | null {
  const fields = grammar.parse(segment, context);
  const checked = grammar.schema?.safeParse(fields);
  if (checked === undefined || checked.success) return fields;
  const problems = checked.error.issues.map((issue) => `${issue.path.join(".") || "(fields)"}: ${issue.message}`).join("; ");
  const message = `The ${grammar.kind} grammar gave fields that its schema refuses (${problems}); the document is read as generic`;
  context.diagnostics.error("internal-error", message, linesSpan(segment.lines), segment.envelope.pages.from);
  return null;
}

/** Turns a segment into a document: the first grammar that claims it reads it, else it is generic. */
function readDocument(segment: DocumentSegment, grammars: readonly Grammar[], context: GrammarContext): Document {
  const base = { ...segment.envelope, forwarded: forwardedOf(segment) };
  const span = linesSpan(segment.lines);
  const page = segment.envelope.pages.from;
  for (const grammar of grammars) {
    try {
      if (!grammar.claims(segment)) continue;
      const fields = fieldsOf(grammar, segment, context);
      // A built-in grammar's fields are its kind's (tests check them against `DocumentSchema`); a
      // project's are checked against the schema it gives, and its kind joins the union through
      // `gazetteSchema(grammars)`.
      if (fields !== null) return { ...base, ...fields, kind: grammar.kind } as Document;
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
  const effective = bodyEffective(segment, context);
  return { ...base, body: [...base.body, ...buildOutline(segment.annex, context)], effective, kind: "generic" };
}

function emptyGazette(): Gazette {
  return { issue: null, pages: 0, furniture: [], documents: [], diagnostics: [], coverage: { consumed: 0, furniture: 0, unconsumed: 0 } };
}

/** A cut already read: its lines go once their document is made (`parseGazette`). */
const READ: Cut = { lines: [], openedBy: null };

/**
 * The page an input offset stands on: the page of the nearest content line that starts at or before it.
 * Kept as numbers, so that it does not hold the lines.
 */
function pageFinder(lines: readonly PagedLine[]): (offset: number) => number {
  const starts: number[] = [];
  const pages: number[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    starts.push(lineSpan(line).start);
    pages.push(line.page);
  }
  return (offset) => pages[startingAt(starts, offset)] ?? 1;
}

/**
 * Tokenizes an issue, sets its furniture aside and cuts it into documents. The cuts are all that holds
 * the lines when this returns, so that each document's lines can be collected once it is read: a bound
 * volume's lines would otherwise stay until the last of its documents is done.
 */
function cutIssue(text: string, grammars: readonly Grammar[]) {
  const { source, lines } = tokenize(text);
  const diagnostics = new Diagnostics(source);
  const heads = { heads: DOCUMENT_HEADS };
  const { content, furniture, pages, issue } = paginate(source, lines, diagnostics, (line, next) => startsHead(heads, line, next));
  reportControlCharacters(text, lines, diagnostics);
  const cuts = cutDocuments(content, {
    ...heads,
    registrationCode: REGISTRATION_CODE,
    number: DOC_NUMBER_LINE,
    closes: closesDocument,
    openers: grammars.flatMap((grammar) => (grammar.opens ? [{ kind: grammar.kind, opens: grammar.opens }] : [])),
  });
  return { source, diagnostics, cuts, furniture, pages, issue, pageAt: pageFinder(content) };
}

/**
 * Parses the extracted text of a gazette issue, or its bytes (decoded by `decodeText`). Never throws on
 * bad input: what it cannot read it reports as diagnostics with a rule, a position and a page. Only a
 * value that is neither a string nor a Uint8Array is a `TypeError`.
 */
export function parseGazette(input: string | Uint8Array, options: ParseOptions = {}): Gazette {
  const read = inputText(input);
  if ("problem" in read) {
    const gazette = emptyGazette();
    gazette.diagnostics = [new Diagnostics(readSource("")).error("not-text", `The input cannot be read as text: ${read.problem}`)];
    return gazette;
  }
  const { text } = read;
  const limit = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (text.length > limit) {
    const gazette = emptyGazette();
    const diagnostics = new Diagnostics(readSource(""));
    diagnostics.error("input-too-large", `The input has ${text.length} characters, more than the ${limit} allowed`);
    gazette.diagnostics = diagnostics.list;
    return gazette;
  }
  const grammars = options.grammars ?? builtInGrammars;
  const { source, diagnostics, cuts, furniture, pages, issue, pageAt } = cutIssue(text, grammars);
  const context: GrammarContext = { source, diagnostics, furniture, consumed: new Consumed() };
  const documents: Document[] = [];
  for (let i = 0; i < cuts.length; i += 1) {
    const cut = cuts[i]!;
    cuts[i] = READ;
    documents.push(readDocument(cut.openedBy === null ? segmentDocument(cut.lines, context) : bareSegment(cut.lines, context), grammars, context));
  }
  reportNotAGazette(issue, documents, diagnostics);
  const { coverage, unread } = account(text, context.consumed, furniture, diagnostics.list);
  reportUnread(text, unread, pageAt, diagnostics);
  return { issue, pages, furniture, documents, diagnostics: diagnostics.list, coverage };
}
