import { startingAt } from "../tokenize/source.js";
import { lineSpan } from "../tokenize/index.js";
import type { Furniture } from "../schema/gazette.js";
import type { PagedLine } from "../text/run.js";

/**
 * The page an input offset stands on: the page whose first content line, or the footer of the page before
 * it, comes at or before it. A number pair a page, not a line, and no line.
 */
export class PageIndex {
  private readonly starts: number[] = [];
  private readonly pages: number[] = [];

  /** Adds paged content lines and the furniture set aside from them, which follow those added before. */
  add(lines: readonly PagedLine[], furniture: readonly Furniture[]): void {
    const found: Array<{ start: number; page: number }> = [];
    // Content lines are paged in order: only the first of each page starts it.
    let previous = this.pages.at(-1);
    for (const line of lines) {
      if (line.text === "" || line.page === previous) continue;
      previous = line.page;
      found.push({ start: lineSpan(line).start, page: line.page });
    }
    // A page begins right after the footer of the page before: white space or damage there is on it.
    for (const item of furniture) if (item.kind === "page-footer") found.push({ start: item.position.end.offset, page: item.page + 1 });
    found.sort((a, b) => a.start - b.start);
    for (const { start, page } of found) {
      if (page === this.pages.at(-1)) continue;
      this.starts.push(start);
      this.pages.push(page);
    }
  }

  /** The page an offset stands on; the first page before anything. */
  pageAt(offset: number): number {
    return this.pages[startingAt(this.starts, offset)] ?? 1;
  }
}
