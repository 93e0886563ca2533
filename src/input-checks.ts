import { decodeText } from "./decode.js";
import type { Diagnostics } from "./diagnostics.js";
import type { Document } from "./schema/document.js";
import type { Issue } from "./schema/gazette.js";

/**
 * C0 controls other than tab, line feed, form feed (a page break in pdftotext's output) and carriage
 * return, DEL, and the C1 controls: no gazette prints them, so a run of them is damage in the extraction.
 * Each run is at most a line long, as lines end at line feeds and carriage returns.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]+/g;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Reports each run of control characters in the input, with its position and page. */
export function reportControlCharacters(text: string, pageAt: (offset: number) => number, diagnostics: Diagnostics): void {
  for (const match of text.matchAll(CONTROL_CHARACTERS)) {
    const start = match.index;
    const page = pageAt(start);
    const what = match[0].length === 1 ? `a control character (${codePoint(match[0])})` : `${match[0].length} control characters (from ${codePoint(match[0])})`;
    diagnostics.warn("control-character", `The text holds ${what}: the extraction may be damaged here`, { start, end: start + match[0].length }, page);
  }
}

/** A document the parser recognised as one: of a known kind, or with a number or a title. */
const isRecognised = (document: Document) =>
  document.kind !== "generic" || document.docNumber !== null || document.decreeNumber !== null || document.title !== null;

/**
 * Reports input in which neither a gazette issue nor any document could be recognised: another file,
 * or a failed extraction, which would otherwise pass a check with no errors.
 */
export function reportNotAGazette(issue: Issue | null, documents: readonly Document[], diagnostics: Diagnostics): void {
  if (issue !== null || documents.some(isRecognised)) return;
  diagnostics.error("not-a-gazette", "Neither a gazette issue nor a document (a number, a title, a known kind) was recognised in this text");
}

function describe(value: unknown): string {
  if (value === null || typeof value !== "object") return value === null ? "null" : typeof value;
  const name = (value as object).constructor?.name;
  return name === undefined || name === "Object" ? "an object" : `a ${name}`;
}

/**
 * The text of what `parseGazette` is given: a string as it is, bytes decoded as the CLI decodes files.
 * Bytes that are no text come back with the reason; anything else is a programming error.
 */
export function inputText(input: string | Uint8Array): { text: string } | { problem: string } {
  if (typeof input === "string") return { text: input };
  if (!(input instanceof Uint8Array)) {
    throw new TypeError(`parseGazette expects the text of an issue as a string, or its bytes as a Uint8Array (such as the Buffer readFileSync returns); it was given ${describe(input)}`);
  }
  const decoded = decodeText(input);
  if (decoded.ok) return { text: decoded.text };
  // No bytes are no text, as an empty string is: the parse says what that is.
  return decoded.problem === "empty" ? { text: "" } : { problem: decoded.message };
}
