/**
 * Prints a responsibility table (责任分工) the way the gazette's PDF extraction gives it, for tests of
 * tables the fixture does not hold. As in `fixtures/gz-2022-08.txt`: each cell is wrapped at its column's
 * width and stands centred in its row; the extraction gives the cells one after the other in column
 * order, a cell's lines together, and puts a cell on the line before when the two stand at the same
 * height (`１２ 保障广交会展馆四期建成开馆ꎮ 陈杰 市商务局`); cells that do not share a line are parted by
 * a blank line, but the lead units follow the leaders' line directly (`江智涛` / `市工业和`). Text takes
 * the broken font's `ꎬ ꎮ`, full-width digits and the spaces of `test/broken-layout.ts`. Pages end with
 * the footer `N (本文与正式文件同等效力)` (digit-reversed from 10 on), and the next page opens with the
 * table header, its first line indented by a space. A row that does not fit the page is cut: each column
 * prints the lines that fit, and the rest of each column follows on the next page under the header.
 */
import { breakLines, brokenForm, printedPage } from "./broken-layout.js";

/** The columns after the number, in the order the table prints them. */
export type CellKind = "text" | "leaders" | "lead" | "cooperating" | "deadline" | "remark";

/** One row's cells as the table prints them: units joined by `、` and `，`, leaders by `、`. */
export interface TableRow {
  seq: number;
  text: string;
  leaders: readonly string[];
  lead: string;
  cooperating: string;
  deadline?: string;
  remark?: string;
}

/** A heading (`一 加快构建现代产业体系。`, `（一）坚持制造业立市不动摇。`) or a row. */
export type TableBlock = { heading: string } | { row: TableRow };

export interface TableLayout {
  /** The table's title, printed atop its first page. */
  title: string;
  /** Table lines a page holds below its header. */
  linesPerPage: number;
  /** Each column's width in display columns (a CJK character takes two). */
  widths?: Partial<Record<CellKind, number>>;
  /** The leaders column's heading: `分管` / `市领导` (2022) or `市政府` / `分管领导` (2021). */
  leadersHeading?: readonly [string, string];
  /** Columns after 配合单位, in order: `完成时限`, `备注`. */
  extras?: ReadonlyArray<"deadline" | "remark">;
  /** Other years' headings of the columns but the leaders': `重点任务`, `牵头部门`, `配合部门`, `完成期限`. */
  headings?: Partial<Record<Exclude<CellKind, "leaders">, string>>;
  /** Two-character names spaced to the width of three: `王　东`, which the extraction gives as `王　 东`. */
  spacedNames?: boolean;
  /** Whether pages end with a footer; without, only the indented first line tells a page. */
  footers?: boolean;
  /** The number of the first page. */
  firstPage?: number;
}

/** Where a row was cut: a column's last line on one page and its first on the next, as printed. */
export interface Cut {
  seq: number;
  column: CellKind;
  before: string;
  after: string;
}

export interface PrintedTable {
  text: string;
  cuts: Cut[];
  /** The number of the last page. */
  lastPage: number;
}

export const HEADINGS_2022 = ["分　管", "市领导"] as const;
export const HEADINGS_2021 = ["市政府", "分管领导"] as const;

const DEFAULT_WIDTHS: Record<CellKind, number> = { text: 28, leaders: 6, lead: 8, cooperating: 26, deadline: 8, remark: 8 };
const HEADINGS: Record<Exclude<CellKind, "leaders">, string> = { text: "重点工作", lead: "牵头单位", cooperating: "配合单位", deadline: "完成时限", remark: "备注" };
const IDEOGRAPHIC_SPACE = "\u3000";

/** `王东` → `王　东`: a two-character name spaced to the width of three. */
const spaced = (name: string): string => ([...name].length === 2 ? [...name].join(IDEOGRAPHIC_SPACE) : name);

/** The extraction gives an ideographic space with a space after it: `分　 管`, `王　 东`. */
const extracted = (line: string): string => line.replaceAll(IDEOGRAPHIC_SPACE, `${IDEOGRAPHIC_SPACE} `);

/** Marks that may not end a line: the typesetter moves them to the next. */
const NO_LINE_END = new Set([..."（《“"]);

/** A cell's printed lines. */
function cellLines(text: string, width: number): string[] {
  if (text === "") return [];
  const lines = breakLines(text, width, width);
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const last = lines[i]!.at(-1)!;
    if (NO_LINE_END.has(last)) [lines[i], lines[i + 1]] = [lines[i]!.slice(0, -1), last + lines[i + 1]!];
  }
  return lines.map((line) => extracted(brokenForm(line)));
}

interface Cell {
  kind: CellKind | "seq";
  lines: string[];
}

/**
 * Prints the part of a row that stands on one page: every cell centred in the part's height, in column
 * order; a cell joins the line before when its first line stands within half a line of it, except that a
 * cell of several lines never joins a one-line cell's line (the number joins the text's first line).
 */
function printPart(cells: readonly Cell[]): string[] {
  const height = Math.max(...cells.map((cell) => cell.lines.length));
  const out: string[] = [];
  let previous: { cell: Cell; y: number } | null = null;
  for (const cell of cells) {
    const count = cell.lines.length;
    if (count === 0) continue;
    const top = (height - count) / 2;
    const several = count > 1 && previous !== null && previous.cell.lines.length === 1 && previous.cell.kind !== "seq";
    const joins = previous !== null && Math.abs(top - previous.y) <= 0.5 && !several;
    if (joins) out[out.length - 1] += ` ${cell.lines[0]}`;
    else {
      // The lead units follow the leaders' line without a blank line between them.
      if (previous !== null && !(previous.cell.kind === "leaders" && cell.kind === "lead")) out.push("");
      out.push(cell.lines[0]!);
    }
    out.push(...cell.lines.slice(1));
    previous = { cell, y: top + count - 1 };
  }
  return out;
}

const fullWidth = (n: number): string => brokenForm(String(n));

/** Prints headings and rows as the extraction gives the table. */
export function printTable(blocks: readonly TableBlock[], layout: TableLayout): PrintedTable {
  const widths = { ...DEFAULT_WIDTHS, ...layout.widths };
  const extras = layout.extras ?? [];
  const kinds: CellKind[] = ["text", "leaders", "lead", "cooperating", ...extras];
  const [first, second] = layout.leadersHeading ?? HEADINGS_2022;
  const headings = { ...HEADINGS, ...layout.headings };
  const header = [`序号 ${headings.text}`, extracted(first), extracted(second), "", [headings.lead, headings.cooperating, ...extras.map((extra) => headings[extra])].join(" ")];
  const out: string[] = [brokenForm(layout.title), "", ...header, ""];
  const cuts: Cut[] = [];
  let page = layout.firstPage ?? 1;
  let used = 1;

  const newPage = () => {
    if (layout.footers !== false) out.push(`${printedPage(page)} (本文与正式文件同等效力)`);
    page += 1;
    out.push(` ${header[0]}`, ...header.slice(1), "");
    used = 0;
  };

  for (const block of blocks) {
    if ("heading" in block) {
      if (used >= layout.linesPerPage) newPage();
      out.push(brokenForm(block.heading), "");
      used += 1;
      continue;
    }
    const row = block.row;
    const texts: Record<CellKind, string> = {
      text: row.text,
      leaders: row.leaders.map((name) => (layout.spacedNames ? spaced(name) : name)).join("、"),
      lead: row.lead,
      cooperating: row.cooperating,
      deadline: row.deadline ?? "",
      remark: row.remark ?? "",
    };
    let cells: Cell[] = [{ kind: "seq", lines: [fullWidth(row.seq)] }, ...kinds.map((kind) => ({ kind, lines: cellLines(texts[kind], widths[kind]) }))];
    for (;;) {
      const height = Math.max(...cells.map((cell) => cell.lines.length));
      const room = layout.linesPerPage - used;
      if (height <= room) {
        out.push(...printPart(cells), "");
        used += height;
        break;
      }
      if (room <= 0) {
        newPage();
        continue;
      }
      out.push(...printPart(cells.map((cell) => ({ kind: cell.kind, lines: cell.lines.slice(0, room) }))), "");
      for (const cell of cells) {
        if (cell.kind !== "seq" && cell.lines.length > room) cuts.push({ seq: row.seq, column: cell.kind, before: cell.lines[room - 1]!, after: cell.lines[room]! });
      }
      cells = cells.map((cell) => ({ kind: cell.kind, lines: cell.lines.slice(room) }));
      newPage();
    }
  }
  if (layout.footers !== false) out.push(`${printedPage(page)} (本文与正式文件同等效力)`);
  return { text: out.join("\n"), cuts, lastPage: page };
}
