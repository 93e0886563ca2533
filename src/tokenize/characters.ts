/**
 * Named characters. Code compares against these names, never against bare literals, so a reader can
 * tell `IDEOGRAPHIC_COMMA` from `COMMA` at a glance.
 */

/** `，` FULLWIDTH COMMA. */
export const FULLWIDTH_COMMA = "\uFF0C";
/** `。` IDEOGRAPHIC FULL STOP. */
export const IDEOGRAPHIC_FULL_STOP = "\u3002";
/** `；` FULLWIDTH SEMICOLON. */
export const FULLWIDTH_SEMICOLON = "\uFF1B";
/** `：` FULLWIDTH COLON. */
export const FULLWIDTH_COLON = "\uFF1A";
/** `！` FULLWIDTH EXCLAMATION MARK. */
export const FULLWIDTH_EXCLAMATION_MARK = "\uFF01";
/** `？` FULLWIDTH QUESTION MARK. */
export const FULLWIDTH_QUESTION_MARK = "\uFF1F";
/** `、` IDEOGRAPHIC COMMA: separates items of a list. */
export const IDEOGRAPHIC_COMMA = "\u3001";
/** `（` FULLWIDTH LEFT PARENTHESIS. */
export const FULLWIDTH_LEFT_PARENTHESIS = "\uFF08";
/** `）` FULLWIDTH RIGHT PARENTHESIS. */
export const FULLWIDTH_RIGHT_PARENTHESIS = "\uFF09";
/** `《` LEFT DOUBLE ANGLE BRACKET: opens a title. */
export const LEFT_DOUBLE_ANGLE_BRACKET = "\u300A";
/** `》` RIGHT DOUBLE ANGLE BRACKET: closes a title. */
export const RIGHT_DOUBLE_ANGLE_BRACKET = "\u300B";
/** `”` RIGHT DOUBLE QUOTATION MARK: closes a quotation, which may end a sentence (`“码上办”。`). */
export const RIGHT_DOUBLE_QUOTATION_MARK = "\u201D";
/** `〔` LEFT TORTOISE SHELL BRACKET: opens the year of a document number (`穗府〔2022〕2号`). */
export const LEFT_TORTOISE_SHELL_BRACKET = "\u3014";
/** `　` IDEOGRAPHIC SPACE. */
export const IDEOGRAPHIC_SPACE = "\u3000";
/** U+FEFF, a byte order mark at the start of a file. */
export const BYTE_ORDER_MARK = "\uFEFF";

/** `—` EM DASH: joins the bounds of a range (`2024—2025年`, `5万—10万元`); alone in a cell it means "none". */
export const EM_DASH = "\u2014";
/** `-` HYPHEN-MINUS, also what `－` FULLWIDTH HYPHEN-MINUS becomes after normalisation. */
export const HYPHEN_MINUS = "-";
/** `/` SOLIDUS, also what `／` FULLWIDTH SOLIDUS becomes after normalisation. */
export const SOLIDUS = "/";

export const SPACE = " ";
export const LEFT_PARENTHESIS = "(";
export const RIGHT_PARENTHESIS = ")";
export const FULL_STOP = ".";

/** `ꎬ` YI SYLLABLE SHAX: what a broken PDF font gives for `，`. */
export const YI_SYLLABLE_SHAX = "\uA3AC";
/** `ꎮ` YI SYLLABLE SHAP: what a broken PDF font gives for `。`. */
export const YI_SYLLABLE_SHAP = "\uA3AE";
/** `ꎻ` YI SYLLABLE SHUX: what a broken PDF font gives for `；`. */
export const YI_SYLLABLE_SHUX = "\uA3BB";
/** U+1001B0, a private-use code point that a broken PDF font gives for the decimal point. */
export const PRIVATE_USE_DECIMAL_POINT = "\u{1001B0}";
/** `«` LEFT-POINTING DOUBLE ANGLE QUOTATION MARK: extracted in place of `《`. */
export const LEFT_GUILLEMET = "\u00AB";
/** `»` RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK: extracted in place of `》`. */
export const RIGHT_GUILLEMET = "\u00BB";

/** Characters that stand in for others in broken extractions, and what they stand for. */
export const substitutions: ReadonlyMap<string, string> = new Map([
  [YI_SYLLABLE_SHAX, FULLWIDTH_COMMA],
  [YI_SYLLABLE_SHAP, IDEOGRAPHIC_FULL_STOP],
  [YI_SYLLABLE_SHUX, FULLWIDTH_SEMICOLON],
  [PRIVATE_USE_DECIMAL_POINT, FULL_STOP],
  [LEFT_GUILLEMET, LEFT_DOUBLE_ANGLE_BRACKET],
  [RIGHT_GUILLEMET, RIGHT_DOUBLE_ANGLE_BRACKET],
]);

/**
 * Full-width forms that Chinese text keeps full-width: punctuation. Every other character of the
 * Halfwidth and Fullwidth Forms block (digits, Latin letters, `％`, `＋`, `／` …) becomes ASCII.
 */
export const keptFullwidth: ReadonlySet<string> = new Set([
  FULLWIDTH_COMMA,
  FULLWIDTH_SEMICOLON,
  FULLWIDTH_COLON,
  FULLWIDTH_EXCLAMATION_MARK,
  FULLWIDTH_QUESTION_MARK,
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_RIGHT_PARENTHESIS,
]);

/** ASCII punctuation that becomes its full-width form when it follows Chinese text (`公开方式: ` → `公开方式：`). */
export const asciiToChinesePunctuation: ReadonlyMap<string, string> = new Map([
  [",", FULLWIDTH_COMMA],
  [";", FULLWIDTH_SEMICOLON],
  [":", FULLWIDTH_COLON],
  ["!", FULLWIDTH_EXCLAMATION_MARK],
  ["?", FULLWIDTH_QUESTION_MARK],
]);

/** Code point ranges of the Han script that gazette text uses: ideographs, 〇 and 々, radicals, extensions. `fragments.han` matches the same. */
export const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
  [0x3005, 0x3007],
  [0x2e80, 0x2fdf],
  [0xf900, 0xfaff],
  [0x20000, 0x323af],
];
/** Kangxi Radicals, CJK Radicals Supplement and the CJK Compatibility Ideographs blocks. */
const IDEOGRAPH_VARIANT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2fdf],
  [0xf900, 0xfaff],
  [0x2f800, 0x2fa1f],
];
const NO_BREAK_SPACE = 0xa0;
const ZERO_WIDTH_NO_BREAK_SPACE = 0xfeff;

const inRanges = (code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean =>
  ranges.some(([first, last]) => code >= first && code <= last);

// Code point comparisons, not regular expressions: the tokenizer asks these for every character. They
// take a code point (or a UTF-16 code unit), so that a caller walking a string by its codes need not
// make a string of each character.
export const isHanCode = (code: number): boolean => inRanges(code, HAN_RANGES);
export const isHan = (character: string): boolean => isHanCode(character.codePointAt(0) ?? 0);
export const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
export const isLatinOrDigitCode = (code: number): boolean => isDigitCode(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
export const isWhitespaceCode = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === NO_BREAK_SPACE || code === 0x3000 || code === ZERO_WIDTH_NO_BREAK_SPACE;
export const isIdeographVariantCode = (code: number): boolean => inRanges(code, IDEOGRAPH_VARIANT_RANGES);
