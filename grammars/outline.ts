import { anchored, match, matches } from "../src/fragments.js";
import type { GrammarContext } from "../src/grammar.js";
import type { OutlineNode } from "../src/schema/common.js";
import { joinLines, runPage, runPosition, type PagedLine, type Run } from "../src/text/run.js";
import { XRegExp } from "../src/xregexp.js";
import { parseChineseNumeral } from "../src/text/numerals.js";
import { INDENT_COLUMNS, measureOf, rebuildParagraphs, roomFor } from "./paragraphs.js";
import { hasSentencePunctuation, hasSentenceStop } from "./sentences.js";

/** The numbering hierarchy of official documents (党政机关公文格式), outermost first. */
const MARKERS: ReadonlyArray<{ level: number; pattern: RegExp; chinese: boolean }> = [
  /** `一、指导思想和基本原则` */
  { level: 1, pattern: anchored("(?<marker>(?<ordinal>{{chineseNumeral}})、)(?<rest>.*)"), chinese: true },
  /** `（一）坚持制度保障，确保政策落实。` */
  { level: 2, pattern: anchored("(?<marker>（(?<ordinal>{{chineseNumeral}})）)(?<rest>.*)"), chinese: true },
  /** `1.征地社保费按照…`, `1、征地社保费…`, but not `1.00` */
  { level: 3, pattern: anchored("(?<marker>(?<ordinal>{{digits}}){{numberStop}})(?<rest>.*)"), chinese: false },
  /** `（1）…` */
  { level: 4, pattern: anchored("(?<marker>（(?<ordinal>{{digits}})）)(?<rest>.*)"), chinese: false },
];

/** A heading sentence short enough to be a heading, not a whole point: `坚持制度保障，确保政策落实。`. */
const HEADING_SENTENCE = XRegExp.build("^(?<heading>[^。]{1,30}。)(?=.)", {});
/** A heading's longest text: `指导思想和基本原则`, `提高思想认识，压实防御责任`. */
const MAX_HEADING_LENGTH = 30;

/** A heading: short, stopping no sentence; a comma may join its halves (`提高思想认识，压实防御责任`). */
const isHeading = (text: string): boolean => text.length <= MAX_HEADING_LENGTH && !hasSentenceStop(text);

/** The numbering a text starts with; `problem` says why a Chinese ordinal could not be read. */
export interface Marked {
  level: number;
  marker: string;
  ordinal: number | null;
  problem: string | null;
}

/** Reads the marker a text starts with (`一、`, `（一）`, `1.`, `（1）`); null when it starts with none. */
export function readMarker(text: string): Marked | null {
  for (const { level, pattern, chinese } of MARKERS) {
    const found = match(pattern, text);
    if (!found?.groups) continue;
    const marker = found.groups.marker!;
    const ordinalText = found.groups.ordinal!;
    if (!chinese) return { level, marker, ordinal: Number(ordinalText), problem: null };
    const numeral = parseChineseNumeral(ordinalText);
    return numeral.ok ? { level, marker, ordinal: numeral.value, problem: null } : { level, marker, ordinal: null, problem: numeral.reason };
  }
  return null;
}

function markerOf(text: string, context: GrammarContext, run: Run): Marked | null {
  const marked = readMarker(text);
  if (marked?.problem) context.diagnostics.warn("bad-numeral", marked.problem, null, runPage(run));
  return marked;
}

/** Splits a numbered paragraph into its heading and the rest. */
function headingOf(rest: string): { heading: string | null; text: string } {
  if (isHeading(rest)) return { heading: rest, text: "" };
  const sentence = match(HEADING_SENTENCE, rest);
  if (sentence?.groups) return { heading: sentence.groups.heading!, text: rest.slice(sentence.groups.heading!.length) };
  return { heading: null, text: rest };
}

/**
 * Builds the outline of a document body: paragraphs are rebuilt from the layout, then each paragraph
 * that starts with a number opens a node at its level; other paragraphs belong to the open node.
 */
export function buildOutline(lines: readonly PagedLine[], context: GrammarContext): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  const numbered = (line: PagedLine) => MARKERS.some(({ pattern }) => matches(pattern, line.text));
  const { fullWidth, measured } = measureOf(lines);
  // A heading is a paragraph of its own, of a line or two, that stops short of its measure, where a
  // numbered paragraph that goes on fills it; or a numbered line follows it, when it happens to fill its
  // line. Without a measured width, only a line over a numbered one, or a short one with no punctuation at
  // all, is sure: `一、总体要求`, not `一、提高思想认识，压实防御责任` over a paragraph.
  const heading = (paragraph: readonly PagedLine[], next: PagedLine | undefined) => {
    const first = paragraph[0]!;
    const marked = readMarker(first.text);
    if (marked === null) return false;
    const rest = paragraph.reduce((text, line, i) => (i === 0 ? text : text + line.text), first.text.slice(marked.marker.length));
    if (!isHeading(rest)) return false;
    if (!measured) return paragraph.length === 1 && (next === undefined || numbered(next) || (first.text.length <= MAX_HEADING_LENGTH && !hasSentencePunctuation(first.text)));
    const measure = paragraph.length === 1 ? fullWidth - INDENT_COLUMNS : fullWidth;
    return next === undefined || numbered(next) || roomFor(paragraph[paragraph.length - 1]!, next, measure);
  };
  const paragraphs = rebuildParagraphs(lines, { fullWidth, opensParagraph: numbered, closesParagraph: heading });
  for (const paragraph of paragraphs) {
    const run = joinLines(paragraph);
    if (run.text === "") continue;
    context.consumed.run(run);
    const marked = markerOf(run.text, context, run);
    const position = runPosition(context.source, run);
    const page = runPage(run);
    if (!marked) {
      const parent = open[open.length - 1];
      if (parent) parent.paragraphs.push(run.text);
      else roots.push({ marker: null, level: 0, ordinal: null, heading: null, paragraphs: [run.text], children: [], page, position });
      continue;
    }
    const { heading, text } = headingOf(run.text.slice(marked.marker.length));
    const { level, marker, ordinal } = marked;
    const node: OutlineNode = { level, marker, ordinal, heading, paragraphs: text ? [text] : [], children: [], page, position };
    while (open.length > 0 && open[open.length - 1]!.level >= marked.level) open.pop();
    const parent = open[open.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    open.push(node);
  }
  return roots;
}
