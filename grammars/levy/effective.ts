import XRegExp from "xregexp";
import type { DocumentSegment, GrammarContext } from "../../src/grammar.js";
import type { Effective } from "../../src/schema/regulation.js";
import { joinLines, runPage, runSpan } from "../../src/text/run.js";
import { fragments } from "../../src/fragments.js";
import { parseChineseNumeral } from "../numerals.js";

/** `本通知自印发之日起执行，有效期5年`: in force from the date the notice is signed, for N years. */
const FROM_ISSUE = XRegExp.build(
  "自印发之日起(?:执行|施行|实施)，有效期(?:(?<years>{{digits}})|(?<chineseYears>{{chineseNumeral}}))年",
  fragments,
);

/** `2022-02-21` plus 5 years is the last day before `2027-02-21`: `2027-02-20`. */
function lastDay(from: string, years: number): string {
  const [year, month, day] = from.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day - 1)).toISOString().slice(0, 10);
}

/**
 * When a notice in force from its own date (`自印发之日起执行，有效期5年`) is in force: from the date it
 * is signed, for the years it says. Null when the body says no such thing; reported when the notice has
 * no date to count from.
 */
export function readNoticeEffective(segment: DocumentSegment, context: GrammarContext): Effective | null {
  const run = joinLines(segment.body);
  const found = XRegExp.exec(run.text, FROM_ISSUE) as (RegExpExecArray & { groups?: Record<string, string | undefined> }) | null;
  if (!found?.groups) return null;
  const span = runSpan(run, found.index, found.index + found[0].length);
  const page = runPage(run, found.index);
  const from = segment.envelope.date;
  if (from === null) {
    context.diagnostics.warn("effective-without-date", "The notice is in force from its date, but it has none", span, page);
    return null;
  }
  const years = found.groups.years !== undefined ? { ok: true as const, value: Number(found.groups.years) } : parseChineseNumeral(found.groups.chineseYears!);
  if (!years.ok || years.value < 1) {
    context.diagnostics.error("effective-invalid-period", `The period of validity in "${found[0]}" is not a number of years`, span, page);
    return { from, validYears: null, until: null };
  }
  return { from, validYears: years.value, until: lastDay(from, years.value) };
}
