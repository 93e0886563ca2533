import { bareSegment, DOC_NUMBER_LINE, DOCUMENT_HEADS, REGISTRATION_CODE, forwards, segmentDocument, TITLE_START } from "../grammars/document.js";
import { attachmentsStart, readAttachments } from "../grammars/attachments.js";
import { bodyEffective } from "../grammars/effective.js";
import { closesDocument } from "../grammars/envelope/imprint.js";
import { grammars as builtInGrammars } from "../grammars/index.js";
import { buildOutline } from "../grammars/outline.js";
import { measureOf } from "../grammars/paragraphs.js";
import { hasSentencePunctuation } from "../grammars/sentences.js";
import { account, Consumed, reportUnread } from "./consumed.js";
import { inputText, reportControlCharacters, reportNotAGazette } from "./input-checks.js";
import { Diagnostics, inSourceOrder } from "./diagnostics.js";
import { firstPage, isPageMark, paginate } from "./furniture/index.js";
import { PageIndex } from "./furniture/page-index.js";
import type { DocumentSegment, Grammar, GrammarContext } from "./grammar.js";
import type { ForwardedDocument } from "./schema/common.js";
import type { Document } from "./schema/document.js";
import type { Furniture, Gazette, Issue } from "./schema/gazette.js";
import { cutDocuments, headStarts, startsHead, type HeadRules } from "./segment/index.js";
import { isDateForm } from "./text/dates.js";
import { linesSpan, type PagedLine } from "./text/run.js";
import { readSource, Tokenizer } from "./tokenize/index.js";

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
  // What it issues after its signature is read with its body, up to the attachments it prints.
  const start = attachmentsStart(segment.annex);
  const printedAttachments = readAttachments(segment.annex.slice(start), context, measureOf(segment.annex).fullWidth);
  return { ...base, body: [...base.body, ...buildOutline(segment.annex.slice(0, start), context)], effective, printedAttachments, kind: "generic" };
}

/** The gazette of an input refused before it is read: nothing in it, and the error that says why. */
function refused(ruleId: string, message: string): Gazette {
  const diagnostics = new Diagnostics(readSource(""));
  diagnostics.error(ruleId, message);
  return { issue: null, pages: 0, furniture: [], documents: [], diagnostics: diagnostics.list, coverage: { consumed: 0, furniture: 0, unconsumed: 0 } };
}

/**
 * Raw lines tokenized at a time. A line lives about as long as its document is read: lines that outlive a
 * few collections of the young generation are moved to the old one, which V8 lets grow to several times
 * what it holds before it collects it.
 */
const WINDOW_LINES = 512;

const HEADS: HeadRules = { heads: DOCUMENT_HEADS, registrationCode: REGISTRATION_CODE, pageMark: isPageMark };

/**
 * The input's lines, a document at a time: from one document head to the next (`headStarts`), leading
 * text alone before the first. Each is paginated, cut and read on its own, and its lines go before the
 * next is made: a bound volume's lines would otherwise all be held at once. Lines are tokenized
 * `windowLines` at a time, until the next head comes or the input ends; what is read from the lines
 * does not depend on how many are tokenized at once.
 */
export function* headSpans(tokenizer: Tokenizer, windowLines: number): Generator<PagedLine[]> {
  let lines: PagedLine[] = [];
  // Heads are looked for from here on: lines before it were searched already.
  let searchFrom = 0;
  while (!tokenizer.done) {
    for (const line of tokenizer.take(Math.max(1, windowLines))) lines.push(line);
    let begin = 0;
    for (const start of headStarts(lines, HEADS, searchFrom)) {
      if (start <= begin) continue;
      yield lines.slice(begin, start);
      begin = start;
    }
    // The last line with text is judged with the line after it, which the next window brings.
    let last = lines.length - 1;
    while (last > begin && lines[last]!.text === "") last -= 1;
    searchFrom = last - begin;
    // Copied only when a span was read from it: a document without a head ahead grows in place.
    if (begin > 0) lines = lines.slice(begin);
  }
  if (lines.length > 0) yield lines;
}

/**
 * Parses a text a document at a time (`headSpans`): sets each span's furniture aside, cuts it into
 * documents and reads them. `windowLines` is only ever set by tests, to tokenize a short text in windows.
 */
export function parseText(text: string, grammars: readonly Grammar[], windowLines = WINDOW_LINES): Gazette {
  const source = readSource(text);
  const diagnostics = new Diagnostics(source);
  const consumed = new Consumed(text.length);
  const rules = {
    ...HEADS,
    number: DOC_NUMBER_LINE,
    closes: closesDocument,
    dated: isDateForm,
    titleStart: TITLE_START,
    forwards,
    punctuated: hasSentencePunctuation,
    openers: grammars.flatMap((grammar) => (grammar.opens ? [{ kind: grammar.kind, opens: grammar.opens }] : [])),
  };
  const opensDocument = (line: string, next: string) => startsHead(HEADS, line, next);
  const state = firstPage();
  const pageIndex = new PageIndex();
  const furniture: Furniture[] = [];
  const documents: Document[] = [];
  let pages = 0;
  let issue: Issue | null = null;
  for (const lines of headSpans(new Tokenizer(source, { blankLines: false }), windowLines)) {
    const paginated = paginate(source, lines, diagnostics, opensDocument, state);
    ({ pages, issue } = paginated);
    pageIndex.add(paginated.content, paginated.furniture);
    for (const item of paginated.furniture) furniture.push(item);
    // A grammar looks in its span's furniture only: its document's is all there.
    const context: GrammarContext = { source, diagnostics, furniture: paginated.furniture, consumed };
    for (const cut of cutDocuments(paginated.content, rules)) {
      documents.push(readDocument(cut.openedBy === null ? segmentDocument(cut.lines, context) : bareSegment(cut.lines, context), grammars, context));
    }
  }
  const pageAt = (offset: number) => pageIndex.pageAt(offset);
  reportControlCharacters(text, pageAt, diagnostics);
  reportNotAGazette(issue, documents, diagnostics);
  const { coverage, unread } = account(text, consumed, furniture, diagnostics.list);
  reportUnread(text, unread, pageAt, diagnostics);
  // Reported stage by stage and span by span: given in the order of the source.
  return { issue, pages, furniture, documents, diagnostics: inSourceOrder(diagnostics.list), coverage };
}

/**
 * Parses the extracted text of a gazette issue, or its bytes (decoded by `decodeText`). Never throws on
 * bad input: what it cannot read it reports as diagnostics with a rule, a position and a page. Only a
 * value that is neither a string nor a Uint8Array is a `TypeError`.
 */
export function parseGazette(input: string | Uint8Array, options: ParseOptions = {}): Gazette {
  const read = inputText(input);
  if ("problem" in read) return refused("not-text", `The input cannot be read as text: ${read.problem}`);
  const { text } = read;
  const limit = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (text.length > limit) return refused("input-too-large", `The input has ${text.length} characters, more than the ${limit} allowed`);
  return parseText(text, options.grammars ?? builtInGrammars);
}
