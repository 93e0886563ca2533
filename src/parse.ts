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
import { cutDocuments, startsHead, type Cut } from "./segment/index.js";
import { linesSpan } from "./text/run.js";
import { readSource, tokenize } from "./tokenize/index.js";

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

/** A cut already read: its lines go once their document is made (`parseGazette`). */
const READ: Cut = { lines: [], openedBy: null };

/**
 * Tokenizes an issue, sets its furniture aside and cuts it into documents. The cuts are all that holds
 * the lines when this returns, so that each document's lines can be collected once it is read: a bound
 * volume's lines would otherwise stay until the last of its documents is done.
 */
function cutIssue(text: string) {
  const { source, lines } = tokenize(text);
  const diagnostics = new Diagnostics(source);
  const heads = { heads: DOCUMENT_HEADS };
  const { content, furniture, pages, issue } = paginate(source, lines, diagnostics, (line, next) => startsHead(heads, line, next));
  const cuts = cutDocuments(content, {
    ...heads,
    registrationCode: REGISTRATION_CODE,
    openers: grammars.flatMap((grammar) => (grammar.opens ? [{ kind: grammar.kind, opens: grammar.opens }] : [])),
  });
  return { source, diagnostics, cuts, furniture, pages, issue };
}

/**
 * Parses the extracted text of a gazette issue. Never throws on bad input: what it cannot read it
 * reports as diagnostics with a rule, a position and a page.
 */
export function parseGazette(text: string, options: ParseOptions = {}): Gazette {
  const limit = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (text.length > limit) {
    const gazette = emptyGazette();
    const diagnostics = new Diagnostics(readSource(""));
    diagnostics.error("input-too-large", `The input has ${text.length} characters, more than the ${limit} allowed`);
    gazette.diagnostics = diagnostics.list;
    return gazette;
  }
  const { source, diagnostics, cuts, furniture, pages, issue } = cutIssue(text);
  const context: GrammarContext = { source, diagnostics };
  const documents: Document[] = [];
  for (let i = 0; i < cuts.length; i += 1) {
    const cut = cuts[i]!;
    cuts[i] = READ;
    documents.push(readDocument(cut.openedBy === null ? segmentDocument(cut.lines, context) : bareSegment(cut.lines, context), context));
  }
  const list = diagnostics.list;
  return { issue, pages, furniture, documents, diagnostics: list, coverage: measureCoverage(text, furniture, list) };
}
