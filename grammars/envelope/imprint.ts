/**
 * The lines a document ends with: its imprint (版记), `抄送：…。` and `广州市人民政府办公厅秘书处　2024年7月29日印发`,
 * and the disclosure line (`公开方式：主动公开`), which stands before or after the imprint. They belong to
 * the envelope, not to the last paragraph of the body or of the last article.
 */
import { anchored, match, matches } from "../../src/fragments.js";
import type { GrammarContext } from "../../src/grammar.js";
import type { Envelope } from "../../src/schema/common.js";
import { isoOfParts } from "../../src/text/dates.js";
import { linesSpan, type PagedLine } from "../../src/text/run.js";
import { ORGAN, splitList } from "./organs.js";

/**
 * `广州市人民政府办公厅秘书处2024年7月29日印发` (normalised from `…秘书处　2024年7月29日印发`),
 * `2021年4月16日印发` (its organ on the line above): the printing organ, the day, then 印发.
 */
const PRINTED = anchored("(?<organ>{{han}}{2,40}?)?{{date}}印发", {}, "u");
/** `抄送：市委各部委，市人大常委会办公厅，…，市工商联。`: the first line of the copy list. */
const COPIED_TO = anchored("抄送：(?<bodies>.*)");
/** `公开方式：主动公开`; `公开方式：` alone when the value is printed on the next line. */
const DISCLOSURE = anchored("公开方式：(?<disclosure>.*)");

/** How many lines a printing line may be broken over. */
const MAX_PRINTED_LINES = 3;
/** How many lines a copy list may wrap over. */
const MAX_COPY_LINES = 8;
/** The envelope fields the closing lines fill. */
type Closing = Pick<Envelope, "copiedTo" | "printedBy" | "printedOn" | "disclosure">;

/** Reads one part of the closing lines as the last of `lines[0, end)`; gives how many lines it took, 0 if none. */
type ClosingPart = (lines: readonly PagedLine[], end: number, closing: Closing, context: GrammarContext) => number;

/** The disclosure at `lines[at]` and how many lines it takes (its value may be on the next line); null if none. */
export function disclosureAt(lines: readonly PagedLine[], at: number): { value: string; lines: number } | null {
  const value = match(DISCLOSURE, lines[at]?.text ?? "")?.groups?.disclosure;
  if (value === undefined) return null;
  if (value !== "") return { value, lines: 1 };
  const next = lines[at + 1]?.text;
  return next === undefined ? null : { value: next, lines: 2 };
}

/**
 * `…印发` ending `lines[0, end)`: on one line (`广州市人民政府办公厅秘书处2024年7月29日印发`), or with its organ
 * on the line above (`广州市人民政府办公厅秘书处` / `2024年7月29日印发`) or the line broken anywhere else;
 * over more than one line only when what stands before the day is an organ's name. Gives the lines taken.
 */
function takePrinted(lines: readonly PagedLine[], end: number, closing: Closing, context: GrammarContext): number {
  let found: { groups: Record<string, string | undefined>; count: number; joined: string } | null = null;
  for (let count = 1; count <= MAX_PRINTED_LINES && count <= end; count += 1) {
    const joined = lines.slice(end - count, end).map((line) => line.text).join("");
    const groups = match(PRINTED, joined)?.groups;
    if (!groups) continue;
    // A line without its organ is taken unless the lines above it give one.
    if (count === 1 && groups.organ === undefined) found = { groups, count, joined };
    else if (count === 1 || matches(ORGAN, groups.organ ?? "")) {
      found = { groups, count, joined };
      break;
    }
  }
  if (found === null) return 0;
  const { groups, count, joined } = found;
  const taken = lines.slice(end - count, end);
  closing.printedOn = isoOfParts(groups.year!, groups.month!, groups.day!);
  if (closing.printedOn === null) context.diagnostics.error("invalid-date", `${joined} is not a date`, linesSpan(taken), taken[0]!.page);
  closing.printedBy = groups.organ ?? null;
  return count;
}

/** The disclosure as the last of `lines[0, end)`: lines taken. */
function takeDisclosure(lines: readonly PagedLine[], end: number, closing: Closing): number {
  for (const at of [end - 1, end - 2]) {
    const disclosure = at >= 0 ? disclosureAt(lines, at) : null;
    if (disclosure && at + disclosure.lines === end) {
      closing.disclosure = disclosure.value;
      return disclosure.lines;
    }
  }
  return 0;
}

/** The copy list (`抄送：…`) ending the lines `[0, end)`, over as many lines as it wraps: lines taken. */
function takeCopiedTo(lines: readonly PagedLine[], end: number, closing: Closing): number {
  for (let count = 1; count <= MAX_COPY_LINES && end - count >= 0; count += 1) {
    const first = match(COPIED_TO, lines[end - count]!.text)?.groups;
    if (!first) continue;
    const rest = lines.slice(end - count + 1, end).map((line) => line.text);
    closing.copiedTo = splitList([first.bodies!, ...rest].join(""));
    return count;
  }
  return 0;
}

/**
 * Takes the closing lines (imprint and disclosure, in either order) off the end of a document's filled
 * lines into its envelope, and gives the lines before them.
 */
export function takeClosing(lines: PagedLine[], envelope: Envelope, context: GrammarContext): PagedLine[] {
  // Each part once: the last line is tried as each part not yet taken.
  const left = new Set<ClosingPart>([takePrinted, takeDisclosure, takeCopiedTo]);
  let end = lines.length;
  while (end > 0 && left.size > 0) {
    let taken = 0;
    for (const part of left) {
      taken = part(lines, end, envelope, context);
      if (taken === 0) continue;
      left.delete(part);
      break;
    }
    if (taken === 0) break;
    end -= taken;
  }
  context.consumed.lines(lines.slice(end));
  return end === lines.length ? lines : lines.slice(0, end);
}

/**
 * Whether a line closes a document: its printing line (`…2024年7月29日印发`), the first line of its copy
 * list, or its disclosure. A document number right after one starts the next document (src/segment).
 */
export const closesDocument = (text: string): boolean => matches(PRINTED, text) || matches(COPIED_TO, text) || matches(DISCLOSURE, text);
