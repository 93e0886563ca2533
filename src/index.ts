export { parseGazette, DEFAULT_MAX_INPUT_LENGTH, type ParseOptions } from "./parse.js";
export { tokenize, normaliseLine, type Line, type NormalisedText } from "./tokenize/index.js";
export { parseChineseNumeral } from "../grammars/numerals.js";
export * from "./schema/index.js";
export { toMarkdown } from "./render/markdown.js";
export { fromMarkdown, type MarkdownGazette } from "./render/from-markdown.js";
export { toCsv, type CsvTable } from "./render/csv.js";
export { namedSchemas, jsonSchemaOf, type SchemaName } from "./json-schemas.js";
