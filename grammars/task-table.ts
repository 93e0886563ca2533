import type { Diagnostics, Span } from "../src/diagnostics.js";
import type { DocumentSegment, Grammar, GrammarContext } from "../src/grammar.js";
import type { Section, Task, TaskTableFields } from "../src/schema/task.js";
import { IDEOGRAPHIC_COMMA, IDEOGRAPHIC_FULL_STOP } from "../src/tokenize/characters.js";
import { inputEnd, inputStart, lineSpan } from "../src/tokenize/index.js";
import { spanOf } from "../src/tokenize/source.js";
import { filledEnds, runPage, runSpan, type PagedLine, type Run } from "../src/text/run.js";
import type { Furniture } from "../src/schema/gazette.js";
import { TASK_TABLE_NAMES } from "../src/vocabulary.js";
import { COLUMN_KINDS, columnsOf, DEFAULT_COLUMNS, unreadHeadings, type ColumnKind } from "./task-table/columns.js";
import { isDeadline } from "./task-table/deadline.js";
import { namesOf, opensWithTitle, readBlocks, type Block, type FurnitureBlock, type HeadingBlock, type RowBlock } from "./task-table/rows.js";
import { joinSegments, textOf, type Segment } from "./task-table/segments.js";
import { NameStore, splitGroups, splitUnits, type Item } from "../src/text/lists.js";
import { indexUnits, recognise, splitGlued, type UnitIndex } from "./task-table/unit-names.js";
import { units, type Unit } from "./units.js";

export { units, type Unit, type UnitKind } from "./units.js";

/** What an envelope title or a table title says of a responsibility table: `…工作责任分工`. */
type SectionRef = Omit<Section, "subsections">;


/**
 * Reports each stretch of a header that names no column (`完成日期`), at the header line it starts on:
 * its cells go to another column, so the header is never dropped in silence.
 */
function reportUnread(lines: readonly string[], placeOfLine: (line: number) => { span: Span; page: number }, diagnostics: Diagnostics): void {
  for (const { line, text } of unreadHeadings(lines)) {
    const { span, page } = placeOfLine(line);
    diagnostics.error("unknown-column-heading", `Column heading "${text}" is not one the grammar knows: its cells are read as another column's`, span, page);
  }
}

/**
 * The columns that the table's header names, where furniture removal set the header aside: the header
 * lines of the annex's first page that has them (`序号重点工作` / `市政府` / `分管领导` / `牵头单位配合单位备注`).
 */
function headerColumns(annex: readonly PagedLine[], furniture: readonly Furniture[], diagnostics: Diagnostics): readonly ColumnKind[] | null {
  const { first, last } = filledEnds(annex);
  if (!first || !last) return null;
  const from = inputStart(first, 0);
  const to = inputEnd(last, last.text.length - 1);
  const headers = furniture.filter((item) => item.kind === "table-header" && item.position.start.offset >= from && item.position.end.offset <= to);
  const page = headers[0]?.page;
  const header = headers.filter((item) => item.page === page);
  const texts = header.map((item) => item.text);
  reportUnread(texts, (line) => ({ span: { start: header[line]!.position.start.offset, end: header[line]!.position.end.offset }, page: header[line]!.page }), diagnostics);
  return columnsOf(texts.join(""));
}

/** The heading's title without the full stop that ends it: `加快构建现代产业体系`. */
function headingTitle(heading: HeadingBlock): string {
  const title = textOf(heading.title);
  return title.endsWith(IDEOGRAPHIC_FULL_STOP) ? title.slice(0, -1) : title;
}

/** The input span and page of a heading's or row's first segment, for diagnostics. */
function placeOf(segment: Segment): { span: { start: number; end: number }; page: number } {
  const line = segment.line;
  return { span: { start: inputStart(line, segment.from), end: inputEnd(line, segment.to - 1) }, page: line.page };
}

/**
 * Resolves the printed names of a cell: a registered or collective name stands; names printed without
 * their separator that the registry can tell apart are split (`missing-separator`); any other name
 * stands whole with an `unknown-unit` note; text that is no name at all is `unconsumed-text`.
 */
function resolveNames(items: readonly Item[], run: Run, registry: UnitIndex, diagnostics: Diagnostics): string[] {
  const names: string[] = [];
  for (const item of items) {
    const recognition = recognise(item.text, registry);
    if (recognition !== "malformed" && recognition !== "unknown") {
      names.push(item.text);
      continue;
    }
    // Only a name reported on needs its place: most names are known.
    const span = runSpan(run, item.from, item.to);
    const page = runPage(run, item.from);
    if (recognition === "malformed") {
      diagnostics.error("unconsumed-text", `"${item.text}" is not the name of a body`, span, page);
      continue;
    }
    const glued = splitGlued(item, registry);
    if (glued) {
      diagnostics.warn("missing-separator", `"${item.text}" reads as ${glued.map((part) => part.text).join(IDEOGRAPHIC_COMMA)}`, span, page);
      names.push(...glued.map((part) => part.text));
      continue;
    }
    diagnostics.info("unknown-unit", `"${item.text}" is not in the unit registry`, span, page);
    names.push(item.text);
  }
  return names;
}

/** What a table's rows are read with: the registry of units, and one string for each name read. */
interface TableReading {
  registry: UnitIndex;
  names: NameStore;
}

/** Builds one task from a row's cells and reports what the row lacks. */
function taskOf(row: RowBlock, section: SectionRef, subsection: Task["subsection"], table: TableReading, context: GrammarContext): Task {
  const { registry, names } = table;
  const { diagnostics, source } = context;
  const { span, page } = placeOf(row.marker);
  const text = textOf(row.text);
  if (text === "") diagnostics.error("missing-text", `Task ${row.seq} has no text`, span, page);
  const leaders = names.list(row.leaders.flatMap((segment) => namesOf(segment.text)));
  if (leaders.length === 0) diagnostics.error("missing-leader", `Task ${row.seq} names no leader`, span, page);
  const leadRun = joinSegments(row.lead);
  const leadUnits = names.list(resolveNames(splitUnits(leadRun.text), leadRun, registry, diagnostics));
  if (leadUnits.length === 0) diagnostics.error("missing-lead-unit", `Task ${row.seq} names no lead unit`, span, page);
  const cooperatingRun = joinSegments(row.cooperating);
  const cooperatingGroups = names.groups(
    splitGroups(cooperatingRun.text)
      .map((group) => resolveNames(group, cooperatingRun, registry, diagnostics))
      .filter((group) => group.length > 0),
  );
  const deadline = textOf(row.deadline) || null;
  // A deadline of a form the grammar does not know may end short, or hold a neighbouring cell: never in silence.
  if (deadline !== null && !isDeadline(deadline)) {
    const cell = joinSegments(row.deadline);
    diagnostics.error("unknown-deadline", `Deadline "${deadline}" is not a form the grammar knows: it may end short or hold a neighbouring cell`, runSpan(cell), runPage(cell));
  }
  // The row's last cell in the input, whatever the order of the columns.
  const lastOf = (cell: readonly Segment[]) => (cell.length === 0 ? -1 : inputEnd(cell.at(-1)!.line, cell.at(-1)!.to - 1));
  const end = Math.max(inputEnd(row.marker.line, row.marker.to - 1), ...COLUMN_KINDS.map((kind) => lastOf(row[kind])));
  return {
    seq: row.seq,
    section,
    subsection,
    text,
    leaders,
    leadUnits,
    cooperatingUnits: names.list(cooperatingGroups.flat()),
    cooperatingGroups,
    deadline,
    remark: textOf(row.remark) || null,
    page,
    position: spanOf(source, span.start, end),
  };
}

/** Checks that a number continues its sequence: `seq` 1..N, section numerals 一, 二, …, subsections （一）, （二）, … */
function checkOrder(what: string, found: number, expected: number, segment: Segment, diagnostics: Diagnostics): void {
  if (found === expected) return;
  const { span, page } = placeOf(segment);
  const kind = found < expected ? "repeats or goes back" : `skips ${found - expected === 1 ? expected : `${expected}–${found - 1}`}`;
  diagnostics.error(`${what}-order`, `${what} ${found} ${kind}: expected ${expected}`, span, page);
}

/** Marks the segments that went into a value as read. */
function markSegments(segments: readonly Segment[], context: GrammarContext): void {
  for (const segment of segments) context.consumed.piece(segment.line, segment.from, segment.to);
}

/** Turns the blocks into tasks and sections, checking the table's own order as it goes. */
function assemble(blocks: readonly Block[], registry: UnitIndex, context: GrammarContext): TaskTableFields {
  const { diagnostics } = context;
  const tasks: Task[] = [];
  const sections: Section[] = [];
  let section: Section | null = null;
  // What each of the section's tasks refers to: one object for all of them, frozen as the shared lists are.
  let sectionRef: SectionRef | null = null;
  const table: TableReading = { registry, names: new NameStore() };
  let subsection: Task["subsection"] = null;
  let nextSeq = 1;
  // The lines of the header being read, a block each: checked whole, as a heading may span two of them.
  // A header that furniture removal left atop each page is checked once.
  let header: FurnitureBlock[] = [];
  const checked = new Set<string>();
  const checkHeader = () => {
    const lines = header.map((block) => block.segments[0]!.line);
    const texts = lines.map((line) => line.text);
    if (!checked.has(texts.join())) reportUnread(texts, (i) => ({ span: lineSpan(lines[i]!), page: lines[i]!.page }), diagnostics);
    checked.add(texts.join());
    header = [];
  };

  for (const block of blocks) {
    if (header.length > 0 && !(block.kind === "furniture" && block.what === "column-headings")) checkHeader();
    if (block.kind === "stray") {
      const run = joinSegments(block.segments);
      diagnostics.error("unconsumed-text", `Not part of any row or heading: "${run.text}"`, runSpan(run), runPage(run));
      continue;
    }
    // The table's title and column headings name no value but what the table is: read all the same.
    if (block.kind === "furniture") {
      markSegments(block.segments, context);
      if (block.what === "column-headings") header.push(block);
      continue;
    }
    if (block.kind === "heading") {
      const title = headingTitle(block);
      const { span, page } = placeOf(block.marker);
      if (title === "") {
        diagnostics.error("heading-without-title", `Heading ${block.numeral} has no title`, span, page);
        continue;
      }
      markSegments([block.marker, ...block.title], context);
      if (block.level === "section") {
        checkOrder("section", block.ordinal, (section?.ordinal ?? 0) + 1, block.marker, diagnostics);
        section = { numeral: block.numeral, ordinal: block.ordinal, title, subsections: [] };
        sections.push(section);
        sectionRef = Object.freeze({ numeral: block.numeral, ordinal: block.ordinal, title });
        subsection = null;
      } else if (section) {
        checkOrder("subsection", block.ordinal, (subsection?.ordinal ?? 0) + 1, block.marker, diagnostics);
        subsection = Object.freeze({ ordinal: block.ordinal, title });
        section.subsections.push(subsection);
      } else diagnostics.error("heading-outside-section", `Subsection ${block.numeral} stands before any section`, span, page);
      continue;
    }
    checkOrder("seq", block.seq, nextSeq, block.marker, diagnostics);
    nextSeq = block.seq + 1;
    if (!sectionRef) {
      const { span, page } = placeOf(block.marker);
      diagnostics.error("row-outside-section", `Task ${block.seq} stands before any section`, span, page);
      continue;
    }
    tasks.push(taskOf(block, sectionRef, subsection, table, context));
    markSegments([block.marker], context);
    for (const kind of COLUMN_KINDS) markSegments(block[kind], context);
  }
  checkHeader();
  return { tasks, sections };
}

const namesTable = (title: string): boolean => TASK_TABLE_NAMES.some((name) => title.includes(name));

/**
 * The grammar of a responsibility table (责任分工) that a notice issues: rows of 序号 / 重点工作 /
 * 分管市领导 / 牵头单位 / 配合单位 under section and subsection headings, read with a registry of units.
 */
export function taskTableGrammarWith(registryUnits: readonly Unit[]): Grammar<"task-assignment", TaskTableFields> {
  const registry = indexUnits(registryUnits);
  // `parse` reads the blocks that `claims` has just read for the same segment: they are read once, unless
  // the header that furniture removal set aside names other columns than those `claims` read by. One
  // reading is kept, and only until `parse` takes it: a WeakMap would keep every table's blocks, and
  // the lines they hold, until the next full collection.
  let lastRead: { annex: readonly PagedLine[]; columns: readonly ColumnKind[]; blocks: Block[] } | null = null;
  const blocksOf = (segment: DocumentSegment, columns: readonly ColumnKind[] = DEFAULT_COLUMNS): Block[] => {
    if (lastRead?.annex !== segment.annex || lastRead.columns.join() !== columns.join()) {
      lastRead = { annex: segment.annex, columns, blocks: readBlocks(segment.annex, registry, columns) };
    }
    return lastRead.blocks;
  };
  return {
    kind: "task-assignment",

    /** A segment whose title or annex title names a responsibility table, and whose annex has rows with leaders. */
    claims(segment: DocumentSegment): boolean {
      // Told by the titles first: the blocks are read only for a segment that names a table.
      const titled = namesTable(segment.envelope.title ?? "") || opensWithTitle(segment.annex);
      const claimed = titled && blocksOf(segment).some((block) => block.kind === "row" && block.leaders.length > 0);
      if (!claimed) lastRead = null;
      return claimed;
    },

    parse(segment: DocumentSegment, context: GrammarContext): TaskTableFields {
      const columns = headerColumns(segment.annex, context.furniture ?? [], context.diagnostics) ?? DEFAULT_COLUMNS;
      const blocks = blocksOf(segment, columns);
      lastRead = null;
      return assemble(blocks, registry, context);
    },
  };
}

/** The responsibility-table grammar with the bundled unit registry. */
export const taskTableGrammar = taskTableGrammarWith(units);
