/**
 * Decrees (令) in the form the city prints them (GB/T 9704, 命令（令）格式): header, number, the sentence
 * that issues the measures, the head of government's signature with its post spaced out (`市　长：某某`),
 * the date, then the measures, laid out as the gazette's extraction gives them. Every expected value is
 * written from the text built here.
 */
import { describe, expect, it } from "vitest";
import { parseGazette } from "../src/parse.js";
import { fromMarkdown } from "../src/render/from-markdown.js";
import { toMarkdown } from "../src/render/markdown.js";
import { GazetteSchema } from "../src/schema/gazette.js";
import type { Document } from "../src/schema/document.js";
import { printBroken, type Block, type PrintOptions } from "./broken-layout.js";

/** The pieces of a decree that the tests vary. */
interface DecreeText {
  /** `第 186 号`, `第186号`, as the number line is printed. */
  number: string;
  sentence: string;
  signer: string;
  date: string;
  title: string;
  /** Chapter headings before the article of that index (0-based). */
  chapters?: ReadonlyMap<number, string>;
  /** Each article's paragraphs (款), items (项) among them. */
  articles: string[][];
}

const ARTICLE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

function decreeBlocks(decree: DecreeText): Block[] {
  return [
    { centred: "广州市人民政府令" },
    { centred: decree.number },
    { paragraph: decree.sentence },
    // Short lines printed in the extraction's broken form (full-width digits, `: ` for `：`).
    { paragraph: decree.signer },
    { paragraph: decree.date },
    { centred: decree.title },
    ...decree.articles.flatMap(([first, ...rest], i): Block[] => [
      ...(decree.chapters?.has(i) ? [{ centred: decree.chapters.get(i)! }] : []),
      { lead: `第${ARTICLE_NUMERALS[i]!}条`, paragraph: first! },
      ...rest.map((paragraph) => ({ paragraph })),
    ]),
    { paragraph: "公开方式：主动公开" },
  ];
}

const errorsOf = (text: string) => parseGazette(text).diagnostics.filter((diagnostic) => diagnostic.fatal);

const articlesOf = (document: Document | undefined) =>
  document?.kind === "regulation" ? document.regulation.chapters.flatMap((chapter) => chapter.articles) : [];

/** The real form: no chapters, the adoption with its date, the signer's post spaced and followed by a colon. */
const measures: DecreeText = {
  number: "第 186 号",
  sentence: "《广州市某某管理办法》已经2023年3月2日市政府第16届45次常务会议通过，现予公布，自2023年6月1日起施行。",
  signer: "市　长：某某",
  date: "2023年3月20日",
  title: "广州市某某管理办法",
  articles: [
    ["为了规范某某管理，保障公共安全，根据有关法律、法规，结合本市实际，制定本办法。"],
    ["本办法适用于本市行政区域内某某的设置、使用和监督管理。"],
    ["市某某主管部门负责本办法的组织实施。", "区人民政府应当加强对本辖区某某工作的领导，协调解决某某管理中的重大问题。"],
    ["某某设置单位应当履行下列义务：", "（一）建立健全安全管理制度，明确安全管理人员；", "（二）定期开展安全检查，及时消除安全隐患。"],
    ["违反本办法第四条规定的，由某某主管部门责令限期改正；逾期不改正的，处五千元以上三万元以下罚款。"],
    ["本办法自2023年6月1日起施行。"],
  ],
};

const layouts: PrintOptions[] = [
  { columns: 84, linesPerPage: 40 },
  { columns: 64, linesPerPage: 9, footerless: new Set(Array.from({ length: 50 }, (_, i) => 2 * i + 2)) },
  { columns: 50, linesPerPage: 6, footerless: new Set([2]) },
];

describe("a decree as the city prints it", () => {
  for (const layout of layouts) {
    describe(`${layout.columns} columns, ${layout.linesPerPage} lines a page`, () => {
      const text = printBroken(decreeBlocks(measures), layout);
      const gazette = parseGazette(text);
      const [decree] = gazette.documents;

      it("is one regulation, with no error", () => {
        expect(gazette.documents.map((document) => document.kind)).toEqual(["regulation"]);
        expect(errorsOf(text)).toEqual([]);
        expect(GazetteSchema.safeParse(gazette).success).toBe(true);
      });

      it("has its number, signer, date, adoption and the title of what it issues", () => {
        expect(decree).toMatchObject({
          issuer: "广州市人民政府",
          decreeNumber: 186,
          docNumber: null,
          signedBy: "市长某某",
          date: "2023-03-20",
          adoptedAt: { meeting: "市政府第16届45次常务会议", date: "2023-03-02" },
          title: "广州市某某管理办法",
          disclosure: "主动公开",
          copiedTo: [],
          printedBy: null,
          printedOn: null,
        });
        expect(decree!.body.map((node) => node.paragraphs)).toEqual([[measures.sentence]]);
        expect(decree!.pages.from).toBe(layout.firstPage ?? 1);
        if (layout.linesPerPage < 10) expect(decree!.pages.to).toBeGreaterThan(decree!.pages.from);
      });

      it("issues the measures: six articles without chapters, their paragraphs and items, the last one not taking the disclosure", () => {
        if (decree?.kind !== "regulation") throw new Error("not a regulation");
        expect(decree.regulation.title).toBe("广州市某某管理办法");
        expect(decree.regulation.chapters.map((chapter) => [chapter.number, chapter.title])).toEqual([[0, null]]);
        expect(articlesOf(decree).map((article) => article.paragraphs)).toEqual(measures.articles);
        expect(articlesOf(decree)[3]!.items).toEqual([
          { marker: "（一）", level: 1, number: 1, paragraph: 1 },
          { marker: "（二）", level: 1, number: 2, paragraph: 2 },
        ]);
        expect(decree.regulation.effective).toEqual({ from: "2023-06-01", validYears: null, until: null });
      });
    });
  }
});

describe("the other printed forms of a decree", () => {
  const print = (decree: DecreeText) => printBroken(decreeBlocks(decree), { columns: 72, linesPerPage: 12 });

  it("reads `第186号`, `已经…审议通过` and a signer without a colon, and takes the start from the decree when the articles do not say it", () => {
    const decree: DecreeText = {
      number: "第186号",
      sentence: "《广州市某某保护规定》已经2024年11月8日市政府第16届105次常务会议审议通过，现予公布，自2025年1月1日起施行。",
      signer: "市长　某某某",
      date: "2024年11月20日",
      title: "广州市某某保护规定",
      chapters: new Map([
        [0, "第一章　总　　则"],
        [2, "第二章　附　　则"],
      ]),
      articles: [["为了加强某某保护，制定本规定。"], ["本规定适用于本市行政区域内的某某保护工作。"], ["本规定由市某某主管部门负责解释。"]],
    };
    const text = print(decree);
    const [document] = parseGazette(text).documents;
    expect(errorsOf(text)).toEqual([]);
    expect(document).toMatchObject({
      kind: "regulation",
      decreeNumber: 186,
      signedBy: "市长某某某",
      date: "2024-11-20",
      adoptedAt: { meeting: "市政府第16届105次常务会议", date: "2024-11-08" },
      title: "广州市某某保护规定",
    });
    if (document?.kind !== "regulation") throw new Error("not a regulation");
    expect(document.regulation.chapters.map((chapter) => [chapter.title, chapter.articles.map((article) => article.number)])).toEqual([
      ["总则", [1, 2]],
      ["附则", [3]],
    ]);
    expect(document.regulation.effective).toEqual({ from: "2025-01-01", validYears: null, until: null });
  });

  it("reads a date in Chinese numerals under the signature (the style before 2012), and in the adoption", () => {
    const decree: DecreeText = {
      number: "第 220 号",
      sentence: "《广州市户外广告设置管理办法》已经二〇一一年九月十日市政府第14届12次常务会议审议通过，现予公布，自2011年11月1日起施行。",
      signer: "市长　某某",
      date: "二〇一一年九月二十五日",
      title: "广州市户外广告设置管理办法",
      articles: [["为了规范户外广告设置，制定本办法。"], ["本办法自二〇一一年十一月一日起施行。"]],
    };
    const text = print(decree);
    const [document] = parseGazette(text).documents;
    expect(errorsOf(text)).toEqual([]);
    expect(document).toMatchObject({
      kind: "regulation",
      decreeNumber: 220,
      signedBy: "市长某某",
      date: "2011-09-25",
      adoptedAt: { meeting: "市政府第14届12次常务会议", date: "2011-09-10" },
      title: "广州市户外广告设置管理办法",
    });
    expect(document!.body.map((node) => node.paragraphs)).toEqual([[decree.sentence]]);
    if (document?.kind !== "regulation") throw new Error("not a regulation");
    expect(document.regulation.title).toBe("广州市户外广告设置管理办法");
    expect(articlesOf(document).map((article) => article.paragraphs)).toEqual(decree.articles);
    expect(document.regulation.effective).toEqual({ from: "2011-11-01", validYears: null, until: null });
  });

  it("reads an adoption printed without its date, and a decree that prints no adoption", () => {
    const base = { number: "第 187 号", signer: "市　长：某某", date: "2023年5月4日", title: "广州市某某办法", articles: [["为了规范某某，制定本办法。"], ["本办法自2023年7月1日起施行，有效期5年。"]] };
    const undated = parseGazette(print({ ...base, sentence: "《广州市某某办法》已经市政府第16届50次常务会议审议通过，现予公布，自2023年7月1日起施行。" })).documents[0];
    expect(undated).toMatchObject({ decreeNumber: 187, adoptedAt: { meeting: "市政府第16届50次常务会议", date: null } });
    const discussed = parseGazette(print({ ...base, sentence: "《广州市某某办法》已于2023年4月3日经市政府第16届30次常务会议讨论通过，现予公布，自2023年7月1日起施行。" })).documents[0];
    expect(discussed).toMatchObject({ adoptedAt: { meeting: "市政府第16届30次常务会议", date: "2023-04-03" } });
    const bare = parseGazette(print({ ...base, sentence: "现公布《广州市某某办法》，自2023年7月1日起施行。" })).documents[0];
    expect(bare).toMatchObject({ decreeNumber: 187, title: "广州市某某办法", adoptedAt: null, signedBy: "市长某某" });
    // The articles say when, with a period: they win over the decree's sentence.
    expect(bare?.kind === "regulation" ? bare.regulation.effective : null).toEqual({ from: "2023-07-01", validYears: 5, until: "2028-06-30" });
  });

  it("counts `自公布之日起施行` in the decree's sentence from the decree's date", () => {
    const text = print({
      ...measures,
      sentence: "《广州市某某管理办法》已经2023年3月2日市政府第16届45次常务会议通过，现予公布，自公布之日起施行。",
      articles: measures.articles.slice(0, 5),
    });
    const [document] = parseGazette(text).documents;
    expect(document?.kind === "regulation" ? document.regulation.effective : null).toEqual({ from: "2023-03-20", validYears: null, until: null });
  });

  it("starts a document at a decree's header over `第 186 号`, after the document before it", () => {
    const notice: Block[] = [
      { centred: "广州市人民政府办公厅文件" },
      { paragraph: "穗府办函〔2023〕12号" },
      { centred: "广州市人民政府办公厅关于做好防汛工作的通知" },
      { paragraph: "各区人民政府，市政府各部门：" },
      { paragraph: "做好防汛工作。" },
      { paragraph: "广州市人民政府办公厅" },
      { paragraph: "2023年3月1日" },
    ];
    for (const number of ["第 186 号", "第186号"]) {
      const text = printBroken([...notice, ...decreeBlocks({ ...measures, number })], { columns: 72, linesPerPage: 14 });
      const gazette = parseGazette(text);
      expect(gazette.documents.map((document) => [document.kind, document.decreeNumber, document.signedBy])).toEqual([
        ["generic", null, "广州市人民政府办公厅"],
        ["regulation", 186, "市长某某"],
      ]);
      expect(articlesOf(gazette.documents[1])).toHaveLength(6);
    }
  });

  it("reads a decree that issues a decision (决定) rather than articles: its envelope, and its start from the decree's date", () => {
    const text = printBroken(
      [
        { centred: "广州市人民政府令" },
        { centred: "第 190 号" },
        { paragraph: "《广州市人民政府关于修改和废止部分市政府规章的决定》已经2022年6月10日市政府第16届72次常务会议审议通过，现予公布，自公布之日起施行。" },
        { paragraph: "市　长：某某" },
        { paragraph: "2022年6月20日" },
        { centred: "广州市人民政府关于修改和废止部分市政府规章的决定" },
        { paragraph: "一、对《广州市某某办法》作如下修改：删去第十条。" },
        { paragraph: "二、废止《广州市某某规定》。" },
      ],
      { columns: 70, linesPerPage: 10 },
    );
    const [document] = parseGazette(text).documents;
    expect(errorsOf(text)).toEqual([]);
    expect(document).toMatchObject({
      kind: "generic",
      decreeNumber: 190,
      signedBy: "市长某某",
      date: "2022-06-20",
      title: "广州市人民政府关于修改和废止部分市政府规章的决定",
      adoptedAt: { meeting: "市政府第16届72次常务会议", date: "2022-06-10" },
      effective: { from: "2022-06-20", validYears: null, until: null },
    });
  });

  it("keeps its adoption through the Markdown rendition", () => {
    const gazette = parseGazette(print(measures));
    const back = fromMarkdown(toMarkdown(gazette));
    expect(back.diagnostics).toEqual([]);
    expect(back.documents[0]).toMatchObject({ decreeNumber: 186, signedBy: "市长某某", adoptedAt: { meeting: "市政府第16届45次常务会议", date: "2023-03-02" } });
  });
});
