/** The names of bodies in an envelope: an organ that signs or issues, and lists of bodies (主送, 抄送). */
import { splitUnits } from "../../src/text/lists.js";
import { anchored, matches } from "../../src/fragments.js";
import type { PagedLine } from "../../src/text/run.js";
import { alternation, ORGANISATION_ENDINGS } from "../../src/vocabulary.js";
import { IDEOGRAPHIC_FULL_STOP } from "../../src/tokenize/characters.js";

/** `广州市人民政府`, `广东省人民政府办公厅`, `省人力资源社会保障厅`: an organ's name, as signature or issuer. */
export const ORGAN = anchored("{{han}}{1,30}{{ending}}", { ending: alternation(ORGANISATION_ENDINGS) }, "u");

/**
 * The fewest characters of one organ among several printed on a line (`广州市财政局`): a signature
 * spaced out within one name (`广州市人民政府　办公厅`) leaves a shorter piece, read as part of one name.
 */
const MIN_JOINT_ORGAN = 4;

/**
 * The organs a signature line prints: `广州市卫生健康委员会　　广州市财政局` (two, apart by the space the
 * extraction dropped, kept as a gap) → both; `广州市人民政府` → itself; null for a line that is no organ.
 */
export function organsOf(line: PagedLine): string[] | null {
  const pieces: string[] = [];
  let from = 0;
  for (const gap of [...line.gaps, line.text.length]) {
    if (gap > from) pieces.push(line.text.slice(from, gap));
    from = gap;
  }
  if (pieces.length > 1 && pieces.every((piece) => piece.length >= MIN_JOINT_ORGAN && matches(ORGAN, piece))) return pieces;
  return matches(ORGAN, line.text) ? [line.text] : null;
}

/**
 * Splits `各区人民政府，各县（市、区）人民政府` at `，` and `、`, but not inside parentheses; a closing `。`
 * (`抄送：…，市工商联。`) is left out.
 */
export function splitList(text: string): string[] {
  return splitUnits(text.endsWith(IDEOGRAPHIC_FULL_STOP) ? text.slice(0, -1) : text).map((item) => item.text);
}
