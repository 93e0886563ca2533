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
/** `〔` LEFT TORTOISE SHELL BRACKET: opens the year of a document number. */
export const LEFT_TORTOISE_SHELL_BRACKET = "\u3014";
/** `〕` RIGHT TORTOISE SHELL BRACKET. */
export const RIGHT_TORTOISE_SHELL_BRACKET = "\u3015";
/** `　` IDEOGRAPHIC SPACE. */
export const IDEOGRAPHIC_SPACE = "\u3000";
/** U+FEFF, a byte order mark at the start of a file. */
export const BYTE_ORDER_MARK = "\uFEFF";

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

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /^[A-Za-z0-9]$/;
const WHITESPACE = /^[\s\u3000\u00A0\uFEFF]$/u;
/** Kangxi Radicals, CJK Radicals Supplement and the CJK Compatibility Ideographs blocks. */
const IDEOGRAPH_VARIANT = /[\u2E80-\u2FDF\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/u;

export const isHan = (character: string): boolean => HAN.test(character);
export const isLatinOrDigit = (character: string): boolean => LATIN_OR_DIGIT.test(character);
export const isWhitespace = (character: string): boolean => WHITESPACE.test(character);
export const isIdeographVariant = (character: string): boolean => IDEOGRAPH_VARIANT.test(character);

/** Chinese punctuation after which an extractor inserts a space. */
export const chinesePunctuation: ReadonlySet<string> = new Set([
  FULLWIDTH_COMMA,
  IDEOGRAPHIC_FULL_STOP,
  FULLWIDTH_SEMICOLON,
  FULLWIDTH_COLON,
  IDEOGRAPHIC_COMMA,
  FULLWIDTH_EXCLAMATION_MARK,
  FULLWIDTH_QUESTION_MARK,
]);
