export { parseGazette, DEFAULT_MAX_INPUT_LENGTH, type ParseOptions } from "./parse.js";
export { tokenize, normaliseLine, type Line, type NormalisedText } from "./tokenize/index.js";
export { parseChineseNumeral } from "../grammars/numerals.js";
export * from "./schema/index.js";
