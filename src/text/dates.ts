/**
 * The one date reader: `2022年2月14日` → `2022-02-14`, checked against the calendar, and the same in
 * Chinese numerals (`二〇二二年二月十四日`). The envelope (a signature's date, an imprint's), the
 * effective-date clauses and a decree's adoption read dates here.
 */
import { chineseNumeral } from "./numerals.js";
import { anchored, match, matches } from "../fragments.js";

/** `2022年2月14日`, `二〇二二年二月十四日`: the whole text. */
const DATE = anchored("{{date}}");

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** A Date (read in UTC) as `YYYY-MM-DD`. */
export const isoOf = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;

/** `2024`, `二〇二四`, `十二`: a part of a date as the `{{date}}` fragment matched it, in digits or in Chinese numerals. */
const partValue = (part: string | number): number => (typeof part === "number" || /^[0-9]+$/.test(part) ? Number(part) : chineseNumeral(part));

/**
 * The groups of the `{{date}}` fragment (`year`, `month`, `day`) as an ISO date; null for a day the
 * calendar does not have (`2022年2月30日`, `2022年13月1日`, `二〇二二年二月三十日`).
 */
export function isoOfParts(year: string | number, month: string | number, day: string | number): string | null {
  const [y, m, d] = [partValue(year), partValue(month), partValue(day)];
  const date = new Date(Date.UTC(y, m - 1, d));
  const valid = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return valid ? isoOf(date) : null;
}

/** Whether a text is, as a whole, written as a date (`2022年2月30日` is, though no such day exists). */
export const isDateForm = (text: string): boolean => matches(DATE, text);

/** `2022年2月30日`, `二〇二二年二月三十日` → its year, month and day as printed; null for a text that is not written as a date. */
export function dateParts(text: string): { year: string; month: string; day: string } | null {
  const groups = match(DATE, text)?.groups;
  return groups ? { year: groups.year!, month: groups.month!, day: groups.day! } : null;
}

/** `2022年3月1日`, `二〇二二年三月一日` → `2022-03-01`; null for a text that is no date or a day the calendar does not have. */
export function isoDate(text: string): string | null {
  const parts = dateParts(text);
  return parts ? isoOfParts(parts.year, parts.month, parts.day) : null;
}
