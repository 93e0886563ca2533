import { anchored, built, literal, matches } from "../../src/fragments.js";
import { EM_DASH } from "../../src/tokenize/characters.js";
import { alternation, DEADLINE_WORDS } from "../../src/vocabulary.js";

/** The words of a deadline beside its date, each list as an alternation. */
const words = {
  standing: alternation(DEADLINE_WORDS.standing),
  part: alternation(DEADLINE_WORDS.parts),
  end: alternation(DEADLINE_WORDS.end),
  through: alternation(DEADLINE_WORDS.through),
  bound: alternation(DEADLINE_WORDS.bounds),
  action: alternation(DEADLINE_WORDS.actions),
};

/** `12月底`, `6月30日`, `6月`, `上半年`, `第三季度`: a point or part within a year, after its `年` or alone. */
const inYear = built("{{month}}月(?:{{day}}日|{{end}})?|{{part}}", words);
/** `2024年12月底`, `2024年6月30日`, `2024年上半年`, `2024年底`, `2025年`, `12月底`: a point in time or a part of a year. */
const point = built("{{year}}年(?:{{inYear}}|{{end}})?|{{inYear}}", { ...words, inYear });
/** `2024—2025年`, `2024年至2025年`: a range of years, its first year printed with or without `年`. */
const range = built(`{{year}}年?(?:${literal(EM_DASH)}|{{through}}){{point}}`, { ...words, point });
/**
 * `2024年12月底前`, `2025年内`, `2024年底止`, `每年12月底前`, `2024年12月底前完成`: a point or range, recurring
 * or not, by it, within it or until it, and what is done by then.
 */
const dated = built("{{standing}}?(?:{{range}}|{{point}}){{bound}}?{{action}}?", { ...words, range, point });
/** `长期`, `每年`, `每季度`, `长期坚持`: no date at all, or a recurring one, and what is done so. */
const undated = built("{{standing}}{{action}}?", words);

/**
 * A whole deadline (完成时限): `2024年12月底前`, `2024年12月底前完成`, `2024年上半年`, `2024—2025年`, `长期`,
 * `每年12月底前`, and a way of working in up to four characters before what it does (`持续推进`, `年内完成`).
 * That one is spelt out here: a fragment holding `{{han}}` builds only in the pattern that uses it.
 */
const DEADLINE = anchored("{{dated}}|{{undated}}|{{han}}{0,4}{{action}}", { dated, undated, action: words.action }, "u");

/**
 * Whether a deadline read so far is whole: `2024年12月底前`, `持续推进`, not `2024年12` of `2024年12` /
 * `月底前` nor `持续推` of `持续推` / `进`.
 */
export const isDeadline = (deadline: string): boolean => matches(DEADLINE, deadline);

/** `2024年`, `2024年12月`: a whole deadline that a line may have cut before its day or its end (`底前`). */
const OPEN_DATE = anchored("{{year}}年(?:{{month}}月)?");
/**
 * `2024年12`, `2024年12月底前`, `2024—2025年`: the characters of a date, whole or cut before its end: its
 * numbers and units, a range's dash or word, a month's end and what says by, within or until it.
 */
const DATE_TEXT = anchored(`{{year}}(?:[0-9年月日${literal(EM_DASH)}]|{{through}}|{{end}}|{{bound}})*`, words);

/** Whether a deadline read so far may go on: it is not whole, or a date cut before its end (`2024年` / `12月底前`). */
export const deadlineGoesOn = (deadline: string): boolean => !isDeadline(deadline) || matches(OPEN_DATE, deadline);

/**
 * Whether a deadline goes on with the next line's text: while it is not whole, or while the two are
 * still a date (`2024年` / `12` / `月底前`) or make a longer deadline (`2024年12月底前` / `完成`).
 */
export const deadlineTakes = (deadline: string, next: string): boolean =>
  !isDeadline(deadline) || (matches(OPEN_DATE, deadline) && matches(DATE_TEXT, deadline + next)) || isDeadline(deadline + next);
