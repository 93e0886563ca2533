import { anchored, match, matches } from "../../src/fragments.js";
import { filledEnds, type PagedLine } from "../../src/text/run.js";
import { alternation, TASK_TABLE_NAMES } from "../../src/vocabulary.js";
import { parseChineseNumeral } from "../../src/text/numerals.js";
import { EM_DASH } from "../../src/tokenize/characters.js";
import { COLUMN_HEADINGS, columnsOf, isPartHeader, type ColumnKind } from "./columns.js";
import { endsSentence, RowReader, tail, type Cells } from "./row-reader.js";
import { segmentsOf, textOf, type Segment } from "./segments.js";
import { couldBeBody, type UnitIndex } from "./unit-names.js";

export { namesOf } from "./row-reader.js";

/** `年`, `月`, `日`, and `—` of `2024—2025年`: what follows a number in a date or a range of years, where it numbers no row. */
const DATE_UNITS: ReadonlySet<string> = new Set(["年", "月", "日", EM_DASH]);

/** `1`, `251`: the number of a row, first on its line. */
const SEQ = anchored("{{digits}}");
/** `一` of `一 加快构建现代产业体系。`: a section's numeral, its title after the column gap. */
const SECTION_NUMERAL = anchored("(?<numeral>{{chineseNumeral}})");
/** `一、加快构建现代产业体系。`: a section's numeral and title in one piece. */
const SECTION_INLINE = anchored("(?<numeral>{{chineseNumeral}})、(?<title>.+)", {}, "u");
/** `（一）` of `（一） 坚持制造业立市不动摇。`, or `（一）坚持制造业立市不动摇。` in one piece. */
const SUBSECTION = anchored("（(?<numeral>{{chineseNumeral}})）(?<title>.*)", {}, "u");
/** `2022年市政府工作报告部署工作责任分工`: the table's title. */
const TABLE_TITLE = anchored("(?:{{digits}}年)?{{han}}{2,40}{{name}}(?:表|方案)?", { name: alternation(TASK_TABLE_NAMES) }, "u");

/** `一 加快构建现代产业体系。`, `（一） 坚持制造业立市不动摇。`: a heading, its numeral and title. */
export interface HeadingBlock {
  kind: "heading";
  level: "section" | "subsection";
  numeral: string;
  ordinal: number;
  marker: Segment;
  title: Segment[];
}

/**
 * The cells of a row in reading order: 序号 / 重点工作 / 分管市领导 / 牵头单位 / 配合单位, and 完成时限 and
 * 备注 where the table prints them. `李明华、孙嘉怡` on one line is one leaders segment; the same leaders
 * printed a line each are one segment a line.
 */
export interface RowBlock extends Cells {
  kind: "row";
  seq: number;
  marker: Segment;
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

/**
 * Reads the annex of a responsibility table into blocks: its title, section and subsection headings and
 * rows. A row runs from its number to the next row or heading; inside it the cells follow in reading
 * order, in the order of `columns` or of the header the annex prints (`RowReader` tells where one ends).
 * A header repeated inside a row, at a page top that furniture removal left, is set aside and the row
 * goes on.
 */
export function readBlocks(lines: readonly PagedLine[], index: UnitIndex, columns: readonly ColumnKind[]): Block[] {
  const blocks: Block[] = [];
  const expected: Expected = { seq: 1, section: 1, subsection: 1 };
  let reader: RowReader | null = null;
  let heading: HeadingBlock | null = null;
  /** The end of `heading`'s title so far: a title without its full stop goes on over the next lines. */
  let headingEnd = "";
  /** The header printed above the rows that follow, its lines joined: it names their columns. */
  let header = "";
  let rowColumns = columns;

  for (const line of lines) {
    const segments = segmentsOf(line);
    if (segments.length === 0) continue;
    // A heading that a body's name could be (`市政府`, `牵头单位配合单位`) is one only within a header, or
    // in a whole header printed on one line (`序号 重点工作 分管市领导 牵头单位 配合单位`), which names
    // the task column and the lead units.
    const inHeader = blocks.at(-1)?.kind === "furniture" && (blocks.at(-1) as FurnitureBlock).what === "column-headings";
    // Within a header, a line of headings some of which the vocabulary lacks (`牵头单位 配合单位 完成日期`)
    // is the header's still, unless it opens a section: `assemble` reports what it cannot read.
    const headings =
      (matches(COLUMN_HEADINGS, line.text) && (inHeader || !couldBeBody(line.text, index) || columnsOf(line.text) !== null)) ||
      (inHeader && isPartHeader(line.text) && headingAt(segments) === null);
    if (headings) {
      blocks.push({ kind: "furniture", what: "column-headings", segments });
      if (reader) continue;
      heading = null;
      header += line.text;
      rowColumns = columnsOf(header) ?? rowColumns;
      continue;
    }
    const started = startOf(segments, reader, blocks.length === 0, expected);
    if (started) {
      blocks.push(started);
      reader = null;
      heading = null;
      header = "";
      if (started.kind === "row") {
        reader = new RowReader(started, rowColumns, index, line.page);
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
 * may be text (`2 家以上国有上市公司`, `一、二、三产业`): there only the row or heading the order expects
 * next starts, and only after a complete row, as where a page break cut the row before; in the text of
 * a row that lacks its text's end, its leaders or its lead units, nothing starts.
 */
function startOf(segments: Segment[], reader: RowReader | null, atTop: boolean, expected: Expected): Block | null {
  if (reader?.inText && !reader.complete) return null;
  const inText = reader?.inText ?? false;
  const head = segments[0]!;
  const whole = head.line.text;
  if (atTop && matches(TABLE_TITLE, whole)) return { kind: "furniture", what: "title", segments };
  // `2022 年 12 月底前`, `2024 —` / `2025 年`: a number before a date's unit or a range's dash is a deadline's, not a row's.
  if (matches(SEQ, head.text) && !DATE_UNITS.has(segments[1]?.text[0] ?? "")) {
    const seq = Number(head.text);
    if (!inText || seq === expected.seq) {
      return { kind: "row", seq, marker: head, text: [], leaders: [], lead: [], cooperating: [], deadline: [], remark: [] };
    }
    return null;
  }
  const heading = headingAt(segments);
  if (heading) {
    const next = heading.level === "section" ? expected.section : expected.subsection;
    return !inText || heading.ordinal === next ? heading : null;
  }
  return null;
}
