import { anchored, matches } from "../../src/fragments.js";
import { alternation, TASK_TABLE_COLUMNS, TASK_TABLE_HEADING_PIECES } from "../../src/vocabulary.js";

/** The columns of a row after its number, named by the field each fills. */
export type ColumnKind = Exclude<keyof typeof TASK_TABLE_COLUMNS, "seq">;

/** Every column a row may have after its number, in the order a row's cells are kept. */
export const COLUMN_KINDS: readonly ColumnKind[] = ["text", "leaders", "lead", "cooperating", "deadline", "remark"];

/** 重点工作 / 分管市领导 / 牵头单位 / 配合单位: the columns of a table whose header the grammar does not see. */
export const DEFAULT_COLUMNS: readonly ColumnKind[] = ["text", "leaders", "lead", "cooperating"];

const HEADINGS = Object.entries(TASK_TABLE_COLUMNS).flatMap(([kind, words]) => words.map((word): [string, string] => [word, kind]));
const COLUMN_OF: ReadonlyMap<string, string> = new Map(HEADINGS);
/** `分管市领导`, `市政府分管领导`, `备注`: a column's heading anywhere in the header, longest first. */
const HEADING = new RegExp(alternation(HEADINGS.map(([word]) => word)), "gu");

/** `序号重点工作`, `市政府`, `分管领导`, `牵头单位配合单位备注`: a line of column headings. */
export const COLUMN_HEADINGS = anchored(`${alternation([...HEADINGS.map(([word]) => word), ...TASK_TABLE_HEADING_PIECES])}+`);

/**
 * `牵头单位配合单位完成日期`: a line of Han characters that holds a column's heading among words that
 * name none, a header the grammar reads only in part.
 */
const SOME_HEADINGS = anchored(`{{han}}*${alternation(HEADINGS.map(([word]) => word))}{{han}}*`, {}, "u");

/**
 * Whether a line is a header the grammar reads only in part: Han characters most of which known headings
 * cover (`牵头单位配合单位完成日期`, 8 of 12). A line of a task's text that holds a heading's words
 * (`落实重点工作任务清单分解到位`, 6 of 14), which a row cut by a page break prints under the page's
 * header, is none: read as one, it would be lost from the task and reported as unknown headings.
 */
export function isPartHeader(text: string): boolean {
  if (!matches(SOME_HEADINGS, text)) return false;
  const unread = unreadHeadings([text]).reduce((length, stretch) => length + stretch.text.length, 0);
  return unread * 2 < text.length;
}

/**
 * The columns a table's header names, in its order: `序号重点工作分管市领导牵头单位配合单位` gives text,
 * leaders, lead, cooperating; `…市政府分管领导牵头单位配合单位备注` adds the remark. The header's lines
 * are joined first, so a heading printed over two lines (`市政府` / `分管领导`) is read whole. Null when
 * the text names no task column and no lead units: it is no header of this table.
 */
export function columnsOf(header: string): ColumnKind[] | null {
  const columns: ColumnKind[] = [];
  for (const found of header.matchAll(HEADING)) {
    const kind = COLUMN_OF.get(found[0]) as ColumnKind | "seq";
    if (kind !== "seq" && !columns.includes(kind)) columns.push(kind);
  }
  return columns.includes("text") && columns.includes("lead") ? columns : null;
}

/** A stretch of a header that names no column (`完成日期`), and the index of the header line it starts on. */
export interface UnreadHeading {
  line: number;
  text: string;
}

/**
 * The stretches of a header, its lines joined as `columnsOf` joins them, that no column heading covers:
 * `完成日期` of `序号重点工作` / `分管市领导` / `牵头单位配合单位完成日期`. The cells under such a heading
 * are read as another column's, so each is reported.
 */
export function unreadHeadings(lines: readonly string[]): UnreadHeading[] {
  const header = lines.join("");
  const unread: UnreadHeading[] = [];
  // Where each line starts in the joined header: the lengths of the lines before it.
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length;
  }
  const stretch = (from: number, to: number) => {
    if (to > from) unread.push({ line: starts.findLastIndex((start) => start <= from), text: header.slice(from, to) });
  };
  let at = 0;
  for (const found of header.matchAll(HEADING)) {
    stretch(at, found.index);
    at = found.index + found[0].length;
  }
  stretch(at, header.length);
  return unread;
}
