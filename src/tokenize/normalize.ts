import {
  FULLWIDTH_LEFT_PARENTHESIS,
  IDEOGRAPHIC_SPACE,
  FULLWIDTH_RIGHT_PARENTHESIS,
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  SPACE,
  asciiToChinesePunctuation,
  isHanCode,
  isIdeographVariantCode,
  isDigitCode,
  isLatinOrDigitCode,
  isWhitespaceCode,
  keptFullwidth,
  substitutions,
} from "./characters.js";

/**
 * Where normalised code units came from: `offsets[i]` is the input offset of the character that gave
 * unit `i`, bitwise negated (`~offset`) when that character is two code units long (outside the Basic
 * Multilingual Plane). Every unit comes from one input character of one or two units, so its end
 * follows from its start, and one array of 4 bytes a unit is the whole map. One map holds many lines,
 * each at its own index; read it with `inputStart` and `inputEnd`.
 */
export interface SourceMap {
  offsets: Int32Array;
}

/** One line of normalised text, with a map from each of its UTF-16 code units back to the input. */
export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /** The map that holds the line's: `text[i]` is entry `mapFrom + i` (read it with `inputStart`, `inputEnd`). */
  map: SourceMap;
  mapFrom: number;
  /**
   * Indices in `text` where the extraction had whitespace that normalisation dropped: the white space
   * stood just before `text[i]`. Table grammars read column gaps from these.
   */
  gaps: readonly number[];
  /**
   * The gaps whose white space holds an ideographic space: the typesetter spaces a two-character name
   * to the width of three with one (`王　东`, extracted `王　 东`), where a column gap is plain spaces.
   */
  spacedGaps: readonly number[];
  /** Whether the raw line started with white space (in this kind of extraction: the first line of a page). */
  indented: boolean;
  /** How many full-width parentheses the line leaves open for the lines after it. */
  openParentheses: number;
}

/** A line of the input after normalisation, with its source map. */
export interface Line extends NormalisedText {
  /** 1-based line number in the input. */
  number: number;
  /**
   * How many ideographic spaces (U+3000) the extraction printed in the line: normalisation drops them,
   * but on the page each takes the columns of a character. A count rather than the raw line, which every
   * line would otherwise keep for the whole parse.
   */
  ideographicSpaces: number;
  /** The page the line is printed on: 0 until page furniture is set aside (`src/furniture`), which pages it. */
  page: number;
}

/** The gaps of the many lines without any: one array for all of them. */
const NO_GAPS: readonly number[] = Object.freeze([]);
/** A single gap at `i`, for `i` below a printed line's length: one array for every line with that gap. */
const SINGLE_GAPS: ReadonlyArray<readonly number[]> = Array.from({ length: 64 }, (_, i) => [i]);

/** The input offset of the character that gave `line.text[index]`. */
export const inputStart = (line: NormalisedText, index: number): number => {
  const offset = line.map.offsets[line.mapFrom + index]!;
  return offset >= 0 ? offset : ~offset;
};
/** The input offset just past the character that gave `line.text[index]`. */
export const inputEnd = (line: NormalisedText, index: number): number => {
  const offset = line.map.offsets[line.mapFrom + index]!;
  return offset >= 0 ? offset + 1 : ~offset + 2;
};
/** The input span of a line's text; an empty line has the empty span at 0. */
export const lineSpan = (line: NormalisedText): { start: number; end: number } =>
  line.text === "" ? { start: 0, end: 0 } : { start: inputStart(line, 0), end: inputEnd(line, line.text.length - 1) };

/**
 * The cells of the line being normalised, one per UTF-16 code unit of its normal form, in parallel typed
 * arrays: numbers, not an object and a string per character, since the tokenizer makes a cell of every
 * character of the input. One set serves every line and grows to the longest.
 */
class Cells {
  /** The normalised code unit, or `WHITE_SPACE` for extraction white space. */
  units = new Int32Array(0);
  /** The input offset of the unit's character, as `SourceMap.offsets` holds it. */
  offsets = new Int32Array(0);
  length = 0;
  /** The input offsets of the line's ideographic spaces: how many the line prints, and which gaps hold one. */
  readonly ideographicOffsets: number[] = [];
  /** Whether the line has ASCII parentheses, or ASCII punctuation that may widen: most lines have neither. */
  hasParentheses = false;
  hasNarrowPunctuation = false;

  /** `units.subarray(0, length)` by length, while `units` stays: lines repeat their lengths, and a view is an object. */
  private prefixes: Int32Array[] = [];

  /** Empties the cells for a line of `units` code units: a code unit gives at most two cells. */
  reset(units: number): void {
    if (this.units.length < 2 * units) {
      this.units = new Int32Array(2 * units);
      this.offsets = new Int32Array(2 * units);
      this.prefixes = [];
    }
    this.length = 0;
    // Setting an array's length costs even when it is already 0, and most lines have no ideographic space.
    if (this.ideographicOffsets.length > 0) this.ideographicOffsets.length = 0;
    this.hasParentheses = false;
    this.hasNarrowPunctuation = false;
  }

  /** Lets arrays grown for an unusually long line go: this one set serves the whole module, and would hold them. */
  shrink(): void {
    if (this.units.length <= LONG_LINE_CELLS) return;
    this.units = this.offsets = new Int32Array(0);
    this.prefixes = [];
  }

  /** The first `length` units, as a view. */
  unitsUpTo(length: number): Int32Array {
    return (this.prefixes[length] ??= this.units.subarray(0, length));
  }

  /** Adds a unit from the input character at `start`, one code unit long unless `wide`. */
  add(unit: number, start: number, wide: boolean): void {
    this.units[this.length] = unit;
    this.offsets[this.length] = wide ? ~start : start;
    this.length += 1;
  }
}

/** More cells than any printed line needs (a gazette line has some 40 characters). */
const LONG_LINE_CELLS = 1 << 14;

/**
 * Where the source maps of normalised lines are kept: long typed arrays that lines hold an index into, so
 * a whole issue's map is a few allocations that the garbage collector need not trace.
 */
export class SourceMaps {
  /** The arrays being filled; a line made now is in these. */
  map: SourceMap;
  private used = 0;

  constructor(capacity: number) {
    this.map = { offsets: new Int32Array(capacity) };
  }

  /** Keeps the first `length` cells' map in `map` and returns where; lines made before keep theirs when the arrays fill up. */
  keep(cells: Cells, length: number): number {
    if (this.used + length > this.map.offsets.length) {
      const capacity = Math.max(length, this.map.offsets.length);
      this.map = { offsets: new Int32Array(capacity) };
      this.used = 0;
    }
    const mapFrom = this.used;
    this.used += length;
    const { offsets } = this.map;
    for (let i = 0; i < length; i += 1) offsets[mapFrom + i] = cells.offsets[i]!;
    return mapFrom;
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
const IDEOGRAPHIC_SPACE_CODE = codeOf(IDEOGRAPHIC_SPACE);

/**
 * Maps one code point of the input to its normal form, ignoring context. ASCII and common ideographs,
 * which stay as they are, never come here: `toCells` keeps them on its fast path.
 */
function mapCodePoint(point: number): number {
  const substitute = substitutionCodes.get(point);
  if (substitute !== undefined) return substitute;
  if (point >= FULLWIDTH_FORMS_FIRST && point <= FULLWIDTH_FORMS_LAST && !keptFullwidthCodes.has(point)) return point - FULLWIDTH_TO_ASCII;
  // Kangxi radicals and compatibility ideographs: NFKC of just this character gives the unified ideograph
  // (one code point for every character of these blocks).
  if (isIdeographVariantCode(point)) return codeOf(String.fromCodePoint(point).normalize("NFKC"));
  return point;
}

const cells = new Cells();

/** What an ASCII character is to the tokenizer, by code: most are plain, and a table answers fastest. */
const PLAIN = 0;
const WHITE = 1;
const PARENTHESIS = 2;
const NARROW_PUNCTUATION = 3;
const asciiClasses = new Uint8Array(ASCII_END).map((_, code) =>
  isWhitespaceCode(code) ? WHITE : code === LEFT || code === RIGHT ? PARENTHESIS : wideningCodes.has(code) ? NARROW_PUNCTUATION : PLAIN,
);

/** Fills `cells` with the characters of `raw`, which starts at `offset` in the input. */
function toCells(raw: string, offset: number): void {
  cells.reset(raw.length);
  let index = 0;
  while (index < raw.length) {
    const start = offset + index;
    const unit = raw.charCodeAt(index);
    // ASCII and common ideographs stay as they are; they are most of the text.
    if (unit < ASCII_END) {
      index += 1;
      const kind = asciiClasses[unit];
      if (kind === WHITE) cells.add(WHITE_SPACE, start, false);
      else {
        if (kind === PARENTHESIS) cells.hasParentheses = true;
        else if (kind === NARROW_PUNCTUATION) cells.hasNarrowPunctuation = true;
        cells.add(unit, start, false);
      }
      continue;
    }
    if (unit >= COMMON_IDEOGRAPHS_FIRST && unit <= COMMON_IDEOGRAPHS_LAST) {
      index += 1;
      cells.add(unit, start, false);
      continue;
    }
    // A lone surrogate is a code point of its own, as `for…of` reads it.
    const point = raw.codePointAt(index)!;
    const wide = point >= BMP_END;
    index += wide ? 2 : 1;
    if (isWhitespaceCode(point)) {
      if (point === IDEOGRAPHIC_SPACE_CODE) cells.ideographicOffsets.push(start);
      cells.add(WHITE_SPACE, start, wide);
      continue;
    }
    const mapped = mapCodePoint(point);
    if (mapped < ASCII_END) {
      if (asciiClasses[mapped] === PARENTHESIS) cells.hasParentheses = true;
      else if (asciiClasses[mapped] === NARROW_PUNCTUATION) cells.hasNarrowPunctuation = true;
    }
    // An astral result keeps both its code units, each mapped to the one input character.
    if (mapped < BMP_END) cells.add(mapped, start, wide);
    else {
      const pair = String.fromCodePoint(mapped);
      cells.add(pair.charCodeAt(0), start, wide);
      cells.add(pair.charCodeAt(1), start, wide);
    }
  }
}

/** The nearest non-white-space code unit of the line from `from` in the direction of `step`, or `WHITE_SPACE` when there is none. */
const neighbour = (from: number, step: 1 | -1): number => {
  for (let i = from + step; i >= 0 && i < cells.length; i += step) if (cells.units[i] !== WHITE_SPACE) return cells.units[i]!;
  return WHITE_SPACE;
};

/** Whether the cells in `[from, to)` are digits, one at least, and white space (`( １ )`); it stops at the first that is not. */
function onlyDigits(from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i += 1) {
    const unit = cells.units[i]!;
    if (isDigitCode(unit)) digits += 1;
    else if (unit !== WHITE_SPACE) return false;
  }
  return digits > 0;
}

/** Whether a code is Chinese text or its punctuation (`办`, `。`): neither Latin nor a digit, nor the line's edge. */
const followsChinese = (code: number): boolean => code !== WHITE_SPACE && !isLatinOrDigitCode(code) && code !== LEFT && code !== RIGHT;

/** Reused from line to line, as the cells are: a line with parentheses makes no array of its own. */
let hanCounts = new Int32Array(0);

/** `counts[i]`: how many of the line's first `i` cells are Han characters. */
function hanCountsBefore(): Int32Array {
  const size = cells.length + 1;
  // A line longer than any printed one gets an array it does not keep, as its cells do.
  const counts = size > LONG_LINE_CELLS ? new Int32Array(size) : hanCounts.length >= size ? hanCounts : (hanCounts = new Int32Array(LONG_LINE_CELLS));
  counts[0] = 0;
  for (let i = 0; i < cells.length; i += 1) counts[i + 1] = counts[i]! + (isHanCode(cells.units[i]!) ? 1 : 0);
  return counts;
}

/**
 * ASCII parentheses become full-width when they enclose Chinese text (`(一)` → `（一）`) and stay ASCII
 * around Latin text (`(GB 50966)`). A parenthesis whose partner is on another line looks at its
 * neighbour; a closing one that starts a line (`)、市财政局`) closes what an earlier line left open.
 * Returns how many full-width parentheses the line leaves open.
 */
function widenParentheses(carried: number): number {
  const units = cells.units;
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  const loneRights: number[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    if (units[i] === LEFT) open.push(i);
    else if (units[i] === RIGHT) {
      const left = open.pop();
      if (left === undefined) loneRights.push(i);
      else pairs.push([left, i]);
    }
  }
  // How many Han characters stand before each cell: whether a span holds one is then a subtraction, where
  // a scan of each pair's inside would be quadratic in nested or unclosed parentheses.
  const hanBefore = pairs.length + open.length === 0 ? null : hanCountsBefore();
  const holdsHan = (from: number, to: number): boolean => hanBefore![to]! > hanBefore![from]!;
  for (const [left, right] of pairs) {
    // `(1)区与镇街签订`: a number in parentheses before Chinese text is an item's marker, `（1）`.
    if (holdsHan(left + 1, right) || (onlyDigits(left + 1, right) && isHanCode(neighbour(right, 1)))) {
      units[left] = WIDE_LEFT;
      units[right] = WIDE_RIGHT;
    }
  }
  let unclosed = carried;
  for (const i of loneRights) {
    if (unclosed > 0 || isHanCode(neighbour(i, -1))) {
      units[i] = WIDE_RIGHT;
      unclosed = Math.max(0, unclosed - 1);
    }
  }
  for (const i of open) {
    // Its partner is on a later line: `(一` and `(2024—2026年` open Chinese text, and so does `办法(` or `退休。(` at the line's end.
    if (holdsHan(i + 1, cells.length) || (neighbour(i, 1) === WHITE_SPACE && followsChinese(neighbour(i, -1)))) {
      units[i] = WIDE_LEFT;
      unclosed += 1;
    }
  }
  return unclosed;
}

/**
 * `公开方式: 主动公开` → `公开方式：主动公开`, after a number where Chinese text goes on or the line ends
 * (`格式见附件1: ` → `格式见附件1：`), and at the start of a line (`,市检察院`); `10:30`, `1,000` and `http:`
 * keep theirs.
 */
function widenPunctuation(): void {
  const units = cells.units;
  for (let i = 0; i < cells.length; i += 1) {
    const wide = wideningCodes.get(units[i]!);
    if (wide === undefined) continue;
    const before = neighbour(i, -1);
    // At a line's start it closes the line before (`…防治措施` / `:`), and after a number it is Chinese
    // where no Latin text or digit goes on (`附件1：`, not `10:30`); elsewhere the text before tells.
    const looksAt = before === WHITE_SPACE || isDigitCode(before) ? neighbour(i, 1) : before;
    if (!isLatinOrDigitCode(looksAt)) units[i] = wide;
  }
}

/** `String.fromCharCode` takes code units as arguments: a long line goes in chunks, within the engine's argument limit. */
const ARGUMENTS_CHUNK = 8192;

/** The text of the first `length` cells. */
function stringOf(length: number): string {
  if (length <= ARGUMENTS_CHUNK) return String.fromCharCode.apply(null, cells.unitsUpTo(length) as unknown as number[]);
  let text = "";
  for (let from = 0; from < length; from += ARGUMENTS_CHUNK) {
    text += String.fromCharCode.apply(null, cells.units.subarray(from, Math.min(length, from + ARGUMENTS_CHUNK)) as unknown as number[]);
  }
  return text;
}

/** The gaps of the line being normalised, and those of them that hold an ideographic space, copied out when it is done. */
const gapsFound: number[] = [];
const spacedGapsFound: number[] = [];

/** A line's gaps as an array of exactly their length, shared where most lines have the same. */
const gapsOf = (found: readonly number[]): readonly number[] =>
  found.length === 0 ? NO_GAPS : found.length === 1 ? SINGLE_GAPS[found[0]!] ?? found.slice() : found.slice();

/** Whether one of some offsets lies in `[first, last]`. */
function holdsOffset(offsets: readonly number[], first: number, last: number): boolean {
  for (const offset of offsets) if (offset >= first && offset <= last) return true;
  return false;
}

/**
 * Drops the white-space cells, moving the cells kept to the front, and returns how many it kept. Only a
 * space between two Latin or digit tokens stays (`GB 50966`); other white space inside the line is
 * recorded in `gaps` as the index of the cell after it.
 */
function dropWhiteSpace(): { kept: number; gaps: readonly number[]; spacedGaps: readonly number[] } {
  if (gapsFound.length > 0) gapsFound.length = 0;
  if (spacedGapsFound.length > 0) spacedGapsFound.length = 0;
  const { units, offsets, ideographicOffsets } = cells;
  let kept = 0;
  let i = 0;
  while (i < cells.length) {
    let unit = units[i]!;
    const cell = i;
    i += 1;
    if (unit === WHITE_SPACE) {
      while (i < cells.length && units[i] === WHITE_SPACE) i += 1;
      // White space at either end of the line leaves nothing. Elsewhere the cell before it is the last
      // one kept, and the one after it, `units[i]`, has not moved yet.
      if (kept === 0 || i === cells.length) continue;
      // A kept space has the span of the first white-space character.
      if (!isLatinOrDigitCode(units[kept - 1]!) || !isLatinOrDigitCode(units[i]!)) {
        gapsFound.push(kept);
        // White space is one code unit a character: its cells hold plain input offsets.
        if (ideographicOffsets.length > 0 && holdsOffset(ideographicOffsets, offsets[cell]!, offsets[i - 1]!)) spacedGapsFound.push(kept);
        continue;
      }
      unit = SPACE_UNIT;
    }
    units[kept] = unit;
    offsets[kept] = offsets[cell]!;
    kept += 1;
  }
  // Most lines have no gap or one; others get a copy of exactly their length, where an array grown by
  // `push` would keep room for 16 more.
  return { kept, gaps: gapsOf(gapsFound), spacedGaps: gapsOf(spacedGapsFound) };
}

/**
 * Normalises one line of extracted text into `maps`. `offset` is where the line starts in the input,
 * so that the source map holds input offsets; `openParentheses` is what the line before left open.
 */
export function normaliseInto(maps: SourceMaps, raw: string, offset: number, openParentheses: number, number: number): Line {
  toCells(raw, offset);
  const ideographicSpaces = cells.ideographicOffsets.length;
  const unclosed = cells.hasParentheses ? widenParentheses(openParentheses) : openParentheses;
  if (cells.hasNarrowPunctuation) widenPunctuation();
  const indented = cells.length > 0 && cells.units[0] === WHITE_SPACE;
  const { kept, gaps, spacedGaps } = dropWhiteSpace();
  const mapFrom = maps.keep(cells, kept);
  const text = stringOf(kept);
  cells.shrink();
  // One object literal with every field, not extended later: the engine then makes each line in one
  // piece, where thousands of lines with fields added later each need a second object.
  return { text, map: maps.map, mapFrom, gaps, spacedGaps, indented, openParentheses: unclosed, number, ideographicSpaces, page: 0 };
}

/** Normalises one line of extracted text on its own, with a source map of its own. */
export const normaliseLine = (raw: string, offset: number, openParentheses = 0): NormalisedText =>
  normaliseInto(new SourceMaps(2 * raw.length), raw, offset, openParentheses, 1);
