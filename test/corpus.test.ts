import { describe, expect, it } from "vitest";
import { parseGazette } from "../src/parse.js";
import type { Document } from "../src/schema/document.js";
import { printBroken, type PrintOptions } from "./broken-layout.js";
import { articlesOf, blocksOf, corpusFiles, headingsOf, webLines, withoutClosingLines } from "./corpus.js";
import type { OutlineNode } from "../src/schema/common.js";

/**
 * Real documents, printed as the gazette's extraction prints them, at other widths and page lengths
 * than the bundled issue's, with running headers and with footers lost. What a parse must give back is
 * read from the web text by the tests' own reader (`test/corpus.ts`).
 */
const layouts: ReadonlyArray<PrintOptions & { name: string }> = [
  { name: "56 columns, 23 lines a page, running headers", columns: 56, linesPerPage: 23, runningHeader: "　 广州市人民政府公报 ２０２４ 年第 １５ 期" },
  { name: "66 columns, 37 lines a page, footers of pages 2 and 3 lost", columns: 66, linesPerPage: 37, footerless: new Set([2, 3]) },
  { name: "76 columns, 30 lines a page", columns: 76, linesPerPage: 30 },
];

/** `穗府办规〔2024〕13号`: the number line of the web text. */
const DOC_NUMBER = /^\S+〔\d{4}〕\d+号$/;
/** `2024年7月26日`: the first date alone on its line, the document's date under its signature. */
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

const isoOf = (groups: RegExpExecArray): string => `${groups[1]}-${groups[2]!.padStart(2, "0")}-${groups[3]!.padStart(2, "0")}`;

const articlesIn = (document: Document) => (document.kind === "regulation" ? document.regulation.chapters.flatMap((chapter) => chapter.articles) : []);

describe.each(corpusFiles)("%s, printed as the gazette prints it", (name) => {
  const lines = webLines(name);
  const facts = {
    docNumber: lines.find((line) => DOC_NUMBER.test(line)),
    date: isoOf(lines.map((line) => DATE.exec(line)).find((found) => found !== null)!),
    articles: articlesOf(lines),
  };

  describe.each(layouts)("at $name", (layout) => {
    const gazette = parseGazette(printBroken(blocksOf(lines), layout));
    const [document] = gazette.documents;

    it("parses as one document with no error", () => {
      expect(gazette.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
      expect(gazette.documents).toHaveLength(1);
      expect(document!.docNumber?.text).toBe(facts.docNumber);
      expect(document!.date).toBe(facts.date);
    });

    it("gives its regulation's articles and each article's paragraphs as the web text has them", () => {
      const articles = articlesIn(document!);
      expect(document!.kind).toBe(facts.articles.length > 0 ? "regulation" : "generic");
      expect(articles.map((article) => article.paragraphs.length)).toEqual(facts.articles.map((article) => article.paragraphs));
    });
  });
});

/**
 * A notice whose part headings join two halves with a comma (`一、提高思想认识，压实防御责任`), as many
 * notices print them, written in the web text's form: one paragraph a line.
 */
const COMMA_HEADINGS = [
  "穗府办〔2024〕9号",
  "广州市人民政府办公厅关于切实做好2024年防汛防旱防风工作的通知",
  "各区人民政府，市政府各部门、各直属机构：",
  "为切实做好我市2024年防汛防旱防风工作，保障人民群众生命财产安全，经市人民政府同意，现就有关事项通知如下：",
  "一、提高思想认识，压实防御责任",
  "（一）落实行政首长负责制。各区、各部门主要负责同志是本地区、本部门防汛防旱防风工作的第一责任人，要亲自部署、亲自检查，确保各项防御措施落实到位。",
  "（二）健全责任体系。各区要按照属地管理原则，逐级落实区、镇（街）、村（居）三级防汛责任人，明确职责分工，做到责任到岗、任务到人。",
  "二、加强监测预警，强化会商研判",
  "气象、水务、规划和自然资源等部门要加强对强降雨、台风、风暴潮等灾害性天气的监测预报，及时发布预警信息，滚动会商研判，为防御决策提供科学依据。",
  "三、加强值班值守，确保信息畅通",
  "汛期各级各部门要严格执行24小时值班和领导带班制度，遇有重大险情灾情要第一时间报告，不得迟报、漏报、瞒报。",
  // 26 characters: at 56 columns the heading wraps, its second line a character long, and only the item under it says it ends there.
  "四、坚持产业第一、制造业立市，加快构建现代化产业新体系",
  "（一）强化应急保障。各区要加强防汛物资储备，做好抢险救援队伍建设，确保关键时刻拉得出、用得上。",
  "广州市人民政府办公厅",
  "2024年3月28日",
  "公开方式：主动公开",
];

/** A document body's headings, depth first, as a reader meets them. */
const headingsIn = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((node) => [...(node.heading === null ? [] : [node.heading]), ...headingsIn(node.children)]);

describe.each([
  // The notices in parts; not the letter 穗卫函〔2023〕1930号, whose web page splits its items' numbers from their text (`2` / `.不断优化`).
  ...(["suifubangui-2021-7.txt", "suiminguizi-2025-2.txt"] as const).map((name) => [name, webLines(name)] as const),
  ["a notice with comma headings", COMMA_HEADINGS] as const,
])("%s: the numbered headings of its body", (_name, lines) => {
  it.each(layouts)("are the web text's, at $name", (layout) => {
    const [document] = parseGazette(printBroken(blocksOf(lines), layout)).documents;
    expect(headingsIn(document!.body)).toEqual(headingsOf(lines));
  });
});

describe.each(corpusFiles.filter((name) => articlesOf(webLines(name)).length > 0))("%s with `第X条` alone on its line, as the web page prints it", (name) => {
  it.each([60, 76])("gives each article's paragraphs as the web text has them, at %i columns", (columns) => {
    const lines = webLines(name);
    const [document] = parseGazette(printBroken(blocksOf(lines, { articlesAlone: true }), { columns, linesPerPage: 30 })).documents;
    expect(articlesIn(document!).map((article) => article.paragraphs.length)).toEqual(articlesOf(lines).map((article) => article.paragraphs));
  });
});

describe("the corpus printed as one issue, one document after another, without organs' headers", () => {
  const blocks = corpusFiles.flatMap((name) => blocksOf(webLines(name)));
  const gazette = parseGazette(printBroken(blocks, { columns: 70, linesPerPage: 37, runningHeader: "　 广州市人民政府公报 ２０２４ 年第 １５ 期" }));

  it("is cut into its documents at each number that follows a document's closing lines", () => {
    const numbers = corpusFiles.map((name) => webLines(name).find((line) => DOC_NUMBER.test(line)));
    expect(gazette.documents.map((document) => document.docNumber?.text)).toEqual(numbers);
    expect(gazette.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  });
});

describe("the corpus printed as one issue without closing lines, as letters and decrees end", () => {
  // Each order puts every document after every other kind of ending: a signature's date, a regulation's
  // last article, an attached table.
  it.each([
    ["in the corpus's order", corpusFiles],
    ["in reverse", [...corpusFiles].reverse()],
  ])("is cut into its documents at each number line, %s", (_order, names) => {
    const blocks = names.flatMap((name) => blocksOf(withoutClosingLines(webLines(name))));
    const gazette = parseGazette(printBroken(blocks, { columns: 66, linesPerPage: 37 }));
    const numbers = names.map((name) => webLines(name).find((line) => DOC_NUMBER.test(line)));
    expect(gazette.documents.map((document) => document.docNumber?.text)).toEqual(numbers);
    expect(gazette.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  });
});
