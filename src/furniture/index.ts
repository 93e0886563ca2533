import { anchored, match, matches } from "../fragments.js";
import type { Diagnostics } from "../diagnostics.js";
import type { Furniture, Issue } from "../schema/gazette.js";
import { lineSpan, type Line } from "../tokenize/index.js";
import { spanOf, type Source } from "../tokenize/source.js";
import { filledLines, type PagedLine } from "../text/run.js";

/** `1（本文与正式文件同等效力）`: a page footer, its number printed digit-reversed from 10 on. */
const FOOTER = anchored("(?<page>{{digits}})（本文与正式文件同等效力）");
/** `广州市人民政府公报2022年第8期`: the running header of even pages. */
const RUNNING_HEADER = anchored("(?<title>{{han}}{2,20}公报)(?<year>[0-9]{4})年第(?<number>{{digits}})期", {}, "u");

/** Whether a line is a page's footer or running header: what a page prints whatever its content. */
export const isPageMark = (text: string): boolean => matches(FOOTER, text) || matches(RUNNING_HEADER, text);

/** A table header labels columns: a line that ends a sentence (`体办法另行制定。`) is content, however often it tops a page. */
const SENTENCE_END = /[。；！？]$/;
/** How many lines at the top of a page are looked at for a repeated table header. */
const PAGE_TOP_LINES = 6;
/** A page-top line counts as a table header when it stands at the top of this many pages, each next to another it tops. */
const HEADER_REPEATS = 3;
/** The share of the pages a header tops that must agree on each further line of it. */
const HEADER_AGREEMENT = 0.8;

export interface Pagination {
  content: PagedLine[];
  furniture: Furniture[];
  /** The pages printed so far. */
  pages: number;
  issue: Issue | null;
}

/** Where pagination stands after some lines, for the lines that follow them: the page, and the issue read. */
export interface PageState {
  page: number;
  /** Whether the page has content yet: an indented line then starts the next page. */
  pageHasText: boolean;
  issue: Issue | null;
}

export const firstPage = (): PageState => ({ page: 1, pageHasText: false, issue: null });

const reversed = (digits: string): number => Number([...digits].reverse().join(""));

/**
 * Chooses the page a footer stands for. Its printed number may be digit-reversed (`21` on page 12);
 * the sequence decides: the reading that continues it, else the nearest reading ahead of it.
 */
function footerPage(printed: string, expected: number): number {
  const readings = [Number(printed), reversed(printed)];
  if (readings.includes(expected)) return expected;
  const ahead = readings.filter((page) => page > expected).sort((a, b) => a - b);
  return ahead[0] ?? expected;
}

/** Whether a line and the next non-blank one open a document (`广州市人民政府文件` over `穗府〔2022〕2号`). */
export type OpensDocument = (text: string, next: string) => boolean;

/**
 * Sets page furniture aside and gives every other line its page. Pages end at footers; where a footer
 * is missing, a line that starts with white space (the first line of a page in this extraction) starts
 * the next page. A document's head is content, however many pages it tops (`opensDocument`). Lines
 * read in windows go on from where the window before left `state`.
 */
export function paginate(
  source: Source,
  lines: readonly Line[],
  diagnostics: Diagnostics,
  opensDocument: OpensDocument = () => false,
  state: PageState = firstPage(),
): Pagination {
  const furniture: Furniture[] = [];
  const paged: PagedLine[] = [];
  // A line gets its page in place: copying thousands of line objects costs more than reading them.
  const onPage = (line: Line, number: number): PagedLine => {
    line.page = number;
    return line;
  };
  let { page, pageHasText, issue } = state;
  const setAside = (line: Line, kind: Furniture["kind"], onPage: number) =>
    furniture.push({ kind, page: onPage, text: line.text, position: spanOf(source, lineSpan(line).start, lineSpan(line).end) });

  for (const line of lines) {
    if (line.text === "") {
      paged.push(onPage(line, page));
      continue;
    }
    const footer = match(FOOTER, line.text);
    if (footer?.groups) {
      const printed = footer.groups.page!;
      const footed = footerPage(printed, page);
      if (footed !== page && Number(printed) !== footed) {
        diagnostics.warn("page-number-mismatch", `Footer reads page ${printed}, expected page ${page}`, lineSpan(line), footed);
      }
      for (let missing = page; missing < footed; missing += 1) {
        diagnostics.info("page-footer-missing", `Page ${missing} has no footer`, lineSpan(line), missing);
      }
      setAside(line, "page-footer", footed);
      page = footed + 1;
      pageHasText = false;
      continue;
    }
    const header = match(RUNNING_HEADER, line.text);
    // A page starts at an indented line, or at a running header, which tops a page whatever its indent.
    if ((line.indented || header?.groups) && pageHasText) {
      diagnostics.info("page-footer-missing", `Page ${page} has no footer`, lineSpan(line), page);
      page += 1;
      pageHasText = false;
    }
    if (header?.groups) {
      issue ??= { title: header.groups.title!, year: Number(header.groups.year), number: Number(header.groups.number) };
      setAside(line, "running-header", page);
      // The header opens its page: the line under it starts the page's text, indented or not.
      continue;
    }
    pageHasText = true;
    paged.push(onPage(line, page));
  }
  Object.assign(state, { page, pageHasText, issue });
  const pages = pageHasText ? page : page - 1;
  const content = setAsideTableHeaders(source, paged, furniture, opensDocument);
  furniture.sort((a, b) => a.position.start.offset - b.position.start.offset);
  return { content, furniture, pages, issue };
}

/** The first non-blank lines of each page. */
function pageTops(lines: readonly PagedLine[]): Map<number, PagedLine[]> {
  const tops = new Map<number, PagedLine[]>();
  for (const line of lines) {
    if (line.text === "") continue;
    const top = tops.get(line.page) ?? [];
    if (top.length < PAGE_TOP_LINES) top.push(line);
    tops.set(line.page, top);
  }
  return tops;
}

/** How often each of some texts occurs, in the order of first occurrence. */
function frequencies(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}

/** The most frequent of some texts, with its count. */
function mostFrequent(texts: readonly string[]): [string, number] | null {
  let best: [string, number] | null = null;
  for (const entry of frequencies(texts)) if (!best || entry[1] > best[1]) best = entry;
  return best;
}

/**
 * Learns the repeated table headers as blocks of lines: an issue may print several multi-page tables,
 * each with its own header. A block starts with a line that tops at least `HEADER_REPEATS` pages, and
 * goes on while the pages it tops agree, line by line, on what follows. A content line that happens to
 * stand under the header on a few pages is not part of it. A line already in a block learned from more
 * pages starts none of its own: it tops pages where only a later part of that header repeats.
 */
function learnHeaders(tops: ReadonlyMap<number, PagedLine[]>, opensDocument: OpensDocument): string[][] {
  const firstOn = (page: number) => tops.get(page)?.[0]!.text;
  // A table's header repeats page after page, where the same page top far apart (each issue of a bound
  // volume, each document that starts a page with the same head) is content.
  const repeated = [...tops]
    .filter(([page, top]) => (firstOn(page - 1) === top[0]!.text || firstOn(page + 1) === top[0]!.text) && !opensDocument(top[0]!.text, top[1]?.text ?? ""))
    .map(([, top]) => top[0]!.text);
  const firsts = [...frequencies(repeated)]
    .filter(([text, count]) => count >= HEADER_REPEATS && !SENTENCE_END.test(text))
    .sort((a, b) => b[1] - a[1]);
  const blocks: string[][] = [];
  for (const [first] of firsts) {
    if (blocks.some((block) => block.includes(first))) continue;
    const headed = [...tops.values()].filter((top) => top[0]!.text === first);
    const block = [first];
    for (let i = 1; i < PAGE_TOP_LINES; i += 1) {
      const next = mostFrequent(headed.map((top) => top[i]?.text ?? ""));
      if (!next || next[0] === "" || next[1] < headed.length * HEADER_AGREEMENT || SENTENCE_END.test(next[0])) break;
      block.push(next[0]);
    }
    blocks.push(block);
  }
  return blocks;
}

/** The lines of a page top that print the header or a later part of it, in its order. */
function headerLines(top: readonly PagedLine[], block: readonly string[]): PagedLine[] {
  const found: PagedLine[] = [];
  let at = -1;
  for (const line of top) {
    const index = block.indexOf(line.text, at + 1);
    if (index < 0) break;
    found.push(line);
    at = index;
  }
  return found;
}

/**
 * Repeated table headers (`序号重点工作` / `分管` / `市领导` / `牵头单位配合单位`): at a page top the
 * header, or the part of it that repeats there, is set aside; elsewhere only the whole header is,
 * which is its first printing.
 */
function setAsideTableHeaders(source: Source, lines: PagedLine[], furniture: Furniture[], opensDocument: OpensDocument): PagedLine[] {
  const tops = pageTops(lines);
  const blocks = learnHeaders(tops, opensDocument);
  if (blocks.length === 0) return lines;
  const header = new Set<PagedLine>();
  for (const block of blocks) {
    for (const top of tops.values()) headerLines(top, block).forEach((line) => header.add(line));
  }
  // Each block starts with a line of its own, so the one block a line may start is found by its text:
  // the walk stays one pass however many tables the issue prints.
  const byFirst = new Map(blocks.map((block) => [block[0]!, block]));
  const filled = filledLines(lines);
  // Compared in place: a slice of the lines at every line would be garbage for all but the header's.
  const printsAt = (block: readonly string[], i: number) =>
    i + block.length <= filled.length && block.every((text, k) => filled[i + k]!.text === text);
  filled.forEach((line, i) => {
    const block = byFirst.get(line.text);
    if (block && printsAt(block, i)) filled.slice(i, i + block.length).forEach((printed) => header.add(printed));
  });
  for (const line of header) {
    furniture.push({
      kind: "table-header",
      page: line.page,
      text: line.text,
      position: spanOf(source, lineSpan(line).start, lineSpan(line).end),
    });
  }
  return lines.filter((line) => !header.has(line));
}
