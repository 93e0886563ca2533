/**
 * Citations in running text: titles of laws and documents in 《》, document numbers and technical
 * standards. A grammar finds them in a mapped run and places them in the input through it.
 */
import { fragments, matchAll } from "../src/fragments.js";
import { XRegExp } from "../src/xregexp.js";

export type ReferenceKind = "title" | "doc-number" | "standard";

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
const DOC_NUMBER = XRegExp.build("{{docNumber}}", { docNumber: fragments.docNumber }, "gu");

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

const PATTERNS: ReadonlyArray<{ kind: ReferenceKind; pattern: RegExp }> = [
  { kind: "title", pattern: TITLE },
  { kind: "doc-number", pattern: DOC_NUMBER },
  { kind: "standard", pattern: STANDARD },
];

/** Every citation in a text, in the order they stand in it. */
export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const { index: start, 0: cited } of matchAll(pattern, text)) found.push({ kind, text: cited, start, end: start + cited.length });
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
