import type { Tier } from "../schema/levy.js";
import type { Task } from "../schema/task.js";
import { FULLWIDTH_COMMA, IDEOGRAPHIC_COMMA } from "../tokenize/characters.js";

/**
 * The columns of the two tables a gazette prints, as the Markdown rendition and the CSV export show them:
 * each column writes its cell from a row and reads the row's fields back from the cell.
 */
export interface Column<Row> {
  header: string;
  write(row: Row): string;
  /** The fields the cell holds, or why it cannot be read. */
  read(cell: string): { ok: true; fields: Partial<Row> } | { ok: false; reason: string };
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
/** Units are joined as the gazette prints them: `、` between units, `，` between groups of units. */
export const UNIT_SEPARATOR = IDEOGRAPHIC_COMMA;
const GROUP_SEPARATOR = FULLWIDTH_COMMA;

const split = (cell: string, separator: string): string[] => (cell === "" ? [] : cell.split(separator));

/** A number; an empty cell is null where the field may be null. */
function numberColumn<Row>(header: string, key: keyof Row & string, nullable = false): Column<Row> {
  return {
    header,
    write: (row) => (row[key] === null ? "" : String(row[key])),
    read(cell) {
      if (cell === "" && nullable) return { ok: true, fields: { [key]: null } as Partial<Row> };
      if (!NUMBER.test(cell)) return { ok: false, reason: `${header}: ${cell === "" ? "empty" : cell} is not a number` };
      return { ok: true, fields: { [key]: Number(cell) } as Partial<Row> };
    },
  };
}

function textColumn<Row>(header: string, key: keyof Row & string): Column<Row> {
  return { header, write: (row) => String(row[key]), read: (cell) => ({ ok: true, fields: { [key]: cell } as Partial<Row> }) };
}

function unitsColumn<Row>(header: string, key: keyof Row & string): Column<Row> {
  return {
    header,
    write: (row) => (row[key] as string[]).join(UNIT_SEPARATOR),
    read: (cell) => ({ ok: true, fields: { [key]: split(cell, UNIT_SEPARATOR) } as Partial<Row> }),
  };
}

/** 序号 | 重点工作 | 分管市领导 | 牵头单位 | 配合单位 */
export const TASK_COLUMNS: ReadonlyArray<Column<Task>> = [
  numberColumn("序号", "seq"),
  textColumn("重点工作", "text"),
  unitsColumn("分管市领导", "leaders"),
  unitsColumn("牵头单位", "leadUnits"),
  {
    // The groups are what the table prints; the flat list of units is read from them.
    header: "配合单位",
    write: (task) => task.cooperatingGroups.map((group) => group.join(UNIT_SEPARATOR)).join(GROUP_SEPARATOR),
    read(cell) {
      const cooperatingGroups = split(cell, GROUP_SEPARATOR).map((group) => split(group, UNIT_SEPARATOR));
      return { ok: true, fields: { cooperatingGroups, cooperatingUnits: cooperatingGroups.flat() } };
    },
  },
];

/** A text a task may lack: an empty cell is null. */
function optionalTextColumn(header: string, key: "deadline" | "remark"): Column<Task> {
  return {
    header,
    write: (task) => task[key] ?? "",
    read: (cell) => ({ ok: true, fields: { [key]: cell === "" ? null : cell } }),
  };
}

/** 完成时限 | 备注: the columns of the tables that print them, shown only where a task has one. */
export const OPTIONAL_TASK_COLUMNS: ReadonlyArray<Column<Task>> = [optionalTextColumn("完成时限", "deadline"), optionalTextColumn("备注", "remark")];

/** The columns of some tasks: the five every table prints, then 完成时限 and 备注 where a task has one. */
export const taskColumnsOf = (tasks: readonly Task[]): ReadonlyArray<Column<Task>> => [
  ...TASK_COLUMNS,
  ...OPTIONAL_TASK_COLUMNS.filter((column) => tasks.some((task) => column.write(task) !== "")),
];

/** 档次 | 名称 | 省级划分 | 下限（不含） | 上限（含） | 计提比例（%） | 本档最低计提标准; prices in the table's unit. */
export const TIER_COLUMNS: ReadonlyArray<Column<Tier>> = [
  numberColumn("档次", "tier"),
  textColumn("名称", "name"),
  numberColumn("省级划分", "provincialLevel"),
  numberColumn("下限（不含）", "lowerExclusive", true),
  numberColumn("上限（含）", "upperInclusive", true),
  numberColumn("计提比例（%）", "ratePercent"),
  numberColumn("本档最低计提标准", "minimum", true),
];
