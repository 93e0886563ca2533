/**
 * The regulation grammar: a regulation (办法, 规定, 条例, 细则) that a notice issues, rebuilt into
 * chapters, sections, articles, paragraphs and items, with the laws, documents and standards it cites
 * and the period it is in force.
 */
import { anchored, match, matches } from "../src/fragments.js";
import type { DocumentSegment, Grammar, GrammarContext } from "../src/grammar.js";
import type { Article, ArticleItem, Chapter, Effective, Reference, Regulation } from "../src/schema/regulation.js";
import { filledLines, runPage, runPosition, runSpan, linesSpan, type PagedLine, type Run } from "../src/text/run.js";
import { spanOf } from "../src/tokenize/source.js";
import { LEFT_DOUBLE_ANGLE_BRACKET, RIGHT_DOUBLE_ANGLE_BRACKET } from "../src/tokenize/characters.js";
import { alternation, ISSUED_NAMES, REGULATION_NAMES } from "../src/vocabulary.js";
import { ATTACHMENT_START, attachmentsStart, readAttachments } from "./attachments.js";
import { bodyEffective, effectiveIn } from "./effective.js";
import { parseChineseNumeral } from "../src/text/numerals.js";
import { learnFullWidth, paragraphRun, rebuildParagraphs } from "./paragraphs.js";
import { findReferences } from "./references.js";
import { noteText, opensFirstArticle, skeletonOf, type ArticleDraft, type ChapterDraft } from "./regulation/structure.js";

export { isInForce, parseEffective, effectiveIn, type EffectiveReading, type HasEffective } from "./effective.js";

/** `广州市电动汽车充电基础设施安全管理办法`, `…议事规则`: the names of a text made of articles. */
const REGULATION_TITLE = new RegExp(alternation(REGULATION_NAMES));
/** `广州市促进会展业高质量发展若干措施`: a printed title of something issued, which may be written in articles too. */
const ISSUED_TITLE = new RegExp(`${alternation(ISSUED_NAMES)}$`);

/** The numbering of items within an article, outermost first. */
const ITEM_MARKERS: ReadonlyArray<{ level: number; pattern: RegExp }> = [
  /** `（一）充电设施所有权人…；` */
  { level: 1, pattern: anchored("(?<marker>（(?<numeral>{{chineseNumeral}})）).*") },
  /** `1.公用充电设施…；`, `1、居民身份证；`, but not `1.5倍` */
  { level: 2, pattern: anchored("(?<marker>(?<digits>{{digits}}){{numberStop}}).*") },
  /** `（1）…`, `(1)…` */
  { level: 3, pattern: anchored("(?<marker>[（(](?<digits>{{digits}})[）)]).*") },
];

interface ItemMarker {
  level: number;
  marker: string;
  /** Null when a Chinese numeral does not convert. */
  number: number | null;
}

function itemMarkerOf(text: string): ItemMarker | null {
  for (const { level, pattern } of ITEM_MARKERS) {
    const groups = match(pattern, text)?.groups;
    if (!groups) continue;
    const numeral = groups.numeral === undefined ? { ok: true as const, value: Number(groups.digits) } : parseChineseNumeral(groups.numeral);
    return { level, marker: groups.marker!, number: numeral.ok ? numeral.value : null };
  }
  return null;
}

const opensItem = (line: PagedLine): boolean => itemMarkerOf(line.text) !== null;

/** The items of an article's paragraphs; a number out of sequence at its level is a warning. */
function itemsOf(runs: readonly Run[], article: number, context: GrammarContext): ArticleItem[] {
  const items: ArticleItem[] = [];
  const last: number[] = [];
  runs.forEach((run, paragraph) => {
    const marked = itemMarkerOf(run.text);
    if (!marked) return;
    const expected = (last[marked.level] ?? 0) + 1;
    const number = marked.number ?? expected;
    if (number !== expected) {
      const message = `Item ${marked.marker} of article ${article} is out of sequence; expected number ${expected}`;
      context.diagnostics.warn("item-numbering", message, runSpan(run, 0, marked.marker.length), runPage(run));
    }
    // A new item restarts the numbering of the levels below it.
    last.length = marked.level;
    last[marked.level] = number;
    items.push({ marker: marked.marker, level: marked.level, number, paragraph });
  });
  return items;
}

/** An article's lines of text, and how many units of the first one `第X条` takes. */
interface ArticleText {
  lines: PagedLine[];
  skip: number;
}

/**
 * An article's lines of text and how much of the first one is `第X条`. Where `第二十条` stands alone on its
 * line (as a web page prints it) the first paragraph opens on the next line, indented as any first line
 * is, and the number's line says nothing of the page's width.
 */
function textOf(draft: ArticleDraft): ArticleText {
  const [first, ...rest] = filledLines(draft.lines);
  return first !== undefined && first.text.length === draft.markerLength ? { lines: rest, skip: 0 } : { lines: draft.lines, skip: draft.markerLength };
}

/** An article's paragraphs as mapped runs, `第X条` left out. */
function paragraphRunsOf({ lines, skip }: ArticleText, fullWidth: number): Run[] {
  const paragraphs = rebuildParagraphs(lines, { fullWidth, opensParagraph: opensItem });
  return paragraphs.map((paragraph, i) => paragraphRun(paragraph, i === 0 ? skip : 0)).filter((run) => run.text !== "");
}

interface ReadArticle {
  article: Article;
  runs: Run[];
}

function readArticle(draft: ArticleDraft, text: ArticleText, fullWidth: number, context: GrammarContext): ReadArticle {
  const runs = paragraphRunsOf(text, fullWidth);
  context.consumed.piece(draft.lines[0]!, 0, draft.markerLength);
  for (const run of runs) context.consumed.run(run);
  const span = linesSpan(draft.lines);
  const article: Article = {
    number: draft.number,
    paragraphs: runs.map((run) => run.text),
    items: itemsOf(runs, draft.number, context),
    page: draft.lines[0]!.page,
    position: spanOf(context.source, span.start, span.end),
  };
  return { article, runs };
}

function referencesOf(read: readonly ReadArticle[], context: GrammarContext): Reference[] {
  return read.flatMap(({ article, runs }) =>
    runs.flatMap((run) =>
      findReferences(run.text).map(({ kind, text, start, end }) => ({
        kind,
        text,
        article: article.number,
        position: runPosition(context.source, run, start, end),
      })),
    ),
  );
}

/** The title of a regulation that prints none and whose notice has none either (schema: never empty). */
const UNTITLED = "未命名";

/** `…关于印发广州市电动汽车充电基础设施安全管理办法的通知` → `广州市电动汽车充电基础设施安全管理办法`. */
function titleFromEnvelope(title: string | null): string | null {
  if (title === null) return null;
  const issuing = "印发";
  const notice = "的通知";
  const from = title.lastIndexOf(issuing);
  const issued = from >= 0 && title.endsWith(notice) ? title.slice(from + issuing.length, -notice.length) : title;
  const bare = issued.replace(LEFT_DOUBLE_ANGLE_BRACKET, "").replace(RIGHT_DOUBLE_ANGLE_BRACKET, "");
  return bare === "" ? null : bare;
}

function titleOf(titleLines: readonly PagedLine[], segment: DocumentSegment, context: GrammarContext): string {
  context.consumed.lines(titleLines);
  // A regulation a notice attaches stands under its label (`附件` / `广州市停车场管理办法`): the label is no part of its title.
  const printed = titleLines
    .filter((line, i) => i > 0 || !matches(ATTACHMENT_START, line.text))
    .map((line) => line.text)
    .join("");
  if (printed !== "") return printed;
  const fallback = titleFromEnvelope(segment.envelope.title);
  const span = linesSpan(segment.annex);
  context.diagnostics.warn("regulation-title-missing", "The regulation prints no title; it is taken from the notice's", span, segment.envelope.pages.from);
  return fallback ?? UNTITLED;
}

/** The note under the title without its brackets; null when none is printed. */
function noteOf(lines: readonly PagedLine[], context: GrammarContext): string | null {
  if (lines.length === 0) return null;
  context.consumed.lines(lines);
  return noteText(lines);
}

function chapterOf(draft: ChapterDraft, read: Map<ArticleDraft, ReadArticle>): Chapter {
  return {
    number: draft.number,
    title: draft.title,
    articles: draft.articles.map((article) => read.get(article)!.article),
    sections: draft.sections,
  };
}


/** Reads the regulation in a segment's annex. Never throws: what it cannot place it reports. */
export function readRegulation(segment: DocumentSegment, context: GrammarContext): Regulation {
  const end = attachmentsStart(segment.annex, opensFirstArticle);
  const skeleton = skeletonOf(segment.annex.slice(0, end), context);
  const drafts = skeleton.chapters.flatMap((chapter) => chapter.articles);
  const texts = drafts.map(textOf);
  const fullWidth = learnFullWidth(texts.flatMap((text) => text.lines));
  const read = new Map(drafts.map((draft, i) => [draft, readArticle(draft, texts[i]!, fullWidth, context)]));
  const articles = [...read.values()];
  return {
    title: titleOf(skeleton.titleLines, segment, context),
    note: noteOf(skeleton.noteLines, context),
    chapters: skeleton.chapters.map((chapter) => chapterOf(chapter, read)),
    references: referencesOf(articles, context),
    // `自印发之日起` counts from the notice's imprint or date.
    effective: effectiveIn(articles.flatMap(({ runs }) => runs), segment.envelope, context) ?? decreeEffective(segment, context),
    attachments: readAttachments(segment.annex.slice(end), context, fullWidth),
  };
}

/** What a decree's own sentence says (`现予公布，自2023年6月1日起施行`), for articles that do not say it. */
function decreeEffective(segment: DocumentSegment, context: GrammarContext): Effective | null {
  return segment.envelope.decreeNumber === null ? null : bodyEffective(segment, context);
}

/** The annex lines before its first article: where a regulation's printed title stands. */
function linesBeforeFirstArticle(annex: readonly PagedLine[]): PagedLine[] | null {
  const first = annex.findIndex(opensFirstArticle);
  return first < 0 ? null : annex.slice(0, first);
}

export const regulationGrammar: Grammar<"regulation", { regulation: Regulation }> = {
  kind: "regulation",
  /**
   * A regulation's annex opens article 1 (`第一条`), and a title names a regulation (`…管理办法`), or the
   * title printed over the articles names what else is issued in articles (`…若干措施`, `…指引`).
   */
  claims(segment) {
    const head = linesBeforeFirstArticle(segment.annex);
    if (head === null) return false;
    const titles = [segment.envelope.title ?? "", ...head.map((line) => line.text)];
    return titles.some((title) => REGULATION_TITLE.test(title)) || head.some((line) => ISSUED_TITLE.test(line.text));
  },
  parse(segment, context) {
    return { regulation: readRegulation(segment, context) };
  },
};
