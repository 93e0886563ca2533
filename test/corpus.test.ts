import { describe, expect, it } from "vitest";
import { parseGazette } from "../src/parse.js";
import type { Document } from "../src/schema/document.js";
import { printBroken, type PrintOptions } from "./broken-layout.js";
import { articlesOf, blocksOf, corpusFiles, webLines } from "./corpus.js";

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
