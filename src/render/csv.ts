import type { Gazette } from "../schema/gazette.js";
import { taskColumnsOf, TIER_COLUMNS, type Column } from "./columns.js";

export type CsvTable = "tasks" | "levy";

/** RFC 4180: a field with a quote, comma or line break is quoted, its quotes doubled. */
const field = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const csvOf = <Row>(columns: ReadonlyArray<Column<Row>>, rows: readonly Row[]): string =>
  [columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => column.write(row)))]
    .map((cells) => `${cells.map(field).join(",")}\r\n`)
    .join("");

/**
 * One of the tables as RFC 4180 CSV with a header row, the columns of the Markdown rendition:
 * every task of its task-assignment documents (完成时限 and 备注 where a task has one), or every tier of
 * its levy tables.
 */
export function toCsv(gazette: Gazette, table: CsvTable): string {
  const { documents } = gazette;
  const tasks = documents.flatMap((document) => (document.kind === "task-assignment" ? document.tasks : []));
  return table === "tasks"
    ? csvOf(taskColumnsOf(tasks), tasks)
    : csvOf(TIER_COLUMNS, documents.flatMap((document) => (document.kind === "levy-notice" ? (document.levyTable?.tiers ?? []) : [])));
}
