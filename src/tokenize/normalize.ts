import {
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_RIGHT_PARENTHESIS,
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  SPACE,
  asciiToChinesePunctuation,
  isHanCode,
  isIdeographVariantCode,
  isLatinOrDigitCode,
  isWhitespaceCode,
  keptFullwidth,
  substitutions,
} from "./characters.js";

/** One line of normalised text, with a map from each of its UTF-16 code units back to the input. */
export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /** `starts[i]`: offset in the input of the character that gave `text[i]`. */
  starts: number[];
  /** `ends[i]`: offset in the input just past the character that gave `text[i]`. */
  ends: number[];
  /**
   * Indices in `text` where the extraction had whitespace that normalisation dropped: the white space
   * stood just before `text[i]`. Table grammars read column gaps from these.
   */
  gaps: number[];
  /** Whether the raw line started with white space (in this kind of extraction: the first line of a page). */
  indented: boolean;
  /** How many full-width parentheses the line leaves open for the lines after it. */
  openParentheses: number;
}

/**
 * The line as cells, one per UTF-16 code unit of the normalised text, in parallel arrays: numbers, not an
 * object and a string per character, since the tokenizer makes a cell of every character of the input.
 */
class Cells {
  /** The normalised code unit, or `WHITE_SPACE` for extraction white space. */
  readonly units: number[];
  readonly starts: number[];
  readonly ends: number[];
  length = 0;

  // Sized to the line up front, since growing arrays cell by cell leaves garbage behind: a code unit
  // gives a cell, except a character with a shorter or (rarely) longer normal form, hence `trim`.
  constructor(capacity: number) {
    this.units = new Array(capacity);
    this.starts = new Array(capacity);
    this.ends = new Array(capacity);
  }

  add(unit: number, start: number, end: number): void {
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }

  trim(): void {
    this.units.length = this.starts.length = this.ends.length = this.length;
  }
}

/** Marks a white-space cell: no code unit is negative. */
const WHITE_SPACE = -1;

const FULLWIDTH_FORMS_FIRST = 0xff01;
const FULLWIDTH_FORMS_LAST = 0xff5e;
const FULLWIDTH_TO_ASCII = 0xfee0;
const ASCII_END = 0x80;
const COMMON_IDEOGRAPHS_FIRST = 0x4e00;
const COMMON_IDEOGRAPHS_LAST = 0x9fff;
const BMP_END = 0x10000;

const codeOf = (character: string): number => character.codePointAt(0)!;
// The named characters as codes. Every substitution and widening is one code point for another.
const substitutionCodes: ReadonlyMap<number, number> = new Map([...substitutions].map(([from, to]) => [codeOf(from), codeOf(to)]));
const keptFullwidthCodes: ReadonlySet<number> = new Set([...keptFullwidth].map(codeOf));
const wideningCodes: ReadonlyMap<number, number> = new Map([...asciiToChinesePunctuation].map(([from, to]) => [codeOf(from), codeOf(to)]));
const LEFT = codeOf(LEFT_PARENTHESIS);
const RIGHT = codeOf(RIGHT_PARENTHESIS);
const WIDE_LEFT = codeOf(FULLWIDTH_LEFT_PARENTHESIS);
const WIDE_RIGHT = codeOf(FULLWIDTH_RIGHT_PARENTHESIS);
const SPACE_UNIT = codeOf(SPACE);

/** Maps one code point of the input to its normal form, ignoring context. */
function mapCodePoint(point: number): number {
  // Most characters are ASCII or common ideographs and stay as they are.
  if (point < ASCII_END || (point >= COMMON_IDEOGRAPHS_FIRST && point <= COMMON_IDEOGRAPHS_LAST)) return point;
  const substitute = substitutionCodes.get(point);
  if (substitute !== undefined) return substitute;
  if (point >= FULLWIDTH_FORMS_FIRST && point <= FULLWIDTH_FORMS_LAST && !keptFullwidthCodes.has(point)) return point - FULLWIDTH_TO_ASCII;
  // Kangxi radicals and compatibility ideographs: NFKC of just this character gives the unified ideograph
  // (one code point for every character of these blocks).
  if (isIdeographVariantCode(point)) return codeOf(String.fromCodePoint(point).normalize("NFKC"));
  return point;
}

function toCells(raw: string, offset: number): Cells {
  const cells = new Cells(raw.length);
  let index = 0;
  while (index < raw.length) {
    // A lone surrogate is a code point of its own, as `for…of` reads it.
    const point = raw.codePointAt(index)!;
    const start = offset + index;
    index += point >= BMP_END ? 2 : 1;
    const end = offset + index;
    if (isWhitespaceCode(point)) {
      cells.add(WHITE_SPACE, start, end);
      continue;
    }
    const mapped = mapCodePoint(point);
    // An astral result keeps both its code units, each mapped to the one input character.
    if (mapped < BMP_END) cells.add(mapped, start, end);
    else {
      const pair = String.fromCodePoint(mapped);
      cells.add(pair.charCodeAt(0), start, end);
      cells.add(pair.charCodeAt(1), start, end);
    }
  }
  cells.trim();
  return cells;
}

/** The nearest non-white-space code unit from `from` in the direction of `step`, or `WHITE_SPACE` when there is none. */
const neighbour = (units: number[], from: number, step: 1 | -1): number => {
  for (let i = from + step; i >= 0 && i < units.length; i += step) if (units[i] !== WHITE_SPACE) return units[i]!;
  return WHITE_SPACE;
};

function containsHan(units: number[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (isHanCode(units[i]!)) return true;
  return false;
}

/**
 * ASCII parentheses become full-width when they enclose Chinese text (`(一)` → `（一）`) and stay ASCII
 * around Latin text (`(GB 50966)`). A parenthesis whose partner is on another line looks at its
 * neighbour; a closing one that starts a line (`)、市财政局`) closes what an earlier line left open.
 * Returns how many full-width parentheses the line leaves open.
 */
function widenParentheses(units: number[], carried: number): number {
  // Most lines have no ASCII parenthesis: they leave what they carry as it is.
  if (!units.includes(LEFT) && !units.includes(RIGHT)) return carried;
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  const loneRights: number[] = [];
  units.forEach((unit, i) => {
    if (unit === LEFT) open.push(i);
    else if (unit === RIGHT) {
      const left = open.pop();
      if (left === undefined) loneRights.push(i);
      else pairs.push([left, i]);
    }
  });
  for (const [left, right] of pairs) {
    if (containsHan(units, left + 1, right)) {
      units[left] = WIDE_LEFT;
      units[right] = WIDE_RIGHT;
    }
  }
  let unclosed = carried;
  for (const i of loneRights) {
    if (unclosed > 0 || isHanCode(neighbour(units, i, -1))) {
      units[i] = WIDE_RIGHT;
      unclosed = Math.max(0, unclosed - 1);
    }
  }
  for (const i of open) {
    if (isHanCode(neighbour(units, i, 1))) {
      units[i] = WIDE_LEFT;
      unclosed += 1;
    }
  }
  return unclosed;
}

/** `公开方式: 主动公开` → `公开方式：主动公开`; `10:30` keeps its colon. */
function widenPunctuation(units: number[]): void {
  for (let i = 0; i < units.length; i += 1) {
    const wide = wideningCodes.get(units[i]!);
    if (wide === undefined) continue;
    const before = neighbour(units, i, -1);
    if (before !== WHITE_SPACE && !isLatinOrDigitCode(before)) units[i] = wide;
  }
}

/** `String.fromCharCode` takes code units as arguments: a long line goes in chunks, within the engine's argument limit. */
const ARGUMENTS_CHUNK = 8192;

function stringOf(units: number[]): string {
  let text = "";
  for (let from = 0; from < units.length; from += ARGUMENTS_CHUNK) {
    text += String.fromCharCode(...(units.length <= ARGUMENTS_CHUNK ? units : units.slice(from, from + ARGUMENTS_CHUNK)));
  }
  return text;
}

/**
 * Normalises one line of extracted text. `offset` is where the line starts in the input, so that the
 * source map holds input offsets; `openParentheses` is what the line before left open.
 */
export function normaliseLine(raw: string, offset: number, openParentheses = 0): NormalisedText {
  const { units, starts, ends } = toCells(raw, offset);
  const unclosed = widenParentheses(units, openParentheses);
  widenPunctuation(units);
  const indented = units[0] === WHITE_SPACE;
  const gaps: number[] = [];
  // The cells kept move to the front of their arrays, which then are the text's source map.
  let kept = 0;
  let i = 0;
  while (i < units.length) {
    let unit = units[i]!;
    const cell = i;
    i += 1;
    if (unit === WHITE_SPACE) {
      while (i < units.length && units[i] === WHITE_SPACE) i += 1;
      // White space at either end of the line leaves nothing. Elsewhere the cell before it is the last
      // one kept, and the one after it, `units[i]`, has not moved yet.
      if (kept === 0 || i === units.length) continue;
      // Only a space between two Latin or digit tokens carries meaning (`GB 50966`), with the span of
      // the first white-space character.
      if (!isLatinOrDigitCode(units[kept - 1]!) || !isLatinOrDigitCode(units[i]!)) {
        gaps.push(kept);
        continue;
      }
      unit = SPACE_UNIT;
    }
    units[kept] = unit;
    starts[kept] = starts[cell]!;
    ends[kept] = ends[cell]!;
    kept += 1;
  }
  units.length = kept;
  starts.length = kept;
  ends.length = kept;
  return { text: stringOf(units), starts, ends, gaps, indented, openParentheses: unclosed };
}
