/**
 * Attachments (附件) printed after a text: the note that lists them (`附件：…`) and each attachment,
 * opened by `附件` or `附件2` on a line of its own, its title on the next line, then its content read as
 * an outline.
 */
import { anchored, match, matches } from "../src/fragments.js";
import type { GrammarContext } from "../src/grammar.js";
import type { Attachment } from "../src/schema/attachment.js";
import { filledLines, linesSpan, type PagedLine } from "../src/text/run.js";
import { spanOf } from "../src/tokenize/source.js";
import { buildOutline } from "./outline.js";
import { hasSentencePunctuation } from "./sentences.js";

/** `附件：广州市征地社保费计提比例表`, `附件：1.广州市…指标体系`: the note that lists a text's attachments. */
const ATTACHMENT_NOTE = anchored("附件(?:{{digits}})?：(?<title>.+)");
/** `附件`, `附件2`, alone: an attachment starts here. */
export const ATTACHMENT_START = anchored("(?<label>附件(?:{{digits}})?)");
/** `2.关于推进…任务分工表`: a further title of a note that lists several, numbered. */
const NOTE_ITEM = anchored("{{digits}}[.．](?<title>.+)");

/** Whether a line opens a text's attachments: the note that lists them, or the first attachment. */
export const opensAttachments = (line: PagedLine): boolean => matches(ATTACHMENT_NOTE, line.text) || matches(ATTACHMENT_START, line.text);

/**
 * The attachment note at `lines[at]` (`附件：广州市…表`, or `附件：1.甲` over `2.乙` lines): the titles it
 * lists and how many lines it takes; null when no note stands there.
 */
function noteAt(lines: readonly PagedLine[], at: number): { titles: string[]; count: number } | null {
  const first = match(ATTACHMENT_NOTE, lines[at]?.text ?? "")?.groups?.title;
  if (first === undefined) return null;
  const numbered = match(NOTE_ITEM, first)?.groups?.title;
  if (numbered === undefined) return { titles: [first], count: 1 };
  const titles = [numbered];
  for (;;) {
    const next = match(NOTE_ITEM, lines[at + titles.length]?.text ?? "")?.groups?.title;
    if (next === undefined) return { titles, count: titles.length };
    titles.push(next);
  }
}

/**
 * The attachment notes among some lines: the titles they list, the lines they take, and the lines that
 * are no note, in order.
 */
export function takeNotes(lines: readonly PagedLine[]): { titles: string[]; notes: PagedLine[]; rest: PagedLine[] } {
  const taken = { titles: [] as string[], notes: [] as PagedLine[], rest: [] as PagedLine[] };
  for (let at = 0; at < lines.length; ) {
    const note = noteAt(lines, at);
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
 * the ones the note lists (without content).
 */
export function readAttachments(lines: readonly PagedLine[], context: GrammarContext): Attachment[] {
  const filled = filledLines(lines);
  const starts = filled.flatMap((line, i) => (matches(ATTACHMENT_START, line.text) ? [i] : []));
  const before = filled.slice(0, starts[0] ?? filled.length);
  context.consumed.lines(before);
  // What stands between the text and its first attachment is its note; a line in no note's form counts as a title.
  const { titles: noted, rest } = takeNotes(before);
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
    const [opening, next] = part;
    // GB/T 9704: the title stands on the line under `附件`, without sentence punctuation.
    const titled = next !== undefined && !hasSentencePunctuation(next.text);
    context.consumed.lines(part.slice(0, titled ? 2 : 1));
    const span = linesSpan(part);
    return {
      label: match(ATTACHMENT_START, opening!.text)!.groups!.label!,
      title: titled ? next.text : (titles[i] ?? null),
      body: buildOutline(part.slice(titled ? 2 : 1), context),
      page: opening!.page,
      position: spanOf(context.source, span.start, span.end),
    };
  });
}
