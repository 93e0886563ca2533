import { startingAt } from "../tokenize/source.js";
import { lineSpan } from "../tokenize/index.js";
import type { PagedLine } from "../text/run.js";

/**
 * The page an input offset stands on: the page of the nearest content line that starts at or before
 * it. Content lines are paged in input order, so the first line of each page is all it keeps: a number
 * pair a page, not a line, and no line.
 */
export class PageIndex {
  private readonly starts: number[] = [];
  private readonly pages: number[] = [];

  /** Adds paged content lines, which follow those added before in the input. */
  add(lines: readonly PagedLine[]): void {
    for (const line of lines) {
      if (line.text === "" || line.page === this.pages.at(-1)) continue;
      this.starts.push(lineSpan(line).start);
      this.pages.push(line.page);
    }
  }

  /** The page of the content line at or before `offset`; the first page before the first line. */
  pageAt(offset: number): number {
    return this.pages[startingAt(this.starts, offset)] ?? 1;
  }
}
