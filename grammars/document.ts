import { anchored, built, match, matches } from "../src/fragments.js";
import type { DocumentSegment, GrammarContext } from "../src/grammar.js";
import type { DocNumber, Envelope } from "../src/schema/common.js";
import { dateParts, isoOfParts } from "../src/text/dates.js";
import { FULLWIDTH_COLON, FULLWIDTH_COMMA, IDEOGRAPHIC_COMMA } from "../src/tokenize/characters.js";
import { spanOf, type Source } from "../src/tokenize/source.js";
import { filledEnds, filledLines, linesSpan, type PagedLine } from "../src/text/run.js";
import { buildOutline } from "./outline.js";
import { alternation, APPROVE_WORD, BODY_GROUPS, FORWARD_WORD, ORGANISATION_ENDINGS, PLACE_ENDINGS, TITLE_ABOUT, TITLE_ENDINGS } from "../src/vocabulary.js";
import { ATTACHMENT_START, takeNotes } from "./attachments.js";
import { firstTitle } from "./references.js";
import { hasSentencePunctuation, STOPS } from "./sentences.js";
import { DECREE_HEADER, DECREE_NUMBER, readAdoption } from "./envelope/decree.js";
import { disclosureAt, takeClosing } from "./envelope/imprint.js";
import { ORGAN, splitList } from "./envelope/organs.js";
import { findSignature } from "./envelope/signature.js";

/** `广州市人民政府文件`: the issuing organ's header (版头). */
export const ORGAN_HEADER = anchored("(?<issuer>{{han}}{2,30}?)文件", {}, "u");
/** `穗府〔2022〕2号` on a line of its own. */
export const DOC_NUMBER_LINE = anchored("{{docNumber}}", {}, "u");
/**
 * `广州市人民政府办公厅关于印发…`, `关于…的通知`, `…转发…`: the first line of a document's title, `关于` or
 * `转发` within its first words, no sentence punctuation (nor `、`) before them.
 */
export const TITLE_START = anchored("[^{{punctuation}}]{0,30}?(?:{{about}}|{{forward}}).*", {
  punctuation: [FULLWIDTH_COMMA, IDEOGRAPHIC_COMMA, ...STOPS].join(""),
  about: TITLE_ABOUT,
  forward: FORWARD_WORD,
}, "u");
/** `…转发…的通知`: a title that forwards a text, printed after the document's date; not `关于同意转发…的批复`, which approves one. */
const FORWARDS = built(`(?<!${APPROVE_WORD})${FORWARD_WORD}`, {}, "u");
/** Whether a title line forwards a text (`FORWARDS`). */
export const forwards = (text: string): boolean => matches(FORWARDS, text);
/** The heads a document starts with: its header line and, directly under it, its number. */
export const DOCUMENT_HEADS = [
  { header: ORGAN_HEADER, number: DOC_NUMBER_LINE },
  { header: DECREE_HEADER, number: DECREE_NUMBER },
] as const;
/** `GZ0220220003`: a registration code, printed above the document it registers. */
export const REGISTRATION_CODE = anchored("(?<code>{{registrationCode}})");
/** `各区人民政府`, `市政府各部门`, `各直属机构`, `市教育局`: one addressee, named by how a body or group of bodies ends. */
const ADDRESSEE = `(?:[^。；：，、（）]{1,40}${alternation([...ORGANISATION_ENDINGS, ...BODY_GROUPS, ...PLACE_ENDINGS])}(?:（[^（）]{1,40}）)?)`;
/** `各区人民政府，市政府各部门、各直属机构：`, `市教育局：`: addressees (主送机关), listed with `，` and `、`. */
const ADDRESSEES = anchored("(?<addressees>各[^。；]{1,200}|{{addressee}}(?:[，、]{{addressee}}){0,30})：", { addressee: ADDRESSEE });
/** `…的通知`, `…的意见`, `…工作要点`: the word that ends a document title (the kinds of 公文 and what they issue). */
const TITLE_END = new RegExp(`${alternation(TITLE_ENDINGS)}$`);
/** How many lines a title may wrap over. */
const MAX_TITLE_LINES = 6;
/** How many lines a list of addressees may wrap over. */
const MAX_ADDRESSEE_LINES = 4;
/** `。`, `：`: what a wrapped line of addressees never holds (a sentence, or a list that ended). */
const INSIDE_ADDRESSEES_NEVER = /[。：]/;
/** `各区…`, `…局、…`, `…局，…`: how the first line of a wrapped list of addressees starts or reads. */
const LIST_START = /^各|[，、]/;


/** Reads a cursor over non-blank lines. */
class Cursor {
  index = 0;
  constructor(readonly lines: PagedLine[]) {}
  get line(): PagedLine | undefined {
    return this.lines[this.index];
  }
  peek(ahead = 0): PagedLine | undefined {
    return this.lines[this.index + ahead];
  }
  take(): PagedLine {
    return this.lines[this.index++]!;
  }
  rest(): PagedLine[] {
    return this.lines.slice(this.index);
  }
}

export function readDocNumber(text: string): DocNumber | null {
  const found = match(DOC_NUMBER_LINE, text);
  if (!found?.groups) return null;
  return { prefix: found.groups.prefix!, year: Number(found.groups.year), serial: Number(found.groups.serial), text };
}

/** `2022年2月14日` → `2022-02-14`; a date that does not exist is reported and read as null. */
export function readDate(line: PagedLine, context: GrammarContext): string | null {
  const parts = dateParts(line.text);
  if (parts === null) return null;
  const date = isoOfParts(parts.year, parts.month, parts.day);
  if (date === null) context.diagnostics.error("invalid-date", `${line.text} is not a date`, linesSpan([line]), line.page);
  return date;
}

/**
 * Reads title lines up to the addressees, the document number, or, once the title ends in a title word,
 * an issuer line or the first body line (a notice without addressees: `…的通告` / `为保障…，现通告如下：`).
 */
function readTitle(cursor: Cursor): string | null {
  const start = cursor.index;
  let title = "";
  for (let count = 0; count < MAX_TITLE_LINES && cursor.line; count += 1) {
    const text = cursor.line.text;
    if (addresseesAt(cursor.lines, cursor.index) || matches(DOC_NUMBER_LINE, text)) break;
    if (title && TITLE_END.test(title) && (matches(ORGAN, text) || hasSentencePunctuation(text))) break;
    title += cursor.take().text;
  }
  const next = cursor.line?.text ?? "";
  if (title && (TITLE_END.test(title) || addresseesAt(cursor.lines, cursor.index) || matches(DOC_NUMBER_LINE, next))) return title;
  cursor.index = start;
  return null;
}

/**
 * Where the addressees at `lines[at]` end, over as many lines as a long list wraps (`各区卫生健康局、财政局、
 * 人力资源社会保障局，` / `市医保中心：`), and what they are; null when none start there. Only the list's last
 * line ends with `：`. A wrapped list starts as a list does (with `各`, or naming two bodies apart by `，`
 * or `、`), and no line before its last ends as a title or holds a sentence's `。` or `：`.
 */
function addresseesAt(lines: readonly PagedLine[], at: number): { addressees: string[]; count: number } | null {
  let joined = "";
  for (let count = 1; count <= MAX_ADDRESSEE_LINES && at + count <= lines.length; count += 1) {
    const text = lines[at + count - 1]!.text;
    joined += text;
    if (text.endsWith(FULLWIDTH_COLON)) {
      const found = match(ADDRESSEES, joined)?.groups;
      return found ? { addressees: splitList(found.addressees!), count } : null;
    }
    if (count === 1 && !LIST_START.test(text)) return null;
    if (INSIDE_ADDRESSEES_NEVER.test(text) || TITLE_END.test(text)) return null;
  }
  return null;
}

interface Parts {
  body: PagedLine[];
  after: PagedLine[];
}

/** The envelope of a document whose parts are not read yet: only its pages and position. */
export function emptyEnvelope(lines: readonly PagedLine[], source: Source): Envelope {
  const span = linesSpan(lines);
  const { first, last } = filledEnds(lines);
  return {
    issuer: null,
    docNumber: null,
    decreeNumber: null,
    title: null,
    addressees: [],
    body: [],
    signedBy: null,
    date: null,
    attachments: [],
    disclosure: null,
    registrationCode: null,
    adoptedAt: null,
    copiedTo: [],
    printedBy: null,
    printedOn: null,
    pages: { from: first?.page ?? 1, to: last?.page ?? 1 },
    position: spanOf(source, span.start, span.end),
  };
}

/**
 * Reads the envelope of an official document from its filled lines: registration code, organ header,
 * number, title, addressees, body, signature and date, in the order print puts them. A forwarded document
 * puts its title before its number and may name its issuer under the title.
 */
function readEnvelope(lines: PagedLine[], envelope: Envelope, context: GrammarContext): Parts {
  const cursor = new Cursor(lines);
  const code = cursor.line && match(REGISTRATION_CODE, cursor.line.text);
  if (code?.groups) envelope.registrationCode = cursor.take().text;
  const header = cursor.line && match(ORGAN_HEADER, cursor.line.text);
  const decree = !header && cursor.line && cursor.peek(1) ? match(DECREE_HEADER, cursor.line.text) : null;
  const decreeNumber = decree ? match(DECREE_NUMBER, cursor.peek(1)!.text) : null;
  if (header?.groups) {
    envelope.issuer = header.groups.issuer!;
    cursor.take();
  } else if (decree?.groups && decreeNumber?.groups) {
    envelope.issuer = decree.groups.issuer!;
    envelope.decreeNumber = Number(decreeNumber.groups.serial);
    cursor.take();
    cursor.take();
  }
  if (cursor.line && matches(DOC_NUMBER_LINE, cursor.line.text)) envelope.docNumber = readDocNumber(cursor.take().text);
  // A decree prints no title: it is known by what it issues (`《…》已经…审议通过，现予公布`), read below.
  if (envelope.decreeNumber === null) envelope.title = readTitle(cursor);
  if (!envelope.docNumber && cursor.line && matches(DOC_NUMBER_LINE, cursor.line.text)) {
    envelope.docNumber = readDocNumber(cursor.take().text);
  }
  if (envelope.title && !envelope.issuer && cursor.line && matches(ORGAN, cursor.line.text)) {
    envelope.issuer = cursor.take().text;
  }
  const addressees = addresseesAt(cursor.lines, cursor.index);
  if (addressees) {
    envelope.addressees = addressees.addressees;
    cursor.index += addressees.count;
  }
  // Every line before the body went into a field: code, header, number, title, issuer, addressees.
  context.consumed.lines(cursor.lines.slice(0, cursor.index));
  const rest = cursor.rest();
  const signature = findSignature(rest, envelope.decreeNumber !== null);
  if (envelope.decreeNumber !== null) {
    // The sentence that issues it, over as many lines as it wraps, up to the signature.
    const issuing = rest.slice(0, signature === null ? MAX_TITLE_LINES : signature.start).map((line) => line.text).join("");
    envelope.title = firstTitle(issuing);
    envelope.adoptedAt = readAdoption(issuing);
  }
  if (signature === null) return { body: rest, after: [] };
  context.consumed.lines(rest.slice(signature.start, signature.date + 1));
  envelope.signedBy = signature.signedBy;
  envelope.issuer ??= signature.organs[0] ?? signature.signedBy;
  envelope.date = readDate(rest[signature.date]!, context);
  return { body: rest.slice(0, signature.start), after: rest.slice(signature.date + 1) };
}

/** Takes the attachment list (`附件：…`) out of a body. */
function takeAttachmentNotes(body: PagedLine[], envelope: Envelope, context: GrammarContext): PagedLine[] {
  const { titles, notes, rest } = takeNotes(body);
  envelope.attachments.push(...titles);
  context.consumed.lines(notes);
  return rest;
}

/** Takes the disclosure line (`公开方式：主动公开`, or its value on the next line) out of what follows the signature. */
function takeDisclosure(after: PagedLine[], envelope: Envelope, context: GrammarContext): PagedLine[] {
  const kept: PagedLine[] = [];
  for (let i = 0; i < after.length; i += 1) {
    const disclosure = disclosureAt(after, i);
    if (disclosure === null) {
      kept.push(after[i]!);
      continue;
    }
    envelope.disclosure = disclosure.value;
    context.consumed.lines(after.slice(i, i + disclosure.lines));
    i += disclosure.lines - 1;
  }
  return kept;
}

/**
 * Segments a document: its envelope, body, forwarded documents, and the annex its grammar reads. The
 * imprint and disclosure it ends with go to its envelope first.
 */
export function segmentDocument(lines: PagedLine[], context: GrammarContext): DocumentSegment {
  const envelope = emptyEnvelope(lines, context.source);
  return segmentParts(lines, takeClosing(filledLines(lines), envelope, context), envelope, context);
}

/** Segments a document's filled lines (its closing lines taken) into the parts of its envelope. */
function segmentParts(lines: PagedLine[], filled: PagedLine[], envelope: Envelope, context: GrammarContext): DocumentSegment {
  const { body: rawBody, after: rawAfter } = readEnvelope(filled, envelope, context);
  const body = takeAttachmentNotes(rawBody, envelope, context);
  const after = takeDisclosure(rawAfter, envelope, context);
  const attachmentAt = after.findIndex((line) => matches(ATTACHMENT_START, line.text));
  const issued = attachmentAt < 0 ? after : after.slice(0, attachmentAt);
  const attached = attachmentAt < 0 ? [] : after.slice(attachmentAt);
  const forwarding = envelope.title !== null && forwards(envelope.title) && issued.length > 0;
  const segment: DocumentSegment = {
    lines,
    envelope,
    body,
    annex: forwarding ? attached : [...issued, ...attached],
    forwarded: forwarding ? [segmentParts(issued, issued, emptyEnvelope(issued, context.source), context)] : [],
  };
  envelope.body = buildOutline(body, context);
  return segment;
}

/** A segment whose lines all go to its grammar (a personnel section has no envelope). */
export function bareSegment(lines: PagedLine[], context: GrammarContext): DocumentSegment {
  return { lines, envelope: emptyEnvelope(lines, context.source), body: [], annex: filledLines(lines), forwarded: [] };
}

