import { splitItems } from "../../src/text/lists.js";
import { built, fragments, matchAt } from "../../src/fragments.js";
import type { Notice } from "../../src/schema/personnel.js";
import { FULLWIDTH_COMMA, IDEOGRAPHIC_COMMA } from "../../src/tokenize/characters.js";
import { alternation, NOTICE_REMARKS, OFFICE_OPENINGS } from "../../src/vocabulary.js";
import { NOTE, OFFICES, splitOffices } from "./offices.js";

/*
 * A notice is a chain of clauses separated by `，`: `任命甲某同志为…，免去其…职务`. A clause either names
 * the people it acts on or refers back to them (`其`, or nobody: `，兼任…`). A people's congress lists
 * several chains in one sentence, separated by `；`; each is a part, read here on its own.
 */

type Action = Notice["action"];

/** `张三、李四`: the people a clause names, two to four Han characters each; the shortest names that let the clause go on. */
const PEOPLE = "{{han}}{2,4}?(?:、{{han}}{2,4}?){0,19}";

const parts = {
  /** `张三同志`, `李四`, `其`: whom a clause is about. */
  person: built(`(?:(?<pronoun>其)|(?<people>${PEOPLE})(?:同志)?)`, {}, "u"),
  /** `张三同志`, `张三、李四同志`: whom a clause names with `同志`, where a name alone could be any words before a verb (`…责任`). */
  comrades: built(`(?<people>${PEOPLE})同志`, {}, "u"),
  /** `并`, `决定`: what may stand before a clause's verb: `，并接受其辞去…`, `决定任命…`. */
  lead: "并?(?:决定)?",
  /** `广州市…`, `市…`: where an office begins after a name printed without `同志` or `的`. */
  opening: alternation(OFFICE_OPENINGS),
  /** `职务`, `的职务`, and a note. */
  duty: `的?职务${NOTE}`,
  /** A clause ends where the next begins or the part ends. */
  end: `(?=${FULLWIDTH_COMMA}|$)`,
  offices: OFFICES,
  note: NOTE,
  /** `试用期一年`, `试用期为六个月`: the probation an appointment begins with. */
  probation: `试用期为?${fragments.chineseNumeral.source}(?:年|个月)`,
  remark: alternation(NOTICE_REMARKS),
};

/**
 * What a clause does: an action on offices, the probation a confirmation follows, when it runs from, or a
 * note on the offices of the clause before.
 */
type Role = "act" | "probation" | "confirm" | "since" | "note";

interface Clause {
  role: Role;
  /** The action on the offices it names; null for probation, since and note. */
  action: Action | null;
  /** The roles of the clause it may follow; `start` for the first of a part. */
  follows: ReadonlyArray<Role | "start">;
  pattern: RegExp;
}

const ACTED = ["start", "act", "confirm", "since", "note"] as const;

const clause = (role: Role, action: Action | null, follows: Clause["follows"], source: string): Clause => ({
  role,
  action,
  follows,
  pattern: built(`${source}{{end}}`, parts, "u"),
});

/**
 * In the order tried; each pattern quoted by the source text it matches.
 */
const CLAUSES: readonly Clause[] = [
  /** `任命陈勇同志为广州开发区管委会主任`, `决定任命蔡胜为…局长`, `任命赵六同志兼任…副秘书长`, `聘任…为…`. */
  clause("act", "appoint", ACTED, "{{lead}}(?:任命|聘任){{person}}(?:为|(?<concurrent>兼任)){{offices}}{{note}}"),
  /** `免去廖荣辉同志的广州市司法局局长职务`, `免去其兼任的…职务`, `免去陈志明市交通运输局局长、…的职务`, `解聘…`. */
  clause("act", "remove", ACTED, "{{lead}}(?:免去|解聘){{person}}(?:(?<concurrent>兼任)?的|(?={{opening}})){{offices}}{{duty}}"),
  /** `接受何伟辞去广州市水务局局长职务的请求`, `并接受其辞去…职务请求`. */
  clause("act", "resign", ACTED, "{{lead}}接受{{person}}辞去{{offices}}{{duty}}(?:的?请求)?"),
  /** `兼任广州市科学技术协会副主席`: a second office for the people of the clause before. */
  clause("act", "appoint", ["act"], "(?<concurrent>兼任){{offices}}{{note}}"),
  /** `丁志强代理广州市财政局局长职务`. */
  clause("act", "act", ACTED, "{{lead}}{{person}}代理{{offices}}{{duty}}"),
  /** `黄海同志不再担任广州市城市更新局局长职务`. */
  clause("act", "remove", ACTED, "{{lead}}{{person}}不再担任{{offices}}{{duty}}"),
  /** `陈旭同志任职试用期满`, `…试用期满，经考核合格`: whom the confirmation after it confirms. */
  clause("probation", null, ACTED, "{{person}}(?:任职)?试用期满(?:，经考核合格)?"),
  /** `欧阳明同志任广州市人民政府副秘书长`; not `任职`, which `陈旭同志任职试用期满` begins with. */
  clause("act", "appoint", ACTED, "{{lead}}{{comrades}}任(?!职){{offices}}{{note}}"),
  /** `，试用期一年`, `，退休`: a note on the offices of the clause before. */
  clause("note", null, ["act"], "(?<note>{{probation}}|{{remark}})"),
  /** `同意其任市发展改革委副主任`, `同意其正式担任…副局长`. */
  clause("confirm", "confirm", ["probation"], "同意其(?:正式)?(?:担任|任){{offices}}{{note}}"),
  /** `任职时间从2021年1月29日起计算`, `任职时间自2023年5月16日起计算`: when the confirmed office runs from. */
  clause("since", null, ["confirm"], "任职时间(?:从|自){{date}}起计算"),
];

/** An office a part acts on, for the people it names. */
interface Act {
  action: Action;
  people: string[];
  organization: string | null;
  post: string;
  concurrent: boolean;
  note: string | null;
}

export interface Part {
  acts: Act[];
  /** The people the last clause spoke of, whom a next part's `其` means. */
  people: string[] | null;
  /** When the confirmed offices run from: `任职时间从2021年1月29日起计算`. */
  since: { year: string; month: string; day: string } | null;
}

type Groups = Record<string, string | undefined>;

/** The first clause that may follow `previous` and matches at `at`. */
function clauseAt(previous: Role | "start", text: string, at: number): { clause: Clause; groups: Groups; length: number } | null {
  for (const candidate of CLAUSES) {
    if (!candidate.follows.includes(previous)) continue;
    const found = matchAt(candidate.pattern, text, at);
    if (found?.groups) return { clause: candidate, groups: found.groups, length: found[0].length };
  }
  return null;
}

/**
 * Reads one part (its text without `；` or `。`); null if it is not a chain of known clauses. `people`
 * are those a part before it in the same sentence spoke of.
 */
export function readPart(text: string, people: string[] | null): Part | null {
  const part: Part = { acts: [], people, since: null };
  let previous: Role | "start" = "start";
  // The acts of the clause before, on which a note clause remarks.
  let acted: Act[] = [];
  let at = 0;
  for (;;) {
    const read = clauseAt(previous, text, at);
    if (!read) return null;
    const { clause, groups } = read;
    if (groups.people !== undefined) part.people = groups.people.split(IDEOGRAPHIC_COMMA);
    // `其` and a clause without a name speak of the people before; at the start of a section there are none.
    if (part.people === null) return null;
    if (clause.role === "since") {
      part.since = { year: groups.year!, month: groups.month!, day: groups.day! };
    } else if (clause.role === "note") {
      // `…副局长（挂职一年），试用期一年`: a note in brackets and one after the comma are both kept, as printed.
      for (const act of acted) act.note = act.note === null ? groups.note! : `${act.note}${FULLWIDTH_COMMA}${groups.note!}`;
    } else if (clause.action !== null) {
      // `市政府办公厅（市政府研究室、市政府参事室）副主任` is one office: its `、` stands in brackets.
      const offices = splitOffices(splitItems(groups.offices!, IDEOGRAPHIC_COMMA).map((item) => item.text));
      acted = offices.map((office) => ({ action: clause.action!, people: part.people!, ...office, concurrent: groups.concurrent !== undefined, note: groups.note ?? null }));
      part.acts.push(...acted);
    }
    previous = clause.role;
    at += read.length;
    if (at === text.length) return previous === "probation" ? null : part;
    // Clauses are separated by `，`, which the `end` of each pattern has seen.
    at += FULLWIDTH_COMMA.length;
  }
}
