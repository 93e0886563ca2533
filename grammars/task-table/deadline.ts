import { anchored, built, matches } from "../../src/fragments.js";

/** `2024年`: a year. */
const year = built("{{digits}}年");
/** `2024年12月`: a month. */
const month = built("{{year}}{{digits}}月", { year });
/** `2024年6月30日`: a day. */
const day = built("{{month}}{{digits}}日", { month });
/** `2024年底`, `2024年12月底`, `2024年6月30日`, `2025年`: a point in time, a year's or a month's end included. */
const point = built("{{day}}|{{month}}底?|{{year}}底?", { day, month, year });
/** `2024—2025年`, `2024年至2025年`: a range of years, its first year printed with or without `年`. */
const range = built("{{digits}}年?(?:—|至){{point}}", { point });
/** `2024年12月底前`, `2024年6月30日前`, `2025年内`, `2024年底止`: a point or range, and by it or until it. */
const dated = built("(?:{{range}}|{{point}})(?:前|内|止)?", { range, point });
/** `推进` of `持续推进`, `坚持` of `长期坚持`, `完成` of `年内完成`: what a way of working ends in. */
const doing = /推进|坚持|完成/;
/** `长期`, `每年`, `每季度`: no date at all, or a recurring one. */
const recurring = built("长期|每(?:年|季度|月)");

/**
 * A whole deadline (完成时限): `2024年12月底前`, `2024年底`, `2024—2025年`, `长期`, `每年`, and a way of
 * working in up to four characters before what it does (`持续推进`). That one is spelt out here: a
 * fragment holding `{{han}}` builds only in the pattern that uses it.
 */
const DEADLINE = anchored("{{dated}}|{{han}}{0,4}(?:{{doing}})|{{recurring}}", { dated, doing, recurring }, "u");

/**
 * Whether a deadline read so far is whole: `2024年12月底前`, `持续推进`, not `2024年12` of `2024年12` /
 * `月底前` nor `持续推` of `持续推` / `进`.
 */
export const isDeadline = (deadline: string): boolean => matches(DEADLINE, deadline);

/** `2024年`, `2024年12月`: a whole deadline that a line may have cut before its day or its end (`底前`). */
const OPEN_DATE = anchored("{{digits}}年(?:{{digits}}月)?");
/** `2024年12`, `2024年12月底前`: the characters of a date, whole or cut before its end. */
const DATE_TEXT = anchored("{{digits}}[0-9年月日底前内止至—]*");

/** Whether a deadline read so far may go on: it is not whole, or a date cut before its end (`2024年` / `12月底前`). */
export const deadlineGoesOn = (deadline: string): boolean => !isDeadline(deadline) || matches(OPEN_DATE, deadline);

/**
 * Whether a deadline goes on with the next line's text: while it is not whole, or while the two are
 * still a date (`2024年` / `12` / `月底前`) or make a longer deadline.
 */
export const deadlineTakes = (deadline: string, next: string): boolean =>
  !isDeadline(deadline) || (matches(OPEN_DATE, deadline) && matches(DATE_TEXT, deadline + next)) || isDeadline(deadline + next);
