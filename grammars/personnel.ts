import { anchored, fragments, match, matchAt, matches, type Match } from "../src/fragments.js";
import type { DocumentSegment, Grammar, GrammarContext } from "../src/grammar.js";
import type { DocNumber } from "../src/schema/common.js";
import type { DecisionBody, Notice } from "../src/schema/personnel.js";
import { filledEnds, joinLines, runPage, runPosition, runSpan, type Run } from "../src/text/run.js";
import { FULLWIDTH_COLON, IDEOGRAPHIC_COMMA } from "../src/tokenize/characters.js";
import { XRegExp } from "../src/xregexp.js";
import { parseChineseNumeral } from "./numerals.js";

/*
 * A personnel section (人事任免) is a list of headings, each naming the body that decided, and of notices,
 * one sentence each. The extraction wraps a notice over lines anywhere, even inside a name, so the
 * grammar reads the section's lines joined into one run and walks it heading by heading, sentence by
 * sentence.
 */

/** A Han character that is not `第`, so that a body's name stops where its term or session begins. */
const NAME_CHARACTER = "(?:(?!第){{han}})";
/** `广州市人民政府`, `人民代表大会常务委员会`: how the name of a deciding body ends. */
const BODY_END = "(?:政府|委员会|常委会|委|会议|党组|部)";

/** Builds a part that names Han characters: `XRegExp.build` does not expand `{{han}}` in a string subpattern. */
const withHan = (source: string): RegExp => XRegExp.build(source, { han: fragments.han }, "u");

// Bounds on names and sentences keep every failed match short, so that a walk over a section stays linear.
const headingParts = {
  /** `广州市第十五届`: the body's term, printed inside its name. */
  term: withHan(`(?<before>${NAME_CHARACTER}{1,20})第(?<term>${fragments.chineseNumeral.source})届`),
  /** `人民代表大会常务委员会`, `广州市人民政府`: the body's name (after its term, if any). */
  body: withHan(`(?<body>${NAME_CHARACTER}{0,40}${BODY_END})`),
  /** `第六十五次会议`: the session that decided. */
  session: `第(?<session>${fragments.chineseNumeral.source})次(?:全体)?会议`,
};
/** `广州市人民政府批准：`, `广州市第十五届人民代表大会常务委员会第六十五次会议决定：`: who decided the notices below. */
const HEADING_SOURCE = "(?:{{term}})?{{body}}(?:{{session}})?(?:批准|决定)：";
const HEADING = XRegExp.build(HEADING_SOURCE, headingParts, "u");
const HEADING_LINE = anchored(HEADING_SOURCE, headingParts, "u");

/** `任命陈勇同志为广州开发区管委会主任。（穗人社任免〔2022〕9号）`: a notice sentence, then the number of the document that carries it. */
const SENTENCE = XRegExp.build("(?<text>[^。：]{1,400})。(?:（(?<docNumber>{{docNumber}})）)?", { docNumber: fragments.docNumber }, "u");

/** `张三、李四`: the people a notice names, two to four Han characters each, listed with `、`. */
const PEOPLE = "{{han}}{2,4}(?:、{{han}}{2,4})*";
/** `任命陈勇同志`, `免去廖荣辉同志`, `陈旭同志任职试用期满，`: whom a notice is about, and what it does. */
const LEAD = withHan(`(?<verb>任命|免去)(?<people>${PEOPLE})同志|(?<probationers>${PEOPLE})同志(?:任职)?试用期满，`);

/** `广州开发区管委会主任`: a stretch of an office's name without punctuation that ends, lists or brackets it. */
const OFFICE_TEXT = "[^，。；、：（）]+";
/** `市政府办公厅（市政府研究室）副主任`: an office; a bracketed part inside it belongs to it. */
const OFFICE = `${OFFICE_TEXT}(?:（[^（）]+）${OFFICE_TEXT})*`;
/** `广州市司法局局长、广州市农业农村局局长`: offices listed with `、`. */
const OFFICES = `(?<offices>${OFFICE}(?:、${OFFICE})*)`;
/** `（挂职一年）`: a note after an office; a bracketed document number is not one. */
const NOTE = "(?:（(?<note>[^（）〔]+)）)?";

type Action = Notice["action"];

/** A clause of a notice sentence: an office it acts on, or (with a null action) when a confirmation runs from. */
interface Clause {
  pattern: RegExp;
  action: Action | null;
}

const clausePattern = (action: Action | null, source: string): Clause => ({
  action,
  pattern: XRegExp.build(source, { offices: OFFICES, note: NOTE, date: fragments.date }, "u"),
});

/** `为广州开发区管委会主任`, `兼任市应急管理局局长（挂职一年）`: what `任命…同志` appoints to. */
const APPOINTED = clausePattern("appoint", "(?:为|(?<concurrent>兼任)){{offices}}{{note}}");
/** `，兼任广州市应急管理局局长`: a second office given with an appointment. */
const ALSO_APPOINTED = clausePattern("appoint", "，(?<concurrent>兼任){{offices}}{{note}}");
/** `的广州市司法局局长职务`, `兼任的…职务`: what `免去…同志` removes from. */
const REMOVED = clausePattern("remove", "(?<concurrent>兼任)?的{{offices}}职务{{note}}");
/** `，免去其广州市林业和园林局局长职务`: a removal that comes with an appointment. */
const ALSO_REMOVED = clausePattern("remove", "，免去其(?:(?<concurrent>兼任)?的)?{{offices}}职务{{note}}");
/** `同意其任市发展改革委副主任`: the office that a completed probation confirms. */
const CONFIRMED = clausePattern("confirm", "同意其(?:正式)?任{{offices}}{{note}}");
/** `，任职时间从2021年1月29日起计算`: when the confirmed office runs from. */
const SINCE = clausePattern(null, "，任职时间从{{date}}起计算");

/** Per lead: the clause that must come first, and those that may follow it. */
const FORMS: Record<"appoint" | "remove" | "confirm", { first: Clause; then: Clause[] }> = {
  appoint: { first: APPOINTED, then: [ALSO_APPOINTED, ALSO_REMOVED] },
  remove: { first: REMOVED, then: [] },
  confirm: { first: CONFIRMED, then: [SINCE] },
};

/** `常务副主任`, `局长`, `委员`, `一级巡视员`: a post title, with which an office ends. */
const POST =
  "(?:一级|二级|常务|专职|执行|第一)?副?(?:主任委员|主任|局长|秘书长|主席|院长|庭长|检察长|市长|区长|县长|镇长|书记|" +
  "总经理|经理|董事长|董事|理事长|监事|校长|馆长|所长|行长|处长|部长|厅长|会长|社长|台长|总编辑|总工程师|" +
  "总经济师|总会计师|巡视员|调研员|委员|成员|审判员|检察员|参事)";
/** `广州市司法局`, `市发展改革委`, `广州开发区管委会`, `广州日报报业集团`: how an organization's name ends. */
const ORGANIZATION_END = "(?:局|委|会|办|集团|公司|厅|院|府|部|中心|室|处|所|馆|站|署|行|校|社|台|区|市|县|镇|街道)";
/** `（市政府研究室）`: the other name of an organization that has two. */
const ORGANIZATION_ALIAS = "(?:（[^（）]+）)?";
/**
 * `广州开发区管委会主任` → `广州开发区管委会` + `主任`. The organization is the shortest head that ends like
 * one and leaves a post title: `广州日报报业集团` is an organization, but `管委会委员` is no post.
 */
const OFFICE_PARTS = anchored(`(?<organization>.+?${ORGANIZATION_END}${ORGANIZATION_ALIAS})(?<post>${POST})`, {}, "u");

type Groups = Record<string, string | undefined>;

/** `任命陈勇同志…`, `免去…`, `陈旭同志任职试用期满…`: how the first notice under a heading begins, however its line wraps. */
const NOTICE_START = anchored(`(?:任命|免去|${PEOPLE}同志).*`, {}, "u");

/** Whether a line heads a personnel section's notices: `广州市人民政府批准：`. */
export function isPersonnelHeading(text: string): boolean {
  // Every line of an issue is asked; the heading ends with a colon, which few lines do.
  return text.endsWith(FULLWIDTH_COLON) && matches(HEADING_LINE, text);
}

/** An office a sentence acts on, before it is multiplied by the people the sentence names. */
interface Act {
  action: Action;
  office: string;
  concurrent: boolean;
  note: string | null;
}

interface Sentence {
  people: string[];
  acts: Act[];
  since: { year: string; month: string; day: string } | null;
}

/** Reads one notice sentence (its text without the full stop); null if it is in no known form. */
function readSentence(text: string): Sentence | null {
  const lead = matchAt(LEAD, text, 0);
  if (!lead?.groups) return null;
  const { verb, people, probationers } = lead.groups;
  const form = FORMS[verb === "任命" ? "appoint" : verb === "免去" ? "remove" : "confirm"];
  const sentence: Sentence = { people: (people ?? probationers!).split(IDEOGRAPHIC_COMMA), acts: [], since: null };
  let at = lead[0].length;
  let candidates = [form.first];
  for (;;) {
    const read = clauseAt(candidates, text, at);
    if (!read) return null;
    const { clause, groups } = read;
    if (clause.action === null) {
      sentence.since = { year: groups.year!, month: groups.month!, day: groups.day! };
    } else {
      for (const office of groups.offices!.split(IDEOGRAPHIC_COMMA)) {
        sentence.acts.push({ action: clause.action, office, concurrent: groups.concurrent !== undefined, note: groups.note ?? null });
      }
    }
    at += read.length;
    if (at === text.length) return sentence;
    // A confirmation's date is said once; the other clauses may repeat.
    candidates = form.then.filter((candidate) => candidate.action !== null || sentence.since === null);
  }
}

/** The first of `clauses` that matches at `at`, with its named groups and length. */
function clauseAt(clauses: readonly Clause[], text: string, at: number): { clause: Clause; groups: Groups; length: number } | null {
  for (const clause of clauses) {
    const found = matchAt(clause.pattern, text, at);
    if (found?.groups) return { clause, groups: found.groups, length: found[0].length };
  }
  return null;
}

/** `广州开发区管委会主任` → organization and post; the whole office is the post where they cannot be told apart. */
function splitOffice(office: string): { organization: string | null; post: string } {
  const parts = match(OFFICE_PARTS, office);
  if (!parts?.groups) return { organization: null, post: office };
  return { organization: parts.groups.organization!, post: parts.groups.post! };
}

/** `2021`, `1`, `29` → `2021-01-29`; null for a day the calendar does not have. */
function isoDate(year: string, month: string, day: string): string | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** Converts a heading's term or session; reports and gives null where the numeral is malformed. */
function numeral(text: string | undefined, run: Run, at: number, context: GrammarContext): number | null {
  if (text === undefined) return null;
  const result = parseChineseNumeral(text);
  if (result.ok) return result.value;
  context.diagnostics.error("invalid-numeral", `Personnel heading: ${result.reason}`, runSpan(run, at), runPage(run, at));
  return null;
}

/** Walks a section's run: headings set the deciding body, sentences give notices, the rest is reported. */
function readSection(run: Run, context: GrammarContext): Notice[] {
  const notices: Notice[] = [];
  let decidedBy: DecisionBody | null = null;
  let at = 0;
  // The line that holds `run.text[at]`: where text in no known form is skipped to the next one.
  let line = 0;
  const nextLine = (): number => {
    while (line < run.breaks.length && run.breaks[line]! <= at) line += 1;
    return run.breaks[line] ?? run.text.length;
  };
  while (at < run.text.length) {
    const heading = matchAt(HEADING, run.text, at);
    if (heading?.groups) {
      const { before, body, term, session } = heading.groups;
      decidedBy = {
        body: (before ?? "") + body!,
        term: numeral(term, run, at, context),
        session: numeral(session, run, at, context),
      };
      at += heading[0].length;
      continue;
    }
    const found = matchAt(SENTENCE, run.text, at);
    const sentence = found?.groups ? readSentence(found.groups.text!) : null;
    const end = found ? at + found[0].length : nextLine();
    if (!found?.groups || !sentence) {
      const text = run.text.slice(at, end);
      context.diagnostics.error("unconsumed-text", `Personnel section: no notice in "${text}"`, runSpan(run, at, end), runPage(run, at));
      at = end;
      continue;
    }
    let effectiveFrom: string | null = null;
    if (sentence.since) {
      const { year, month, day } = sentence.since;
      effectiveFrom = isoDate(year, month, day);
      if (effectiveFrom === null) {
        context.diagnostics.error("invalid-date", `Personnel notice: no such day ${year}-${month}-${day}`, runSpan(run, at, end), runPage(run, at));
      }
    }
    const docNumber = readDocNumber(found.groups);
    const position = runPosition(context.source, run, at, end);
    const page = runPage(run, at);
    for (const person of sentence.people) {
      for (const act of sentence.acts) {
        notices.push({
          action: act.action,
          person,
          ...splitOffice(act.office),
          concurrent: act.concurrent,
          note: act.note,
          decidedBy,
          docNumber,
          effectiveFrom: act.action === "confirm" ? effectiveFrom : null,
          page,
          position,
        });
      }
    }
    at = end;
  }
  return notices;
}

/** `（穗人社任免〔2022〕9号）` after a notice → its document number. */
function readDocNumber(groups: Groups): DocNumber | null {
  if (groups.docNumber === undefined) return null;
  return { prefix: groups.prefix!, year: Number(groups.year), serial: Number(groups.serial), text: groups.docNumber };
}

export const personnelGrammar: Grammar<"personnel", { notices: Notice[] }> = {
  kind: "personnel",
  // A heading opens a section only over a notice: `须经市人民政府批准：` in a regulation, over its list, does not.
  opens: (text, next) => isPersonnelHeading(text) && matches(NOTICE_START, next),
  claims(segment: DocumentSegment): boolean {
    const { first } = filledEnds(segment.annex);
    if (first && isPersonnelHeading(first.text)) return true;
    const run = joinLines(segment.annex);
    return run.breaks.some((start) => {
      const found = matchAt(SENTENCE, run.text, start);
      return found?.groups !== undefined && readSentence(found.groups.text!) !== null;
    });
  },
  parse(segment: DocumentSegment, context: GrammarContext): { notices: Notice[] } {
    return { notices: readSection(joinLines(segment.annex), context) };
  },
};
