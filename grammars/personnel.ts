import { anchored, built, fragments, matchAt, matches } from "../src/fragments.js";
import type { DocumentSegment, Grammar, GrammarContext } from "../src/grammar.js";
import type { DecisionBody, Notice } from "../src/schema/personnel.js";
import { filledEnds, joinLines, runPage, runPosition, runSpan, type Run } from "../src/text/run.js";
import { isoOfParts } from "../src/text/dates.js";
import { FULLWIDTH_COLON } from "../src/tokenize/characters.js";
import { alternation, DECIDING_BODY_ENDINGS } from "../src/vocabulary.js";
import { readDocNumber } from "./document.js";
import { parseChineseNumeral } from "../src/text/numerals.js";
import { readPart, type Part } from "./personnel/clauses.js";

/*
 * A personnel section (人事任免) is a list of headings, each naming the body that decided, and of notices
 * in sentences: one notice or a chain of them (`任命…，免去其…职务。`), or, under a people's congress, several
 * chains separated by `；`; a date on a line of its own under a heading's notices is the date of its decision
 * (`decidedBy.date`). The extraction wraps a notice over lines anywhere, even inside a name, so the
 * grammar reads the section's lines joined into one run and walks it heading by heading, part by part;
 * `grammars/personnel/clauses.ts` reads a part's clauses.
 */

/** A Han character that is not `第`, so that a body's name stops where its term or session begins. */
const NAME_CHARACTER = "(?:(?!第){{han}})";
/** `广州市人民政府`, `人民代表大会常务委员会`: how the name of a deciding body ends. */
const BODY_END = alternation(DECIDING_BODY_ENDINGS);

// Bounds on names and sentences keep every failed match short, so that a walk over a section stays linear.
const headingParts = {
  /** `广州市第十五届`: the body's term, printed inside its name. */
  term: built(`(?<before>${NAME_CHARACTER}{1,20})第(?<term>${fragments.chineseNumeral.source})届`, {}, "u"),
  /** `人民代表大会常务委员会`, `广州市人民政府`: the body's name (after its term, if any). */
  body: built(`(?<body>${NAME_CHARACTER}{0,40}${BODY_END})`, {}, "u"),
  /** `第六十五次会议`: the session that decided. */
  session: `第(?<session>${fragments.chineseNumeral.source})次(?:全体)?会议`,
};
/** `广州市人民政府批准：`, `广州市第十五届人民代表大会常务委员会第六十五次会议决定：`: who decided the notices below. */
const HEADING_SOURCE = "(?:{{term}})?{{body}}(?:{{session}})?(?:批准|决定)：";
const HEADING = built(HEADING_SOURCE, headingParts, "u");
const HEADING_LINE = anchored(HEADING_SOURCE, headingParts, "u");

/** `2023年1月5日`: a line of a date alone under a heading, the date of its decision. */
const DECISION_DATE = built("{{date}}");

/**
 * `任命陈勇同志为广州开发区管委会主任。（穗人社任免〔2022〕9号）`, `任命…；`: a part of a notice sentence, ended by
 * `；` or by `。` and then perhaps the number of the document that carries the sentence.
 */
const PART = built("(?<text>[^。；：]{1,400})(?:(?<more>；)|。(?:（(?<docNumber>{{docNumber}})）)?)", {}, "u");

/**
 * `任命陈勇同志…`, `决定免去…`, `接受…`, `陈旭同志任职试用期满…`, `丁志强代理…`: how the first notice under a
 * heading begins, however its line wraps.
 */
const NOTICE_START = anchored(
  "(?:(?:决定)?(?:任命|免去|聘任|解聘|接受)|{{han}}{2,4}(?:同志|代理|不再担任|(?:任职)?试用期满)).*",
  {},
  "u",
);

/** Whether a line heads a personnel section's notices: `广州市人民政府批准：`. */
export function isPersonnelHeading(text: string): boolean {
  // Every line of an issue is asked; the heading ends with a colon, which few lines do.
  return text.endsWith(FULLWIDTH_COLON) && matches(HEADING_LINE, text);
}


/** Converts a heading's term or session; reports and gives null where the numeral is malformed. */
function numeral(text: string | undefined, run: Run, at: number, context: GrammarContext): number | null {
  if (text === undefined) return null;
  const result = parseChineseNumeral(text);
  if (result.ok) return result.value;
  context.diagnostics.error("invalid-numeral", `Personnel heading: ${result.reason}`, runSpan(run, at), runPage(run, at));
  return null;
}

/** A part's date of effect: `任职时间从2021年1月29日起计算` → `2021-01-29`; reports a day the calendar does not have. */
function effectiveDate(part: Part, run: Run, at: number, end: number, context: GrammarContext): string | null {
  if (!part.since) return null;
  const { year, month, day } = part.since;
  const date = isoOfParts(year, month, day);
  if (date === null) context.diagnostics.error("invalid-date", `Personnel notice: no such day ${year}-${month}-${day}`, runSpan(run, at, end), runPage(run, at));
  return date;
}

/** Walks a section's run: headings set the deciding body, parts of sentences give notices, the rest is reported. */
function readSection(run: Run, context: GrammarContext): Notice[] {
  const notices: Notice[] = [];
  let decidedBy: DecisionBody | null = null;
  // The notices of a sentence's parts read so far, which take the document number printed after its `。`.
  let sentence: Notice[] = [];
  // Whom `其` means in the next part of the same sentence.
  let people: string[] | null = null;
  let at = 0;
  // The line that holds `run.text[at]`: where text in no known form is skipped to the next one.
  let line = 0;
  const nextLine = (): number => {
    while (line < run.breaks.length && run.breaks[line]! <= at) line += 1;
    return run.breaks[line] ?? run.text.length;
  };
  const endSentence = (): void => {
    sentence = [];
    people = null;
  };
  while (at < run.text.length) {
    const heading = matchAt(HEADING, run.text, at);
    if (heading?.groups) {
      const { before, body, term, session } = heading.groups;
      decidedBy = {
        body: (before ?? "") + body!,
        term: numeral(term, run, at, context),
        session: numeral(session, run, at, context),
        date: null,
      };
      context.consumed.run(run, at, at + heading[0].length);
      at += heading[0].length;
      endSentence();
      continue;
    }
    const lineEnd = nextLine();
    const dated = run.breaks[line - 1] === at ? matchAt(DECISION_DATE, run.text, at) : null;
    if (decidedBy !== null && dated?.groups && at + dated[0].length === lineEnd) {
      const { year, month, day } = dated.groups;
      // The notices of a heading share its body, so the date reaches those printed above it.
      decidedBy.date = isoOfParts(year!, month!, day!);
      if (decidedBy.date === null) context.diagnostics.error("invalid-date", `Personnel decision: no such day ${year}-${month}-${day}`, runSpan(run, at, lineEnd), runPage(run, at));
      context.consumed.run(run, at, lineEnd);
      at = lineEnd;
      endSentence();
      continue;
    }
    const found = matchAt(PART, run.text, at);
    const part: Part | null = found?.groups ? readPart(found.groups.text!, people) : null;
    const end = found ? at + found[0].length : lineEnd;
    if (!found?.groups || !part) {
      const text = run.text.slice(at, end);
      context.diagnostics.error("unconsumed-text", `Personnel section: no notice in "${text}"`, runSpan(run, at, end), runPage(run, at));
      at = end;
      if (found?.groups?.more === undefined) endSentence();
      continue;
    }
    context.consumed.run(run, at, end);
    const effectiveFrom = effectiveDate(part, run, at, end, context);
    const position = runPosition(context.source, run, at, end);
    const page = runPage(run, at);
    for (const act of part.acts) {
      for (const person of act.people) {
        const notice: Notice = {
          action: act.action,
          person,
          organization: act.organization,
          post: act.post,
          concurrent: act.concurrent,
          note: act.note,
          decidedBy,
          docNumber: null,
          effectiveFrom: act.action === "confirm" ? effectiveFrom : null,
          page,
          position,
        };
        notices.push(notice);
        sentence.push(notice);
      }
    }
    at = end;
    people = part.people;
    if (found.groups.more !== undefined) continue;
    // `（穗人社任免〔2022〕9号）` after a sentence: the number of the document that carries its notices.
    const docNumber = found.groups.docNumber === undefined ? null : readDocNumber(found.groups.docNumber);
    for (const notice of sentence) notice.docNumber = docNumber;
    endSentence();
  }
  return notices;
}


export const personnelGrammar: Grammar<"personnel", { notices: Notice[] }> = {
  kind: "personnel",
  // A heading opens a section only over a notice: `须经市人民政府批准：` in a regulation, over its list, does
  // not. A heading wrapped at a narrow width (`…常务委员会第二十八次会` / `议决定：`) is its line and the next,
  // over a notice after them.
  opens: (text, next, after = "") =>
    isPersonnelHeading(text)
      ? matches(NOTICE_START, next)
      : next.endsWith(FULLWIDTH_COLON) && isPersonnelHeading(text + next) && matches(NOTICE_START, after),
  claims(segment: DocumentSegment): boolean {
    const { first } = filledEnds(segment.annex);
    if (first && isPersonnelHeading(first.text)) return true;
    const run = joinLines(segment.annex);
    return run.breaks.some((start) => {
      const found = matchAt(PART, run.text, start);
      return found?.groups !== undefined && readPart(found.groups.text!, null) !== null;
    });
  },
  parse(segment: DocumentSegment, context: GrammarContext): { notices: Notice[] } {
    return { notices: readSection(joinLines(segment.annex), context) };
  },
};
