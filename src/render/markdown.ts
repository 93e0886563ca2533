import type { List, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import type { Grammar } from "../grammar.js";
import { EnvelopeSchema, type ForwardedDocument, type OutlineNode } from "../schema/common.js";
import { documentSchema, type Document, type LevyNoticeDocument, type RegulationDocument, type TaskAssignmentDocument } from "../schema/document.js";
import type { Gazette } from "../schema/gazette.js";
import { LevyTableSchema } from "../schema/levy.js";
import { NoticeSchema } from "../schema/personnel.js";
import { ArticleSchema, ChapterSchema, RegulationSchema } from "../schema/regulation.js";
import { taskColumnsOf, TIER_COLUMNS, type Column } from "./columns.js";
import { fieldList, recordList, type AnyObject } from "./fields.js";
import {
  articleHeading,
  chapterHeading,
  DOCUMENT_DEPTH,
  FORWARDED_PREFIX,
  ISSUE_DEPTH,
  IssueFieldsSchema,
  kindSchemas,
  OWN_PLACE,
  SECTION,
  sectionHeading,
  subsectionHeading,
} from "./layout.js";
import { heading, list, listItem, paragraph, phrasing, table } from "./mdast.js";

type Block = RootContent;

const present = <T>(node: T | null): T[] => (node === null ? [] : [node]);

const tableOf = <Row>(columns: ReadonlyArray<Column<Row>>, rows: readonly Row[]): Block =>
  table(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.write(row))),
  );

/** One list item per node: `**marker** *heading*`, then its paragraphs, then its children. */
function outlineList(nodes: readonly OutlineNode[]): List {
  return list(
    nodes.map((node) => {
      const head = [
        ...(node.marker === null ? [] : [{ type: "strong" as const, children: [{ type: "text" as const, value: node.marker }] }]),
        // The space keeps the emphasis after CJK punctuation a delimiter run that CommonMark closes.
        ...(node.marker !== null && node.heading !== null ? [{ type: "text" as const, value: " " }] : []),
        ...(node.heading === null ? [] : [{ type: "emphasis" as const, children: [{ type: "text" as const, value: node.heading }] }]),
      ];
      return listItem([
        ...(head.length === 0 ? [] : [phrasing(head)]),
        ...node.paragraphs.map(paragraph),
        ...(node.children.length === 0 ? [] : [outlineList(node.children)]),
      ]);
    }),
  );
}

/** Tables under the headings of the sections and subsections they belong to. */
function taskBlocks(document: TaskAssignmentDocument, depth: number): Block[] {
  const tasksIn = (ordinal: number, subsection: number | null) =>
    document.tasks.filter((task) => task.section.ordinal === ordinal && (task.subsection?.ordinal ?? null) === subsection);
  // Every table of the document shows the same columns: 完成时限 and 备注 where some task has one.
  const columns = taskColumnsOf(document.tasks);
  const tasksTable = (ordinal: number, subsection: number | null) => {
    const tasks = tasksIn(ordinal, subsection);
    return tasks.length === 0 ? [] : [tableOf(columns, tasks)];
  };
  return [
    heading(depth, SECTION.tasks),
    ...document.sections.flatMap((section) => [
      heading(depth + 1, sectionHeading(section)),
      ...tasksTable(section.ordinal, null),
      ...section.subsections.flatMap((subsection) => [
        heading(depth + 2, subsectionHeading(subsection)),
        ...tasksTable(section.ordinal, subsection.ordinal),
      ]),
    ]),
  ];
}

function levyBlocks(document: LevyNoticeDocument, depth: number): Block[] {
  if (document.levyTable === null) return [];
  return [
    heading(depth, SECTION.levy),
    ...present(fieldList(LevyTableSchema, document.levyTable, new Set(["tiers"]))),
    tableOf(TIER_COLUMNS, document.levyTable.tiers),
  ];
}

function regulationBlocks({ regulation }: RegulationDocument, depth: number): Block[] {
  return [
    heading(depth, SECTION.regulation),
    ...present(fieldList(RegulationSchema, regulation, new Set(["chapters"]))),
    ...regulation.chapters.flatMap((chapter) => [
      heading(depth + 1, chapterHeading(chapter.number, chapter.title)),
      ...present(fieldList(ChapterSchema, chapter, new Set(["number", "title", "articles"]))),
      ...chapter.articles.flatMap((article) => [
        heading(depth + 2, articleHeading(article.number)),
        ...article.paragraphs.map(paragraph),
        ...present(fieldList(ArticleSchema, article, new Set(["number", "paragraphs"]))),
      ]),
    ]),
  ];
}

/** What a document's kind adds to its envelope, under a heading of its own. */
function kindBlocks(document: Document, depth: number): Block[] {
  switch (document.kind) {
    case "task-assignment":
      return taskBlocks(document, depth);
    case "levy-notice":
      return levyBlocks(document, depth);
    case "regulation":
      return regulationBlocks(document, depth);
    case "personnel":
      return [heading(depth, SECTION.notices), recordList(NoticeSchema, document.notices)];
    default:
      // A generic document, or one of a project's kind, whose fields its field list shows.
      return [];
  }
}

/** A document, or one it forwards: heading, envelope, outline, its kind's part, then what it forwards. */
function documentBlocks(document: Document | ForwardedDocument, schema: AnyObject, depth: number, prefix: string): Block[] {
  return [
    heading(depth, prefix + (document.title ?? "")),
    ...present(fieldList(schema, document, OWN_PLACE)),
    ...(document.body.length === 0 ? [] : [heading(depth + 1, SECTION.body), outlineList(document.body)]),
    ...("kind" in document ? kindBlocks(document, depth + 1) : []),
    ...document.forwarded.flatMap((forwarded) => documentBlocks(forwarded, EnvelopeSchema, depth + 1, FORWARDED_PREFIX)),
  ];
}

export interface MarkdownOptions {
  /** The grammars the parse used, when a project added its own: their kinds' fields are rendered too. */
  grammars?: readonly Grammar[];
}

/**
 * The issue as Markdown (GFM): a heading per document with its envelope as a field list, its outline as
 * nested lists, its tables as GFM tables. `fromMarkdown` reads it back; what does not survive is listed
 * there.
 */
export function toMarkdown(gazette: Gazette, options: MarkdownOptions = {}): string {
  const { issue } = gazette;
  const schemas = kindSchemas(documentSchema(options.grammars ?? []));
  const children: Block[] = [
    heading(ISSUE_DEPTH, issue?.title ?? ""),
    ...present(fieldList(IssueFieldsSchema, { year: issue?.year ?? null, number: issue?.number ?? null, pages: gazette.pages })),
    ...gazette.documents.flatMap((document) => documentBlocks(document, schemas.get(document.kind) ?? EnvelopeSchema, DOCUMENT_DEPTH, "")),
  ];
  return unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*", listItemIndent: "one" })
    .stringify({ type: "root", children });
}
