import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toHtml } from "../src/html.js";
import { parseGazette } from "../src/parse.js";
import { damagedText, JUNK_FIRST_LINE, JUNK_LINES } from "./damaged-issue.js";
import { fixtureText } from "./support.js";

/**
 * The HTML report as text: its structure, what it counts, and that no text of the input becomes markup.
 * Expected values come from the hand-checked goldens and from the source read by the test's own reader.
 */
const golden = JSON.parse(readFileSync(new URL("../fixtures/task-table.golden.json", import.meta.url), "utf8")) as {
  sections: Array<{ numeral: string; title: string }>;
  rows: Array<{ seq: number; text: string }>;
};
const regulation = JSON.parse(readFileSync(new URL("../fixtures/regulation.golden.json", import.meta.url), "utf8")) as {
  chapters: Array<{ articles: Array<{ number: number; line: number }> }>;
};

const html = toHtml(parseGazette(fixtureText), fixtureText);
const damaged = toHtml(parseGazette(damagedText), damagedText);
// The fixture ends in line feeds, the last of which opens no line.
const sourceLines = fixtureText.split("\n").slice(0, -1);

/** Text compared across the extraction's quirks: the broken font's comma, full stop and semicolon, full-width forms, no spaces. */
const plain = (text: string): string =>
  text.replace(/\uA3AC/g, "，").replace(/\uA3AE/g, "。").replace(/\uA3BB/g, "；").normalize("NFKC").replace(/\s+/g, "");
const unescape = (text: string): string =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
const all = (text: string, pattern: RegExp): RegExpExecArray[] => [...text.matchAll(new RegExp(pattern, "g"))];
const count = (text: string, pattern: RegExp): number => all(text, pattern).length;

/** Each task row: its id, source lines, and its cells' text. */
const taskRows = (text: string) =>
  all(text, /<tr class="task" id="(v\d+)" data-from="(\d+)" data-to="(\d+)">(.*?)<\/tr>/).map((match) => ({
    id: match[1]!,
    from: Number(match[2]),
    to: Number(match[3]),
    cells: all(match[4]!, /<td>(.*?)<\/td>/).map((cell) => unescape(cell[1]!)),
  }));

describe("the HTML report of the bundled issue", () => {
  it("is one self-contained page: one inline script, inline style, no external resource, a policy that allows none", () => {
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(count(html, /<script/)).toBe(1);
    expect(count(html, /<style>/)).toBe(1);
    expect(html).not.toMatch(/<link|<img|<iframe|\ssrc=|url\(|@import/);
    expect(all(html, /href="([^"]*)"/).every((match) => /^#L\d+$/.test(match[1]!))).toBe(true);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(Buffer.byteLength(html, "utf8")).toBeLessThan(1.5 * 1024 * 1024);
  });

  it("shows every input line once, numbered, with its text", () => {
    const lines = all(html, /<div class="l[^"]*" id="L(\d+)"/).map((match) => Number(match[1]));
    expect(lines).toEqual(sourceLines.map((_, index) => index + 1));
    const line665 = /<div class="l[^"]*" id="L665"[^>]*>(.*?)<\/div>/.exec(html)![1]!;
    expect(plain(unescape(line665.replace(/<[^>]+>/g, "")))).toBe(plain(`665${sourceLines[664]}`));
  });

  it("marks the 48 pages, page 2 starting after page 1's footer", () => {
    expect(all(html, /<div class="page-break" id="P(\d+)">/).map((match) => Number(match[1]))).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    const footer = sourceLines.findIndex((line) => line.includes("本文与正式文件同等效力")) + 1;
    expect(html).toMatch(new RegExp(`id="L${footer}"[^\\n]*\\n</div>\\n<div class="sheet"><div class="page-break" id="P2">`));
    expect(html).toMatch(new RegExp(`<span class="f" title="page-footer">[^<]*本文与正式文件同等效力`));
    // The footer went into no value: its line links to none.
    expect(html).toContain(`<div class="l" id="L${footer}"><span class="n">`);
  });

  it("lists 251 task rows under 9 section headings, each row's text as the golden has it and in its source lines", () => {
    const rows = taskRows(html);
    expect(rows.map((row) => Number(row.cells[0]))).toEqual(golden.rows.map((row) => row.seq));
    expect(rows.map((row) => row.cells[1])).toEqual(golden.rows.map((row) => row.text));
    for (const [index, row] of rows.entries()) {
      const lines = plain(sourceLines.slice(row.from - 1, row.to).join(""));
      // The first words of the task: the rest may share lines with other columns.
      expect(lines, `task ${row.cells[0]}`).toContain(plain(golden.rows[index]!.text).slice(0, 4));
    }
    const sections = all(html, /<tr class="section"><th colspan="5">(.*?)<\/th><\/tr>/).map((match) => match[1]);
    expect(sections).toEqual(golden.sections.map((section) => `${section.numeral}、${section.title}`));
  });

  it("links every line of task 52 to its row", () => {
    const row = taskRows(html).find((candidate) => candidate.cells[0] === "52")!;
    expect([row.from, row.to]).toEqual([665, 675]);
    for (let line = row.from; line <= row.to; line += 1) expect(html).toContain(`id="L${line}" data-v="${row.id}"`);
  });

  it("shows the 11 levy tiers by their names in the source, the 19 articles at their golden lines, and 7 notices", () => {
    const tierNames = sourceLines.flatMap((line) => /^(第[一二三四五六七八九十]+档)[:：]/.exec(line)?.[1] ?? []);
    expect(tierNames).toHaveLength(11);
    expect(all(html, /<tr class="tier"><td>\d+<\/td><td>(.*?)<\/td>/).map((match) => match[1])).toEqual(tierNames);
    const articles = all(html, /<div class="article" id="v\d+" data-from="(\d+)"[^>]*><p>第(\d+)条/).map((match) => [Number(match[2]), Number(match[1])]);
    expect(articles).toEqual(regulation.chapters.flatMap((chapter) => chapter.articles.map((article) => [article.number, article.line])));
    const persons = all(html, /<tr class="notice"[^>]*><td>[a-z]+<\/td><td>(.*?)<\/td>/).map((match) => match[1]);
    expect(persons).toEqual(["陈勇", "冼银崧", "陈旭", "廖荣辉", "李小琴", "周亚伟", "刘芳"]);
  });

  it("sums up documents by kind, counts, diagnostics by severity and rule, and coverage", () => {
    const figure = (label: string) => /<b>([^<]*)<\/b> /.exec(html.slice(html.indexOf(`</b> ${label}<`) - 40))?.[1];
    expect(["pages", "documents", "task-assignment", "levy-notice", "regulation", "personnel", "tasks", "sections", "tiers", "articles", "notices", "errors", "warnings"].map(figure)).toEqual(
      ["48", "4", "1", "1", "1", "1", "251", "9", "11", "19", "7", "0", "2"],
    );
    expect(html).toMatch(/<b>0<\/b> unconsumed \(0\.0%\)/);
    expect(html).toContain("<b>1</b> warning missing-separator");
    expect(all(html, /<a class="dg (\w+)" href="#L(\d+)"/).map((match) => `${match[1]} ${match[2]}`)).toContain("warning 1210");
  });
});

describe("the HTML report of a damaged copy", () => {
  it("marks the junk as unconsumed, in the margin and in the list of diagnostics, linked to its lines", () => {
    const lines = JUNK_LINES.map((_, index) => JUNK_FIRST_LINE + index);
    expect(damaged).toContain(`<a class="dg error" href="#L${lines[0]}" data-line="${lines[0]}" data-to="${lines.at(-1)}">error unconsumed-text (line ${lines[0]}, p. 8)`);
    for (const [index, line] of lines.entries()) {
      const row = new RegExp(`<div class="l[^"]*" id="L${line}"[^>]*><span class="n">${line}</span><span class="t"><span class="[^"]*\\bu\\b[^"]*" title="error unconsumed-text: ([^"]*)">(.*?)</span></span>`).exec(damaged);
      expect(row, `line ${line}`).not.toBeNull();
      expect(unescape(row![2]!)).toBe(JUNK_LINES[index]);
    }
    expect(damaged).toMatch(new RegExp(`id="L${JUNK_FIRST_LINE}"[^\\n]*<span class="margin"><span class="note e"`));
    expect(damaged).toMatch(/<b>1<\/b> errors/);
  });

  it("never lets the input's text become markup", () => {
    expect(count(damaged, /<script/)).toBe(1);
    expect(damaged).not.toMatch(/<img|onerror="|<\/script><\/span>|alert\(2\)<\/script>/);
    expect(damaged).toContain("&lt;img src=&quot;x.png&quot; onerror=&quot;alert(1)&quot;&gt;");
    expect(damaged).toContain("&amp;lt;乱码 @@@ ### &amp;amp;");
  });
});

describe("the HTML report of odd input", () => {
  it("renders an empty input, a non-gazette text and CRLF line ends without throwing", () => {
    const empty = toHtml(parseGazette(""), "");
    expect(empty).toContain("gazette issue (not recognised)");
    expect(empty).toContain("no documents");
    // Lines as the parser counts them: `\r\n` and a lone `\r` end a line, and a line feed at the end opens none.
    for (const text of ["第一行\r\n<b>第二行</b>\r\n", "第一行\r<b>第二行</b>"]) {
      const page = toHtml(parseGazette(text), text);
      expect(all(page, /id="L(\d+)"/).map((match) => match[1])).toEqual(["1", "2"]);
      expect(page).toContain(">&lt;b&gt;第二行&lt;/b&gt;</span>");
      expect(page).not.toContain("\r");
    }
  });
});
