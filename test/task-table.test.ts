import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { taskTableGrammar, taskTableGrammarWith, units } from "../grammars/task-table.js";
import { TaskTableFieldsSchema, type Task } from "../src/schema/task.js";
import { tokenize } from "../src/tokenize/index.js";
import { fixtureText, prepare, segmentOf, sourceAt } from "./support.js";
import { NameStore } from "../src/text/lists.js";

const ENVELOPE_TITLE = "广州市人民政府关于印发2022年市政府工作报告部署工作责任分工的通知";

interface GoldenRow {
  seq: number;
  section: number;
  subsection: number | null;
  page: number;
  text: string;
  leaders: string[];
  leadUnits: string[];
  cooperatingUnits: string[];
  cooperatingGroups: string[][];
}
const golden = JSON.parse(readFileSync(new URL("../fixtures/task-table.golden.json", import.meta.url), "utf8")) as {
  sections: unknown[];
  rows: GoldenRow[];
};

/** A task as the golden file records it. */
const rowOf = (task: Task): GoldenRow => ({
  seq: task.seq,
  section: task.section.ordinal,
  subsection: task.subsection?.ordinal ?? null,
  page: task.page,
  text: task.text,
  leaders: task.leaders,
  leadUnits: task.leadUnits,
  cooperatingUnits: task.cooperatingUnits,
  cooperatingGroups: task.cooperatingGroups,
});
const withoutPage = ({ page: _page, ...row }: GoldenRow) => row;

/**
 * Parses the table in a text as segmentation would hand it over: the annex runs from the table's title
 * (the first line ending in 责任分工) to the line before the disclosure line `公开方式：…`.
 */
function parseTable(text: string, grammar = taskTableGrammar) {
  const { lines, context } = prepare(text);
  const first = lines.findIndex((line) => line.text.endsWith("责任分工"));
  const end = lines.findIndex((line, i) => i > first && line.text.startsWith("公开方式"));
  const annex = lines.slice(first, end);
  const segment = segmentOf({ lines: annex, annex, title: ENVELOPE_TITLE });
  const result = grammar.parse(segment, context);
  const diagnostics = context.diagnostics.list.filter((diagnostic) => diagnostic.ruleId !== "page-footer-missing");
  return { segment, result, diagnostics, errors: diagnostics.filter((diagnostic) => diagnostic.severity === "error") };
}

const fixture = parseTable(fixtureText);
const bySeq = new Map(fixture.result.tasks.map((task) => [task.seq, task]));

describe("task table on the fixture", () => {
  it("takes the annex from the table title to the last row (input lines 29–2995)", () => {
    expect(fixture.segment.annex[0]!.number).toBe(29);
    expect(fixture.segment.annex.filter((line) => line.text !== "").at(-1)!.number).toBe(2995);
  });

  it("claims the segment from the form of its title and rows", () => {
    expect(taskTableGrammar.claims(fixture.segment)).toBe(true);
    const annex = fixture.segment.annex;
    expect(taskTableGrammar.claims(segmentOf({ lines: annex, annex }))).toBe(true);
    const { lines } = prepare(fixtureText);
    const notice = lines.filter((line) => line.number < 28);
    expect(taskTableGrammar.claims(segmentOf({ lines: notice, annex: notice, title: ENVELOPE_TITLE }))).toBe(false);
  });

  it("gives 251 tasks in 9 sections, seq 1..251, valid against the schema", () => {
    expect(fixture.result.tasks).toHaveLength(251);
    expect(fixture.result.sections).toHaveLength(9);
    expect(fixture.result.tasks.map((task) => task.seq)).toEqual(Array.from({ length: 251 }, (_, i) => i + 1));
    expect(() => TaskTableFieldsSchema.parse(fixture.result)).not.toThrow();
  });

  it("reports no errors and no unconsumed text; the one glued name is a warning", () => {
    expect(fixture.errors).toEqual([]);
    expect(fixture.diagnostics.filter((diagnostic) => diagnostic.ruleId === "unconsumed-text")).toEqual([]);
    expect(fixture.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.line])).toEqual([["missing-separator", 1210]]);
  });

  it("reads the issue's examples", () => {
    expect(bySeq.get(1)).toMatchObject({ leaders: ["江智涛"], leadUnits: ["市工业和信息化局"], cooperatingUnits: ["各产业链牵头部门", "市贸促会"] });
    expect(bySeq.get(2)).toMatchObject({ leadUnits: ["市工业和信息化局"], cooperatingUnits: [], cooperatingGroups: [] });
    expect(bySeq.get(52)!.leadUnits).toEqual(["广州开发区管委会", "南沙开发区管委会", "增城开发区管委会"]);
    expect(bySeq.get(149)!.leadUnits).toEqual(["市生态环境局", "市水务局"]);
  });

  it("keeps an alias with its unit and groups cooperating units at `，`", () => {
    expect(bySeq.get(76)!.leadUnits).toEqual(["市发展改革委（市大湾区办）"]);
    expect(bySeq.get(205)!.cooperatingGroups).toEqual([
      ["市委组织部（市委人才办）"],
      ["市发展改革委", "市财政局", "市人力资源社会保障局", "市科技局"],
      ["市重点项目管理中心"],
    ]);
  });

  it("places tasks under their section and subsection", () => {
    expect(bySeq.get(1)!.section).toEqual({ numeral: "一", ordinal: 1, title: "加快构建现代产业体系" });
    expect(bySeq.get(1)!.subsection).toEqual({ ordinal: 1, title: "坚持制造业立市不动摇" });
    expect(bySeq.get(237)!.subsection).toEqual({ ordinal: 7, title: "加强党的全面领导和党的建设，深入推进党风廉政建设和反腐败斗争" });
    expect(fixture.result.sections).toEqual(golden.sections);
  });

  it("matches the verified golden rows field by field", () => {
    expect(golden.rows).toHaveLength(251);
    for (const [i, expected] of golden.rows.entries()) {
      const actual = rowOf(fixture.result.tasks[i]!);
      for (const field of Object.keys(expected) as Array<keyof GoldenRow>) {
        expect(actual[field], `task ${expected.seq} ${field}`).toEqual(expected[field]);
      }
    }
  });

  it("points each position from its seq number to the end of its last cell", () => {
    for (const task of fixture.result.tasks) {
      const flat = tokenize(sourceAt(fixtureText, task.position)).lines.map((line) => line.text).join("");
      const lastName = task.cooperatingUnits.at(-1) ?? task.leadUnits.at(-1)!;
      expect(flat.startsWith(`${task.seq}${task.text.slice(0, 2)}`), `task ${task.seq} start`).toBe(true);
      expect(flat.endsWith(lastName), `task ${task.seq} end`).toBe(true);
    }
  });
});

describe("the grammar reads the form, not this file", () => {
  it("gives the same rows without a unit registry, except a name printed without its separator", () => {
    const bare = parseTable(fixtureText, taskTableGrammarWith([]));
    expect(bare.errors).toEqual([]);
    const differing = bare.result.tasks.filter((task, i) => JSON.stringify(rowOf(task)) !== JSON.stringify(golden.rows[i]));
    expect(differing.map((task) => [task.seq, task.cooperatingGroups[1]])).toEqual([[94, ["省通信管理局广州市通建办"]]]);
    expect(bare.diagnostics.filter((diagnostic) => diagnostic.ruleId === "unknown-unit").length).toBeGreaterThan(100);
  });

  it("gives the same rows with Unicode punctuation instead of the odd code points", () => {
    const unicode = fixtureText.replaceAll("\uA3AC", "，").replaceAll("\uA3AE", "。").replaceAll("\uA3BB", "；");
    const { result, errors } = parseTable(unicode);
    expect(errors).toEqual([]);
    expect(result.tasks.map(rowOf)).toEqual(golden.rows);
  });

  it("gives the same rows with the page footers removed", () => {
    const { result, errors } = parseTable(withoutFooters(fixtureText));
    expect(errors).toEqual([]);
    expect(result.tasks.map(rowOf)).toEqual(golden.rows);
  });

  it("gives the same rows with the pages broken at other rows", () => {
    // Not every spacing: at 61 lines, `城乡建设局` opens three pages and furniture removal takes it for a
    // repeated column heading (a defect of src/furniture, reported).
    for (const every of [53, 97]) {
      const { result, errors } = parseTable(repaginated(fixtureText, every));
      expect(errors, `pages of ${every} lines`).toEqual([]);
      expect(result.tasks.map(rowOf).map(withoutPage), `pages of ${every} lines`).toEqual(golden.rows.map(withoutPage));
      expect(new Set(result.tasks.map((task) => task.page)).size).toBeGreaterThan(20);
    }
  });

  it("gives the same rows with the text and cooperating cells re-wrapped at other widths", () => {
    for (const width of [9, 23]) {
      const text = rewrapped(fixtureText, width);
      expect(text).not.toBe(fixtureText);
      const { result, errors } = parseTable(text);
      expect(errors, `width ${width}`).toEqual([]);
      expect(result.tasks.map(rowOf), `width ${width}`).toEqual(golden.rows);
    }
  });
});

describe("the table's own consistency", () => {
  /** The fixture with one raw line replaced. */
  const edited = (line: number, replacement: string | null) => {
    const lines = fixtureText.split("\n");
    lines.splice(line - 1, 1, ...(replacement === null ? [] : [replacement]));
    return lines.join("\n");
  };

  it("reports a seq that skips or repeats", () => {
    expect(parseTable(edited(146, "１１")).errors.map((error) => [error.ruleId, error.line])).toEqual([
      ["seq-order", 146],
      ["seq-order", 173],
    ]);
  });

  it("reports a row without its leader", () => {
    const { errors, result } = parseTable(edited(151, ""));
    expect(errors.map((error) => [error.ruleId, error.line])).toEqual([["missing-leader", 146]]);
    expect(result.tasks.find((task) => task.seq === 10)!.leadUnits).toEqual(["市市场监管局"]);
  });

  it("reports section numerals out of order", () => {
    const { errors } = parseTable(edited(417, "三 加快建设具有全球影响力的科技创新中心ꎮ"));
    expect(errors.map((error) => error.ruleId)).toEqual(["section-order", "section-order"]);
  });

  it("reports text that no row or heading takes as unconsumed", () => {
    const { errors } = parseTable(edited(30, "这一行不属于任何一行"));
    expect(errors.map((error) => [error.ruleId, error.line])).toEqual([["unconsumed-text", 30]]);
  });

  it("never throws on broken input", () => {
    const broken = ["", "１\n\n", "一 标题ꎮ\n（一） 小标题ꎮ\n１\n只有文字没有句号", fixtureText.slice(0, 40_000), fixtureText.split("\n").reverse().join("\n")];
    for (const text of broken) {
      const { lines, context } = prepare(text);
      expect(() => taskTableGrammar.parse(segmentOf({ lines, annex: lines }), context)).not.toThrow();
    }
  });

  // How its time grows with the size is measured by `npm run bench` (the same inputs), not here.
  it("reads a megabyte, well-formed or not", () => {
    const read = (text: string) => {
      const { lines, context } = prepare(text);
      return { tasks: taskTableGrammar.parse(segmentOf({ lines, annex: lines }), context).tasks, context };
    };
    // Eight issues as one annex. Page tops repeated eight times are learned as table headers, so the
    // tables do not read as they do alone; the first rows, on the first page, do.
    const cells = (task: Task) => [task.seq, task.text, task.leaders, task.leadUnits, task.cooperatingUnits];
    const { tasks } = read(Array.from({ length: 8 }, () => fixtureText).join("\n"));
    expect(tasks.slice(0, 3).map(cells)).toEqual(read(fixtureText).tasks.slice(0, 3).map(cells));
    expect(tasks.length).toBeGreaterThan(251);
    // 12,000 rows numbered 1 whose text never ends a sentence: the first row takes all of it, the
    // numbers of the others included, since inside a task's text only the next number starts a row.
    const runOn = read(`一 测试ꎮ\n${`１\n${"没有句号的文字ꎬ".repeat(8)}\n`.repeat(12_000)}`);
    expect(runOn.tasks).toHaveLength(1);
    expect(runOn.tasks[0]!.text).toHaveLength(12_000 * 8 * 8 + 11_999);
    // A quarter of a million characters that never make a whole name.
    const glued = read(`一 测试ꎮ\n１\n文字ꎮ\n张勇\n${"市工业和".repeat(60_000)}\n`);
    expect(glued.tasks[0]).toMatchObject({ seq: 1, text: "文字。", leaders: ["张勇"] });
  });

  it("exports a registry of units with canonical names and aliases", () => {
    const names = units.flatMap((unit) => [unit.name, ...unit.aliases]);
    expect(new Set(names).size).toBe(names.length);
    const used = new Set(fixture.result.tasks.flatMap((task) => [...task.leadUnits, ...task.cooperatingUnits]));
    expect(units.find((unit) => unit.name === "市发展改革委")!.aliases).toContain("市大湾区办");
    expect(used.has("市工业和信息化局") && units.some((unit) => unit.name === "市工业和信息化局")).toBe(true);
  });
});

describe("leaders printed a line each", () => {
  /** A table in the extraction's layout: a blank line after every line, `ꎬ` `ꎮ`, full-width digits. */
  const table = [
    "２０２３年重点工作责任分工",
    "一 提升城市品质ꎮ",
    "１ 推进城市更新ꎬ 完善",
    "老旧小区配套设施ꎮ",
    "李明华",
    "孙嘉怡",
    "市住房城乡建设局 市规划和自然资源局",
    "２ 建设法治政府ꎮ 王焕清",
    "市法院",
    "市司法局",
    "３ 办好民生实事ꎮ",
    "李明华",
    "团市委",
    "４ 加快数字政府建设ꎮ",
    "孙嘉怡",
    "周文涛",
    "欧阳志远 市政务服务数据管理局",
    "５ 发展先进制造业ꎮ",
    "江智涛",
    "市工业和",
    "信息化局",
    "６ 推进居家养老ꎮ 李明华、",
    "孙嘉怡",
    "市民政局 市医保局",
    "７ 建设法治政府ꎮ",
    "李明华、",
    "孙嘉怡 市法院",
    "市司法局",
    "公开方式：主动公开",
  ].join("\n\n");
  const { result, errors } = parseTable(table);
  const cells = result.tasks.map((task) => [task.seq, task.leaders, task.leadUnits, task.cooperatingUnits]);

  it("reads consecutive name-only lines after the text as several leaders", () => {
    expect(errors).toEqual([]);
    expect(cells[0]).toEqual([1, ["李明华", "孙嘉怡"], ["市住房城乡建设局"], ["市规划和自然资源局"]]);
    expect(cells[3]).toEqual([4, ["孙嘉怡", "周文涛", "欧阳志远"], ["市政务服务数据管理局"], []]);
  });

  it("reads a leaders cell wrapped after its comma (`李明华、` / `孙嘉怡`) as both leaders", () => {
    expect(cells[5]).toEqual([6, ["李明华", "孙嘉怡"], ["市民政局"], ["市医保局"]]);
    expect(cells[6]).toEqual([7, ["李明华", "孙嘉怡"], ["市法院"], ["市司法局"]]);
    expect(result.tasks[5]!.text).toBe("推进居家养老。");
  });

  it("still opens the lead units with a short body's name after a leader's line", () => {
    expect(cells[1]).toEqual([2, ["王焕清"], ["市法院"], ["市司法局"]]);
    expect(cells[2]).toEqual([3, ["李明华"], ["团市委"], []]);
  });

  it("reads a municipal body's name cut over lines as the lead unit, also without a registry", () => {
    for (const grammar of [taskTableGrammar, taskTableGrammarWith([])]) {
      const task = parseTable(table, grammar).result.tasks[4]!;
      expect([task.leaders, task.leadUnits]).toEqual([["江智涛"], ["市工业和信息化局"]]);
    }
  });

  it("ends the row's position at its last leader when no unit follows", () => {
    const { result: bare } = parseTable(table.replace("团市委", ""));
    expect(bare.tasks[2]!.leaders).toEqual(["李明华"]);
    expect(table.slice(bare.tasks[2]!.position.start.offset, bare.tasks[2]!.position.end.offset)).toBe("３ 办好民生实事ꎮ\n\n李明华");
  });
});

describe("a header printed on one line", () => {
  const table = [
    "２０２４ 年市政府工作报告部署工作责任分工",
    "序号 重点工作 分管市领导 牵头单位 配合单位",
    "一 推动高质量发展ꎮ",
    "１ 优化营商环境ꎮ 黎明 市发展改革委 市司法局",
    "公开方式：主动公开",
  ].join("\n\n");

  // Ending in `配合单位`, the line could be a body's name (`…单位`), which a header line on its own is not.
  it("is the table's header, though it ends as a body's name may", () => {
    const { result, errors } = parseTable(table);
    expect(errors).toEqual([]);
    expect(result.tasks.map((task) => [task.seq, task.text, task.leaders, task.leadUnits, task.cooperatingGroups])).toEqual([
      [1, "优化营商环境。", ["黎明"], ["市发展改革委"], [["市司法局"]]],
    ]);
  });
});

describe("a name spaced with a plain space, as the 2021 web page prints it (王 东)", () => {
  // Rows 1 and 2 of 穗府〔2021〕3号 (`fixtures/corpus/suifu-2021-3-excerpt.txt`): the leader beside the
  // cells and on a line of its own.
  const table = [
    "２０２１年市政府工作报告部署工作责任分工",
    "序号 重点工作\n市政府\n分管领导",
    "牵头单位 配合单位 备注",
    "一 强化科技创新支撑能力ꎮ",
    "１ 加快建设以中新知识城、 南沙科学城为极点ꎬ 链接全市域科技创新关键节点的科技创新轴ꎮ 王 东 市科技局 黄埔区、 南沙区政府",
    "２ 全力做好呼吸领域国家实验室筹建保障服务工作ꎮ\n王 东\n市科技局 市政府办公厅、 市发展改革委、 市财政局、 市卫生健康委ꎬ 荔湾区、 黄埔区政府",
    "公开方式：主动公开",
  ].join("\n\n");

  it("is one leader, not two cells", () => {
    const { result, errors } = parseTable(table);
    expect(errors).toEqual([]);
    expect(result.tasks.map((task) => [task.seq, task.leaders, task.leadUnits, task.cooperatingGroups])).toEqual([
      [1, ["王东"], ["市科技局"], [["黄埔区", "南沙区政府"]]],
      [2, ["王东"], ["市科技局"], [["市政府办公厅", "市发展改革委", "市财政局", "市卫生健康委"], ["荔湾区", "黄埔区政府"]]],
    ]);
  });
});

describe("a deadline that ranges over years", () => {
  // `２０２４ —` opens a line as a row's number would: the dash after it makes it a year.
  const table = [
    "２０２４ 年市政府工作报告部署工作责任分工",
    "序号 重点工作\n分　 管\n市领导",
    "牵头单位 配合单位 完成时限",
    "一 持续保障和改善民生ꎮ",
    "１ 新增公办基础教育学位 ６ 万个ꎮ 雷燕 市教育局 市财政局",
    "２０２４ —\n２０２５ 年",
    "２ 新开工城中村改造项目 １５ 个ꎮ 王焕清\n市住房城\n乡建设局 各区政府 持续推进",
    "公开方式：主动公开",
  ].join("\n\n");

  it("is the deadline of the row above, not a row of its own", () => {
    const { result, errors } = parseTable(table);
    expect(errors).toEqual([]);
    expect(result.tasks.map((task) => [task.seq, task.text, task.leadUnits, task.cooperatingUnits, task.deadline])).toEqual([
      [1, "新增公办基础教育学位6万个。", ["市教育局"], ["市财政局"], "2024—2025年"],
      [2, "新开工城中村改造项目15个。", ["市住房城乡建设局"], ["各区政府"], "持续推进"],
    ]);
  });
});

/** Page footers: `１(本文与正式文件同等效力)`. */
const FOOTER_LINE = /本文与正式文件同等效力/;
/** The running header of even pages and the column headings that open every table page. */
const PAGE_TOP_LINE = /^\s*(?:广州市人民政府公报.*|序号\s*重点工作|分\s*管|市领导|牵头单位\s*配合单位)\s*$/;

function withoutFooters(text: string): string {
  return text
    .split("\n")
    .filter((line) => !FOOTER_LINE.test(line))
    .join("\n");
}

/** The raw lines of the table region: from its title to the disclosure line. */
function tableRegion(lines: string[]): { first: number; end: number } {
  const first = lines.findIndex((line) => /责任分工\s*$/.test(line) && !line.includes("通知"));
  const end = lines.findIndex((line, i) => i > first && line.startsWith("公开方式"));
  return { first, end };
}

/**
 * Takes the page furniture out of the table and prints it again every `every` non-blank lines: a footer,
 * then a new page opening with the column headings, its first line indented as the extraction does.
 */
function repaginated(text: string, every: number): string {
  const lines = text.split("\n");
  const { first, end } = tableRegion(lines);
  const body = lines.slice(first + 1, end).filter((line) => !FOOTER_LINE.test(line) && !PAGE_TOP_LINE.test(line));
  const out: string[] = [lines[first]!];
  let page = 2;
  let count = 0;
  for (const line of body) {
    const content = line.trimStart();
    if (content !== "" && ++count % every === 0) {
      out.push(`${page}(本文与正式文件同等效力)`, " 序号 重点工作", "分　 管", "市领导", "", "牵头单位 配合单位", "");
      page += 1;
    }
    out.push(content);
  }
  return [...lines.slice(0, first), ...out, ...lines.slice(end)].join("\n");
}

/** Lines that hold a row number, a heading, a leader after the text, or furniture: never re-wrapped. */
const KEPT_LINE = /^\s|^[０-９0-9]+(?:\s|$)|^(?:[一二三四五六七八九十]+\s|\()|ꎮ\s+\S|本文与正式文件同等效力|公报/;
/** How many characters a line must hold to be a line of a wide cell (task text or cooperating units). */
const WIDE = 10;

const isWide = (line: string): boolean => line.replace(/\s/g, "").length >= WIDE && !KEPT_LINE.test(line);

/**
 * Re-wraps the wide cells of the table at another width: every run of two or more consecutive wide lines
 * (a task's text, a cooperating-units cell) is printed again `width` characters a line, never cutting
 * next to a space, so that no line gains an indentation, nor next to a parenthesis, which the tokenizer
 * widens by what stands beside it on its line.
 */
function rewrapped(text: string, width: number): string {
  const lines = text.split("\n");
  const { first, end } = tableRegion(lines);
  const out: string[] = lines.slice(0, first + 1);
  for (let i = first + 1; i < end; ) {
    let j = i;
    while (j < end && isWide(lines[j]!)) j += 1;
    if (j - i < 2) {
      out.push(lines[i]!);
      i += 1;
      continue;
    }
    out.push(...wrap(Array.from(lines.slice(i, j).join("")), width));
    i = j;
  }
  return [...out, ...lines.slice(end)].join("\n");
}

/** Characters a re-wrapped line may not begin or end with. */
const UNCUT = /[\s()]/;

function wrap(characters: string[], width: number): string[] {
  const wrapped: string[] = [];
  let start = 0;
  while (start < characters.length) {
    let cut = Math.min(start + width, characters.length);
    while (cut < characters.length && (UNCUT.test(characters[cut]!) || UNCUT.test(characters[cut - 1]!))) cut += 1;
    wrapped.push(characters.slice(start, cut).join(""));
    start = cut;
  }
  return wrapped;
}

describe("what the rows of a table share", () => {
  it("is one frozen list for the rows that print the same names, and one section object", () => {
    const first = new Map<string, readonly unknown[]>();
    for (const task of fixture.result.tasks) {
      const names = [task.leaders, task.leadUnits, task.cooperatingUnits, ...task.cooperatingGroups].map((list) => ["names", list] as const);
      for (const [kind, list] of [...names, ["groups", task.cooperatingGroups] as const]) {
        const key = `${kind} ${JSON.stringify(list)}`;
        expect(list).toBe(first.get(key) ?? list);
        first.set(key, list);
        expect(Object.isFrozen(list)).toBe(true);
      }
    }
    // Task 1 and task 2 are both in section 一 (`加快构建现代产业体系`).
    expect(bySeq.get(1)!.section).toBe(bySeq.get(2)!.section);
    expect(() => (bySeq.get(1)!.leadUnits as string[]).push("市财政局")).toThrow(TypeError);
  });

  it("tells apart lists whose names would join alike", () => {
    const store = new NameStore();
    expect(store.list(["市财政局\u0000市教育局"])).toEqual(["市财政局\u0000市教育局"]);
    expect(store.list(["市财政局", "市教育局"])).toEqual(["市财政局", "市教育局"]);
  });
});
