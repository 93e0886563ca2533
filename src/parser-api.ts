/**
 * What `gz-gazette/parser` and the package root share: the parser and what works on its results, without
 * the zod schemas. Each entry adds the schemas its own way: the root as values, `gz-gazette/parser` as
 * types only.
 */
export { parseGazette, DEFAULT_MAX_INPUT_LENGTH, type ParseOptions } from "./parse.js";
export { tokenize, normaliseLine, inputStart, inputEnd, lineSpan, type Line, type NormalisedText, type SourceMap } from "./tokenize/index.js";
export { parseChineseNumeral } from "./text/numerals.js";
export { computeLevy, type LevyInput, type LevyResult, type PriceUnit } from "../grammars/levy-calculator.js";
export { isInForce, parseEffective, type HasEffective } from "../grammars/effective.js";
export { findReferences, type FoundReference } from "../grammars/references.js";
export { units, type Unit, type UnitKind } from "../grammars/task-table.js";
export { grammars } from "../grammars/index.js";
export type { Grammar, DocumentSegment, GrammarContext } from "./grammar.js";
export { toCsv, type CsvTable } from "./render/csv.js";
export { decodeText, type DecodedText, type TextEncoding } from "./decode.js";
