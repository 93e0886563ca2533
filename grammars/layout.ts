import type { PagedLine } from "../src/text/run.js";

/** Display columns of a character: ASCII takes one, CJK and full-width characters two. */
const ASCII_LAST = 0x7f;
export const columnsOf = (text: string): number => {
  let columns = 0;
  for (const character of text) columns += character.codePointAt(0)! <= ASCII_LAST ? 1 : 2;
  return columns;
};

/** Punctuation that can end a paragraph: `。` `；` `：` `！` `？` and a closing quote or parenthesis after them. */
const PARAGRAPH_END = /[。；：！？][”’）]?$/;
/** Punctuation inside a sentence: a short line without any is a heading of its own (`一、指导思想和基本原则`). */
const SENTENCE_PUNCTUATION = /[，。；：！？]/;
/** How much shorter than a full line (in columns) a line must be to end its paragraph: two CJK characters. */
const SHORTFALL = 4;
/** The share of lines that are at most the full width: the full width is read off the document, not fixed. */
const FULL_WIDTH_QUANTILE = 0.9;

/** The width of a full line of a block: a high quantile of its line widths, robust to a few overlong lines. */
export function fullWidth(lines: readonly PagedLine[]): number {
  const widths = lines.filter((line) => line.text !== "").map((line) => columnsOf(line.text)).sort((a, b) => a - b);
  if (widths.length === 0) return 0;
  return widths[Math.min(widths.length - 1, Math.floor(widths.length * FULL_WIDTH_QUANTILE))]!;
}

/**
 * Rebuilds paragraphs from layout: the extraction puts a blank line after every printed line, so a
 * paragraph ends at a line that closes a sentence, or holds a heading, and stops clearly short of the
 * full line width.
 * `startsParagraph` and `endsParagraph` let a grammar force a break before a line (a numbered item, an
 * article) or after it (a heading line).
 */
export function splitParagraphs(
  lines: readonly PagedLine[],
  startsParagraph: (line: PagedLine) => boolean = () => false,
  endsParagraph: (line: PagedLine) => boolean = () => false,
): PagedLine[][] {
  const full = fullWidth(lines);
  const paragraphs: PagedLine[][] = [];
  let current: PagedLine[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    if (current.length > 0 && startsParagraph(line)) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
    const short = columnsOf(line.text) <= full - SHORTFALL;
    if (endsParagraph(line) || (short && (PARAGRAPH_END.test(line.text) || !SENTENCE_PUNCTUATION.test(line.text)))) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

