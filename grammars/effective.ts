/**
 * When a document takes effect and how long it stays valid: `本办法自2022年3月1日起施行，有效期3年`
 * (a regulation), `本通知自印发之日起执行，有效期5年` (a levy notice). Shared by every grammar whose
 * documents carry such a clause; `isInForce` answers the question the clause is read for.
 */
import { built, fragments, match, matchAll, matches, type Match } from "../src/fragments.js";
import type { DocumentSegment, GrammarContext } from "../src/grammar.js";
import { isoDate, isoOf } from "../src/text/dates.js";
import { FULLWIDTH_COMMA, IDEOGRAPHIC_FULL_STOP } from "../src/tokenize/characters.js";
import { joinLines, runPage, runSpan, type Run } from "../src/text/run.js";
import type { Effective } from "../src/schema/regulation.js";
import { alternation, TITLE_ENDINGS } from "../src/vocabulary.js";
import { XRegExp } from "../src/xregexp.js";
import { parseChineseNumeral } from "../src/text/numerals.js";

/** `2022年3月1日`, `二〇二二年三月一日`, without groups of its own: a clause holds two dates, each named by what it is. */
const DATE_TEXT = fragments.dateText;
/** `3`, `五`: a count of years or days. */
const COUNT = XRegExp.build("{{digits}}|{{chineseNumeral}}", { digits: fragments.digits, chineseNumeral: fragments.chineseNumeral });
/** `有效期3年`, `有效期为五年`, `有效期至2027年2月28日`: how long the document stays valid. */
const PERIOD = XRegExp.build("有效期(?:为)?(?:(?<years>{{count}})年|至(?<until>{{dateText}}))", { count: COUNT, dateText: DATE_TEXT });

/**
 * `自2022年3月1日起施行，有效期3年`, `自印发之日起执行，有效期5年`, `自2022年3月1日起实施，有效期至
 * 2027年2月28日`, `自公布之日起施行。有效期为五年`, `自公布之日起30日后施行`, `…起施行。本办法有效期5年`: the
 * start (a date, or the day the document was issued, published or promulgated), perhaps days after it,
 * a verb of taking effect, and an optional period or end date, in the same sentence or the next.
 */
const CLAUSE = XRegExp.build(
  "自(?:(?<from>{{dateText}})|(?<start>印发|发布|公布|颁布)之日)起(?:(?<delay>{{count}})日后)?(?:施行|实施|执行|生效)" +
    `(?:[${FULLWIDTH_COMMA}${IDEOGRAPHIC_FULL_STOP}]?(?:{{subject}})?{{period}})?`,
  { dateText: DATE_TEXT, count: COUNT, period: PERIOD, subject: new RegExp(`本${alternation(TITLE_ENDINGS)}`) },
);

/** `有效期5年，` just before `自2024年5月1日起施行`: the period stated first (`本办法有效期5年，自…起施行`). */
const PERIOD_FIRST = XRegExp.build(`{{period}}${FULLWIDTH_COMMA}?$`, { period: PERIOD });
/** How many characters before a clause may hold a period stated first: `有效期至2027年12月31日，`. */
const PERIOD_WINDOW = 20;

/** `本通知`, `本办法`, `本实施方案`: the document itself, as the subject just before a clause. */
const OWN_SUBJECT = built(`本{{han}}{0,4}?${alternation(TITLE_ENDINGS)}$`, {}, "u");
/** How many characters before a clause hold its subject: `本`, four more (`本行动计划`) and `实施细则`, the longest ending. */
const SUBJECT_WINDOW = 9;

/** `自印发之日起`: the clause counts from the day the document was printed. */
const PRINTED = "印发";

/** The days a clause may count from: the document's date, and the day its imprint says it was printed. */
interface IssueDays {
  date: string | null;
  printedOn: string | null;
}

/**
 * Why a clause was not read in full: `invalid-date` (an error: `2022年2月30日`), `issue-date-unknown`
 * (`自印发之日起` without the issue date), `invalid-period` (`有效期零年`).
 */
export interface EffectiveProblem {
  ruleId: "invalid-date" | "issue-date-unknown" | "invalid-period";
  message: string;
}

/** What `parseEffective` read: the clause's place in the text, and its value or why it has none. */
export interface EffectiveReading {
  /** Null when the clause names an impossible date, or starts on an issue date that is not known. */
  effective: Effective | null;
  /** Where the clause stands in the text, `end` exclusive. */
  start: number;
  end: number;
  /** Why `effective` is null, or why its `validYears` is; null when all was read. */
  problem: EffectiveProblem | null;
}

export { isoDate } from "../src/text/dates.js";

/** An ISO date some years and days on: Date.UTC rolls over a day the month lacks (2025-02-29 → 2025-03-01). */
function shifted(iso: string, years: number, days: number): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return isoOf(new Date(Date.UTC(year + years, month - 1, day + days)));
}

/** The last day of a period of `years` years from `from`: 2022-03-01 and 3 years → 2025-02-28; from 29 February, 28 February. */
export const lastDayOf = (from: string, years: number): string => shifted(from, years, -1);

/** `3`, `五` as a number; null for a numeral that cannot be read. */
function countOf(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const numeral = parseChineseNumeral(text);
  return numeral.ok ? numeral.value : null;
}

/** A clause's parts and its place in the text, `end` exclusive. */
interface Clause {
  groups: Record<string, string | undefined>;
  start: number;
  end: number;
}

/** The clause `found` in `text`, with the period stated just before it if it states none after (`本办法有效期5年，自…起施行`). */
function clauseOf(found: Match, text: string): Clause {
  const clause = { groups: found.groups!, start: found.index, end: found.index + found[0].length };
  if (clause.groups.years !== undefined || clause.groups.until !== undefined) return clause;
  const window = Math.max(0, found.index - PERIOD_WINDOW);
  const period = match(PERIOD_FIRST, text.slice(window, found.index));
  if (!period?.groups) return clause;
  return { groups: { ...clause.groups, years: period.groups.years, until: period.groups.until }, start: window + period.index, end: clause.end };
}

/** The day a clause starts: its date, or the day it counts from and the days it waits (`自公布之日起30日后施行`); null when not known. */
function fromOf(groups: Clause["groups"], issued: string | null, printed: string | null, delay: number): string | null {
  const day = groups.from === undefined ? (groups.start === PRINTED ? printed : issued) : isoDate(groups.from);
  return day === null ? null : shifted(day, 0, delay);
}

/** What a clause says: `issued` and `printed` as `parseEffective` takes them. */
function readingOf({ groups, start, end }: Clause, issued: string | null, printed: string | null): EffectiveReading {
  const { from: fromText, years: yearsText, until: untilText } = groups;
  const place = { start, end };
  const delay = groups.delay === undefined ? 0 : countOf(groups.delay);
  if (delay === null) return { effective: null, ...place, problem: { ruleId: "invalid-period", message: `"${groups.delay}" is not a number of days` } };
  const from = fromOf(groups, issued, printed, delay);
  if (from === null) {
    const problem: EffectiveProblem =
      fromText === undefined
        ? { ruleId: "issue-date-unknown", message: "The clause starts on the issue date, which is not known" }
        : { ruleId: "invalid-date", message: `${fromText} is not a date` };
    return { effective: null, ...place, problem };
  }
  if (untilText !== undefined) {
    const until = isoDate(untilText);
    if (until === null) return { effective: null, ...place, problem: { ruleId: "invalid-date", message: `${untilText} is not a date` } };
    return { effective: { from, validYears: null, until }, ...place, problem: null };
  }
  if (yearsText === undefined) return { effective: { from, validYears: null, until: null }, ...place, problem: null };
  const years = countOf(yearsText);
  if (years === null || years < 1) {
    const problem: EffectiveProblem = { ruleId: "invalid-period", message: `"${yearsText}" is not a number of years` };
    return { effective: { from, validYears: null, until: null }, ...place, problem };
  }
  return { effective: { from, validYears: years, until: lastDayOf(from, years) }, ...place, problem: null };
}

/**
 * Reads the first effective-date clause of a text. `issued` (ISO date) is the document's date, for
 * `自公布之日起` (`发布`, `颁布`); `printed` the day it was printed (its imprint's `…印发`), for
 * `自印发之日起`, the document's date when not given. Returns null when the text has no such clause;
 * never throws.
 */
export function parseEffective(text: string, issued: string | null = null, printed: string | null = issued): EffectiveReading | null {
  const found = match(CLAUSE, text);
  return found?.groups ? readingOf(clauseOf(found, text), issued, printed) : null;
}

/** A reading's effective period, its problem reported as a diagnostic at the clause (an impossible date is an error, the rest warnings). */
function reported(reading: EffectiveReading, run: Run, context: GrammarContext): Effective | null {
  if (reading.problem) {
    const { ruleId, message } = reading.problem;
    const span = runSpan(run, reading.start, reading.end);
    context.diagnostics.report({ ruleId, message, severity: ruleId === "invalid-date" ? "error" : "warning", span, page: runPage(run, reading.start) });
  }
  return reading.effective;
}

/**
 * The effective period of the first of some paragraphs that has a clause, its problem reported as a
 * diagnostic at the clause. Null without a clause. `自印发之日起` counts from the day printed when the
 * document prints one (its official start), else from its date. With `ownOnly`, for a text that may also
 * cite when other texts took effect (`《…条例》自2021年1月1日起施行以来`), only a clause whose subject is the
 * document itself counts (`本通知自印发之日起施行`).
 */
export function effectiveIn(runs: readonly Run[], days: IssueDays, context: GrammarContext, { ownOnly = false } = {}): Effective | null {
  for (const run of runs) {
    for (const found of matchAll(CLAUSE, run.text)) {
      const clause = clauseOf(found, run.text);
      if (ownOnly && !matches(OWN_SUBJECT, run.text.slice(Math.max(0, clause.start - SUBJECT_WINDOW), clause.start))) continue;
      return reported(readingOf(clause, days.date, days.printedOn ?? days.date), run, context);
    }
  }
  return null;
}

/**
 * The effective period a document's body states. A decree's issuing sentence speaks of what it issues
 * (`《…》…现予公布，自公布之日起施行`); any other body may cite when other texts took effect, so there only a
 * clause whose subject is the document itself counts.
 */
export function bodyEffective(segment: DocumentSegment, context: GrammarContext): Effective | null {
  return effectiveIn([joinLines(segment.body)], segment.envelope, context, { ownOnly: segment.envelope.decreeNumber === null });
}

/** Something that carries an effective period: a levy notice, a regulation, or a regulation document. */
export type HasEffective = { effective: Effective | null } | { regulation: { effective: Effective | null } };

/**
 * Whether a document is in force on a day (ISO `YYYY-MM-DD` or a Date, read in UTC): on or after its
 * first day and, when it has one, on or before its last. A document whose effective period is unknown,
 * or a day that is not a date, gives false: being in force cannot be shown.
 */
export function isInForce(document: HasEffective, date: string | Date): boolean {
  const effective = "regulation" in document ? document.regulation.effective : document.effective;
  const day = typeof date === "string" ? date : Number.isNaN(date.getTime()) ? null : isoOf(date);
  if (effective === null || day === null || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(day)) return false;
  return effective.from <= day && (effective.until === null || day <= effective.until);
}
