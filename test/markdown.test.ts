import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGazette } from "../src/parse.js";
import { fromMarkdown } from "../src/render/from-markdown.js";
import { toMarkdown } from "../src/render/markdown.js";
import { DocumentSchema, type Document } from "../src/schema/document.js";
import type { Gazette } from "../src/schema/gazette.js";
import { fixtureText } from "./support.js";

/** What survives a rendition: everything but positions and the pages of a document's parts. */
const surviving = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(surviving)
    : value !== null && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== "position" && key !== "page").map(([key, inner]) => [key, surviving(inner)]))
      : value;

const place = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } };
const envelope = {
  issuer: "广州市人民政府",
  docNumber: { prefix: "穗府", year: 2022, serial: 9, text: "穗府〔2022〕9号" },
  decreeNumber: null,
  title: "关于测试的通知",
  addressees: ["各区人民政府", "市政府各部门"],
  body: [
    { marker: null, level: 0, ordinal: null, heading: null, paragraphs: ["现印发给你们。"], children: [], page: 1, position: place },
    {
      marker: "一、", level: 1, ordinal: 1, heading: "总体要求", paragraphs: [], page: 2, position: place,
      children: [{ marker: "（二）", level: 2, ordinal: 2, heading: "坚持*原则*。", paragraphs: ["第一段 | 含竖线。", "1. 不是列表"], children: [], page: 2, position: place }],
    },
  ],
  signedBy: "广州市人民政府",
  date: "2022-02-14",
  attachments: [],
  disclosure: "主动公开",
  registrationCode: "GZ0220220003",
  adoptedAt: { meeting: "市政府第16届45次常务会议", date: "2023-03-02" },
  copiedTo: ["市委各部委", "市人大常委会办公厅", "各民主党派"],
  printedBy: "广州市人民政府办公厅秘书处",
  printedOn: "2024-07-29",
  pages: { from: 1, to: 3 },
  position: place,
  forwarded: [],
};

const gazetteOf = (...documents: Document[]): Gazette => ({
  issue: { title: "广州市人民政府公报", year: 2022, number: 8 },
  pages: 3,
  furniture: [],
  documents: documents.map((document) => DocumentSchema.parse(document)),
  diagnostics: [],
  coverage: { consumed: 0, furniture: 0, unconsumed: 0 },
});

const task = (seq: number, subsection: { ordinal: number; title: string } | null) => ({
  seq,
  section: { numeral: "一", ordinal: 1, title: "加快构建现代产业体系" },
  subsection,
  text: `第${seq}项工作，含“引号”, 逗号和 | 竖线。`,
  leaders: ["江智涛"],
  leadUnits: ["市工业和信息化局"],
  cooperatingUnits: ["市委宣传部", "市发展改革委", "市科技局", "各区政府"],
  cooperatingGroups: [["市委宣传部"], ["市发展改革委", "市科技局"], ["各区政府"]],
  deadline: null,
  remark: null,
  page: 2,
  position: place,
});

const handBuilt: Document[] = [
  {
    ...envelope,
    kind: "generic",
    effective: { from: "2024-05-09", validYears: 3, until: "2027-05-08" },
    printedAttachments: [
      { label: "附件1", title: "广州市防汛责任人一览表", body: [{ marker: null, level: 0, ordinal: null, heading: null, paragraphs: ["序号姓名职务"], children: [], page: 2, position: place }], page: 2, position: place },
    ],
    forwarded: [{ ...envelope, title: "关于被转发的意见", docNumber: null, decreeNumber: 185, adoptedAt: { meeting: "市政府第15届134次常务会议", date: null }, forwarded: [{ ...envelope, title: null, copiedTo: [], printedBy: null, printedOn: null, adoptedAt: null, forwarded: [] }] }],
  },
  {
    ...envelope,
    kind: "task-assignment",
    sections: [
      { numeral: "一", ordinal: 1, title: "加快构建现代产业体系", subsections: [{ ordinal: 1, title: "坚持制造业立市不动摇。" }] },
      { numeral: "二", ordinal: 2, title: "空的部分", subsections: [] },
    ],
    tasks: [task(1, null), { ...task(2, { ordinal: 1, title: "坚持制造业立市不动摇。" }), deadline: "2022年12月底前", remark: "按省部署推进" }, { ...task(3, { ordinal: 1, title: "坚持制造业立市不动摇。" }), leaders: [], cooperatingUnits: [], cooperatingGroups: [] }],
  },
  {
    ...envelope,
    kind: "levy-notice",
    effective: { from: "2022-02-21", validYears: 5, until: "2027-02-20" },
    provincialFloors: [{ level: 1, lowerExclusive: null, upperInclusive: 5, ratePercent: 20 }],
    levyTable: {
      unit: "万元/亩",
      tiers: [
        { tier: 1, name: "第一档", provincialLevel: 1, lowerExclusive: null, upperInclusive: 5, ratePercent: 20, minimum: null },
        { tier: 3, name: "第三档", provincialLevel: 2, lowerExclusive: 8, upperInclusive: 10, ratePercent: 18, minimum: 1.52 },
      ],
      notes: ["计算结果向上取整，精确到百元。"],
      rules: { roundUpToYuan: 100, minimumApplies: true },
    },
  },
  {
    ...envelope,
    kind: "regulation",
    regulation: {
      title: "广州市电动汽车充电基础设施安全管理办法",
      note: "2022年1月18日印发",
      effective: { from: "2022-03-01", validYears: 3, until: "2025-02-28" },
      references: [{ kind: "title", text: "《中华人民共和国安全生产法》", article: 1, position: place }],
      attachments: [
        {
          label: "附件",
          title: "广州市电动汽车充电设施安全检查表",
          body: [{ marker: "一、", level: 1, ordinal: 1, heading: "检查项目", paragraphs: ["充电桩外观。"], children: [], page: 48, position: place }],
          page: 48,
          position: place,
        },
      ],
      chapters: [
        {
          number: 1,
          title: "总则",
          sections: [{ number: 1, title: "一般规定", articles: [1, 2] }],
          articles: [
            { number: 1, paragraphs: ["为规范管理，制定本办法。"], items: [], page: 43, position: place },
            { number: 2, paragraphs: ["下列设施适用本办法：", "（一）公用充电设施；", "（二）专用充电设施。"], items: [{ marker: "（一）", level: 1, number: 1, paragraph: 1 }, { marker: "（二）", level: 1, number: 2, paragraph: 2 }], page: 44, position: place },
          ],
        },
        { number: 0, title: null, sections: [], articles: [] },
      ],
    },
  },
  {
    ...envelope,
    kind: "personnel",
    notices: [
      {
        action: "appoint", person: "陈勇", organization: "广州开发区管委会", post: "主任", concurrent: false, note: "挂职一年",
        decidedBy: { body: "广州市人民代表大会常务委员会", term: 15, session: 65, date: null },
        docNumber: { prefix: "穗人社任免", year: 2022, serial: 9, text: "穗人社任免〔2022〕9号" },
        effectiveFrom: "2021-01-29", page: 48, position: place,
      },
      { action: "remove", person: "冼银崧", organization: null, post: "市政府副秘书长", concurrent: true, note: null, decidedBy: null, docNumber: null, effectiveFrom: null, page: 48, position: place },
    ],
  },
] as Document[];

describe("toMarkdown → fromMarkdown", () => {
  it("gives back the parse of the bundled issue, positions and parts' pages aside", () => {
    const gazette = parseGazette(fixtureText);
    const back = fromMarkdown(toMarkdown(gazette));
    expect(back.diagnostics).toEqual([]);
    expect(back.issue).toEqual({ title: "广州市人民政府公报", year: 2022, number: 8 });
    expect(back.pages).toBe(48);
    expect(surviving(back.documents)).toEqual(surviving(gazette.documents));
  });

  it("gives back a decree and the regulation it issues (the made-up issue 2023 No. 7)", () => {
    const gazette = parseGazette(readFileSync(new URL("../fixtures/synthetic-2023-07.txt", import.meta.url), "utf8"));
    const back = fromMarkdown(toMarkdown(gazette));
    expect(back.diagnostics).toEqual([]);
    expect(back.documents[0]).toMatchObject({ kind: "regulation", decreeNumber: 201, signedBy: "市长郭永航" });
    expect(surviving(back.documents)).toEqual(surviving(gazette.documents));
  });

  it.each(handBuilt.map((document) => [document.kind, document] as const))("gives back a hand-built %s document", (_, document) => {
    const back = fromMarkdown(toMarkdown(gazetteOf(document)));
    expect(back.diagnostics).toEqual([]);
    expect(surviving(back.documents)).toEqual([surviving(document)]);
  });

  it("reads a part's page as its document's first page and its position as its place in the Markdown", () => {
    const markdown = toMarkdown(gazetteOf(handBuilt[4]!));
    const [document] = fromMarkdown(markdown).documents;
    const notice = document?.kind === "personnel" ? document.notices[1]! : null;
    expect(notice?.page).toBe(1);
    expect(markdown.split("\n")[notice!.position.start.line - 1]).toBe("- - action: remove");
  });

  it("renders the envelope, the outline and the task table as the rendition promises", () => {
    const markdown = toMarkdown(gazetteOf(handBuilt[1]!));
    expect(markdown).toContain("## 关于测试的通知\n\n- issuer: 广州市人民政府\n- docNumber: 穗府〔2022〕9号");
    expect(markdown).toContain("- **一、** *总体要求*\n  - **（二）** *坚持\\*原则\\*。*");
    expect(markdown).toContain("#### 一 加快构建现代产业体系");
    expect(markdown).toMatch(/\| 序号 +\| 重点工作 +\| 分管市领导 +\| 牵头单位 +\| 配合单位 +\|/);
    expect(markdown).toContain("市委宣传部，市发展改革委、市科技局，各区政府");
  });
});

describe("fromMarkdown on edited Markdown", () => {
  const markdown = toMarkdown(gazetteOf(handBuilt[2]!));
  const lines = markdown.split("\n");
  const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;

  it("reports a row with a cell missing, with its line, and keeps the other rows", () => {
    const row = lineOf("| 3 ");
    const edited = lines.map((line, index) => (index === row - 1 ? "| 3 | 第三档 | 2 | 8 | 10 | 18 |" : line)).join("\n");
    const back = fromMarkdown(edited);
    expect(back.diagnostics).toMatchObject([{ ruleId: "markdown-table-row-malformed", line: row, message: "The row has 6 cells, the header 7" }]);
    const [document] = back.documents;
    expect(document?.kind === "levy-notice" && document.levyTable?.tiers.map((tier) => tier.name)).toEqual(["第一档"]);
  });

  it("reports a missing column with the header's line", () => {
    const header = lineOf("| 档次");
    const edited = lines.map((line, index) => (index === header - 1 ? line.replace("计提比例（%）", "比例") : line)).join("\n");
    expect(fromMarkdown(edited).diagnostics[0]).toMatchObject({ ruleId: "markdown-table-column-missing", line: header, column: 1 });
  });

  it("reports a cell that is not a number, and a document that fails its schema", () => {
    const row = lineOf("| 3 ");
    const edited = lines.map((line, index) => (index === row - 1 ? line.replace("18 ", "十八") : line)).join("\n");
    expect(fromMarkdown(edited).diagnostics).toMatchObject([{ ruleId: "markdown-table-row-malformed", line: row, message: "计提比例（%）: 十八 is not a number" }]);
    const broken = markdown.replace("- date: 2022-02-14", "- date: 2022-02-30");
    expect(fromMarkdown(broken)).toMatchObject({ documents: [], diagnostics: [{ ruleId: "markdown-invalid-document", line: lineOf("## "), message: expect.stringMatching(/^\$\.date: /) }] });
  });

  it.each(["", "no heading", "# \n\n## x\n\n- kind: nonsense", "# t\n\n- pages: many\n", "| a |\n| - |\n| 1 | 2 |"])("never throws: %j", (text) => {
    expect(() => fromMarkdown(text)).not.toThrow();
    expect(fromMarkdown(text).documents).toEqual([]);
  });
});
