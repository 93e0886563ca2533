import { describe, expect, it } from "vitest";
import { DOCUMENT_HEADS } from "../grammars/document.js";
import { Diagnostics } from "../src/diagnostics.js";
import { paginate } from "../src/furniture/index.js";
import { startsHead } from "../src/segment/index.js";
import { tokenize } from "../src/tokenize/index.js";
import { fixtureText, sourceAt } from "./support.js";

function paginateText(text: string) {
  const { source, lines } = tokenize(text);
  const diagnostics = new Diagnostics(source);
  const opensDocument = (line: string, next: string) => startsHead({ heads: DOCUMENT_HEADS }, line, next);
  return { ...paginate(source, lines, diagnostics, opensDocument), diagnostics: diagnostics.list };
}

describe("paginate on the fixture", () => {
  const result = paginateText(fixtureText);
  const footers = result.furniture.filter((item) => item.kind === "page-footer");
  const pageOfLine = (number: number) => result.content.find((line) => line.number === number)?.page;

  it("counts 48 pages and reads the issue from the running header", () => {
    expect(result.pages).toBe(48);
    expect(result.issue).toEqual({ title: "广州市人民政府公报", year: 2022, number: 8 });
  });

  it("repairs digit-reversed footers from the sequence", () => {
    const byLine = new Map(footers.map((footer) => [footer.position.start.line, footer.page]));
    expect(byLine.get(28)).toBe(1);
    expect(byLine.get(906)).toBe(10); // printed ０１
    expect(byLine.get(1096)).toBe(12); // printed ２１
    expect(byLine.get(1681)).toBe(19); // printed ９１
    expect(byLine.get(3347)).toBe(41); // printed １４
    expect(byLine.get(3677)).toBe(48); // printed ８４
    expect(footers).toHaveLength(40);
  });

  it("infers the pages whose footer is missing from the indented first line", () => {
    const missing = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === "page-footer-missing");
    expect(missing.map((diagnostic) => diagnostic.page)).toEqual([13, 14, 15, 16, 17, 18, 38, 40]);
    expect(missing.every((diagnostic) => diagnostic.severity === "info")).toBe(true);
    expect(pageOfLine(1097)).toBe(13); // ８７
    expect(pageOfLine(1505)).toBe(18);
    expect(pageOfLine(1578)).toBe(19);
    expect(pageOfLine(3197)).toBe(39);
    expect(pageOfLine(3256)).toBe(40);
  });

  it("sets aside running headers and repeated table headers, also partial ones", () => {
    const headers = result.furniture.filter((item) => item.kind === "table-header");
    const lines = new Set(headers.map((item) => item.position.start.line));
    for (const line of [31, 32, 33, 35, 133, 1422, 1959, 1961, 2062]) expect(lines.has(line)).toBe(true);
    expect(result.content.some((line) => line.text === "序号重点工作")).toBe(false);
    expect(result.furniture.filter((item) => item.kind === "running-header").map((item) => item.position.start.line)).toEqual([218, 620]);
  });

  it("gives each piece of furniture the position of its source text", () => {
    for (const item of result.furniture) expect(sourceAt(fixtureText, item.position).replace(/\s/g, "")).not.toBe("");
    const footer = footers.find((item) => item.page === 10)!;
    expect(sourceAt(fixtureText, footer.position)).toBe("０１ (本文与正式文件同等效力)");
  });
});

describe("running headers", () => {
  const HEADER = "　 广州市人民政府公报 ２０２４ 年第 １５ 期";
  const pagesOf = (text: string) => {
    const result = paginateText(text);
    return { pages: result.pages, byText: Object.fromEntries(result.content.filter((line) => line.text !== "").map((line) => [line.text, line.page])) };
  };

  it("open one page with the line under them, indented or not", () => {
    for (const under of ["第二页文字。", " 第二页文字。"]) {
      const { pages, byText } = pagesOf(["第一页文字。", "１ (本文与正式文件同等效力)", HEADER, under, "２ (本文与正式文件同等效力)"].join("\n\n"));
      expect(pages).toBe(2);
      expect(byText).toEqual({ "第一页文字。": 1, "第二页文字。": 2 });
    }
  });

  it("top a page whose previous page lost its footer", () => {
    const { pages, byText } = pagesOf(["第一页文字。", HEADER, "第二页文字。", "２ (本文与正式文件同等效力)"].join("\n\n"));
    expect(pages).toBe(2);
    expect(byText).toEqual({ "第一页文字。": 1, "第二页文字。": 2 });
  });
});

describe("paginate on damaged input", () => {
  it("follows the printed numbers when footers go missing without indented page starts", () => {
    const text = ["正文一", "1（本文与正式文件同等效力）", "正文二", "正文三", "4（本文与正式文件同等效力）", "正文五"].join("\n");
    const result = paginateText(text);
    expect(result.pages).toBe(5);
    expect(result.content.map((line) => line.page)).toEqual([1, 2, 2, 5]);
    expect(result.diagnostics.map((diagnostic) => diagnostic.page)).toEqual([2, 3]);
  });

  it("handles an empty input", () => {
    expect(paginateText("").pages).toBe(0);
  });
});

describe("repeated table headers", () => {
  it("keeps a sentence that happens to top several pages as content", () => {
    const page = (n: number) => [" 体办法另行制定。", "正文。", `${n}（本文与正式文件同等效力）`];
    const result = paginateText([1, 2, 3].flatMap(page).join("\n"));
    expect(result.furniture.filter((item) => item.kind === "table-header")).toEqual([]);
    expect(result.content.filter((line) => line.text === "体办法另行制定。")).toHaveLength(3);
  });
});

describe("page tops that repeat but are no table header", () => {
  it("keeps the head of documents that each start a page as content", () => {
    const page = (n: number) => [" 广州市人民政府文件", `穗府〔2022〕${n}号`, `关于第${n}项工作的通知`, "正文。", `${n}（本文与正式文件同等效力）`];
    const result = paginateText([1, 2, 3].flatMap(page).join("\n"));
    expect(result.furniture.filter((item) => item.kind === "table-header")).toEqual([]);
    expect(result.content.filter((line) => line.text === "广州市人民政府文件").map((line) => line.page)).toEqual([1, 2, 3]);
  });

  it("sets aside only the task table's header in three issues of one volume", () => {
    const result = paginateText([fixtureText, fixtureText, fixtureText].join("\n"));
    const headers = new Set(result.furniture.filter((item) => item.kind === "table-header").map((item) => item.text));
    expect([...headers].sort()).toEqual(["分管", "市领导", "序号重点工作", "牵头单位配合单位"].sort());
    // Each issue's first page keeps its head: `广州市人民政府文件` over `穗府〔2022〕2号`.
    expect(result.content.filter((line) => line.text === "广州市人民政府文件")).toHaveLength(3);
  });
});

describe("a content line under the header on a few pages", () => {
  it("stays content", () => {
    const page = (n: number) => [" 序号重点工作", "牵头单位配合单位", n % 2 === 0 ? "城乡建设局" : `第${n}行`, "正文。", `${n}（本文与正式文件同等效力）`];
    const result = paginateText([1, 2, 3, 4, 5, 6, 7, 8].flatMap(page).join("\n"));
    expect(result.content.filter((line) => line.text === "城乡建设局")).toHaveLength(4);
    expect(result.furniture.filter((item) => item.kind === "table-header")).toHaveLength(16);
  });
});

describe("two tables with headers of their own", () => {
  /** `１２` → `２１`: the extraction prints a footer's page number digit-reversed from page 10 on. */
  const printedPage = (page: number) =>
    [...String(page >= 10 ? Number([...String(page)].reverse().join("")) : page)].map((digit) => String.fromCodePoint(digit.codePointAt(0)! + 0xfee0)).join("");
  /** A page in the extraction's layout: first line led by a space, a blank line after each line, then its footer. */
  const page = (number: number, lines: string[]) => [` ${lines[0]}`, ...lines.slice(1), `${printedPage(number)}(本文与正式文件同等效力)`].join("\n\n");
  const tasks = ["序号 重点工作", "分　 管", "市领导", "牵头单位 配合单位"];
  const projects = ["序号 项目名称", "建设内容", "责任单位"];
  const pages = [
    page(1, ["广州市人民政府办公厅关于印发工作方案的通知", "各区人民政府ꎮ"]),
    ...[2, 3, 4, 5, 6].map((n) => page(n, [...tasks, `${n} 推进重点工作ꎮ 张勇 市发展改革委`])),
    page(7, ["附件２", "正文ꎮ"]),
    // The first printing of the project table's header stands mid-page, after its title.
    page(8, ["正文ꎮ", "重点项目表", ...projects, "８ 地铁十号线 完成主体工程ꎮ", "市交通运输局"]),
    ...[9, 10, 11, 12].map((n) => page(n, [...projects, n === 10 ? "市交通运输局" : `${n} 地铁十一号线 完成主体工程ꎮ`, "市交通运输局"])),
  ];
  const result = paginateText(pages.join("\n"));
  const headerTexts = (page: number) => result.furniture.filter((item) => item.kind === "table-header" && item.page === page).map((item) => item.text);

  it("sets aside each table's header on the pages it tops", () => {
    for (const n of [2, 3, 4, 5, 6]) expect(headerTexts(n)).toEqual(["序号重点工作", "分管", "市领导", "牵头单位配合单位"]);
    for (const n of [8, 9, 10, 11, 12]) expect(headerTexts(n)).toEqual(["序号项目名称", "建设内容", "责任单位"]);
    expect(result.content.some((line) => /^(?:序号|建设内容|责任单位|市领导)/.test(line.text))).toBe(false);
  });

  it("keeps a content line standing under a header on a minority of its pages as content", () => {
    expect(result.content.filter((line) => line.text === "市交通运输局")).toHaveLength(6);
    expect(result.content.filter((line) => line.page === 10 && line.text !== "").map((line) => line.text)).toEqual(["市交通运输局", "市交通运输局"]);
  });

  it("reads the digit-reversed footers of the later pages", () => {
    expect(result.pages).toBe(12);
    expect(result.diagnostics).toEqual([]);
  });
});
