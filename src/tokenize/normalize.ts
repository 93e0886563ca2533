import {
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_RIGHT_PARENTHESIS,
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  SPACE,
  asciiToChinesePunctuation,
  isHan,
  isIdeographVariant,
  isLatinOrDigit,
  isWhitespace,
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

interface Cell {
  character: string;
  start: number;
  end: number;
  space: boolean;
}

const FULLWIDTH_FORMS_FIRST = 0xff01;
const FULLWIDTH_FORMS_LAST = 0xff5e;
const FULLWIDTH_TO_ASCII = 0xfee0;
const ASCII_END = 0x80;
const COMMON_IDEOGRAPHS_FIRST = 0x4e00;
const COMMON_IDEOGRAPHS_LAST = 0x9fff;

/** Maps one code point of the input to its normal form, ignoring context. */
function mapCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  // Most characters are ASCII or common ideographs and stay as they are.
  if (code < ASCII_END || (code >= COMMON_IDEOGRAPHS_FIRST && code <= COMMON_IDEOGRAPHS_LAST)) return character;
  const substitute = substitutions.get(character);
  if (substitute !== undefined) return substitute;
  if (code >= FULLWIDTH_FORMS_FIRST && code <= FULLWIDTH_FORMS_LAST && !keptFullwidth.has(character)) {
    return String.fromCodePoint(code - FULLWIDTH_TO_ASCII);
  }
  // Kangxi radicals and compatibility ideographs: NFKC of just this character gives the unified ideograph.
  if (isIdeographVariant(character)) return character.normalize("NFKC");
  return character;
}

function toCells(raw: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let index = 0;
  for (const character of raw) {
    const start = offset + index;
    index += character.length;
    if (isWhitespace(character)) {
      cells.push({ character: SPACE, start, end: offset + index, space: true });
      continue;
    }
    const mapped = mapCharacter(character);
    // An astral result keeps both its code units, each mapped to the one input character.
    for (let unit = 0; unit < mapped.length; unit += 1) {
      cells.push({ character: mapped[unit]!, start, end: offset + index, space: false });
    }
  }
  return cells;
}

const neighbour = (cells: Cell[], from: number, step: 1 | -1): Cell | undefined => {
  for (let i = from + step; i >= 0 && i < cells.length; i += step) {
    const cell = cells[i]!;
    if (!cell.space) return cell;
  }
  return undefined;
};

/**
 * ASCII parentheses become full-width when they enclose Chinese text (`(一)` → `（一）`) and stay ASCII
 * around Latin text (`(GB 50966)`). A parenthesis whose partner is on another line looks at its
 * neighbour; a closing one that starts a line (`)、市财政局`) closes what an earlier line left open.
 * Returns how many full-width parentheses the line leaves open.
 */
function widenParentheses(cells: Cell[], carried: number): number {
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  const loneRights: number[] = [];
  cells.forEach((cell, i) => {
    if (cell.character === LEFT_PARENTHESIS) open.push(i);
    else if (cell.character === RIGHT_PARENTHESIS) {
      const left = open.pop();
      if (left === undefined) loneRights.push(i);
      else pairs.push([left, i]);
    }
  });
  for (const [left, right] of pairs) {
    if (cells.slice(left + 1, right).some((cell) => isHan(cell.character))) {
      cells[left]!.character = FULLWIDTH_LEFT_PARENTHESIS;
      cells[right]!.character = FULLWIDTH_RIGHT_PARENTHESIS;
    }
  }
  let unclosed = carried;
  for (const i of loneRights) {
    const inside = neighbour(cells, i, -1);
    if (unclosed > 0 || (inside && isHan(inside.character))) {
      cells[i]!.character = FULLWIDTH_RIGHT_PARENTHESIS;
      unclosed = Math.max(0, unclosed - 1);
    }
  }
  for (const i of open) {
    const inside = neighbour(cells, i, 1);
    if (inside && isHan(inside.character)) {
      cells[i]!.character = FULLWIDTH_LEFT_PARENTHESIS;
      unclosed += 1;
    }
  }
  return unclosed;
}

/** `公开方式: 主动公开` → `公开方式：主动公开`; `10:30` keeps its colon. */
function widenPunctuation(cells: Cell[]): void {
  cells.forEach((cell, i) => {
    const wide = asciiToChinesePunctuation.get(cell.character);
    if (wide === undefined) return;
    const before = neighbour(cells, i, -1);
    if (before && !isLatinOrDigit(before.character)) cell.character = wide;
  });
}

/**
 * Normalises one line of extracted text. `offset` is where the line starts in the input, so that the
 * source map holds input offsets; `openParentheses` is what the line before left open.
 */
export function normaliseLine(raw: string, offset: number, openParentheses = 0): NormalisedText {
  const cells = toCells(raw, offset);
  const unclosed = widenParentheses(cells, openParentheses);
  widenPunctuation(cells);
  const result: NormalisedText = {
    text: "",
    starts: [],
    ends: [],
    gaps: [],
    indented: cells[0]?.space ?? false,
    openParentheses: unclosed,
  };
  let text = "";
  let i = 0;
  while (i < cells.length) {
    const cell = cells[i]!;
    if (!cell.space) {
      text += cell.character;
      result.starts.push(cell.start);
      result.ends.push(cell.end);
      i += 1;
      continue;
    }
    let j = i;
    while (j < cells.length && cells[j]!.space) j += 1;
    const before = cells[i - 1];
    const after = cells[j];
    if (before && after) {
      // Only a space between two Latin or digit tokens carries meaning (`GB 50966`).
      if (isLatinOrDigit(before.character) && isLatinOrDigit(after.character)) {
        text += SPACE;
        result.starts.push(cell.start);
        result.ends.push(cell.end);
      } else {
        result.gaps.push(text.length);
      }
    }
    i = j;
  }
  result.text = text;
  return result;
}
