import type { Coverage, Furniture } from "./schema/gazette.js";
import type { Diagnostic } from "./schema/diagnostic.js";
import { isWhitespaceCode } from "./tokenize/characters.js";

const BMP_LAST = 0xffff;

/** The non-whitespace characters of `text.slice(start, end)`, counted as code points. */
function countVisible(text: string, start: number, end: number): number {
  let count = 0;
  // By code point, without a slice or a string per character: this reads the whole input.
  const stop = Math.min(end, text.length);
  for (let i = Math.max(0, start); i < stop; i += 1) {
    const code = text.codePointAt(i)!;
    // A surrogate pair cut by `end` counts, as its high half alone would.
    if (code > BMP_LAST) i += 1;
    else if (isWhitespaceCode(code)) continue;
    count += 1;
  }
  return count;
}

/**
 * Accounts for every non-whitespace character of the input: set aside as page furniture, reported in an
 * `unconsumed-text` diagnostic, or else consumed by a document.
 */
export function measureCoverage(text: string, furniture: readonly Furniture[], diagnostics: readonly Diagnostic[]): Coverage {
  const total = countVisible(text, 0, text.length);
  const spanned = (spans: Array<{ start: { offset: number }; end: { offset: number } }>) =>
    spans.reduce((sum, span) => sum + countVisible(text, span.start.offset, span.end.offset), 0);
  const furnitureCount = spanned(furniture.map((item) => item.position));
  const unconsumed = spanned(
    diagnostics.filter((diagnostic) => diagnostic.ruleId === "unconsumed-text" && diagnostic.place).map((diagnostic) => diagnostic.place!),
  );
  return { consumed: Math.max(0, total - furnitureCount - unconsumed), furniture: furnitureCount, unconsumed };
}
