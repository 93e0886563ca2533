/**
 * Where a document is signed: the signature (落款) directly over its date. An organ signs a document,
 * several organs a joint one (printed two to a line, over as many lines as they need), the head of
 * government a decree.
 */
import { isDateForm } from "../../src/text/dates.js";
import { IDEOGRAPHIC_COMMA } from "../../src/tokenize/characters.js";
import type { PagedLine } from "../../src/text/run.js";
import { readSigner } from "./decree.js";
import { organsOf } from "./organs.js";

interface Signature {
  /** The index of the signature's first line. */
  start: number;
  /** The index of its date line, directly under the signature. */
  date: number;
  /**
   * As printed: `广州市人民政府`, a decree's `市长某某`; several organs joined with `、`
   * (`广州市民政局、广州市财政局`), in print order.
   */
  signedBy: string;
  /** The organs that sign, in print order; empty for a decree's signer. */
  organs: string[];
}

/** How many lines of organs a joint signature may take. */
const MAX_SIGNATURE_LINES = 6;

/**
 * The first signature in some lines: a line of organs (for a decree, its signer) directly followed by a
 * date, with the lines of two or more organs above it that a joint signature starts with.
 */
export function findSignature(lines: readonly PagedLine[], decree: boolean): Signature | null {
  for (let i = 0; i + 1 < lines.length; i += 1) {
    if (!isDateForm(lines[i + 1]!.text)) continue;
    if (decree) {
      const signer = readSigner(lines[i]!.text);
      if (signer !== null) return { start: i, date: i + 1, signedBy: signer, organs: [] };
      continue;
    }
    const last = organsOf(lines[i]!);
    if (last === null) continue;
    const organs = [last];
    let start = i;
    for (let above = i - 1; above >= 0 && i - above < MAX_SIGNATURE_LINES; above -= 1) {
      const line = organsOf(lines[above]!);
      if (line === null || line.length < 2) break;
      organs.unshift(line);
      start = above;
    }
    const all = organs.flat();
    return { start, date: i + 1, signedBy: all.join(IDEOGRAPHIC_COMMA), organs: all };
  }
  return null;
}
