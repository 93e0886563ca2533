import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Consumed } from "../src/consumed.js";
import { Diagnostics } from "../src/diagnostics.js";
import { paginate } from "../src/furniture/index.js";
import type { DocumentSegment, GrammarContext } from "../src/grammar.js";
import { run } from "../src/cli/run.js";
import type { PagedLine } from "../src/text/run.js";
import { Tokenizer } from "../src/tokenize/index.js";
import { readSource, type Source } from "../src/tokenize/source.js";
import { emptyEnvelope } from "../grammars/document.js";

export const fixturePath = fileURLToPath(new URL("../fixtures/gz-2022-08.txt", import.meta.url));
export const fixtureText = readFileSync(fixturePath, "utf8");

/** Tokenises and paginates a text: the content lines and a context to hand to grammars. */
export function prepare(text: string): { lines: PagedLine[]; context: GrammarContext } {
  // As the parse reads them: no lines of white space alone.
  const source = readSource(text);
  const lines = new Tokenizer(source, { blankLines: false }).take(source.lineStarts.length);
  const diagnostics = new Diagnostics(source);
  const { content, furniture } = paginate(source, lines, diagnostics);
  return { lines: content, context: { source, diagnostics, furniture, consumed: new Consumed(text.length) } };
}

/** The content lines of the fixture whose input line numbers lie in `[first, last]`. */
export function fixtureLines(first: number, last: number): { lines: PagedLine[]; context: GrammarContext } {
  const { lines, context } = prepare(fixtureText);
  return { lines: lines.filter((line) => line.number >= first && line.number <= last), context };
}

/** The input text that a position points at. */
export const sourceAt = (text: string, position: { start: { offset: number }; end: { offset: number } }): string =>
  text.slice(position.start.offset, position.end.offset);

/** A segment built by hand from fixture lines, for testing a grammar before segmentation hands it one. */
export function segmentOf(parts: {
  lines: PagedLine[];
  body?: PagedLine[];
  annex?: PagedLine[];
  forwarded?: DocumentSegment[];
  title?: string | null;
  /** The source the lines come from; the fixture's by default. */
  source?: Source;
}): DocumentSegment {
  const envelope = emptyEnvelope(parts.lines, parts.source ?? readSource(fixtureText));
  envelope.title = parts.title ?? null;
  return { lines: parts.lines, body: parts.body ?? [], annex: parts.annex ?? [], forwarded: parts.forwarded ?? [], envelope };
}

/** Runs the CLI as a user would, collecting what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
