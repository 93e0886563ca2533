/**
 * The responsibility table in the print forms of other years and with rows cut by page breaks, laid out
 * by `test/table-layout.ts` as the extraction prints a table: the bundled table's rows (checked by hand
 * in `fixtures/task-table.golden.json`) relayed with shorter pages, names spaced `王　 东`, the 2021
 * header (`市政府` / `分管领导`) with a 备注 column; a made-up table with 完成时限 and 备注; and the real
 * 2021 edition from its web text (`fixtures/corpus/suifu-2021-3-excerpt.txt`), read by this test's
 * own reader and parsed whole.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { taskTableGrammar } from "../grammars/task-table.js";
import { parseGazette } from "../src/parse.js";
import { toCsv } from "../src/render/csv.js";
import type { Gazette } from "../src/schema/gazette.js";
import type { Task } from "../src/schema/task.js";
import { printBroken } from "./broken-layout.js";
import { prepare, segmentOf } from "./support.js";
import { HEADINGS_2021, printTable, type Cut, type TableBlock, type TableLayout, type TableRow } from "./table-layout.js";

interface GoldenRow {
  seq: number;
  section: number;
  subsection: number | null;
  text: string;
  leaders: string[];
  leadUnits: string[];
  cooperatingUnits: string[];
  cooperatingGroups: string[][];
}
interface GoldenSection {
  numeral: string;
  title: string;
  subsections: Array<{ ordinal: number; title: string }>;
}
const golden = JSON.parse(readFileSync(new URL("../fixtures/task-table.golden.json", import.meta.url), "utf8")) as {
  sections: GoldenSection[];
  rows: GoldenRow[];
};

const NUMERALS = "一二三四五六七八九十";
const TITLE = "2022年市政府工作报告部署工作责任分工";

/** The bundled table as headings and rows: units printed as the table prints them, `、` within a group, `，` between. */
function goldenBlocks(): TableBlock[] {
  const blocks: TableBlock[] = [];
  let section = 0;
  let subsection: number | null = null;
  for (const row of golden.rows) {
    const { numeral, title, subsections } = golden.sections[row.section - 1]!;
    if (row.section !== section) {
      [section, subsection] = [row.section, null];
      blocks.push({ heading: `${numeral} ${title}。` });
    }
    if (row.subsection !== subsection && row.subsection !== null) {
      subsection = row.subsection;
      blocks.push({ heading: `（${NUMERALS[subsection - 1]}）${subsections[subsection - 1]!.title}。` });
    }
    const cooperating = row.cooperatingGroups.map((group) => group.join("、")).join("，");
    blocks.push({ row: { seq: row.seq, text: row.text, leaders: row.leaders, lead: row.leadUnits.join("、"), cooperating } });
  }
  return blocks;
}

/** The cells of a task as the golden file records them, page aside. */
const cellsOf = (task: Task) => ({
  seq: task.seq,
  section: task.section.ordinal,
  subsection: task.subsection?.ordinal ?? null,
  text: task.text,
  leaders: task.leaders,
  leadUnits: task.leadUnits,
  cooperatingUnits: task.cooperatingUnits,
  cooperatingGroups: task.cooperatingGroups,
});

/** Parses a printed table with the grammar, the annex running from its title, after furniture removal. */
function parseTable(text: string) {
  const { lines, context } = prepare(text);
  const segment = segmentOf({ lines, annex: lines, title: `广州市人民政府关于印发${TITLE}的通知` });
  const result = taskTableGrammar.parse(segment, context);
  const errors = context.diagnostics.list.filter((diagnostic) => diagnostic.severity === "error");
  return { result, errors };
}

/** Which kinds of cut a printing made: in the text, in the leaders, in a name, after a `、`. */
function cutKinds(cuts: readonly Cut[]): Set<string> {
  const kinds = new Set<string>();
  for (const cut of cuts) {
    if (cut.column === "text") kinds.add("text");
    else if (cut.column === "leaders") kinds.add("leaders");
    else if (cut.before.endsWith("、")) kinds.add(`${cut.column} after 、`);
    else if (!/[，ꎬ)）]$/.test(cut.before)) kinds.add(`${cut.column} mid-name`);
  }
  return kinds;
}

describe("the bundled table relayed in other print forms", () => {
  const blocks = goldenBlocks();
  const expected = golden.rows.map(({ seq, section, subsection, text, leaders, leadUnits, cooperatingUnits, cooperatingGroups }) => ({
    seq, section, subsection, text, leaders, leadUnits, cooperatingUnits, cooperatingGroups,
  }));
  const relay = (layout: Partial<TableLayout>) => {
    const printed = printTable(blocks, { title: TITLE, linesPerPage: 1000, ...layout });
    return { printed, ...parseTable(printed.text) };
  };

  it("prints the rows as the fixture does: cells side by side, names spaced, footers and headers between pages", () => {
    const { printed } = relay({ linesPerPage: 13, spacedNames: true });
    const lines = printed.text.split("\n");
    // Row 4 as the fixture prints it (lines 54–58), with its leader's name spaced.
    expect(printed.text).toContain("４ 构建战略性新兴产业体系ꎮ 张　 勇\n市发展改\n革委\n\n市政府办公厅、 市科技局、 市");
    expect(lines).toContain("２ (本文与正式文件同等效力)");
    expect(lines).toContain("３１ (本文与正式文件同等效力)");
    expect(lines.filter((line) => line === " 序号 重点工作").length).toBe(printed.lastPage - 1);
  });

  it("reads every row with names spaced to three characters (王　 东)", () => {
    const { result, errors } = relay({ spacedNames: true });
    expect(errors).toEqual([]);
    expect(result.tasks.map(cellsOf)).toEqual(expected);
    expect(result.tasks.filter((task) => task.leaders[0]!.length === 2)).toHaveLength(176);
    expect(result.tasks.every((task) => task.remark === null && task.deadline === null)).toBe(true);
  });

  // At other page lengths (5–8, 10, 12, 14, 16, 19, 23) one to four of the 251 rows still read wrong: a
  // cut text ends in `、` and the leader joins its line (`在贸易、 陈　 杰`), which reads as two leaders.
  for (const linesPerPage of [9, 11, 13, 17, 29]) {
    it(`reads every row cut by pages of ${linesPerPage} lines, each column continued on the next page`, () => {
      const { printed, result, errors } = relay({ linesPerPage, spacedNames: true });
      expect(errors).toEqual([]);
      expect(result.tasks.map(cellsOf)).toEqual(expected);
      expect(printed.cuts.length).toBeGreaterThan(40);
      expect([...cutKinds(printed.cuts)]).toEqual(expect.arrayContaining(["text", "lead mid-name", "cooperating mid-name", "cooperating after 、"]));
    });

    it(`reads the rows in the 2021 form (市政府 / 分管领导, 备注) cut by pages of ${linesPerPage} lines`, () => {
      const { printed, result, errors } = relay({ linesPerPage, spacedNames: true, leadersHeading: HEADINGS_2021, extras: ["remark"] });
      expect(printed.text).toContain("\n 序号 重点工作\n市政府\n分管领导\n\n牵头单位 配合单位 备注\n");
      expect(errors).toEqual([]);
      expect(result.tasks.map(cellsOf)).toEqual(expected);
      expect(result.tasks.every((task) => task.remark === null && task.deadline === null)).toBe(true);
    });
  }

  it("sets the 2021 header aside as furniture where it repeats, and reads the columns from it", () => {
    const { printed } = relay({ linesPerPage: 13, spacedNames: true, leadersHeading: HEADINGS_2021, extras: ["remark"] });
    const { context } = prepare(printed.text);
    const headers = (context.furniture ?? []).filter((item) => item.kind === "table-header");
    expect(new Set(headers.map((item) => item.text))).toEqual(new Set(["序号重点工作", "市政府", "分管领导", "牵头单位配合单位备注"]));
    expect(headers.filter((item) => item.text === "分管领导")).toHaveLength(printed.lastPage);
  });

  it("reads the rows cut by pages that print no footer, where only the indented first line tells a page", () => {
    const { printed, result, errors } = relay({ linesPerPage: 13, spacedNames: true, footers: false });
    expect(printed.text).not.toContain("本文与正式文件同等效力");
    expect(errors).toEqual([]);
    expect(result.tasks.map(cellsOf)).toEqual(expected);
  });

  it("continues the issue's examples in their columns: a text, a unit cut mid-name, a list after 、", () => {
    const { printed, result } = relay({ linesPerPage: 13, spacedNames: true });
    // Row 51's lead unit 广州空港经济区管委会 is cut after 广州空港 / 经济区管 at the page's end.
    expect(printed.cuts).toContainEqual({ seq: 51, column: "lead", before: "广州空港", after: "经济区管" });
    expect(result.tasks[50]!.leadUnits).toEqual(["广州空港经济区管委会"]);
    // Row 37's cooperating units are cut after `海珠区政府、`.
    expect(printed.cuts).toContainEqual({ seq: 37, column: "cooperating", before: "市农业农村局ꎬ 海珠区政府、", after: "荔湾区政府、 天河区政府、 白" });
    expect(result.tasks[36]!.cooperatingGroups[1]!.slice(0, 2)).toEqual(["海珠区政府", "荔湾区政府"]);
  });
});

describe("a table with 完成时限 and 备注 columns", () => {
  /** Rows made up in the 2022 table's form, with a deadline and remarks, and two leaders in a cell. */
  const rows: TableRow[] = [
    { seq: 1, text: "推进城市更新，完善老旧小区配套设施，加快城中村改造。", leaders: ["李明华", "孙嘉怡"], lead: "市住房城乡建设局", cooperating: "市规划和自然资源局、市财政局，各区政府", deadline: "2022年12月底前", remark: "" },
    { seq: 2, text: "建设法治政府。", leaders: ["王东"], lead: "市司法局", cooperating: "市直各部门", deadline: "持续推进", remark: "按省部署推进" },
    { seq: 3, text: "办好十件民生实事。", leaders: ["李明华"], lead: "市政府办公厅", cooperating: "", deadline: "2022年6月30日前", remark: "" },
  ];
  const blocks: TableBlock[] = [{ heading: "一 提升城市品质。" }, ...rows.map((row) => ({ row }))];
  const layout: TableLayout = {
    title: "2022年重点工作责任分工",
    linesPerPage: 3,
    widths: { leaders: 8, deadline: 6, remark: 6 },
    extras: ["deadline", "remark"],
    spacedNames: true,
  };
  const printed = printTable(blocks, layout);
  const { result, errors } = parseTable(printed.text);

  it("prints the header with the two columns and cuts the leaders cell after its comma", () => {
    expect(printed.text).toContain("\n牵头单位 配合单位 完成时限 备注\n");
    expect(printed.cuts).toContainEqual({ seq: 1, column: "leaders", before: "李明华、", after: "孙嘉怡" });
    expect(printed.cuts.some((cut) => cut.column === "deadline")).toBe(true);
  });

  it("reads the deadline and the remark of each row, null where a cell is empty", () => {
    expect(errors).toEqual([]);
    expect(result.tasks.map((task) => [task.seq, task.leaders, task.leadUnits, task.cooperatingGroups, task.deadline, task.remark])).toEqual([
      [1, ["李明华", "孙嘉怡"], ["市住房城乡建设局"], [["市规划和自然资源局", "市财政局"], ["各区政府"]], "2022年12月底前", null],
      [2, ["王东"], ["市司法局"], [["市直各部门"]], "持续推进", "按省部署推进"],
      [3, ["李明华"], ["市政府办公厅"], [], "2022年6月30日前", null],
    ]);
    expect(result.tasks.map((task) => task.text)).toEqual(rows.map((row) => row.text));
  });

  it("exports the two columns to CSV after the five", () => {
    const csv = toCsv({ documents: [{ kind: "task-assignment", tasks: result.tasks }] } as unknown as Gazette, "tasks").split("\r\n");
    expect(csv[0]).toBe("序号,重点工作,分管市领导,牵头单位,配合单位,完成时限,备注");
    expect(csv[2]).toBe("2,建设法治政府。,王东,市司法局,市直各部门,持续推进,按省部署推进");
  });
});

describe("the 2021 edition from its web text (穗府〔2021〕3号)", () => {
  const web = readFileSync(new URL("../fixtures/corpus/suifu-2021-3-excerpt.txt", import.meta.url), "utf8").split("\n").map((line) => line.trim());

  /**
   * The test's own reader of the web text: one cell a line, empty cells omitted. After the header (its
   * last heading `备注`) a line of digits opens a row whose cells follow: the text, the leader (a name,
   * its two characters spaced on the page `王 东`), the lead unit, the cooperating units; `(一)` opens a
   * subsection whose title is the next line; any other line outside a row is a section's title. The
   * excerpt stops inside its last row, which is left out.
   */
  function readWeb() {
    const body = web.slice(web.indexOf("备注") + 1).filter((line) => line !== "");
    const rows: Array<{ seq: number; cells: string[] }> = [];
    const headings: string[] = [];
    let row: { seq: number; cells: string[] } | null = null;
    for (let i = 0; i < body.length; i += 1) {
      const line = body[i]!;
      if (/^\d+$/.test(line)) rows.push((row = { seq: Number(line), cells: [] }));
      else if (/^\([一二三四五六七八九十]+\)$/.test(line)) {
        headings.push(`（${line.slice(1, -1)}）${body[++i]!}`);
        row = null;
      } else if (row) row.cells.push(line);
      else headings.push(line);
    }
    return { headings, rows: rows.slice(0, -1) };
  }
  const { headings, rows } = readWeb();
  /** `市卫生健康委,荔湾区、黄埔区政府`: the web page's ASCII comma parts the groups. */
  const groupsOf = (cell: string) => cell.split(/[,，]/).map((group) => group.split("、"));
  const tableRows: TableRow[] = rows.map(({ seq, cells: [text, leader, lead, cooperating] }) => ({
    seq,
    text: text!,
    leaders: [leader!.replace(/\s/g, "")],
    lead: lead!,
    cooperating: (cooperating ?? "").replace(/,/g, "，"),
  }));

  const notice = printBroken(
    [
      { centred: "广州市人民政府文件" },
      { centred: web[0]! },
      { centred: web[1]! },
      { paragraph: web[2]!.replace(/,/g, "，").replace(/:$/, "：") },
      { paragraph: web[3]!.replace(/,/g, "，") },
      { centred: web[4]! },
      { centred: web[5]! },
    ],
    { columns: 80, linesPerPage: 40 },
  );
  const table = printTable(
    // The gazette numbers the section the web page prints bare.
    [{ heading: `一 ${headings[0]}` }, { heading: headings[1]! }, ...tableRows.map((row) => ({ row }))],
    { title: web[6]!, linesPerPage: 2, spacedNames: true, leadersHeading: HEADINGS_2021, extras: ["remark"], firstPage: 2 },
  );
  const gazette = parseGazette(`${notice}\n ${table.text}\n`);
  const document = gazette.documents[0];

  it("reads two whole rows from the web text, their leader printed 王 东", () => {
    expect(rows.map((row) => row.seq)).toEqual([1, 2]);
    expect(rows.map((row) => row.cells[1])).toEqual(["王 东", "王 东"]);
    expect(headings).toEqual(["强化科技创新支撑能力。", "（一）加强战略科技力量建设。"]);
  });

  it("prints the rows over pages with the 2021 header and the names spaced", () => {
    expect(table.text).toContain("市政府\n分管领导\n\n牵头单位 配合单位 备注");
    expect(table.text).toContain("王　 东");
    expect(table.cuts.length).toBeGreaterThan(0);
  });

  it("parses the issue into a responsibility table whose rows are the web text's, with no error", () => {
    expect(gazette.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(document?.kind).toBe("task-assignment");
    if (document?.kind !== "task-assignment") return;
    expect(document.docNumber?.text).toBe(web[0]);
    expect(document.sections.map((section) => section.title)).toEqual([headings[0]!.slice(0, -1)]);
    expect(document.tasks.map((task) => ({ seq: task.seq, text: task.text, leaders: task.leaders, leadUnits: task.leadUnits, cooperatingGroups: task.cooperatingGroups, remark: task.remark, deadline: task.deadline }))).toEqual(
      rows.map(({ seq, cells: [text, leader, lead, cooperating] }) => ({
        seq,
        text: text!.replace(/,/g, "，"),
        leaders: [leader!.replace(/\s/g, "")],
        leadUnits: [lead],
        cooperatingGroups: groupsOf(cooperating!),
        remark: null,
        deadline: null,
      })),
    );
  });
});

describe("the headings of other years: 重点任务, 牵头部门, 配合部门, 完成期限", () => {
  /** Rows of the 2024 table's form, over pages whose header names the columns in other words. */
  const rows: TableRow[] = [
    { seq: 1, text: "实施“链长制”，推动汽车、电子信息、智能装备等产业集群发展，全年规模以上工业增加值增长5%左右。", leaders: ["胡洪"], lead: "市工业和信息化局", cooperating: "市发展改革委、市科技局、市商务局、市国资委，各区政府", deadline: "2024年12月底前" },
    { seq: 2, text: "新增2家以上世界500强企业投资项目。", leaders: ["陈杰"], lead: "市商务局", cooperating: "各区政府", deadline: "2024年12月底前" },
    { seq: 3, text: "推进广汽埃安、小鹏汽车等整车项目扩能，新能源汽车产量突破100万辆。", leaders: ["胡洪", "陈杰"], lead: "市工业和信息化局", cooperating: "市规划和自然资源局，番禺区、花都区、南沙区政府", deadline: "持续推进" },
    { seq: 4, text: "推动广州期货交易所开发更多期货品种。", leaders: ["李红卫"], lead: "市地方金融监管局", cooperating: "广东证监局，黄埔区政府", deadline: "持续推进" },
  ];
  const blocks: TableBlock[] = [{ heading: "一 坚持产业第一、制造业立市，加快构建现代化产业体系。" }, ...rows.map((row) => ({ row }))];
  const print = (deadline: string, linesPerPage: number) =>
    printTable(blocks, { title: "2024年市政府工作报告重点工作任务分工方案", linesPerPage, extras: ["deadline"], headings: { text: "重点任务", lead: "牵头部门", cooperating: "配合部门", deadline } });

  // Over two pages of 7 lines, each header left in the text; over four of 4 lines, the header set
  // aside as furniture, which learns it from three page tops; and on one page.
  for (const linesPerPage of [7, 4, 1000]) {
    const pages = { 7: "over two pages", 4: "over four pages, the header set aside as furniture", 1000: "on one page" }[linesPerPage];
    it(`reads the columns that these headings name, ${pages}`, () => {
      const printed = print("完成期限", linesPerPage);
      expect(printed.text).toContain("\n序号 重点任务\n分　 管\n市领导\n\n牵头部门 配合部门 完成期限\n");
      expect(printed.lastPage).toBe({ 7: 2, 4: 4, 1000: 1 }[linesPerPage]);
      const { result, errors } = parseTable(printed.text);
      expect(errors).toEqual([]);
      expect(result.tasks.map((task) => [task.seq, task.leaders, task.leadUnits, task.cooperatingGroups, task.deadline])).toEqual([
        [1, ["胡洪"], ["市工业和信息化局"], [["市发展改革委", "市科技局", "市商务局", "市国资委"], ["各区政府"]], "2024年12月底前"],
        [2, ["陈杰"], ["市商务局"], [["各区政府"]], "2024年12月底前"],
        [3, ["胡洪", "陈杰"], ["市工业和信息化局"], [["市规划和自然资源局"], ["番禺区", "花都区", "南沙区政府"]], "持续推进"],
        [4, ["李红卫"], ["市地方金融监管局"], [["广东证监局"], ["黄埔区政府"]], "持续推进"],
      ]);
    });

    it(`reports a heading it does not know where the header prints it, ${pages}`, () => {
      const printed = print("完成日期", linesPerPage);
      const line = printed.text.split("\n").indexOf("牵头部门 配合部门 完成日期") + 1;
      const { errors } = parseTable(printed.text);
      expect(errors.map((error) => [error.ruleId, error.line, error.page])).toEqual([["unknown-column-heading", line, 1]]);
      expect(errors[0]!.message).toContain('"完成日期"');
    });
  }
});

describe("the forms of a deadline beside a remark", () => {
  /** One row a form of 完成时限, each with a remark that the deadline must not take. */
  const deadlines = [
    "长期", "2024年底", "2024年12月", "2025年", "每年", "2024年6月30日", "持续推进", "2024年12月底前",
    // A date and what is done by it, a recurring date, parts of a year.
    "2024年12月底前完成", "2024年6月底前完成", "每年12月底前", "2024年上半年", "2024年第三季度", "第三季度",
  ];
  const rows: TableRow[] = deadlines.map((deadline, i) => ({
    seq: i + 1, text: "新增公办基础教育学位6万个。", leaders: ["雷燕"], lead: "市教育局", cooperating: "市财政局", deadline, remark: "省考核指标",
  }));
  const printed = printTable([{ heading: "一 持续保障和改善民生。" }, ...rows.map((row) => ({ row }))], {
    title: "2024年市政府工作报告部署工作责任分工",
    linesPerPage: 1000,
    widths: { deadline: 8, remark: 8 },
    extras: ["deadline", "remark"],
  });

  it("ends the deadline at its form, a date's over two lines, and leaves the remark its own", () => {
    // `２０２４ 年 １２` / `月底前`: the last row's deadline wraps within its date.
    expect(printed.text).toContain("２０２４ 年 １２\n月底前");
    const { result, errors } = parseTable(printed.text);
    expect(errors).toEqual([]);
    expect(result.tasks.map((task) => [task.seq, task.cooperatingUnits, task.deadline, task.remark])).toEqual(
      deadlines.map((deadline, i) => [i + 1, ["市财政局"], deadline, "省考核指标"]),
    );
  });
});

describe("a deadline of a form the grammar does not know", () => {
  // `力争年内` / `见效` over two lines, the remark `省考核指` / `标` under it after a blank line.
  const rows: TableRow[] = [
    { seq: 1, text: "新增公办基础教育学位6万个。", leaders: ["雷燕"], lead: "市教育局", cooperating: "市财政局", deadline: "力争年内见效", remark: "省考核指标" },
    { seq: 2, text: "新开工城中村改造项目15个。", leaders: ["雷燕"], lead: "市住房城乡建设局", cooperating: "市财政局", deadline: "持续推进", remark: "按省部署推进" },
  ];
  const printed = printTable([{ heading: "一 持续保障和改善民生。" }, ...rows.map((row) => ({ row }))], {
    title: "2024年市政府工作报告部署工作责任分工",
    linesPerPage: 1000,
    widths: { deadline: 8, remark: 8 },
    extras: ["deadline", "remark"],
  });

  it("ends at the blank line before the remark, which it does not take, and is reported where it is printed", () => {
    expect(printed.text).toContain("\n力争年内\n见效\n\n省考核指\n标\n");
    const { result, errors } = parseTable(printed.text);
    expect(result.tasks.map((task) => [task.seq, task.deadline, task.remark])).toEqual([
      [1, "力争年内见效", "省考核指标"],
      [2, "持续推进", "按省部署推进"],
    ]);
    const line = printed.text.split("\n").indexOf("力争年内") + 1;
    expect(errors.map((error) => [error.ruleId, error.line, error.page])).toEqual([["unknown-deadline", line, 1]]);
    expect(errors[0]!.message).toContain('"力争年内见效"');
  });
});

describe("a line of a task's text that holds a column's heading, under a page's header", () => {
  // Row 2's second line, `落实重点工作任务清单分解到位`, holds `重点工作任务`, a heading of the task column.
  const rows: TableRow[] = [
    { seq: 1, text: "新增公办基础教育学位6万个。", leaders: ["雷燕"], lead: "市教育局", cooperating: "市财政局" },
    { seq: 2, text: "加快推进产业集群发展统筹各区落实重点工作任务清单分解到位确保取得实效。", leaders: ["胡洪"], lead: "市工业和信息化局", cooperating: "各区政府" },
  ];
  // Pages of 2 and 4 lines print that line right under the next page's header; pages of 3 and 5 do not.
  for (const linesPerPage of [2, 3, 4, 5]) {
    it(`is the task's, not the header's, over pages of ${linesPerPage} lines`, () => {
      const { text } = printTable([{ heading: "一 持续保障和改善民生。" }, ...rows.map((row) => ({ row }))], { title: "2024年市政府工作报告部署工作责任分工", linesPerPage });
      expect(text).toMatch(/\n落实重点工作任务清单分解到位[ \n]/);
      const { result, errors } = parseTable(text);
      expect(errors).toEqual([]);
      expect(result.tasks.map((task) => [task.seq, task.text, task.leaders, task.leadUnits, task.cooperatingUnits])).toEqual([
        [1, "新增公办基础教育学位6万个。", ["雷燕"], ["市教育局"], ["市财政局"]],
        [2, "加快推进产业集群发展统筹各区落实重点工作任务清单分解到位确保取得实效。", ["胡洪"], ["市工业和信息化局"], ["各区政府"]],
      ]);
    });
  }
});

describe("a number or numeral that opens a line of a task's text", () => {
  // Row 1's text wraps before `2家` and row 3's before `二、三产业`: the next row's number and the next
  // section's numeral at a line's start, inside a text that has not ended.
  const rows: TableRow[] = [
    { seq: 1, text: "支持企业上市融资，全年再新增2家以上上市公司。", leaders: ["李红卫"], lead: "市地方金融监管局", cooperating: "各区政府" },
    { seq: 2, text: "优化营商环境。", leaders: ["黎明"], lead: "市发展改革委", cooperating: "" },
    { seq: 3, text: "培育壮大农业龙头企业，推动一、二、三产业融合发展。", leaders: ["孙玉"], lead: "市农业农村局", cooperating: "各区政府" },
    { seq: 4, text: "办好民生实事。", leaders: ["王东"], lead: "市政府办公厅", cooperating: "" },
  ];
  const print = (blocks: TableBlock[], linesPerPage: number) =>
    printTable(blocks, { title: "2024年市政府工作报告部署工作责任分工", linesPerPage, widths: { lead: 10 } }).text;
  const cellsOf = (task: Task) => [task.seq, task.section.ordinal, task.text, task.leaders, task.leadUnits, task.cooperatingGroups];
  const row1 = [1, 1, "支持企业上市融资，全年再新增2家以上上市公司。", ["李红卫"], ["市地方金融监管局"], [["各区政府"]]];
  const row2 = [2, 1, "优化营商环境。", ["黎明"], ["市发展改革委"], []];

  it("is the text's, not a row or a section", () => {
    const text = print([{ heading: "一 推动经济发展。" }, ...rows.slice(0, 3).map((row) => ({ row })), { heading: "二 改善民生。" }, { row: rows[3]! }], 1000);
    expect(text).toContain("\n２ 家以上上市公司ꎮ 李红卫\n");
    expect(text).toContain("\n二、 三产业融合发展ꎮ 孙玉\n");
    const { result, errors } = parseTable(text);
    expect(errors).toEqual([]);
    expect(result.sections.map((section) => section.title)).toEqual(["推动经济发展", "改善民生"]);
    expect(result.tasks.map(cellsOf)).toEqual([
      row1,
      row2,
      [3, 1, "培育壮大农业龙头企业，推动一、二、三产业融合发展。", ["孙玉"], ["市农业农村局"], [["各区政府"]]],
      [4, 2, "办好民生实事。", ["王东"], ["市政府办公厅"], []],
    ]);
  });

  it("is the text's where a page break leaves it under the row's leaders and units", () => {
    // Pages of one line: `１ 支持…全年再新增 李红卫 市地方金融 各区政府`, then `２ 家以上上市公司ꎮ 监管局` on the next page.
    const text = print([{ heading: "一 推动经济发展。" }, ...rows.slice(0, 2).map((row) => ({ row }))], 1);
    expect(text).toContain("\n２ 家以上上市公司ꎮ 监管局\n");
    const { result, errors } = parseTable(text);
    expect(errors).toEqual([]);
    expect(result.tasks.map(cellsOf)).toEqual([row1, row2]);
  });
});

describe("a text's second sentence that opens as a body's name does", () => {
  // The second sentence, a line of its own, opens with `市` or `各` as a body's name does, and runs on
  // over the gaps around its number (`增长 ８ %ꎮ`), which no body's name holds.
  const rows: TableRow[] = [
    { seq: 1, text: "深化国资国企改革，做强做优。市属国有企业营业收入增长8%。", leaders: ["李红卫"], lead: "市国资委", cooperating: "市财政局" },
    { seq: 2, text: "办好民生实事，提升服务水平。各区新增公办学位2万个。", leaders: ["王东"], lead: "市教育局", cooperating: "各区政府" },
  ];
  const text = printTable([{ heading: "一 推动高质量发展。" }, ...rows.map((row) => ({ row }))], {
    title: "2024年市政府工作报告部署工作责任分工",
    linesPerPage: 1000,
  }).text;

  it("goes on with the text, not with the lead units", () => {
    expect(text).toContain("\n市属国有企业营业收入增长 ８ %ꎮ 李红卫 市国资委 市财政局\n");
    expect(text).toContain("\n各区新增公办学位 ２ 万个ꎮ 王东 市教育局 各区政府\n");
    const { result, errors } = parseTable(text);
    expect(errors).toEqual([]);
    expect(result.tasks.map((task) => [task.seq, task.text, task.leaders, task.leadUnits, task.cooperatingGroups])).toEqual([
      [1, "深化国资国企改革，做强做优。市属国有企业营业收入增长8%。", ["李红卫"], ["市国资委"], [["市财政局"]]],
      [2, "办好民生实事，提升服务水平。各区新增公办学位2万个。", ["王东"], ["市教育局"], [["各区政府"]]],
    ]);
  });
});
