import { HAN_RANGES } from "./tokenize/characters.js";
import { XRegExp } from "./xregexp.js";

const codePoint = (code: number): string => `\\u{${code.toString(16)}}`;

/**
 * `广`, `〇`, `𠀀`: a Han character, exactly what the tokenizer's `isHan` accepts. A string with the mode
 * modifier `(?u)`, not a RegExp: `XRegExp.build` compiles each subpattern alone and without flags, and
 * only in `u` mode can a class hold code points above U+FFFF. A pattern without the `u` flag that uses it
 * throws when built.
 */
const han = `(?u)[${HAN_RANGES.map(([first, last]) => `${codePoint(first)}-${codePoint(last)}`).join("")}]`;

/**
 * XRegExp fragments shared by the furniture recogniser and the grammars. Each quotes the normalised
 * source text it matches; grammars compose them with `XRegExp.build`.
 */
export const fragments = {
  han,
  /** `2022`, `8`: ASCII digits after normalisation. */
  digits: /[0-9]+/,
  /** `十九`, `二十一`, `一百零二`: a Chinese numeral. */
  chineseNumeral: /[〇零一二两三四五六七八九十百千]+/,
  /** `〔2022〕`: the year of a document number. */
  bracketedYear: /〔[0-9]{4}〕/,
  /** `穗府〔2022〕2号`, `穗工信规字〔2022〕1号`, `粤府办〔2021〕22号`. */
  docNumber: XRegExp.build("(?<prefix>{{han}}{1,10})〔(?<year>[0-9]{4})〕(?<serial>[0-9]{1,4})号", { han }, "u"),
  /** `2022年2月14日`. */
  date: XRegExp.build("(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日", {}),
  /** `GZ0220220003`: the registration code of a normative document (规范性文件统一编号). */
  registrationCode: /GZ[0-9]{10}/,
} as const;

/** Builds an anchored pattern from fragments: `{{name}}` stands for `fragments[name]` or `subs[name]`. */
export function anchored(pattern: string, subs: Record<string, RegExp | string> = {}, flags = ""): RegExp {
  return XRegExp.build(`^(?:${pattern})$`, { ...fragments, ...subs }, flags);
}

/**
 * Plain copies of built patterns, for testing. A regular expression that XRegExp made is not a plain
 * `RegExp` to the engine, which then tests it by its generic path: slower, and a match object each time.
 */
const plainCopies = new WeakMap<RegExp, RegExp>();

function plainCopyOf(pattern: RegExp): RegExp {
  let copy = plainCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags);
    plainCopies.set(pattern, copy);
  }
  copy.lastIndex = 0;
  return copy;
}

/** Whether a built pattern matches, for callers that need no groups: cheaper than `match`. */
export const matches = (pattern: RegExp, text: string): boolean => plainCopyOf(pattern).test(text);

/** A match of a built pattern, its named groups in `groups`. */
export type Match = RegExpExecArray & { groups?: Record<string, string | undefined> };

/** Runs a built pattern; named groups land in `groups` (native `exec` does not know XRegExp's names). */
export function match(pattern: RegExp, text: string): Match | null {
  // The native test is much cheaper than XRegExp.exec, and most lines do not match.
  pattern.lastIndex = 0;
  if (!plainCopyOf(pattern).test(text)) return null;
  return XRegExp.exec(text, pattern) as Match | null;
}

/** Runs a built pattern at exactly `at` (XRegExp's sticky mode keeps its named groups). */
export const matchAt = (pattern: RegExp, text: string, at: number): Match | null =>
  XRegExp.exec(text, pattern, at, "sticky") as Match | null;
