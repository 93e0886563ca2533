/**
 * The real documents of `fixtures/corpus/` (copies of `shared/corpus/`: Guangzhou documents as their web
 * pages print them, one paragraph a line, a table cell a line), read by the tests' own reader, apart
 * from the parser: the blocks to print them as the gazette's extraction does, and the facts a parse of
 * that print must give back.
 */
import { readFileSync } from "node:fs";
import type { Block } from "./broken-layout.js";

export const corpusFiles = [
  "suifubangui-2021-7.txt",
  "suifubangui-2024-13.txt",
  "suifubangui-2025-8.txt",
  "suiminguizi-2025-2.txt",
  "suiweihan-2023-1930.txt",
] as const;

/** The web text of a corpus document, its lines trimmed, blank lines dropped; ASCII `,` `:` as the page printed them. */
export function webLines(name: string): string[] {
  const text = readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), "utf8");
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** `第一条`, `第五十四条`: an article's number, alone on its line or before its first paragraph. */
const ARTICLE = /^第[一二三四五六七八九十百零]+条/;
/**
 * A numbered paragraph's heading. The web page prints a heading as a paragraph of its own, which stops
 * no sentence (`一、提高思想认识，压实防御责任`); or, as the schema defines a run-in heading, the first
 * sentence of a paragraph when it is short (`（一）落实行政首长负责制。各区…`).
 */
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(?:(?<heading>[^。；：！？]+)$|(?<sentence>[^。]{1,30}。)(?=.))/;
/** `第一章 总则`. */
const CHAPTER = /^第[一二三四五六七八九十]+章/;
/** `广州市人民政府办公厅秘书处  2024年7月29日印发`. */
const IMPRINT = /^(?<by>\S.*?)\s*(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})日印发$/;
/** Where an issued text ends: its attachments, the disclosure line, the imprint. */
const AFTER_TEXT = /^(?:附件|公开方式|抄送)|印发$/;
/** Sentence punctuation, as the web pages print it (some with ASCII `,` and `:`). */
const SENTENCE = /[，。；,;]|[：:].+/;

/** A line that the print centres: short, no sentence in it (titles, headings, signatures, dates, table cells). */
const isCentred = (line: string): boolean => [...line].length <= 40 && !SENTENCE.test(line);

/**
 * The web text as printed blocks: `第X条` alone on its line leads the paragraph after it, as the gazette
 * prints it, or, with `articlesAlone`, stays a line of its own, as the web page prints it.
 */
export function blocksOf(lines: readonly string[], { articlesAlone = false } = {}): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const article = articlesAlone ? undefined : ARTICLE.exec(line)?.[0];
    if (article !== undefined) {
      const rest = line.slice(article.length).trim();
      const paragraph = rest !== "" ? rest : (lines[++i] ?? "");
      blocks.push({ lead: article, paragraph });
    } else if (isCentred(line)) blocks.push({ centred: line });
    else blocks.push({ paragraph: line });
  }
  return blocks;
}

export interface ArticleFacts {
  /** The article's number as printed: `第五十四条`. */
  marker: string;
  /** How many paragraphs (款 and items, one a line on the web page) it has. */
  paragraphs: number;
}

/** `公开方式：主动公开` (its value perhaps on the next line), `抄送：…`, `…印发`: the lines that close a document. */
const CLOSING = /^(?:公开方式|抄送)|^主动公开$|印发$/;

/** A web text without its closing lines, as a letter or a decree prints none: it ends at its signature, its text or its attachment. */
export const withoutClosingLines = (lines: readonly string[]): string[] => lines.filter((line) => !CLOSING.test(line));

/** The articles of the regulation in a web text, each with its count of paragraphs. */
export function articlesOf(lines: readonly string[]): ArticleFacts[] {
  const articles: ArticleFacts[] = [];
  let current: ArticleFacts | null = null;
  for (const line of lines) {
    const article = ARTICLE.exec(line)?.[0];
    if (article !== undefined) {
      current = { marker: article, paragraphs: line.length > article.length ? 1 : 0 };
      articles.push(current);
    } else if (CHAPTER.test(line) || AFTER_TEXT.test(line)) current = null;
    else if (current !== null) current.paragraphs += 1;
  }
  return articles;
}

/** The imprint line's organ and date (ISO), if the document prints one. */
export function imprintOf(lines: readonly string[]): { printedBy: string; printedOn: string } | null {
  for (const line of lines) {
    const groups = IMPRINT.exec(line)?.groups;
    if (groups === undefined) continue;
    const iso = `${groups.year}-${groups.month!.padStart(2, "0")}-${groups.day!.padStart(2, "0")}`;
    return { printedBy: groups.by!.replace(/\s+/g, ""), printedOn: iso };
  }
  return null;
}

/** The numbered headings of a web text's body, in order, up to its attachments or closing lines. */
export function headingsOf(lines: readonly string[]): string[] {
  const end = lines.findIndex((line) => AFTER_TEXT.test(line));
  return lines.slice(0, end === -1 ? lines.length : end).flatMap((line) => {
    const groups = HEADING.exec(line)?.groups;
    return groups?.heading ?? groups?.sentence ?? [];
  });
}
