import { matches } from "../fragments.js";
import type { PagedLine } from "../text/run.js";
import { FULLWIDTH_COLON } from "../tokenize/characters.js";

/** `号`, with which a document's number ends. */
const NUMBER_END = "号";

/** A top-level document's lines, cut from the content stream of an issue. */
export interface Cut {
  lines: PagedLine[];
  /** The kind whose `opens` started this cut; null for a document with an organ header, or leading text. */
  openedBy: string | null;
}

/** Built patterns (`src/fragments.ts`), and predicates for the kinds that open documents of their own. */
export interface CutRules {
  /**
   * The heads a document starts with: a header line directly followed by its number line
   * (`广州市人民政府文件` / `穗府〔2022〕2号`, `广州市人民政府令` / `第185号`).
   */
  heads: ReadonlyArray<{ header: RegExp; number: RegExp }>;
  /** `GZ0220220003` */
  registrationCode: RegExp;
  /** `穗府办规〔2024〕13号`: a document's number line, which starts a document printed without its header. */
  number: RegExp;
  /**
   * Whether a line closes a document: its imprint (`…2024年7月29日印发`), copy list or disclosure line. A
   * number line right after one (its registration code above it, if any) starts the next document, as a
   * web page or a gazette that leaves out the organ's header prints it.
   */
  closes(text: string): boolean;
  /** Whether a line is a date alone (`2024年5月6日`): under a signature, where a letter ends. */
  dated(text: string): boolean;
  /** `广州市人民政府办公厅关于印发…`: how a document's title starts, under its number line. */
  titleStart: RegExp;
  /** Whether a title line speaks of forwarding (`…转发…`): the document prints what it forwards after its date. */
  forwards(text: string): boolean;
  /** Whether a line has sentence punctuation, as no title line does: the title is over at addressees or a body. */
  punctuated(text: string): boolean;
  /** Kinds that open a document without an organ header, and how they know the opening line. */
  openers: ReadonlyArray<{ kind: string; opens(text: string, next: string, after: string): boolean }>;
}

/** Whether a line and the next are a document's head: a header, then its number. */
export function startsHead(rules: Pick<CutRules, "heads">, text: string, next: string): boolean {
  // The number first: it fails within a few characters on most lines, a header only after trying its lengths.
  for (const { header, number } of rules.heads) if (matches(number, next) && matches(header, text)) return true;
  return false;
}

/**
 * Cuts an issue into top-level documents. A document starts at a head, an organ header directly followed
 * by a document number or a decree's header by its number (with the registration code printed above it,
 * if any); at a number line under a registration code, right after the line that closes the document
 * before, or, unless that document forwards the one numbered, over a title or after a letter's date; or
 * at a line that opens a kind without a header; a run of such a kind is not cut again by its own openers.
 */
export function cutDocuments(lines: readonly PagedLine[], rules: CutRules): Cut[] {
  const cuts: Cut[] = [];
  let current: Cut = { lines: [], openedBy: null };
  // The indices of the non-blank lines: a document's header, number and code are non-blank neighbours.
  const nonBlank: number[] = [];
  lines.forEach((line, i) => {
    if (line.text !== "") nonBlank.push(i);
  });
  const starts = new Map<number, string | null>();
  // Whether the document read so far forwards another, which it prints after its own date; whether that
  // date has just passed, so that this line opens the forwarded text (its number or its title); and
  // whether the title may still be going on (a body may cite a title that forwards: `《…转发…》同时废止`).
  let forwarding = false;
  let forwardedNext = false;
  let inTitle = true;
  // Plain loops: every line of the issue passes here, and a closure a line is garbage a line.
  for (let k = 0; k < nonBlank.length; k += 1) {
    const i = nonBlank[k]!;
    const text = lines[i]!.text;
    const next = k + 1 < nonBlank.length ? lines[nonBlank[k + 1]!]!.text : "";
    // The line after `next`, for an opening line wrapped over two: only an opener reads it.
    const after = k + 2 < nonBlank.length ? lines[nonBlank[k + 2]!]!.text : "";
    const opensForwarded = forwardedNext;
    forwardedNext = false;
    if (next !== "" && startsHead(rules, text, next)) {
      starts.set(codeAbove(lines, rules, i), null);
      [forwarding, inTitle] = [false, true];
      // The head's number line is read with it.
      k += 1;
      continue;
    }
    // A number line ends in 号 (`穗府办规〔2024〕13号`): most lines are told by their last character alone.
    if (text.endsWith(NUMBER_END) && matches(rules.number, text)) {
      const first = codeAbove(lines, rules, i);
      const above = lineAbove(lines, first, rules);
      const aboveText = above >= 0 ? lines[above]!.text : "";
      // A registration code is printed above a document only, a title under its number only, and a letter
      // ends at its date: each starts one after a document that prints no closing lines (a decree's last
      // article). But a document that forwards another prints it there, its number first.
      const unclosed = rules.dated(aboveText) || matches(rules.titleStart, next);
      if (first !== i || rules.closes(aboveText) || (unclosed && !opensForwarded)) {
        starts.set(first, null);
        [forwarding, inTitle] = [false, true];
        continue;
      }
    }
    // The forwarded text's title follows, or this is it; it may forward a text in turn.
    if (opensForwarded) inTitle = true;
    if (inTitle && rules.punctuated(text)) inTitle = false;
    if (inTitle && rules.forwards(text)) forwarding = true;
    if (forwarding && rules.dated(text)) [forwarding, forwardedNext] = [false, true];
    // Not under a line that leads into it (`各区人民政府：` over `市人民政府决定：`): that is a document's own text.
    const ledInto = k > 0 && lines[nonBlank[k - 1]!]!.text.endsWith(FULLWIDTH_COLON);
    for (const { kind, opens } of ledInto ? [] : rules.openers) {
      if (!opens(text, next, after)) continue;
      starts.set(i, kind);
      break;
    }
  }
  lines.forEach((line, i) => {
    if (starts.has(i)) {
      const openedBy = starts.get(i) ?? null;
      if (openedBy === null || current.openedBy !== openedBy) {
        if (hasText(current)) cuts.push(current);
        current = { lines: [], openedBy };
      }
    }
    current.lines.push(line);
  });
  if (hasText(current)) cuts.push(current);
  return cuts;
}

/** What finds the heads of documents in lines that page furniture has not yet been set aside from. */
export interface HeadRules extends Pick<CutRules, "heads" | "registrationCode"> {
  /** Whether a line is a page's footer or running header, which may stand between a head and its code. */
  pageMark(text: string): boolean;
}

/**
 * Where each document head from `lines[from]` on starts, in order: at its registration code if one is
 * printed above it (a page's footer or header may stand between them). A head always starts a document,
 * so the lines from one head to the next can be read without the others: how a long input is read a
 * document at a time. The last line with text is judged only once a line follows it.
 */
export function headStarts(lines: readonly PagedLine[], rules: HeadRules, from: number): number[] {
  const starts: number[] = [];
  // The last line with text before `next`, waiting for its non-blank neighbour to be judged.
  let at = -1;
  for (let next = from; next < lines.length; next += 1) {
    if (lines[next]!.text === "") continue;
    if (at >= 0 && startsHead(rules, lines[at]!.text, lines[next]!.text)) starts.push(codeAbove(lines, rules, at));
    at = next;
  }
  return starts;
}

/** What tells the lines above a head: its registration code, and the page's marks that may stand between (none once set aside). */
type Above = Pick<CutRules, "registrationCode"> & Partial<Pick<HeadRules, "pageMark">>;

/** The nearest line with text above line `i`, passing over a page's marks; -1 when there is none. */
function lineAbove(lines: readonly PagedLine[], i: number, rules: Above): number {
  let above = i - 1;
  while (above >= 0 && (lines[above]!.text === "" || rules.pageMark?.(lines[above]!.text))) above -= 1;
  return above;
}

/** The line of the registration code printed above the head at `head`, or the head itself when none is. */
function codeAbove(lines: readonly PagedLine[], rules: Above, head: number): number {
  const above = lineAbove(lines, head, rules);
  return above >= 0 && matches(rules.registrationCode, lines[above]!.text) ? above : head;
}

/** Whether a cut has a line with text: blank lines alone make no document. */
const hasText = (cut: Cut): boolean => cut.lines.some((line) => line.text !== "");
