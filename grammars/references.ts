/**
 * Citations in running text: titles of laws and documents in 《》, document numbers, decree numbers and
 * technical standards. A grammar finds them in a mapped run and places them in the input through it.
 */
import { built, literal, match, matchAll } from "../src/fragments.js";
import {
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_RIGHT_PARENTHESIS,
  LEFT_DOUBLE_ANGLE_BRACKET,
  LEFT_TORTOISE_SHELL_BRACKET,
  RIGHT_DOUBLE_ANGLE_BRACKET,
} from "../src/tokenize/characters.js";
import { XRegExp } from "../src/xregexp.js";

export type ReferenceKind = "title" | "doc-number" | "decree-number" | "standard";

/** A citation found in a text: what it is, and where it stands in that text (`end` exclusive). */
export interface FoundReference {
  kind: ReferenceKind;
  text: string;
  start: number;
  end: number;
}

/** The longest title in 《》 taken for a citation; an unclosed 《 does not swallow the rest of the text. */
const MAX_TITLE_LENGTH = 100;

/** `《中华人民共和国安全生产法》`: a title in double angle brackets, not nested. */
const TITLE = XRegExp.build(`《[^《》]{1,${MAX_TITLE_LENGTH}}》`, {}, "g");

/** `国办发〔2017〕87号`, `穗工信规字〔2022〕1号`. */
const DOC_NUMBER = built("{{docNumber}}", {}, "gu");

/**
 * `广州市人民政府令第80号` in `…规定（广州市人民政府令第80号）`, `国务院令第588号`: a decree's number, as a text
 * that names a decree cites it, in brackets of its own after its title. The brackets bound the issuer,
 * which no word of the sentence then runs into, and are no part of the citation.
 */
const DECREE_NUMBER = built(
  `(?<=${literal(FULLWIDTH_LEFT_PARENTHESIS)}){{han}}{2,30}?令第{{digits}}号(?=${literal(FULLWIDTH_RIGHT_PARENTHESIS)})`,
  {},
  "gu",
);

/**
 * `GB 50966`, `GB/T 51313-2018`, `DB44/T 1234-2020`, `JGJ 16`: a standard's code (two to four capitals,
 * a province's two digits after `DB`, `/T` for a recommended one), its number, and its year. Neither
 * glued to a longer word nor to more digits, so `GZ0320220007` (a registration code) is not one.
 */
const STANDARD = XRegExp.build(
  "(?<![A-Za-z0-9])[A-Z]{2,4}(?:[0-9]{2})?(?:/[TZ])? ?[0-9]{2,6}(?:\\.[0-9]{1,3})?(?:-[0-9]{4})?(?![0-9A-Za-z])",
  {},
  "g",
);

/**
 * `根据`, `贯彻落实`, `印发了`, `和`: words that stand before a document number in running text
 * (`根据穗府〔2022〕2号`). The number's prefix takes every Han character before `〔`, and no issuer's
 * abbreviation begins with these, so they are cut off the front.
 */
const LEADING_WORDS = XRegExp.build("^(?:根据|依据|按照|依照|参照|遵照|对照|执行|落实|贯彻|印发|下发|转发|关于|以及|了|及|和|与|或|同|见|经|由|按|依|据|的|对|在)+", {});

/** Where a document number found in running text begins, its leading words left out; never all of its prefix. */
function numberStart(cited: string): number {
  const lead = match(LEADING_WORDS, cited)?.[0].length ?? 0;
  return lead < cited.indexOf(LEFT_TORTOISE_SHELL_BRACKET) ? lead : 0;
}

const PATTERNS: ReadonlyArray<{ kind: ReferenceKind; pattern: RegExp }> = [
  { kind: "title", pattern: TITLE },
  { kind: "doc-number", pattern: DOC_NUMBER },
  { kind: "decree-number", pattern: DECREE_NUMBER },
  { kind: "standard", pattern: STANDARD },
];

/** The first title a text cites, without its brackets: `《广州市电梯安全管理规定》已于…` → `广州市电梯安全管理规定`. */
export function firstTitle(text: string): string | null {
  const cited = match(TITLE, text)?.[0];
  return cited === undefined ? null : cited.slice(LEFT_DOUBLE_ANGLE_BRACKET.length, -RIGHT_DOUBLE_ANGLE_BRACKET.length);
}

/** Every citation in a text, in the order they stand in it. */
export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const { index, 0: whole } of matchAll(pattern, text)) {
      const skip = kind === "doc-number" ? numberStart(whole) : 0;
      found.push({ kind, text: whole.slice(skip), start: index + skip, end: index + whole.length });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
