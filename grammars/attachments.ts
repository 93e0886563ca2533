/**
 * Attachments (附件) printed after a text: the note that lists them (`附件：…`) and each attachment,
 * opened by `附件` or `附件2` on a line of its own, its title on the next line, then its content read as
 * an outline.
 */
import { anchored, literal, match, matches } from "../src/fragments.js";
import type { GrammarContext } from "../src/grammar.js";
import type { Attachment } from "../src/schema/attachment.js";
import { filledLines, linesSpan, type PagedLine } from "../src/text/run.js";
import { FULLWIDTH_COLON, FULLWIDTH_RIGHT_PARENTHESIS } from "../src/tokenize/characters.js";
import { spanOf } from "../src/tokenize/source.js";
import { alternation, ATTACHMENT_TITLE_ENDINGS } from "../src/vocabulary.js";
import { organsOf } from "./envelope/organs.js";
import { buildOutline, readMarker } from "./outline.js";
import { INDENT_COLUMNS, measureOf, roomFor } from "./paragraphs.js";
import { endsSentence, hasSentencePunctuation } from "./sentences.js";

/** `附件：广州市征地社保费计提比例表`, `附件：1.广州市…指标体系`: the note that lists a text's attachments. */
const ATTACHMENT_NOTE = anchored(`附件(?:{{digits}})?${literal(FULLWIDTH_COLON)}(?<title>.+)`);
/** `附件`, `附件2`, alone: an attachment starts here. */
export const ATTACHMENT_START = anchored("(?<label>附件(?:{{digits}})?)");
/** `…任务分工表`, `…指标体系（2023年版）`: how an attachment's title ends, after which it does not wrap. */
const TITLE_END = anchored(".*(?:{{ending}}|{{closing}})", { ending: alternation(ATTACHMENT_TITLE_ENDINGS), closing: literal(FULLWIDTH_RIGHT_PARENTHESIS) });
/** `2.关于推进…任务分工表`, `2、…`: a further title of a note that lists several, numbered. */
const NOTE_ITEM = anchored("{{digits}}{{numberStop}}(?<title>.+)");

/** Whether a line opens a text's attachments: the note that lists them, or the first attachment. */
const opensAttachments = (line: PagedLine): boolean => matches(ATTACHMENT_NOTE, line.text) || matches(ATTACHMENT_START, line.text);

/**
 * Whether `next` goes on the title at the end of `line` (`…三年行动` / `方案`): `line` has no room left
 * for it in a line of `fullWidth` (less an indent: a note's first line is indented, a centred title
 * may stop a character short), and `next` holds no further item (`2.…`), label, note, signing organ or
 * sentence of its own.
 */
function wrapsOnto(line: PagedLine, next: PagedLine | undefined, fullWidth: number): next is PagedLine {
  if (next === undefined || roomFor(line, next, fullWidth - INDENT_COLUMNS)) return false;
  return !matches(NOTE_ITEM, next.text) && !opensAttachments(next) && readMarker(next.text) === null && !hasSentencePunctuation(next.text) && organsOf(next) === null;
}

/**
 * Where the attachments begin among some lines: at the first label alone on its line (`附件1`), or at a
 * note (`附件：…`) where a sentence may start (first, or after a line that ends one); `lines.length`
 * when neither stands there. With `from`, only at or after the first line it accepts (a regulation's
 * attachments follow its first article).
 */
export function attachmentsStart(lines: readonly PagedLine[], from: (line: PagedLine) => boolean = () => true): number {
  let previous: PagedLine | null = null;
  let open = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.text === "") continue;
    open ||= from(line);
    if (open && matches(ATTACHMENT_START, line.text)) return i;
    if (open && matches(ATTACHMENT_NOTE, line.text) && (previous === null || endsSentence(previous.text))) return i;
    previous = line;
  }
  return lines.length;
}

/**
 * The attachment note at `lines[at]` (`附件：广州市…表`, or `附件：1.甲` over `2.乙` lines): the titles it
 * lists and how many lines it takes; null when no note stands there. A title wraps onto the lines
 * after it while each line before fills its width (see `wrapsOnto`).
 */
function noteAt(lines: readonly PagedLine[], at: number, fullWidth: number): { titles: string[]; count: number } | null {
  const first = match(ATTACHMENT_NOTE, lines[at]?.text ?? "")?.groups?.title;
  if (first === undefined) return null;
  const numbered = match(NOTE_ITEM, first)?.groups?.title;
  const titles = [numbered ?? first];
  let end = at + 1;
  for (;;) {
    while (wrapsOnto(lines[end - 1]!, lines[end], fullWidth)) titles[titles.length - 1] += lines[end++]!.text;
    const next = numbered === undefined ? undefined : match(NOTE_ITEM, lines[end]?.text ?? "")?.groups?.title;
    if (next === undefined) return { titles, count: end - at };
    titles.push(next);
    end += 1;
  }
}

/**
 * The attachment notes among some lines: the titles they list, the lines they take, and the lines that
 * are no note, in order. `fullWidth` is a full line's width, by which a title wraps (`measureOf` the
 * lines by default).
 */
export function takeNotes(lines: readonly PagedLine[], fullWidth = measureOf(lines).fullWidth): { titles: string[]; notes: PagedLine[]; rest: PagedLine[] } {
  const taken = { titles: [] as string[], notes: [] as PagedLine[], rest: [] as PagedLine[] };
  for (let at = 0; at < lines.length; ) {
    const note = noteAt(lines, at, fullWidth);
    if (note === null) taken.rest.push(lines[at]!);
    else {
      taken.titles.push(...note.titles);
      taken.notes.push(...lines.slice(at, at + note.count));
    }
    at += note?.count ?? 1;
  }
  return taken;
}

/**
 * Reads the lines from a text's attachment note on: the attachments printed, or, when none is printed,
 * the ones the note lists (without content). `fullWidth` is a full line's width, by which titles wrap
 * (`measureOf` the lines by default).
 */
export function readAttachments(lines: readonly PagedLine[], context: GrammarContext, fullWidth?: number): Attachment[] {
  const filled = filledLines(lines);
  const starts = filled.flatMap((line, i) => (matches(ATTACHMENT_START, line.text) ? [i] : []));
  const before = filled.slice(0, starts[0] ?? filled.length);
  context.consumed.lines(before);
  const measure = fullWidth ?? measureOf(filled).fullWidth;
  // What stands between the text and its first attachment is its note; a line in no note's form counts as a title.
  const { titles: noted, rest } = takeNotes(before, measure);
  const titles = [...noted, ...rest.map((line) => line.text)];
  if (starts.length === 0) {
    const span = linesSpan(filled);
    return titles.map((title) => ({
      label: null,
      title,
      body: [],
      page: filled[0]!.page,
      position: spanOf(context.source, span.start, span.end),
    }));
  }
  return starts.map((start, i) => {
    const part = filled.slice(start, starts[i + 1] ?? filled.length);
    const opening = part[0]!;
    // GB/T 9704: the title stands on the line under `附件`, without sentence punctuation; a long one
    // wraps onto the lines after it.
    let titleEnd = part.length > 1 && !hasSentencePunctuation(part[1]!.text) ? 2 : 1;
    while (titleEnd > 1 && !matches(TITLE_END, part[titleEnd - 1]!.text) && wrapsOnto(part[titleEnd - 1]!, part[titleEnd], measure)) titleEnd += 1;
    const titled = titleEnd > 1;
    context.consumed.lines(part.slice(0, titleEnd));
    const span = linesSpan(part);
    return {
      label: match(ATTACHMENT_START, opening.text)!.groups!.label!,
      title: titled ? part.slice(1, titleEnd).map((line) => line.text).join("") : (titles[i] ?? null),
      body: buildOutline(part.slice(titleEnd), context),
      page: opening.page,
      position: spanOf(context.source, span.start, span.end),
    };
  });
}
