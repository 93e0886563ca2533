import { anchored, matches } from "../../src/fragments.js";
import {
  FULLWIDTH_COMMA,
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_RIGHT_PARENTHESIS,
  IDEOGRAPHIC_COMMA,
  isHan,
} from "../../src/tokenize/characters.js";
import { PLACE_ENDINGS } from "../../src/vocabulary.js";
import { endsSentence as endsAnySentence } from "../sentences.js";
import { COLUMN_KINDS, type ColumnKind } from "./columns.js";
import { deadlineGoesOn, deadlineTakes, isDeadline } from "./deadline.js";
import { splitAt, type Segment } from "./segments.js";
import { endNames } from "../../src/text/lists.js";
import { couldBeBody, inAlias, isKnown, isWhole, opensName, type UnitIndex } from "./unit-names.js";

/**
 * `江智涛`, `王焕清`, `张勇、陈杰`: the vice-mayors in charge, personal names of two to four characters;
 * `李明华、` when the cell wraps after the comma and the next name stands on the next line.
 */
const LEADERS = anchored("{{han}}{2,4}(?:、{{han}}{2,4})*、?", {}, "u");

/**
 * How much of a cell's end the reader keeps: enough for a sentence's end (`。”）`) and for the last name
 * of a units cell. A long string indexed at its end is flattened each time, so the whole is not kept.
 */
const TAIL_LENGTH = 60;
export const tail = (text: string): string => (text.length > TAIL_LENGTH ? text.slice(-TAIL_LENGTH) : text);

/** A task's text does not end with `：`. */
const TASK_TEXT_END = { colon: false } as const;

/** Whether a cell's text is complete: it ends a sentence, which a task's text does not with `：`. */
export const endsSentence = (text: string): boolean => endsAnySentence(text, TASK_TEXT_END);

/** The names of a leaders cell: `张勇、陈杰` → 张勇, 陈杰; a cell wrapped after its comma (`李明华、`) names one. */
export const namesOf = (leaders: string): string[] => leaders.split(IDEOGRAPHIC_COMMA).filter((name) => name !== "");

/**
 * Whether a segment is the leaders cell: personal names standing on their own after the task text,
 * at the end of the line or before the next cell (`江智涛 市科技局`), never something a body's name
 * begins or ends with.
 */
function isLeaders(segment: Segment, next: Segment | undefined, index: UnitIndex): boolean {
  if (!matches(LEADERS, segment.text)) return false;
  if (namesOf(segment.text).some((name) => couldBeBody(name, index))) return false;
  return next === undefined || isHan(next.text[0]!);
}

/** Whether a segment follows a gap between two characters, which within a cell the extraction never prints. */
function partsCells(segment: Segment): boolean {
  return segment.from > 0 && isHan(segment.line.text[segment.from - 1]!) && isHan(segment.text[0]!);
}

/**
 * Whether a text cut by the page ends before a segment. Within a text the extraction spaces only around
 * punctuation, quotation marks and numbers (`推进 “一带两区一轴” 世界级消`), so a gap between two
 * characters parts two cells. Elsewhere a segment begins the leaders cell only when it is names followed
 * by a body's name: on its line (`…促进生产 张　 锐 市司法局`: not `促进生产`), or, ending its line, at
 * the start of the line after (`…行动， 张　 勇` / `市发展改`).
 */
function endsCutText(segment: Segment, next: Segment | undefined, after: Segment | undefined, index: UnitIndex): boolean {
  if (partsCells(segment)) return true;
  if (!isLeaders(segment, next, index)) return false;
  if (next) return couldBeBody(firstName(next.text), index);
  if (after === undefined || after.from !== 0) return false;
  // A name of one character (`人` of `人、企、地`) begins no body's name, though a registered one (`人民银行…`) begins with it.
  const first = firstName(after.text);
  return first.length > 1 && opensName(first, index);
}

/**
 * The text and the leaders of a cut text's segment that runs into the leaders over a gap after `、`,
 * which cuts no segment (`…安顺、 疏附、 王焕清` before `市协作办`): the segment cut at its last gap.
 */
function leadersAtEnd(segment: Segment, next: Segment | undefined, after: Segment | undefined, index: UnitIndex): [Segment, Segment] | null {
  const text = segment.line.text;
  const gap = segment.line.gaps.findLast((at) => at > segment.from && at < segment.to && text[at - 1] === IDEOGRAPHIC_COMMA);
  if (gap === undefined) return null;
  const [head, leaders] = splitAt(segment, gap);
  return endsCutText(leaders, next, after, index) && !matches(LEADERS, head.text) ? [head, leaders] : null;
}

/**
 * The leaders and the lead units of a segment that runs from one into the other over a gap after `、`,
 * which cuts no segment (`李明华、 市住房城` where a page cuts the leaders cell after its comma).
 */
function namesBeforeBody(segment: Segment, index: UnitIndex): [Segment, Segment] | null {
  const text = segment.line.text;
  const gap = segment.line.gaps.find((at) => at > segment.from && at < segment.to && text[at - 1] === IDEOGRAPHIC_COMMA);
  if (gap === undefined) return null;
  const [names, rest] = splitAt(segment, gap);
  return couldBeBody(firstName(rest.text), index) && isLeaders(names, rest, index) ? [names, rest] : null;
}

/** Whether a units cell ends the part of a cut row in a name not whole, before a segment of the next column. */
function cutName(units: string, segment: Segment, index: UnitIndex): boolean {
  // An alias goes on only to its closing parenthesis.
  if (inAlias(units)) return !segment.text.includes(FULLWIDTH_RIGHT_PARENTHESIS);
  if (isWhole(lastName(units), index) || units.endsWith(IDEOGRAPHIC_COMMA)) return false;
  return segment.from > 0 ? !segment.text.startsWith(FULLWIDTH_LEFT_PARENTHESIS) : opensName(firstName(segment.text), index);
}

const lastName = (units: string): string => endNames(units).last;
const firstName = (text: string): string => endNames(text).first;

/** Whether a units cell read so far goes on: it ends with a separator, inside an alias or in a name not whole yet. */
function unitsGoOn(units: string, index: UnitIndex): boolean {
  if (units.endsWith(IDEOGRAPHIC_COMMA) || units.endsWith(FULLWIDTH_COMMA) || inAlias(units)) return true;
  return !isWhole(lastName(units), index);
}

/** The shortest place name (`荔湾区`, `从化区`). */
const SHORTEST_PLACE = 3;

/** What continues a units cell at the start of a segment: an alias, or the separator before the next name. */
const SEPARATOR_OR_ALIAS: ReadonlySet<string> = new Set([FULLWIDTH_LEFT_PARENTHESIS, IDEOGRAPHIC_COMMA, FULLWIDTH_COMMA]);

/** What a units cell prints beside a gap within it: a separator, an alias's parentheses (`市委宣传部ꎬ 市`, `市发展改革委 (市大湾区办)`). */
const LIST_MARKS: ReadonlySet<string> = new Set([...SEPARATOR_OR_ALIAS, FULLWIDTH_RIGHT_PARENTHESIS]);

/**
 * Whether a segment goes on, on its line, with more of its cell over a gap that no units cell holds: one
 * around a number or a mark (`市属国有企业营业收入增长 ８ %ꎮ`), neither the gap before the next cell (`李红卫`)
 * nor one beside a list's separator or an alias.
 */
const runsOnAsText = (segment: Segment, next: Segment | undefined): boolean =>
  next !== undefined && !partsCells(next) && !LIST_MARKS.has(segment.text.at(-1)!) && !LIST_MARKS.has(next.text[0]!);

/**
 * Whether a units cell takes the next segment: while it ends with `、`, waits for an alias's closing
 * parenthesis, is followed by an alias (`市发展改革委` / `（市大湾区办）`) or a separator, or ends in a name that is not
 * whole yet (`市工业和` / `信息化局`, `市地方` / `金融监管局`).
 */
function unitsTake(units: string, next: Segment, index: UnitIndex): boolean {
  // A separator begins no cell: `市发展改革委 (市大湾区办) 、` is spaced before its `、`.
  if (SEPARATOR_OR_ALIAS.has(next.text[0]!) || unitsGoOn(units, index)) return true;
  return completes(lastName(units), next, index);
}

/**
 * Whether the next segment ends an unknown name that only looked whole: `增城开发区管委` / `会`. It
 * does when it begins with no name of its own and the two together make a whole name.
 */
function completes(last: string, next: Segment, index: UnitIndex): boolean {
  if (isKnown(last, index)) return false;
  const first = firstName(next.text);
  const beginsName = isWhole(first, index) || index.continues(first) || index.lookup(first) !== undefined;
  return !beginsName && isWhole(last + first, index);
}

/**
 * The most a lead-units cell holds: six district governments (`荔湾区政府、…、增城区政府`) take 35
 * characters. A cell still unfinished at this length is read as the next column, which keeps the cost
 * of reading a broken row linear.
 */
const LONGEST_LEAD_CELL = 120;

/** The cells of a row in reading order, a list of segments per column. */
export type Cells = Record<ColumnKind, Segment[]>;

/** Where the reader stands: what `breakPage` rolls back to before it reads a page's part again. */
interface Mark {
  counts: Record<ColumnKind, number>;
  ends: Record<ColumnKind, string>;
  lengths: Record<ColumnKind, number>;
  lastLine: Record<ColumnKind, number>;
  at: number;
  entered: boolean;
  leaderEndedLine: boolean;
  open: readonly ColumnKind[] | null;
  unended: ReadonlySet<ColumnKind>;
}

const perKind = <T>(value: T): Record<ColumnKind, T> =>
  ({ text: value, leaders: value, lead: value, cooperating: value, deadline: value, remark: value });

/**
 * Reads one row's cells from segments in reading order, column after column as the header orders them.
 * Where one cell ends is read from the cells' form: the task text ends a sentence, the leaders are
 * personal names, units cells end in whole names, a deadline is one of its forms (`deadline.ts`); the last column
 * takes the rest. A row cut by a page break goes on, under the next page's header, with the rest of
 * each column that did not end there, in column order: the page's part is read again knowing it is cut
 * (the text then ends where the leaders begin, a lead cell where a line opens another body's name), and
 * what follows the break goes to the columns left unfinished.
 */
export class RowReader {
  /** The end of each cell read so far, enough to tell whether it is finished. */
  private ends = perKind("");
  private lengths = perKind(0);
  /** The input line of each cell's last segment: a blank line parts the cells the extraction gives. */
  private lastLine = perKind(0);
  /** The column being read: an index in `open` after a page break, in `columns` before. */
  private at = 0;
  /** Whether the column at `at` has taken a segment since the reader came to it. */
  private entered = false;
  /**
   * Whether the last leader read stood at the end of its line, so that a name opening the next line may
   * be one more leader of the same cell (`李明华` / `孙嘉怡` / `市科技局`) rather than the lead units.
   */
  private leaderEndedLine = false;
  /** The columns a page break left unfinished or empty, which the next page continues; null before any break. */
  private open: readonly ColumnKind[] | null = null;
  /** The columns the last page break left unfinished. */
  private unended: ReadonlySet<ColumnKind> = new Set();
  /** Whether the segments read are the part of the row that a page break cuts. */
  private cut = false;
  /** The page of the part being read, its segments and where the reader stood when it began. */
  private page: number;
  private part: Array<[Segment, Segment | undefined]> = [];
  private partStart: Mark;

  constructor(
    readonly cells: Cells,
    private readonly columns: readonly ColumnKind[],
    private readonly index: UnitIndex,
    page: number,
  ) {
    this.page = page;
    this.partStart = this.mark();
  }

  /** Whether the row still reads its task text, where a number or numeral at a line start may be text. */
  get inText(): boolean {
    return (this.open ?? this.columns)[this.at] === "text";
  }

  /**
   * Whether the row has what every row has before the next one begins: its text ended, its leaders and
   * its lead units. In the text of a row that lacks them a line's number is the text's (`２ 家以上上市公司`).
   */
  get complete(): boolean {
    return endsSentence(this.ends.text) && this.lengths.leaders > 0 && this.lengths.lead > 0;
  }

  take(segment: Segment, next: Segment | undefined): void {
    if (segment.line.page !== this.page) this.breakPage(segment.line.page);
    this.part.push([segment, next]);
    this.read(segment, next);
  }

  /** Reads the part before the break again as a cut part, and opens the columns it leaves unfinished. */
  private breakPage(page: number): void {
    this.restore(this.partStart);
    this.cut = true;
    this.part.forEach(([segment, next], i) => this.read(segment, next, this.part[i + 1]?.[0]));
    this.cut = false;
    // The columns the page left unfinished go on; one it left empty may begin on the next page.
    this.unended = new Set(this.columns.filter((kind) => this.unfinished(kind)));
    // The text, whole or not, may go on with a second sentence, and a units cell with an alias or after a
    // separator (`市发展改革委` / `（市大湾区办）、`); the last column takes any rest of a row.
    const goesOn = (kind: ColumnKind) => kind === "text" || kind === "lead" || kind === "cooperating" || kind === this.columns.at(-1);
    this.open = this.columns.filter((kind) => goesOn(kind) || this.unended.has(kind) || this.lengths[kind] === 0);
    this.at = 0;
    this.entered = false;
    this.page = page;
    this.part = [];
    this.partStart = this.mark();
  }

  /** Reads a segment; `after` is the segment after it in a cut part, which the reader sees whole. */
  private read(segment: Segment, next: Segment | undefined, after?: Segment): void {
    const columns = this.open ?? this.columns;
    for (;;) {
      const kind = columns[this.at]!;
      const split = this.cut && kind === "text" && !endsSentence(this.ends.text) ? leadersAtEnd(segment, next, after, this.index) : null;
      if (split) {
        this.put("text", split[0], split[1]);
        this.at += 1;
        this.entered = false;
        this.read(split[1], next, after);
        return;
      }
      // After a break, a column left unfinished takes the first segment that comes to it; a deadline, one
      // that goes on with it (`2024年` / `12月底前`, not `2025年` / `省考核指标`).
      const continued = this.open !== null && !this.entered && this.unended.has(kind) && (kind !== "deadline" || deadlineTakes(this.ends.deadline, segment.text));
      const names = kind === "leaders" ? namesBeforeBody(segment, this.index) : null;
      if (names && this.takes("leaders", names[0], names[1], after)) {
        this.put("leaders", names[0], names[1]);
        this.at += 1;
        this.entered = false;
        this.read(names[1], next, after);
        return;
      }
      if (this.at === columns.length - 1 || continued || this.takes(kind, segment, next, after)) {
        this.put(kind, segment, next);
        return;
      }
      this.at += 1;
      this.entered = false;
    }
  }

  private put(kind: ColumnKind, segment: Segment, next: Segment | undefined): void {
    this.cells[kind].push(segment);
    this.ends[kind] = tail(this.ends[kind] + segment.text);
    this.lengths[kind] += segment.text.length;
    this.lastLine[kind] = segment.line.number;
    this.entered = true;
    if (kind === "leaders") this.leaderEndedLine = next === undefined;
  }

  /** Whether the column `kind`, where the reader stands, takes the segment rather than the next column. */
  private takes(kind: ColumnKind, segment: Segment, next: Segment | undefined, after: Segment | undefined): boolean {
    const { index, ends, lengths } = this;
    switch (kind) {
      case "text":
        if (!endsSentence(ends.text)) {
          // A row over three pages: on the middle page, a block that goes on with a name a units cell left
          // unfinished on the first (`市交通运` / `输局`) is that cell's, though the text has not ended.
          if (this.open !== null && this.afterBlank(segment, "text") && this.continuesName(segment)) return false;
          return !(this.cut && endsCutText(segment, next, after, index));
        }
        // A second sentence goes on with the text: what follows is no name, begins no body's name or runs
        // on as no name does (`市属…增长 ８ %ꎮ`) and, after a page break, goes on with no name a units
        // cell left unfinished.
        if (this.open !== null && this.continuesName(segment)) return false;
        return !isLeaders(segment, next, index) && (!couldBeBody(firstName(segment.text), index) || runsOnAsText(segment, next));
      case "leaders":
        // The cell goes on from line to line (`李明华` / `孙嘉怡`) or after its comma (`李明华、` / `孙嘉怡`);
        // a body's name is told from a person's, so a short body (`市法院`) after a leader's line opens the lead units.
        if (!isLeaders(segment, next, index)) return false;
        return lengths.leaders === 0 || ends.leaders.endsWith(IDEOGRAPHIC_COMMA) || (this.leaderEndedLine && segment.from === 0);
      case "lead":
        if (lengths.lead === 0) return true;
        if (lengths.lead >= LONGEST_LEAD_CELL || !unitsTake(ends.lead, segment, index)) return false;
        // Cut by the page, a name not whole yet (`增城开发`) ends the part: what stands beside it on its line,
        // or a line opening another body's name, is the next column's.
        if (this.cut && cutName(ends.lead, segment, index)) return false;
        // Where a page cuts the row, names that may go on (`南沙开发区管委会、`) end at a blank line.
        return !((this.cut || this.open !== null) && this.afterBlank(segment, "lead") && isWhole(lastName(ends.lead), index));
      case "cooperating":
        if (lengths.cooperating === 0) return couldBeBody(firstName(segment.text), index);
        // The columns after it (完成时限, 备注) begin no body's name: only what stands beside a cut name ends it.
        return unitsTake(ends.cooperating, segment, index) && !(this.cut && segment.from > 0 && cutName(ends.cooperating, segment, index));
      case "deadline":
        // A deadline goes on beside itself over the gaps around its numbers (`2024 年 12`), and on the next
        // line as `deadlineTakes` says, never over a blank line, which parts cells: a form it does not know
        // (`力争年内` / `见效`) ends there, to be reported, rather than take the remark under it.
        if (lengths.deadline === 0) return true;
        if (segment.from === 0) return !this.afterBlank(segment, "deadline") && deadlineTakes(ends.deadline, segment.text);
        return !partsCells(segment);
      case "remark":
        return lengths.remark === 0 || (!endsSentence(ends.remark) && !partsCells(segment));
    }
  }

  /** Whether a segment opens a line after a blank line that follows the cell's last segment. */
  private afterBlank(segment: Segment, kind: ColumnKind): boolean {
    return segment.from === 0 && segment.line.number > this.lastLine[kind] + 1;
  }

  /**
   * Whether a segment after a page break goes on with a name that a units cell left unfinished
   * (`市重点项目管理中` / `心`), or with a deadline (`持续推` / `进`).
   */
  private continuesName(segment: Segment): boolean {
    const first = firstName(segment.text);
    if (this.unended.has("deadline") && isDeadline(this.ends.deadline + segment.text)) return true;
    return (["lead", "cooperating"] as const).some((kind) => {
      if (!this.unended.has(kind)) return false;
      const units = this.ends[kind];
      if (inAlias(units)) return segment.text.includes(FULLWIDTH_RIGHT_PARENTHESIS);
      // `荔` / `湾区`: a district, which stands for its government, is a name too (`荔湾区、黄埔区政府`).
      const joined = lastName(units) + first;
      return isWhole(joined, this.index) || (joined.length >= SHORTEST_PLACE && PLACE_ENDINGS.some((ending) => joined.endsWith(ending)));
    });
  }

  /** Whether a column, at a page break, has not ended: the next page goes on with it. */
  private unfinished(kind: ColumnKind): boolean {
    const { ends, lengths, index } = this;
    switch (kind) {
      case "text":
        return !endsSentence(ends.text);
      case "leaders":
        return ends.leaders.endsWith(IDEOGRAPHIC_COMMA);
      case "lead":
      case "cooperating":
        return lengths[kind] > 0 && unitsGoOn(ends[kind], index);
      case "deadline":
        return lengths.deadline > 0 && deadlineGoesOn(ends.deadline);
      case "remark":
        return lengths.remark > 0 && !endsSentence(ends.remark);
    }
  }

  private mark(): Mark {
    const counts = perKind(0);
    for (const kind of COLUMN_KINDS) counts[kind] = this.cells[kind].length;
    const { at, entered, leaderEndedLine, open, unended } = this;
    return { counts, ends: { ...this.ends }, lengths: { ...this.lengths }, lastLine: { ...this.lastLine }, at, entered, leaderEndedLine, open, unended };
  }

  private restore(mark: Mark): void {
    for (const kind of COLUMN_KINDS) this.cells[kind].length = mark.counts[kind];
    this.ends = { ...mark.ends };
    this.lengths = { ...mark.lengths };
    this.lastLine = { ...mark.lastLine };
    ({ at: this.at, entered: this.entered, leaderEndedLine: this.leaderEndedLine, open: this.open, unended: this.unended } = mark);
  }
}
