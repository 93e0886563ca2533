/**
 * Paragraphs rebuilt from the printed layout. The extraction has no paragraph marks (every printed line
 * is followed by a blank line), so a paragraph break is read off the line widths: a printed paragraph's
 * last line stops short, and its first line is indented two characters (GB/T 9704: 每个自然段左空二字).
 *
 * Widths are measured on the normalised text, not on the raw line: the raw line carries spaces the
 * extractor inserted after punctuation and around digits, which the print does not have, and prints
 * digits full-width (`２０２２`) where the page sets them half-width. `应当提前24小` fills an indented
 * first line only when its digits count one column each. Normalisation drops one space the page does
 * print, though: the ideographic space of `第一条　为…`, which `printedColumns` adds back from the line's count of them.
 */
import {
  FULLWIDTH_SEMICOLON,
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
} from "../src/tokenize/characters.js";
import { appendLine, emptyRun, filledLines, type PagedLine, type Run } from "../src/text/run.js";
import { endsSentence } from "./sentences.js";


const ASCII_LAST = 0x7f;
const BMP_LAST = 0xffff;
/** Columns of a CJK character or full-width punctuation mark. */
export const WIDE = 2;
/** The first line of a printed paragraph starts two characters in. */
export const INDENT_COLUMNS = 2 * WIDE;
/**
 * Brackets that the print sets full-width even around Latin text: `(GB 50966)` keeps ASCII brackets
 * after normalisation, yet fills as much of the line as `（桩）`.
 */
const WIDE_ASCII: ReadonlySet<string> = new Set([LEFT_PARENTHESIS, RIGHT_PARENTHESIS]);

/** Display columns of printed text: ASCII letters and digits take one column, everything else two. */
export function displayColumns(text: string): number {
  let columns = 0;
  // By code point, without a string per character: this measures every line.
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i)!;
    if (code > BMP_LAST) i += 1;
    columns += code <= ASCII_LAST && !WIDE_ASCII.has(text[i]!) ? 1 : WIDE;
  }
  return columns;
}

/** `1.6倍`, `GB`: what a line starts with that print keeps whole, a number or a Latin word; else its first character. */
const UNBROKEN = /^[!-~]+/;

/**
 * Whether what `next` starts with would have fitted at the end of `line`, in a line of `measure`
 * columns: had the paragraph gone on, it would stand there. A number does not fit in a character's
 * room: `（三）特困人员基本生活标准按本市最低生活保障标准的` stops short before `1.6倍`.
 */
export function roomFor(line: PagedLine, next: PagedLine, measure: number): boolean {
  const unbroken = UNBROKEN.exec(next.text)?.[0];
  return printedColumns(line) + (unbroken === undefined ? WIDE : displayColumns(unbroken)) <= measure;
}

/** Whether a text ends with `；`, which closes a clause or an item but not a paragraph. */
const endsClause = (text: string): boolean => text.endsWith(FULLWIDTH_SEMICOLON);

/** Columns a line takes on the page: its normalised text, and the ideographic spaces printed in it. */
export function printedColumns(line: PagedLine): number {
  return displayColumns(line.text) + line.ideographicSpaces * WIDE;
}

/** The most common of some widths, ties going to the wider, and how often it comes. */
function modeOf(widths: readonly number[]): { width: number; count: number } {
  const counts = new Map<number, number>();
  for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && width > best)) [best, bestCount] = [width, count];
  }
  return { width: best, count: bestCount };
}

/** A full printed line's width in columns, and whether lines inside paragraphs gave it rather than a guess. */
export interface Measure {
  fullWidth: number;
  measured: boolean;
}

/**
 * The width of a full printed line, learned from the lines themselves. A line that does not end a
 * sentence, after a line that does not either, is inside a paragraph: it is justified to the full
 * width, give or take a squeezed punctuation mark, so the most common of their widths is the full
 * width (measured), once two lines have it. A text made of one- and two-line paragraphs has no such
 * line; then the most common width of first lines (lines that do not end a sentence, after one that
 * does) plus the indent, or the widest line if wider.
 */
export function measureOf(lines: readonly PagedLine[]): Measure {
  const filled = filledLines(lines);
  const inner: number[] = [];
  const first: number[] = [];
  filled.forEach((line, i) => {
    if (endsSentence(line.text)) return;
    const previous = filled[i - 1];
    (previous !== undefined && !endsSentence(previous.text) ? inner : first).push(printedColumns(line));
  });
  // A width that comes once may be a title's or a heading's over the line after it (`…项目计划` / `一、总体安排`).
  const innerMode = modeOf(inner);
  if (innerMode.count >= 2) return { fullWidth: innerMode.width, measured: true };
  // No line is wider than a full one, give or take a squeezed mark: the widest bounds a guess from below.
  const widest = filled.reduce((most, line) => Math.max(most, printedColumns(line)), 0);
  return { fullWidth: first.length > 0 ? Math.max(widest, modeOf(first).width + INDENT_COLUMNS) : widest, measured: false };
}

/** The width of a full printed line (see `measureOf`). */
export const learnFullWidth = (lines: readonly PagedLine[]): number => measureOf(lines).fullWidth;

export interface ParagraphOptions {
  /** The full line width in columns; `learnFullWidth` of the document's lines. */
  fullWidth: number;
  /**
   * Whether a line opens a paragraph when the line before it ends a sentence, whatever the widths say:
   * a numbered item (`（二）`) always starts on a line of its own.
   */
  opensParagraph?: (line: PagedLine) => boolean;
  /** Whether the lines of a paragraph so far, before `next`, are a paragraph of their own: a heading (`一、指导思想和基本原则`). */
  closesParagraph?: (paragraph: readonly PagedLine[], next: PagedLine | undefined) => boolean;
}

/**
 * Whether a paragraph ends after `line`; `opening` says whether the line is its paragraph's first,
 * which the indent makes two characters narrower. The line must end a sentence, and then either
 * - stop short of its measure by a character or more: had the paragraph gone on, its next character
 *   would have filled the line;
 * - be followed by a numbered item, which always starts a line of its own;
 * - or, ending with `。` `：` `！` `？`, be followed by a line that does not reach the full width: an
 *   indented first line, or a one-line paragraph. The layout cannot tell a one-line paragraph from the
 *   last line of a paragraph whose previous line happens to end a sentence; a new paragraph is the more
 *   common reading (`市林业和园林部门负责…。` over `市消防救援部门根据职责…。`), except inside a list of
 *   numbered items: a short line between an item and the next item finishes the item, since law does
 *   not set an unnumbered paragraph between two items of one list (`（二）初审。…说明理由。` /
 *   `申请家庭对初审结果有异议的，可按规定提出异议申诉。` / `（三）复审。…`).
 * A line ending with `；` ends only an item: a paragraph (款) of law ends with a full stop. A line that
 * stops short before a numbered item ends its paragraph, sentence or not: a title, a heading.
 */
function endsParagraph(paragraph: readonly PagedLine[], lines: readonly PagedLine[], at: number, options: ParagraphOptions): boolean {
  const line = lines[at]!;
  const opening = paragraph.length === 1;
  const next = lines[at + 1];
  const afterNext = lines[at + 2];
  if (options.closesParagraph?.(paragraph, next)) return true;
  if (next === undefined) return endsSentence(line.text);
  const full = options.fullWidth;
  const measure = opening ? full - INDENT_COLUMNS : full;
  const nextOpens = options.opensParagraph?.(next) ?? false;
  // A numbered item starts a line of its own: a line that stops short of it ends its paragraph, whether
  // or not it ends a sentence (a plan's title over `一、总体安排`).
  if (nextOpens && roomFor(line, next, measure)) return true;
  if (!endsSentence(line.text)) return false;
  if (printedColumns(line) <= measure - WIDE) return true;
  if (nextOpens) return true;
  if (endsClause(line.text)) return false;
  if (printedColumns(next) > full - WIDE) return false;
  const inList = options.opensParagraph !== undefined && afterNext !== undefined && options.opensParagraph(paragraph[0]!) && options.opensParagraph(afterNext);
  return !(inList && endsSentence(next.text));
}

/** Groups the non-blank lines of a block (an article, a document body) into printed paragraphs. */
export function rebuildParagraphs(lines: readonly PagedLine[], options: ParagraphOptions): PagedLine[][] {
  const filled = filledLines(lines);
  const paragraphs: PagedLine[][] = [];
  let current: PagedLine[] = [];
  filled.forEach((line, i) => {
    current.push(line);
    if (endsParagraph(current, filled, i, options)) {
      paragraphs.push(current);
      current = [];
    }
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** Joins a paragraph's lines into one mapped run, leaving out the first `skip` characters of its first line. */
export function paragraphRun(lines: readonly PagedLine[], skip = 0): Run {
  const run = emptyRun();
  lines.forEach((line, i) => {
    const from = i === 0 ? Math.min(skip, line.text.length) : 0;
    if (from < line.text.length) appendLine(run, line, from, line.text.length);
  });
  return run;
}
