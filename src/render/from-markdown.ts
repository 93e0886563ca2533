import type { Heading, List, Nodes, RootContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { EnvelopeSchema, type OutlineNode } from "../schema/common.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Grammar } from "../grammar.js";
import { documentSchema, type Document } from "../schema/document.js";
import type { Issue } from "../schema/gazette.js";
import { LevyTableSchema } from "../schema/levy.js";
import { NoticeSchema } from "../schema/personnel.js";
import { ArticleSchema, ChapterSchema, RegulationSchema } from "../schema/regulation.js";
import { readMarker } from "../../grammars/outline.js";
import { OPTIONAL_TASK_COLUMNS, TASK_COLUMNS, TIER_COLUMNS, type Column } from "./columns.js";
import { readFields, readRecordList, type AnyObject, type FieldContext } from "./fields.js";
import {
  DOCUMENT_DEPTH,
  FORWARDED_PREFIX,
  ISSUE_DEPTH,
  IssueFieldsSchema,
  kindSchemas,
  OWN_PLACE,
  readArticleHeading,
  readChapterHeading,
  readSectionHeading,
  readSubsectionHeading,
  SECTION,
} from "./layout.js";
import { jsonPath } from "../json-path.js";
import { plainText, positionOf } from "./mdast.js";

/**
 * What `fromMarkdown` reads: the issue, its page count and its documents, which pass `DocumentSchema`, and
 * the problems of the Markdown as diagnostics placed in the Markdown.
 *
 * What does not survive a rendition: every `position` (it points into the extracted text; read back, it
 * is the value's place in the Markdown) and the `page` of a part of a document (an outline node, task,
 * article or notice; read back, it is its document's first page). A document's own `pages` survive. The
 * gazette's furniture, diagnostics and coverage describe the extracted text, not the issue, and are not
 * rendered. Text is read back trimmed, as the parser gives it.
 */
export interface MarkdownGazette {
  issue: Issue | null;
  pages: number;
  documents: Document[];
  diagnostics: Diagnostic[];
}

type Rule = "markdown-unexpected" | "markdown-invalid-field" | "markdown-table-column-missing" | "markdown-table-row-malformed" | "markdown-invalid-document" | "internal-error";

class Problems {
  readonly list: Diagnostic[] = [];
  report(ruleId: Rule, node: Nodes | null, message: string): void {
    const place = node === null ? null : positionOf(node);
    this.list.push({ ruleId, source: "gz-gazette", severity: "error", fatal: true, message, place, line: place?.start.line ?? null, column: place?.start.column ?? null, page: null });
  }
}

/** The top-level nodes of the Markdown, read front to back. */
class Cursor {
  private index = 0;
  constructor(private readonly nodes: readonly RootContent[]) {}
  peek(): RootContent | undefined {
    return this.nodes[this.index];
  }
  next(): RootContent | undefined {
    return this.nodes[this.index++];
  }
  /** The next node, taken when it has the type. */
  take<Type extends RootContent["type"]>(type: Type): Extract<RootContent, { type: Type }> | undefined {
    const node = this.peek();
    if (node?.type !== type) return undefined;
    this.index += 1;
    return node as Extract<RootContent, { type: Type }>;
  }
  /** The next heading, taken when it is exactly `depth` deep. */
  heading(depth: number): Heading | undefined {
    const node = this.peek();
    return node?.type === "heading" && node.depth === depth ? this.take("heading") : undefined;
  }
  /** Skips what stands before the next heading at most `depth` deep, reporting it. */
  skipTo(depth: number, problems: Problems, why: string): void {
    for (let node = this.peek(); node !== undefined && !(node.type === "heading" && node.depth <= depth); node = this.peek()) {
      problems.report("markdown-unexpected", this.next()!, why);
    }
  }
  get last(): RootContent | undefined {
    return this.nodes[this.index - 1];
  }
}

interface Reading extends FieldContext {
  cursor: Cursor;
  problems: Problems;
}

const fieldContext = (problems: Problems, page: number): FieldContext => ({
  page,
  report: (node, message) => problems.report("markdown-invalid-field", node, message),
});

/** `**marker** *heading*` alone in a paragraph: the head of an outline node. */
const isHead = (node: Nodes): boolean =>
  node.type === "paragraph" && node.children.every((child) => child.type === "strong" || child.type === "emphasis" || (child.type === "text" && child.value.trim() === ""));

function readOutline(nodes: List | undefined, reading: Reading): OutlineNode[] {
  return (nodes?.children ?? []).map((item) => {
    const [first, ...rest] = item.children;
    const head = first !== undefined && isHead(first) && first.type === "paragraph" ? first : null;
    const content = head === null ? item.children : rest;
    const marker = head?.children.find((child) => child.type === "strong");
    const title = head?.children.find((child) => child.type === "emphasis");
    const markerText = marker ? plainText(marker) : null;
    const numbering = markerText === null ? { level: 0, ordinal: null } : readMarker(markerText);
    if (numbering === null) reading.report(marker!, `${markerText} is not an outline marker (一、 （一） 1. （1）)`);
    const nested = content.find((child): child is List => child.type === "list");
    return {
      marker: markerText,
      level: numbering?.level ?? 0,
      ordinal: numbering?.ordinal ?? null,
      heading: title ? plainText(title) : null,
      paragraphs: content.filter((child) => child.type === "paragraph").map(plainText),
      children: readOutline(nested, reading),
      page: reading.page,
      position: positionOf(item),
    };
  });
}

/**
 * The rows of a GFM table by its header; a missing column or a malformed row is reported with its line.
 * An optional column the table does not show (`完成时限`, `备注`) is left to the schema's default, null.
 */
function readTable<Row>(
  required: ReadonlyArray<Column<Row>>,
  node: Table,
  reading: Reading,
  optional: ReadonlyArray<Column<Row>> = [],
): Array<Partial<Row> & { page: number; position: ReturnType<typeof positionOf> }> {
  const [header, ...rows] = node.children;
  const headers = header!.children.map(plainText);
  const columns = [...required, ...optional.filter((column) => headers.includes(column.header))];
  const missing = required.filter((column) => !headers.includes(column.header));
  if (missing.length > 0) {
    reading.problems.report("markdown-table-column-missing", header!, `The table has no column ${missing.map((column) => column.header).join(", ")}: its header is ${headers.join(" | ")}`);
    return [];
  }
  return rows.flatMap((row) => {
    if (row.children.length !== headers.length) {
      reading.problems.report("markdown-table-row-malformed", row, `The row has ${row.children.length} cells, the header ${headers.length}`);
      return [];
    }
    const fields: Partial<Row> = {};
    for (const column of columns) {
      const read = column.read(plainText(row.children[headers.indexOf(column.header)]!));
      if (!read.ok) {
        reading.problems.report("markdown-table-row-malformed", row, read.reason);
        return [];
      }
      Object.assign(fields, read.fields);
    }
    return [{ ...fields, page: reading.page, position: positionOf(row) }];
  });
}

function readTasks(depth: number, reading: Reading): Record<string, unknown> {
  const { cursor } = reading;
  const sections = [];
  const tasks = [];
  for (let node = cursor.heading(depth); node !== undefined; node = cursor.heading(depth)) {
    const section = readSectionHeading(plainText(node));
    if (!section.ok) {
      reading.problems.report("markdown-unexpected", node, section.reason);
      cursor.skipTo(depth, reading.problems, "Tasks belong under a section heading");
      continue;
    }
    const subsections = [];
    let subsection: { ordinal: number; title: string } | null = null;
    for (let next = cursor.peek(); next !== undefined && !(next.type === "heading" && next.depth <= depth); next = cursor.peek()) {
      if (next.type === "table") {
        tasks.push(...readTable(TASK_COLUMNS, cursor.take("table")!, reading, OPTIONAL_TASK_COLUMNS).map((task) => ({ ...task, section: section.value, subsection })));
      } else if (next.type === "heading" && next.depth === depth + 1) {
        const read = readSubsectionHeading(plainText(cursor.next()!));
        if (read.ok) subsections.push((subsection = read.value));
        else reading.problems.report("markdown-unexpected", next, read.reason);
      } else {
        reading.problems.report("markdown-unexpected", cursor.next()!, "A section holds task tables and subsection headings (`（1）标题`)");
      }
    }
    sections.push({ ...section.value, subsections });
  }
  return { tasks, sections };
}

function readLevy(node: Heading, reading: Reading): Record<string, unknown> {
  const { cursor } = reading;
  const levyTable = readFields(LevyTableSchema, cursor.take("list"), node, reading, new Set(["tiers"]));
  const tiers = cursor.take("table");
  if (tiers === undefined) reading.problems.report("markdown-unexpected", node, "The levy table section has no table of tiers");
  return { levyTable: { ...levyTable, tiers: tiers ? readTable(TIER_COLUMNS, tiers, reading).map(({ page: _, position: __, ...tier }) => tier) : [] } };
}

function readRegulation(node: Heading, depth: number, reading: Reading): Record<string, unknown> {
  const { cursor } = reading;
  const regulation = readFields(RegulationSchema, cursor.take("list"), node, reading, new Set(["chapters"]));
  const chapters = [];
  for (let chapterNode = cursor.heading(depth); chapterNode !== undefined; chapterNode = cursor.heading(depth)) {
    const chapter = readChapterHeading(plainText(chapterNode));
    if (!chapter.ok) reading.problems.report("markdown-unexpected", chapterNode, chapter.reason);
    const rest = readFields(ChapterSchema, cursor.take("list"), chapterNode, reading, new Set(["number", "title", "articles"]));
    const articles = [];
    for (let articleNode = cursor.heading(depth + 1); articleNode !== undefined; articleNode = cursor.heading(depth + 1)) {
      const number = readArticleHeading(plainText(articleNode));
      if (!number.ok) reading.problems.report("markdown-unexpected", articleNode, number.reason);
      const paragraphs = [];
      for (let paragraph = cursor.take("paragraph"); paragraph !== undefined; paragraph = cursor.take("paragraph")) paragraphs.push(plainText(paragraph));
      const items = readFields(ArticleSchema, cursor.take("list"), articleNode, reading, new Set(["number", "paragraphs"]));
      articles.push({ ...items, number: number.ok ? number.value : undefined, paragraphs, position: positionOf(articleNode) });
    }
    chapters.push({ ...rest, ...(chapter.ok ? chapter.value : {}), articles });
  }
  return { regulation: { ...regulation, chapters } };
}

/** A document's kind section, its heading taken; null when the kind has no section of that title. */
function readKindSection(kind: string, node: Heading, reading: Reading): Record<string, unknown> | null {
  const title = plainText(node);
  if (kind === "task-assignment" && title === SECTION.tasks) return readTasks(node.depth + 1, reading);
  if (kind === "levy-notice" && title === SECTION.levy) return readLevy(node, reading);
  if (kind === "regulation" && title === SECTION.regulation) return readRegulation(node, node.depth + 1, reading);
  if (kind === "personnel" && title === SECTION.notices) return { notices: readRecordList(NoticeSchema, reading.cursor.take("list"), reading) };
  return null;
}

const KIND = /^kind: (?<kind>.*)$/s;

/** The schema of a document's kind, from the `kind` item of its field list. */
function schemaOf(fields: List | undefined, schemas: ReadonlyMap<string, AnyObject>): { kind: string; schema: AnyObject } | null {
  for (const item of fields?.children ?? []) {
    const kind = KIND.exec(item.children[0] ? plainText(item.children[0]) : "")?.groups?.kind;
    const schema = kind === undefined ? undefined : schemas.get(kind);
    if (kind !== undefined && schema !== undefined) return { kind, schema };
  }
  return null;
}

/**
 * A document whose heading has just been taken: its envelope, outline, kind section and forwarded
 * documents, until the next heading as deep as its own. `kind` is null for a forwarded document.
 */
function readDocument(node: Heading, prefix: string, schemas: ReadonlyMap<string, AnyObject> | null, cursor: Cursor, problems: Problems): Record<string, unknown> | null {
  const fields = cursor.take("list");
  const typed = schemas !== null ? schemaOf(fields, schemas) : { kind: null, schema: EnvelopeSchema };
  if (typed === null) {
    problems.report("markdown-invalid-document", node, `The document has no \`kind: …\` item naming one of ${[...schemas!.keys()].join(", ")}`);
    cursor.skipTo(node.depth, problems, "This belongs to a document that cannot be read");
    return null;
  }
  const envelope = readFields(typed.schema, fields, node, fieldContext(problems, 1), OWN_PLACE);
  const page = (envelope.pages as { from?: number } | undefined)?.from ?? 1;
  const reading: Reading = { ...fieldContext(problems, page), cursor, problems };
  const title = plainText(node).slice(prefix.length);
  const document: Record<string, unknown> = { ...envelope, title: title === "" ? null : title, body: [], forwarded: [] };
  for (let section = cursor.heading(node.depth + 1); section !== undefined; section = cursor.heading(node.depth + 1)) {
    const name = plainText(section);
    if (name === SECTION.body) document.body = readOutline(cursor.take("list"), reading);
    else if (name.startsWith(FORWARDED_PREFIX)) {
      const forwarded = readDocument(section, FORWARDED_PREFIX, null, cursor, problems);
      if (forwarded !== null) (document.forwarded as unknown[]).push(forwarded);
    } else {
      const added = typed.kind === null ? null : readKindSection(typed.kind, section, reading);
      if (added === null) problems.report("markdown-unexpected", section, `A ${typed.kind ?? "forwarded"} document has no section ${name}`);
      Object.assign(document, added);
    }
    cursor.skipTo(node.depth + 1, problems, `Unexpected content in the section ${name}`);
  }
  cursor.skipTo(node.depth, problems, "Unexpected content in a document");
  document.position = { start: positionOf(node).start, end: positionOf(cursor.last ?? node).end };
  return document;
}

function readGazette(markdown: string, grammars: readonly Grammar[], problems: Problems): MarkdownGazette {
  const union = documentSchema(grammars);
  const schemas = kindSchemas(union);
  const cursor = new Cursor(unified().use(remarkParse).use(remarkGfm).parse(markdown).children);
  const head = cursor.heading(ISSUE_DEPTH);
  if (head === undefined) {
    problems.report("markdown-unexpected", cursor.peek() ?? null, "A gazette rendition starts with its issue heading (`# 广州市人民政府公报`)");
    return { issue: null, pages: 0, documents: [], diagnostics: problems.list };
  }
  const fields = readFields(IssueFieldsSchema, cursor.take("list"), head, fieldContext(problems, 1));
  const parsed = IssueFieldsSchema.safeParse(fields);
  const title = plainText(head);
  const issue = parsed.success && title !== "" && parsed.data.year !== null && parsed.data.number !== null ? { title, year: parsed.data.year, number: parsed.data.number } : null;
  const documents: Document[] = [];
  cursor.skipTo(DOCUMENT_DEPTH, problems, "Unexpected content before the first document");
  for (let node = cursor.heading(DOCUMENT_DEPTH); node !== undefined; node = cursor.heading(DOCUMENT_DEPTH)) {
    const read = readDocument(node, "", schemas, cursor, problems);
    const checked = union.safeParse(read);
    if (checked.success) documents.push(checked.data as Document);
    else if (read !== null) checked.error.issues.forEach((issue) => problems.report("markdown-invalid-document", node, `${jsonPath(issue.path)}: ${issue.message}`));
    cursor.skipTo(DOCUMENT_DEPTH, problems, "Unexpected content between documents");
  }
  cursor.skipTo(0, problems, "Unexpected content after the documents");
  return { issue, pages: parsed.success ? parsed.data.pages : 0, documents, diagnostics: problems.list };
}

/**
 * Reads a rendition of `toMarkdown` back into the package's objects. Never throws: what it cannot read
 * becomes a diagnostic with its line in the Markdown, and a document that does not pass its schema is
 * left out with one.
 */
export function fromMarkdown(markdown: string, options: { grammars?: readonly Grammar[] } = {}): MarkdownGazette {
  const problems = new Problems();
  try {
    return readGazette(markdown, options.grammars ?? [], problems);
  } catch (error) {
    // A defect of the reader must not reach the caller as an exception.
    problems.report("internal-error", null, `The Markdown reader failed: ${String(error)}`);
    return { issue: null, pages: 0, documents: [], diagnostics: problems.list };
  }
}
