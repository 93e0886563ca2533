import { anchored, match, matches } from "../../src/fragments.js";
import {
  FULLWIDTH_EXCLAMATION_MARK,
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_QUESTION_MARK,
  FULLWIDTH_RIGHT_PARENTHESIS,
  FULLWIDTH_SEMICOLON,
  IDEOGRAPHIC_COMMA,
  IDEOGRAPHIC_FULL_STOP,
  RIGHT_DOUBLE_ANGLE_BRACKET,
  isHan,
} from "../../src/tokenize/characters.js";
import { filledEnds, type PagedLine } from "../../src/text/run.js";
import { parseChineseNumeral } from "../numerals.js";
import { segmentsOf, textOf, type Segment } from "./segments.js";
import { couldBeBody, inAlias, isKnown, isWhole, splitUnits, type UnitIndex } from "./unit-names.js";

/** `”` RIGHT DOUBLE QUOTATION MARK: closes a quotation that may end a sentence (`“双一流”。`, `“码上办”。`). */
const RIGHT_DOUBLE_QUOTATION_MARK = "\u201D";

/** Punctuation that ends the text of a task (`…先进制造业集群。`). */
const SENTENCE_ENDS: ReadonlySet<string> = new Set([
  IDEOGRAPHIC_FULL_STOP,
  FULLWIDTH_SEMICOLON,
  FULLWIDTH_EXCLAMATION_MARK,
  FULLWIDTH_QUESTION_MARK,
]);
/** What may close a sentence after its end: `。”`, `。）`. */
const SENTENCE_CLOSERS: ReadonlySet<string> = new Set([
  RIGHT_DOUBLE_QUOTATION_MARK,
  FULLWIDTH_RIGHT_PARENTHESIS,
  RIGHT_DOUBLE_ANGLE_BRACKET,
]);

/** `1`, `251`: the number of a row, first on its line. */
const SEQ = anchored("{{digits}}");
/** `一` of `一 加快构建现代产业体系。`: a section's numeral, its title after the column gap. */
const SECTION_NUMERAL = anchored("(?<numeral>{{chineseNumeral}})");
/** `一、加快构建现代产业体系。`: a section's numeral and title in one piece. */
const SECTION_INLINE = anchored("(?<numeral>{{chineseNumeral}})、(?<title>.+)", {}, "u");
/** `（一）` of `（一） 坚持制造业立市不动摇。`, or `（一）坚持制造业立市不动摇。` in one piece. */
const SUBSECTION = anchored("（(?<numeral>{{chineseNumeral}})）(?<title>.*)", {}, "u");
/**
 * `江智涛`, `王焕清`, `张勇、陈杰`: the vice-mayors in charge, personal names of two to four characters;
 * `李明华、` when the cell wraps after the comma and the next name stands on the next line.
 */
const LEADERS = anchored("{{han}}{2,4}(?:、{{han}}{2,4})*、?", {}, "u");
/** `2022年市政府工作报告部署工作责任分工`: the table's title. */
const TABLE_TITLE = anchored("(?:{{digits}}年)?{{han}}{2,40}(?:责任|任务)分工(?:表|方案)?", {}, "u");
/** `序号重点工作`, `分管`, `市领导`, `牵头单位配合单位`: the column headings, when furniture removal left them. */
const COLUMN_HEADINGS = anchored("(?:序号|重点工作|分管|市领导|牵头单位|配合单位)+");

/** `一 加快构建现代产业体系。`, `（一） 坚持制造业立市不动摇。`: a heading, its numeral and title. */
export interface HeadingBlock {
  kind: "heading";
  level: "section" | "subsection";
  numeral: string;
  ordinal: number;
  marker: Segment;
  title: Segment[];
}

/** The cells of a row in reading order: 序号 / 重点工作 / 分管市领导 / 牵头单位 / 配合单位. */
export interface RowBlock {
  kind: "row";
  seq: number;
  marker: Segment;
  text: Segment[];
  /** `李明华、孙嘉怡` on one line is one segment; the same leaders printed a line each are one segment a line. */
  leaders: Segment[];
  lead: Segment[];
  cooperating: Segment[];
}

/** Text recognised as the table's title or left-over column headings: consumed, carrying no data. */
export interface FurnitureBlock {
  kind: "furniture";
  what: "title" | "column-headings";
  segments: Segment[];
}

/** Text before the first row or heading that nothing recognises. */
export interface StrayBlock {
  kind: "stray";
  segments: Segment[];
}

export type Block = HeadingBlock | RowBlock | FurnitureBlock | StrayBlock;

/** The numbers the table's own order expects next. */
interface Expected {
  seq: number;
  section: number;
  subsection: number;
}

/** How much of a text's end `endsSentence` needs: a full stop and the closers after it (`。”）`). */
const TAIL_LENGTH = 8;

/** The end of a text, kept instead of the whole while a cell grows (a long string indexed at its end is flattened each time). */
const tail = (text: string): string => text.slice(-TAIL_LENGTH);

/** Whether a task's text is complete: it ends a sentence. */
function endsSentence(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && SENTENCE_CLOSERS.has(text[end]!)) end -= 1;
  return end >= 0 && SENTENCE_ENDS.has(text[end]!);
}

const numeralValue = (numeral: string): number | null => {
  const result = parseChineseNumeral(numeral);
  return result.ok ? result.value : null;
};

/** The part of a segment from `from` on: the title after a numeral in the same piece (`（一）坚持…`). */
const cut = (segment: Segment, from: number): Segment => ({ ...segment, from, text: segment.line.text.slice(from, segment.to) });

/** A line that starts a heading: its numeral, its value and the title segments that follow on the line. */
function headingAt(segments: readonly Segment[]): HeadingBlock | null {
  const head = segments[0];
  if (!head) return null;
  const subsection = match(SUBSECTION, head.text)?.groups;
  if (subsection) {
    const ordinal = numeralValue(subsection.numeral!);
    const titleStart = head.to - subsection.title!.length;
    const title = subsection.title ? [cut(head, titleStart), ...segments.slice(1)] : segments.slice(1);
    return ordinal === null ? null : { kind: "heading", level: "subsection", numeral: subsection.numeral!, ordinal, marker: head, title };
  }
  const inline = match(SECTION_INLINE, head.text)?.groups;
  if (inline) {
    const ordinal = numeralValue(inline.numeral!);
    const title = [cut(head, head.to - inline.title!.length), ...segments.slice(1)];
    return ordinal === null ? null : { kind: "heading", level: "section", numeral: inline.numeral!, ordinal, marker: head, title };
  }
  const section = match(SECTION_NUMERAL, head.text)?.groups;
  if (section && segments.length > 1) {
    const ordinal = numeralValue(section.numeral!);
    return ordinal === null ? null : { kind: "heading", level: "section", numeral: section.numeral!, ordinal, marker: head, title: segments.slice(1) };
  }
  return null;
}

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

/**
 * Whether the lead-units cell takes the next segment: while it is empty, ends with `、`, waits for an
 * alias's closing parenthesis, is followed by an alias (`市发展改革委` / `（市大湾区办）`), or ends in
 * a name that is not whole yet (`市工业和` / `信息化局`, `市地方` / `金融监管局`).
 */
function leadTakes(lead: string, next: Segment, index: UnitIndex): boolean {
  if (lead === "" || lead.endsWith(IDEOGRAPHIC_COMMA) || inAlias(lead)) return true;
  if (next.text.startsWith(FULLWIDTH_LEFT_PARENTHESIS)) return true;
  const last = splitUnits(lead).at(-1)?.text ?? "";
  return !isWhole(last, index) || completes(last, next, index);
}

/**
 * Whether the next segment ends an unknown name that only looked whole: `增城开发区管委` / `会`. It
 * does when it begins with no name of its own and the two together make a whole name.
 */
function completes(last: string, next: Segment, index: UnitIndex): boolean {
  if (isKnown(last, index)) return false;
  const first = splitUnits(next.text)[0]?.text ?? "";
  const beginsName = isWhole(first, index) || index.continues(first) || index.lookup(first) !== undefined;
  return !beginsName && isWhole(last + first, index);
}

type RowState = "text" | "leaders" | "lead" | "cooperating";

/**
 * The most a lead-units cell holds: six district governments (`荔湾区政府、…、增城区政府`) take 35
 * characters. A cell still unfinished at this length is read as cooperating units, which keeps the cost
 * of reading a broken row linear.
 */
const LONGEST_LEAD_CELL = 120;

/** Reads one row's cells from segments in reading order. */
class RowReader {
  private state: RowState = "text";
  /** The end of the task text read so far: enough to tell whether it ends a sentence. */
  private textEnd = "";
  /** The lead-units cell read so far. */
  private lead = "";
  /**
   * Whether the last leader read stood at the end of its line, so that a name opening the next line may
   * be one more leader of the same cell (`李明华` / `孙嘉怡` / `市科技局`) rather than the lead units.
   */
  private leaderEndedLine = false;

  constructor(
    readonly row: RowBlock,
    private readonly index: UnitIndex,
  ) {}

  /** Whether the row still reads its task text, where a number or numeral at a line start is text. */
  get inText(): boolean {
    return this.state === "text";
  }

  take(segment: Segment, next: Segment | undefined): void {
    const row = this.row;
    if (this.state === "text") {
      if (!endsSentence(this.textEnd)) {
        this.takeText(segment);
        return;
      }
      this.state = "leaders";
    }
    if (this.state === "leaders") {
      this.state = "lead";
      if (isLeaders(segment, next, this.index)) {
        this.takeLeader(segment, next);
        return;
      }
      // Not a name: the text is over all the same, the leaders cell is empty.
      if (!couldBeBody(splitUnits(segment.text)[0]?.text ?? "", this.index)) {
        this.state = "text";
        this.takeText(segment);
        return;
      }
    }
    // The leaders cell goes on only from line to line and before any lead unit: a body's name is told from a
    // person's by `isLeaders`, so a short body (`市法院`) after a leader's line still opens the lead units.
    if (this.state === "lead" && this.lead === "" && this.leaderEndedLine && segment.from === 0 && isLeaders(segment, next, this.index)) {
      this.takeLeader(segment, next);
      return;
    }
    if (this.state === "lead" && this.lead.length < LONGEST_LEAD_CELL && leadTakes(this.lead, segment, this.index)) {
      row.lead.push(segment);
      this.lead += segment.text;
      return;
    }
    this.state = "cooperating";
    row.cooperating.push(segment);
  }

  private takeLeader(segment: Segment, next: Segment | undefined): void {
    this.row.leaders.push(segment);
    this.leaderEndedLine = next === undefined;
  }

  private takeText(segment: Segment): void {
    this.row.text.push(segment);
    this.textEnd = tail(this.textEnd + segment.text);
  }
}

/**
 * Reads the annex of a responsibility table into blocks: its title, section and subsection headings and
 * rows. A row runs from its number to the next row or heading; inside it the cells follow in reading
 * order, and where one ends is read from the cells' form: the task text ends a sentence, the leaders
 * are personal names, the lead units end in whole names.
 */
export function readBlocks(lines: readonly PagedLine[], index: UnitIndex): Block[] {
  const blocks: Block[] = [];
  const expected: Expected = { seq: 1, section: 1, subsection: 1 };
  let reader: RowReader | null = null;
  let heading: HeadingBlock | null = null;
  /** The end of `heading`'s title so far: a title without its full stop goes on over the next lines. */
  let headingEnd = "";

  for (const line of lines) {
    const segments = segmentsOf(line);
    if (segments.length === 0) continue;
    const started = startOf(segments, reader?.inText ?? false, blocks.length === 0, expected);
    if (started) {
      blocks.push(started);
      reader = null;
      heading = null;
      if (started.kind === "row") {
        reader = new RowReader(started, index);
        expected.seq = started.seq + 1;
        const rest = segments.slice(1);
        rest.forEach((segment, i) => reader!.take(segment, rest[i + 1]));
      } else if (started.kind === "heading") {
        heading = started;
        headingEnd = tail(textOf(started.title));
        if (started.level === "section") {
          expected.section = started.ordinal + 1;
          expected.subsection = 1;
        } else expected.subsection = started.ordinal + 1;
      }
      continue;
    }
    if (heading && !endsSentence(headingEnd)) {
      heading.title.push(...segments);
      headingEnd = tail(headingEnd + segments[0]!.line.text);
      continue;
    }
    if (reader) {
      segments.forEach((segment, i) => reader!.take(segment, segments[i + 1]));
      continue;
    }
    const previous = blocks.at(-1);
    if (previous?.kind === "stray") previous.segments.push(...segments);
    else blocks.push({ kind: "stray", segments });
  }
  return blocks;
}

/** Whether the first line with text is a table's title, which only there `readBlocks` reads as one. */
export function opensWithTitle(lines: readonly PagedLine[]): boolean {
  const { first } = filledEnds(lines);
  return first !== undefined && matches(TABLE_TITLE, first.text);
}

/**
 * The block a line starts, if it starts one. Inside a task's text a number or numeral at a line start
 * may be text (`2 家以上国有上市公司`), so there only the row or heading the order expects next starts.
 */
function startOf(segments: Segment[], inText: boolean, atTop: boolean, expected: Expected): Block | null {
  const head = segments[0]!;
  const whole = head.line.text;
  if (atTop && matches(TABLE_TITLE, whole)) return { kind: "furniture", what: "title", segments };
  if (matches(SEQ, head.text)) {
    const seq = Number(head.text);
    if (!inText || seq === expected.seq) {
      return { kind: "row", seq, marker: head, text: [], leaders: [], lead: [], cooperating: [] };
    }
    return null;
  }
  const heading = headingAt(segments);
  if (heading) {
    const next = heading.level === "section" ? expected.section : expected.subsection;
    return !inText || heading.ordinal === next ? heading : null;
  }
  return matches(COLUMN_HEADINGS, whole) ? { kind: "furniture", what: "column-headings", segments } : null;
}
