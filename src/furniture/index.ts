import { anchored, match } from "../fragments.js";
import type { Diagnostics } from "../diagnostics.js";
import type { Furniture, Issue } from "../schema/gazette.js";
import type { Line } from "../tokenize/index.js";
import { spanOf, type Source } from "../tokenize/source.js";
import type { PagedLine } from "../text/run.js";

/** `1（本文与正式文件同等效力）`: a page footer, its number printed digit-reversed from 10 on. */
const FOOTER = anchored("(?<page>{{digits}})（本文与正式文件同等效力）");
/** `广州市人民政府公报2022年第8期`: the running header of even pages. */
const RUNNING_HEADER = anchored("(?<title>\\p{Script=Han}{2,20}公报)(?<year>[0-9]{4})年第(?<number>{{digits}})期", {}, "u");

/** A table header labels columns: a line that ends a sentence (`体办法另行制定。`) is content, however often it tops a page. */
const SENTENCE_END = /[。；！？]$/;
/** How many lines at the top of a page are looked at for a repeated table header. */
const PAGE_TOP_LINES = 6;
/** A page-top line counts as a table header when it stands at the top of this many pages. */
const HEADER_REPEATS = 3;

export interface Pagination {
  content: PagedLine[];
  furniture: Furniture[];
  pages: number;
  issue: Issue | null;
}

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

/**
 * Sets page furniture aside and gives every other line its page. Pages end at footers; where a footer
 * is missing, a line that starts with white space (the first line of a page in this extraction) starts
 * the next page.
 */
export function paginate(source: Source, lines: readonly Line[], diagnostics: Diagnostics): Pagination {
  const furniture: Furniture[] = [];
  const paged: Array<PagedLine & { furniture?: Furniture["kind"] }> = [];
  let page = 1;
  let pageHasText = false;
  let issue: Issue | null = null;
  const lineSpan = (line: Line) => ({ start: line.starts[0] ?? 0, end: line.ends[line.ends.length - 1] ?? 0 });
  const setAside = (line: Line, kind: Furniture["kind"], onPage: number) =>
    furniture.push({ kind, page: onPage, text: line.text, position: spanOf(source, lineSpan(line).start, lineSpan(line).end) });

  for (const line of lines) {
    if (line.text === "") {
      paged.push({ ...line, page });
      continue;
    }
    const footer = match(FOOTER, line.text);
    if (footer?.groups) {
      const printed = footer.groups.page!;
      const onPage = footerPage(printed, page);
      if (onPage !== page && Number(printed) !== onPage) {
        diagnostics.warn("page-number-mismatch", `Footer reads page ${printed}, expected page ${page}`, lineSpan(line), onPage);
      }
      for (let missing = page; missing < onPage; missing += 1) {
        diagnostics.info("page-footer-missing", `Page ${missing} has no footer`, lineSpan(line), missing);
      }
      setAside(line, "page-footer", onPage);
      page = onPage + 1;
      pageHasText = false;
      continue;
    }
    if (line.indented && pageHasText) {
      diagnostics.info("page-footer-missing", `Page ${page} has no footer`, lineSpan(line), page);
      page += 1;
    }
    pageHasText = true;
    const header = match(RUNNING_HEADER, line.text);
    if (header?.groups) {
      issue ??= { title: header.groups.title!, year: Number(header.groups.year), number: Number(header.groups.number) };
      setAside(line, "running-header", page);
      continue;
    }
    paged.push({ ...line, page });
  }
  const pages = pageHasText ? page : page - 1;
  const content = setAsideTableHeaders(source, paged, furniture);
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

/**
 * Repeated table headers: lines that stand at the top of several pages (`序号重点工作` / `分管` /
 * `市领导` / `牵头单位配合单位`, or a part of them). At a page top they are set aside; elsewhere only
 * a run of all of them is, which is the header's first printing.
 */
function setAsideTableHeaders(source: Source, lines: readonly PagedLine[], furniture: Furniture[]): PagedLine[] {
  const tops = pageTops(lines);
  const pagesOf = new Map<string, Set<number>>();
  for (const [page, top] of tops) {
    for (const line of top) pagesOf.set(line.text, (pagesOf.get(line.text) ?? new Set()).add(page));
  }
  const headerTexts = new Set(
    [...pagesOf].filter(([text, pages]) => pages.size >= HEADER_REPEATS && !SENTENCE_END.test(text)).map(([text]) => text),
  );
  if (headerTexts.size === 0) return [...lines];

  const header = new Set<PagedLine>();
  for (const top of tops.values()) {
    for (const line of top) {
      if (!headerTexts.has(line.text)) break;
      header.add(line);
    }
  }
  // The first printing of the whole header, wherever it stands.
  const filled = lines.filter((line) => line.text !== "");
  for (let i = 0; i < filled.length; i += 1) {
    const run = [];
    while (i + run.length < filled.length && headerTexts.has(filled[i + run.length]!.text)) run.push(filled[i + run.length]!);
    if (new Set(run.map((line) => line.text)).size === headerTexts.size) run.forEach((line) => header.add(line));
    i += Math.max(run.length - 1, 0);
  }
  for (const line of header) {
    furniture.push({
      kind: "table-header",
      page: line.page,
      text: line.text,
      position: spanOf(source, line.starts[0]!, line.ends[line.ends.length - 1]!),
    });
  }
  return lines.filter((line) => !header.has(line));
}
