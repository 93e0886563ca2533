/**
 * The skeleton of a regulation: its title lines, chapters (第X章), sections (第X节) and articles (第X条),
 * each article with its lines still unparsed. Numbering is checked as the skeleton is built.
 */
import { anchored, match, matches } from "../../src/fragments.js";
import type { GrammarContext } from "../../src/grammar.js";
import { linesSpan, type PagedLine } from "../../src/text/run.js";
import { FULLWIDTH_RIGHT_PARENTHESIS, RIGHT_PARENTHESIS } from "../../src/tokenize/characters.js";
import { alternation, CONTENTS_HEADINGS } from "../../src/vocabulary.js";
import { parseChineseNumeral } from "../../src/text/numerals.js";
import { endsSentence } from "../sentences.js";

/** `第一章总则`, `第四章追责处置机制` (normalised from `第一章　 总　 则`): a whole line. */
const CHAPTER = anchored("第(?<numeral>{{chineseNumeral}})章(?<title>(?:{{han}}|、){1,30})", {}, "u");
/** `第二节充电设施建设`: a whole line. */
const SECTION = anchored("第(?<numeral>{{chineseNumeral}})节(?<title>(?:{{han}}|、){1,30})", {}, "u");
/** `目录` (normalised from `目　　录`): the heading of a table of contents, a whole line. */
const CONTENTS = anchored(alternation(CONTENTS_HEADINGS));
/** `第十九条本办法自2022年3月1日起施行，有效期3年。`, `第一百零二条`: an article's first line. */
const ARTICLE = anchored("(?<marker>第(?<numeral>{{chineseNumeral}})条)(?<rest>.*)");

export interface ArticleDraft {
  number: number;
  /** Length of `第X条` at the start of the first line. */
  markerLength: number;
  /** The article's lines, the first one starting with `第X条`. */
  lines: PagedLine[];
}

export interface SectionDraft {
  number: number;
  title: string;
  articles: number[];
}

export interface ChapterDraft {
  number: number;
  title: string | null;
  articles: ArticleDraft[];
  sections: SectionDraft[];
}

export interface Skeleton {
  /** The lines before the first chapter or article that read as a title. */
  titleLines: PagedLine[];
  /** The note in brackets under the title, as a decree's regulation prints when and how it was made public. */
  noteLines: PagedLine[];
  chapters: ChapterDraft[];
}

type Heading =
  | { kind: "chapter" | "section"; numeral: string; title: string }
  | { kind: "article"; numeral: string; markerLength: number };

/**
 * What heading a line is, if any. A heading stands where a sentence can start: at the top, after
 * another heading, or after a line that ends a sentence; else `第三章规定的…` at the start of a wrapped
 * line would open a chapter. An article's `第X条` is also known by the space printed after it.
 */
function headingOf(line: PagedLine, atBreak: boolean): Heading | null {
  for (const [kind, pattern] of [["chapter", CHAPTER], ["section", SECTION]] as const) {
    const groups = match(pattern, line.text)?.groups;
    if (groups && atBreak) return { kind, numeral: groups.numeral!, title: groups.title! };
  }
  const groups = match(ARTICLE, line.text)?.groups;
  if (!groups) return null;
  const markerLength = groups.marker!.length;
  return atBreak || line.gaps.includes(markerLength) ? { kind: "article", numeral: groups.numeral!, markerLength } : null;
}

/**
 * `（2023年3月20日…`: the opening of a note under the title, which begins with the day it tells of; a
 * bracket that follows a title without a date is the title's (`广州市停车场管理办法` / `（试行）`).
 */
const NOTE_OPENING = anchored("[（(][0-9]{4}年.*");
/**
 * `（2023年3月20日广州市人民政府令第186号公布　自2023年6月1日起施行）`: a note in brackets under the title. Its
 * brackets may stay ASCII where a wrapped line leaves normalisation nothing Chinese beside them.
 */
const opensNote = (line: PagedLine): boolean => matches(NOTE_OPENING, line.text);
const closesBracket = (text: string): boolean => text.endsWith(FULLWIDTH_RIGHT_PARENTHESIS) || text.endsWith(RIGHT_PARENTHESIS);
const closesNote = (line: PagedLine): boolean => closesBracket(line.text);
const isNote = (line: PagedLine): boolean => opensNote(line) && closesNote(line);

/** A line that the title cannot hold: a sentence, or a note in brackets. */
const isTitleLine = (line: PagedLine): boolean => !endsSentence(line.text) && !isNote(line);

type Unit = "chapter" | "section" | "article";

/** Builds the skeleton while it walks the lines; reports what it cannot place. */
class SkeletonBuilder {
  readonly skeleton: Skeleton = { titleLines: [], noteLines: [], chapters: [] };
  private chapter: ChapterDraft | null = null;
  private section: SectionDraft | null = null;
  private article: ArticleDraft | null = null;
  private lastArticle = 0;
  /** Whether the note under the title goes on to the next line. */
  private inNote = false;

  constructor(private readonly context: GrammarContext) {}

  get started(): boolean {
    return this.skeleton.chapters.length > 0;
  }

  add(line: PagedLine, heading: Heading | null): void {
    // A chapter's or section's heading line becomes its number and title.
    if (heading !== null && heading.kind !== "article") this.context.consumed.lines([line]);
    if (heading?.kind === "chapter") this.openChapter(line, heading.numeral, heading.title);
    else if (heading?.kind === "section") this.openSection(line, heading.numeral, heading.title);
    else if (heading?.kind === "article") this.openArticle(line, heading.numeral, heading.markerLength);
    else if (this.article) this.article.lines.push(line);
    else if (!this.started && this.skeleton.titleLines.length > 0 && (this.inNote || opensNote(line))) {
      // The note may wrap: it runs to the line that closes its bracket.
      this.skeleton.noteLines.push(line);
      this.inNote = !closesNote(line);
    } else if (!this.started && isTitleLine(line)) this.skeleton.titleLines.push(line);
    else this.unconsumed(line);
  }

  private openChapter(line: PagedLine, numeral: string, title: string): void {
    const last = this.skeleton.chapters.at(-1)?.number ?? 0;
    this.chapter = { number: this.number(line, numeral, last + 1, "chapter"), title, articles: [], sections: [] };
    this.skeleton.chapters.push(this.chapter);
    this.section = null;
    this.article = null;
  }

  private openSection(line: PagedLine, numeral: string, title: string): void {
    const chapter = this.currentChapter();
    const last = chapter.sections.at(-1)?.number ?? 0;
    this.section = { number: this.number(line, numeral, last + 1, "section"), title, articles: [] };
    chapter.sections.push(this.section);
    this.article = null;
  }

  private openArticle(line: PagedLine, numeral: string, markerLength: number): void {
    const number = this.number(line, numeral, this.lastArticle + 1, "article");
    this.article = { number, markerLength, lines: [line] };
    this.currentChapter().articles.push(this.article);
    this.section?.articles.push(number);
    this.lastArticle = number;
  }

  /** The open chapter; articles before any chapter heading go to an implicit chapter 0 without a title. */
  private currentChapter(): ChapterDraft {
    if (!this.chapter) {
      this.chapter = { number: 0, title: null, articles: [], sections: [] };
      this.skeleton.chapters.push(this.chapter);
    }
    return this.chapter;
  }

  /** The number a heading's numeral gives, checked against the one expected; a bad numeral takes the expected. */
  private number(line: PagedLine, numeral: string, expected: number, unit: Unit): number {
    const span = linesSpan([line]);
    const parsed = parseChineseNumeral(numeral);
    if (!parsed.ok || parsed.value < 1) {
      const reason = parsed.ok ? `${numeral} is not a ${unit} number` : parsed.reason;
      this.context.diagnostics.error("bad-numeral", `${reason}; read as ${unit} ${expected}`, span, line.page);
      return expected;
    }
    if (parsed.value !== expected) {
      const message = `${unit[0]!.toUpperCase()}${unit.slice(1)} ${parsed.value} follows ${unit} ${expected - 1}; expected ${expected}`;
      this.context.diagnostics.error(`${unit}-numbering`, message, span, line.page);
    }
    return parsed.value;
  }

  private unconsumed(line: PagedLine): void {
    const message = `Text outside any article of the regulation: ${line.text}`;
    this.context.diagnostics.error("unconsumed-text", message, linesSpan([line]), line.page);
  }
}

/**
 * Where the table of contents whose `目录` stands at `lines[at]` ends: it lists the chapter and section
 * headings (`第一章总则` …), and the text begins where the first of them is printed again, or at the first
 * line that is no heading.
 */
function contentsEnd(lines: readonly PagedLine[], at: number): number {
  let first: string | null = null;
  let i = at + 1;
  for (; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.text === "") continue;
    const heading = headingOf(line, true);
    if (heading === null || heading.kind === "article" || line.text === first) break;
    first ??= line.text;
  }
  return i;
}

/**
 * Reads the skeleton of a regulation from its lines (blank lines ignored). A table of contents before the
 * first chapter is read as print furniture, as a running header is: it repeats the chapter and section
 * headings that the chapters carry, and gives nothing of its own.
 */
export function skeletonOf(lines: readonly PagedLine[], context: GrammarContext): Skeleton {
  const builder = new SkeletonBuilder(context);
  let previous: { line: PagedLine; heading: boolean } | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.text === "") continue;
    if (!builder.started && matches(CONTENTS, line.text)) {
      const end = contentsEnd(lines, i);
      context.consumed.lines(lines.slice(i, end));
      // The text's first heading follows, as a heading follows a heading.
      previous = { line: lines[end - 1]!, heading: true };
      i = end - 1;
      continue;
    }
    const atBreak = !builder.started || previous === null || previous.heading || endsSentence(previous.line.text);
    const heading = headingOf(line, atBreak);
    builder.add(line, heading);
    previous = { line, heading: heading !== null && heading.kind !== "article" };
  }
  return builder.skeleton;
}

/** Whether a line opens article 1 (`第一条…`): what marks a text as made of articles. */
export function opensFirstArticle(line: PagedLine): boolean {
  const groups = match(ARTICLE, line.text)?.groups;
  if (!groups) return false;
  const numeral = parseChineseNumeral(groups.numeral!);
  return numeral.ok && numeral.value === 1;
}

/** The note's text, its brackets left out: `2023年3月20日…公布自2023年6月1日起施行`. */
export function noteText(lines: readonly PagedLine[]): string {
  const text = lines.map((line) => line.text).join("");
  return text.slice(1, closesBracket(text) ? -1 : undefined);
}
