import { anchored, match, matches } from "../src/fragments.js";
import type { DocumentSegment, GrammarContext } from "../src/grammar.js";
import type { DocNumber, Envelope } from "../src/schema/common.js";
import {
  FULLWIDTH_COMMA,
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_RIGHT_PARENTHESIS,
  IDEOGRAPHIC_COMMA,
} from "../src/tokenize/characters.js";
import { spanOf, type Source } from "../src/tokenize/source.js";
import { filledEnds, filledLines, linesSpan, type PagedLine } from "../src/text/run.js";
import { buildOutline } from "./outline.js";
import { alternation, TITLE_ENDINGS } from "../src/vocabulary.js";
import { firstTitle } from "./references.js";

/** `广州市人民政府文件`: the issuing organ's header (版头). */
export const ORGAN_HEADER = anchored("(?<issuer>{{han}}{2,30}?)文件", {}, "u");
/** `穗府〔2022〕2号` on a line of its own. */
export const DOC_NUMBER_LINE = anchored("{{docNumber}}", {}, "u");
/** `广州市人民政府令`: a decree's header (令), which a number without a year follows. */
const DECREE_HEADER = anchored("(?<issuer>{{han}}{2,30}?)令", {}, "u");
/** `第185号` on a line of its own, under a decree's header. */
const DECREE_NUMBER = anchored("第(?<serial>{{digits}})号");
/** The heads a document starts with: its header line and, directly under it, its number. */
export const DOCUMENT_HEADS = [
  { header: ORGAN_HEADER, number: DOC_NUMBER_LINE },
  { header: DECREE_HEADER, number: DECREE_NUMBER },
] as const;
/** `GZ0220220003`: a registration code, printed above the document it registers. */
export const REGISTRATION_CODE = anchored("(?<code>{{registrationCode}})");
/** `各区人民政府`, `市政府各部门`, `各直属机构`, `市教育局`: one addressee, named by how a body or group of bodies ends. */
const ADDRESSEE =
  "(?:[^。；：，、（）]{1,40}(?:政府|部门|单位|机构|机关|局|委员会|委|办公室|办公厅|办|厅|院|管委会|会|室|中心|公司|学校|街道|镇|乡)(?:（[^（）]{1,40}）)?)";
/** `各区人民政府，市政府各部门、各直属机构：`, `市教育局：`: addressees (主送机关), listed with `，` and `、`. */
const ADDRESSEES = anchored("(?<addressees>各[^。；]{1,200}|{{addressee}}(?:[，、]{{addressee}}){0,30})：", { addressee: ADDRESSEE });
/** `2022年2月14日` on a line of its own. */
const DATE_LINE = anchored("{{date}}");
/** `公开方式：主动公开` */
const DISCLOSURE = anchored("公开方式：(?<disclosure>.+)");
/** Whether a line closes a document: its disclosure line (`公开方式：主动公开`). */
export const closesDocument = (text: string): boolean => matches(DISCLOSURE, text) || text.endsWith("印发");
/** `附件：广州市征地社保费计提比例表`, the attachment list in a body. */
const ATTACHMENT_NOTE = anchored("附件(?:[0-9]+)?：(?<title>.+)");
/** `附件`, alone: an attachment starts here. */
const ATTACHMENT_START = anchored("附件(?:[0-9]+)?");
/** `市长郭永航` (`市长 郭永航`): a decree is signed by the head of government, post and name. */
const SIGNER = anchored("{{han}}{0,10}?(?:市长|省长|区长|县长|主任|主席)(?<name>{{han}}{2,4})", {}, "u");
/** `广州市人民政府`, `广东省人民政府办公厅`, `省人力资源社会保障厅`: an organ's name, as signature or issuer. */
const ORGAN = anchored(
  "{{han}}{1,30}(?:政府|办公厅|厅|局|委员会|委|办|管委会|部|院|署|中心)",
  {},
  "u",
);
/** `…的通知`, `…的意见`, `…工作要点`: the word that ends a document title (the kinds of 公文 and what they issue). */
const TITLE_END = new RegExp(`${alternation(TITLE_ENDINGS)}$`);
/** `，`, `。`, `；`, `：`: sentence punctuation, which title lines do not carry and body lines do. */
const SENTENCE_PUNCTUATION = /[，。；：]/;
/** `…转发…`: a document that forwards another. */
const FORWARDS = /转发/;
/** How many lines a title may wrap over. */
const MAX_TITLE_LINES = 6;


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
  const found = match(DATE_LINE, line.text);
  if (!found?.groups) return null;
  const [year, month, day] = [Number(found.groups.year), Number(found.groups.month), Number(found.groups.day)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    context.diagnostics.error("invalid-date", `${line.text} is not a date`, linesSpan([line]), line.page);
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** Splits `各区人民政府，各县（市、区）人民政府` at `，` and `、`, but not inside parentheses. */
function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let item = "";
  for (const character of text) {
    if (character === FULLWIDTH_LEFT_PARENTHESIS) depth += 1;
    if (character === FULLWIDTH_RIGHT_PARENTHESIS) depth = Math.max(0, depth - 1);
    if (depth === 0 && (character === FULLWIDTH_COMMA || character === IDEOGRAPHIC_COMMA)) {
      if (item) items.push(item);
      item = "";
      continue;
    }
    item += character;
  }
  if (item) items.push(item);
  return items;
}

/** Where the signature stands: an organ's name (a decree's signer) directly followed by a date. */
function findSignature(lines: readonly PagedLine[], signer: RegExp): number {
  for (let i = 0; i + 1 < lines.length; i += 1) {
    if (matches(signer, lines[i]!.text) && matches(DATE_LINE, lines[i + 1]!.text)) return i;
  }
  return -1;
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
    if (matches(ADDRESSEES, text) || matches(DOC_NUMBER_LINE, text)) break;
    if (title && TITLE_END.test(title) && (matches(ORGAN, text) || SENTENCE_PUNCTUATION.test(text))) break;
    title += cursor.take().text;
  }
  const next = cursor.line?.text ?? "";
  if (title && (TITLE_END.test(title) || matches(ADDRESSEES, next) || matches(DOC_NUMBER_LINE, next))) return title;
  cursor.index = start;
  return null;
}

interface Parts {
  envelope: Envelope;
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
    pages: { from: first?.page ?? 1, to: last?.page ?? 1 },
    position: spanOf(source, span.start, span.end),
  };
}

/**
 * Reads the envelope of an official document: registration code, organ header, number, title,
 * addressees, body, signature and date, in the order print puts them. A forwarded document puts its
 * title before its number and may name its issuer under the title.
 */
function readEnvelope(lines: PagedLine[], context: GrammarContext): Parts {
  const envelope = emptyEnvelope(lines, context.source);
  const cursor = new Cursor(filledLines(lines));
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
  const addressees = cursor.line && match(ADDRESSEES, cursor.line.text);
  if (addressees?.groups) {
    envelope.addressees = splitList(addressees.groups.addressees!);
    cursor.take();
  }
  // Every line before the body went into a field: code, header, number, title, issuer, addressees.
  context.consumed.lines(cursor.lines.slice(0, cursor.index));
  const rest = cursor.rest();
  const signature = findSignature(rest, envelope.decreeNumber === null ? ORGAN : SIGNER);
  if (envelope.decreeNumber !== null) {
    // The sentence that issues it, over as many lines as it wraps, up to the signature.
    const issuing = rest.slice(0, signature < 0 ? MAX_TITLE_LINES : signature).map((line) => line.text).join("");
    envelope.title = firstTitle(issuing);
  }
  if (signature < 0) return { envelope, body: rest, after: [] };
  context.consumed.lines(rest.slice(signature, signature + 2));
  envelope.signedBy = rest[signature]!.text;
  envelope.issuer ??= envelope.signedBy;
  envelope.date = readDate(rest[signature + 1]!, context);
  return { envelope, body: rest.slice(0, signature), after: rest.slice(signature + 2) };
}

/** Takes the attachment list (`附件：…`) out of a body. */
function takeAttachmentNotes(body: PagedLine[], envelope: Envelope, context: GrammarContext): PagedLine[] {
  return body.filter((line) => {
    const note = match(ATTACHMENT_NOTE, line.text);
    if (note?.groups) {
      envelope.attachments.push(note.groups.title!);
      context.consumed.lines([line]);
    }
    return !note;
  });
}

/** Takes the disclosure line (`公开方式：主动公开`) out of what follows the signature. */
function takeDisclosure(after: PagedLine[], envelope: Envelope, context: GrammarContext): PagedLine[] {
  return after.filter((line) => {
    const disclosure = match(DISCLOSURE, line.text);
    if (disclosure?.groups) {
      envelope.disclosure = disclosure.groups.disclosure!;
      context.consumed.lines([line]);
    }
    return !disclosure;
  });
}

/** Segments a document: its envelope, body, forwarded documents, and the annex its grammar reads. */
export function segmentDocument(lines: PagedLine[], context: GrammarContext): DocumentSegment {
  const { envelope, body: rawBody, after: rawAfter } = readEnvelope(lines, context);
  const body = takeAttachmentNotes(rawBody, envelope, context);
  const after = takeDisclosure(rawAfter, envelope, context);
  const attachmentAt = after.findIndex((line) => matches(ATTACHMENT_START, line.text));
  const issued = attachmentAt < 0 ? after : after.slice(0, attachmentAt);
  const attached = attachmentAt < 0 ? [] : after.slice(attachmentAt);
  const forwards = envelope.title !== null && FORWARDS.test(envelope.title) && issued.length > 0;
  const segment: DocumentSegment = {
    lines,
    envelope,
    body,
    annex: forwards ? attached : [...issued, ...attached],
    forwarded: forwards ? [segmentDocument(issued, context)] : [],
  };
  envelope.body = buildOutline(body, context);
  return segment;
}

/** A segment whose lines all go to its grammar (a personnel section has no envelope). */
export function bareSegment(lines: PagedLine[], context: GrammarContext): DocumentSegment {
  return { lines, envelope: emptyEnvelope(lines, context.source), body: [], annex: filledLines(lines), forwarded: [] };
}

