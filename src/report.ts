import type { ForwardedDocument } from "./schema/common.js";
import type { Document, DocumentKind } from "./schema/document.js";
import type { Coverage, Gazette } from "./schema/gazette.js";

/**
 * What a parse found, as counts: small enough to keep beside an issue in version control and compare in
 * CI (`gz-gazette check FILE --expect REPORT.json`), and specific enough that a grammar losing a row, an
 * article or a notice changes it.
 */
export interface ParseReport {
  pages: number;
  /** Top-level documents. */
  documents: number;
  /** Documents forwarded by others, at any depth. */
  forwarded: number;
  kinds: Record<DocumentKind, number>;
  tasks: number;
  sections: number;
  tiers: number;
  chapters: number;
  articles: number;
  notices: number;
  /** Diagnostics per rule, rules in alphabetical order so that the JSON is stable. */
  diagnostics: Record<string, number>;
  coverage: Coverage;
}

/** Every kind, so that a kind the parse stops finding shows as 0 rather than disappearing. */
const noKinds = (): Record<DocumentKind, number> => ({
  "task-assignment": 0,
  "levy-notice": 0,
  regulation: 0,
  personnel: 0,
  generic: 0,
});

// Grammars are wired one at a time, so a document may carry its kind before its kind's fields: count
// what is there and treat a missing list as empty.
const lengthOf = (items: readonly unknown[] | undefined): number => items?.length ?? 0;

const countForwarded = (forwarded: readonly ForwardedDocument[]): number =>
  forwarded.reduce((sum, child) => sum + 1 + countForwarded(child.forwarded), 0);

type ContentCounts = Pick<ParseReport, "tasks" | "sections" | "tiers" | "chapters" | "articles" | "notices">;

/** The rows, tiers, articles or notices that a document's kind gives it. */
function contentOf(document: Document): Partial<ContentCounts> {
  switch (document.kind) {
    case "task-assignment":
      return { tasks: lengthOf(document.tasks), sections: lengthOf(document.sections) };
    case "levy-notice":
      return { tiers: lengthOf(document.levyTable?.tiers) };
    case "regulation": {
      const chapters = document.regulation?.chapters ?? [];
      return { chapters: chapters.length, articles: chapters.reduce((sum, chapter) => sum + lengthOf(chapter.articles), 0) };
    }
    case "personnel":
      return { notices: lengthOf(document.notices) };
    case "generic":
      return {};
  }
}

function countDiagnostics(gazette: Gazette): Record<string, number> {
  const counts = new Map<string, number>();
  for (const diagnostic of gazette.diagnostics) counts.set(diagnostic.ruleId, (counts.get(diagnostic.ruleId) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Counts what a parse found: documents per kind, their rows, tiers, chapters, articles, notices, and diagnostics per rule. */
export function buildReport(gazette: Gazette): ParseReport {
  const kinds = noKinds();
  const content: ContentCounts = { tasks: 0, sections: 0, tiers: 0, chapters: 0, articles: 0, notices: 0 };
  for (const document of gazette.documents) {
    kinds[document.kind] += 1;
    for (const [key, count] of Object.entries(contentOf(document)) as Array<[keyof ContentCounts, number]>) content[key] += count;
  }
  return {
    pages: gazette.pages,
    documents: gazette.documents.length,
    forwarded: gazette.documents.reduce((sum, document) => sum + countForwarded(document.forwarded), 0),
    kinds,
    ...content,
    diagnostics: countDiagnostics(gazette),
    coverage: gazette.coverage,
  };
}

/** `{ kinds: { generic: 2 } }` → `kinds.generic` = 2: every leaf of a JSON value under its dotted path. */
function leaves(value: unknown, path: string, into: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, path === "" ? key : `${path}.${key}`, into);
  } else {
    into.set(path, value);
  }
  return into;
}

const show = (value: unknown): string => (value === undefined ? "absent" : JSON.stringify(value));

/**
 * How `actual` differs from `expected`, one line per changed count (`kinds.generic: expected 2, got 1`),
 * in the order of the expected report and then of counts only the actual one has. Empty when they agree.
 */
export function compareReports(expected: unknown, actual: ParseReport): string[] {
  const before = leaves(expected, "", new Map());
  const after = leaves(actual, "", new Map());
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths
    .filter((path) => !Object.is(before.get(path), after.get(path)))
    .map((path) => `${path}: expected ${show(before.get(path))}, got ${show(after.get(path))}`);
}
