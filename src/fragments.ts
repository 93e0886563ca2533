import { FULL_STOP, HAN_RANGES, IDEOGRAPHIC_COMMA } from "./tokenize/characters.js";
import { captureNamesOf, XRegExp } from "./xregexp.js";

const codePoint = (code: number): string => `\\u{${code.toString(16)}}`;

/**
 * A character named in src/tokenize/characters.ts as a pattern matches it, by its code (`\u2014`), so
 * that it means itself in or out of a class (`-`, `/`, `.`) and in a pattern built without the `u` flag.
 */
export const literal = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
/** A class of characters named in src/tokenize/characters.ts: `[\u002e\u3001]` for `.` or `、`. */
export const anyOf = (...characters: string[]): string => `[${characters.map(literal).join("")}]`;

/**
 * `广`, `〇`, `𠀀`: a Han character, exactly what the tokenizer's `isHan` accepts. A string with the mode
 * modifier `(?u)`, not a RegExp: `XRegExp.build` compiles each subpattern alone and without flags, and
 * only in `u` mode can a class hold code points above U+FFFF. A pattern without the `u` flag that uses it
 * throws when built.
 */
const han = `(?u)[${HAN_RANGES.map(([first, last]) => `${codePoint(first)}-${codePoint(last)}`).join("")}]`;

/**
 * The parts of a date, each as printed in digits or in Chinese numerals: a signature's date before 2012
 * was written `二〇一一年九月二十五日` (GB/T 9704-1999), and some texts still print it so. The Chinese year
 * is written digit by digit (`二〇二四`, `二零二四`), the month and day as numerals (`九`, `十二`, `三十一`).
 */
const dateParts = {
  /** `2024`, `二〇二四`, `二○一一` (a white circle, ○, printed for 〇). */
  year: /[0-9]{4}|[〇○零一二三四五六七八九]{4}/,
  /** `9`, `12`, `九`, `十二`. */
  month: /[0-9]{1,2}|十[一二]?|[一二三四五六七八九]/,
  /** `25`, `二十五`, `三十一`. */
  day: /[0-9]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]/,
};

/**
 * XRegExp fragments shared by the furniture recogniser and the grammars. Each quotes the normalised
 * source text it matches; grammars compose them with `XRegExp.build`.
 */
export const fragments = {
  han,
  /** `2022`, `8`: ASCII digits after normalisation. */
  digits: /[0-9]+/,
  /**
   * `.` in `1.`, `、` in `1、`: what follows the number of an item or note numbered in digits; both are
   * printed. Never a decimal point: `1.5倍` is no item 1.
   */
  numberStop: `(?:${literal(FULL_STOP)}(?![0-9])|${literal(IDEOGRAPHIC_COMMA)})`,
  /** `十九`, `二十一`, `一百零二`: a Chinese numeral. */
  chineseNumeral: /[〇零一二两三四五六七八九十百千]+/,
  /** `〔2022〕`: the year of a document number. */
  bracketedYear: /〔[0-9]{4}〕/,
  /** `穗府〔2022〕2号`, `穗工信规字〔2022〕1号`, `粤府办〔2021〕22号`. */
  docNumber: XRegExp.build("(?<prefix>{{han}}{1,10})〔(?<year>[0-9]{4})〕(?<serial>[0-9]{1,4})号", { han }, "u"),
  /** `2024`, `二〇二四`: a date's year, before its `年`. */
  year: dateParts.year,
  /** `12`, `十二`: a date's month, before its `月`. */
  month: dateParts.month,
  /** `30`, `三十`: a date's day, before its `日`. */
  day: dateParts.day,
  /** `2022年2月14日`, `二〇二二年二月十四日`: a date, its parts as printed in `year`, `month` and `day`. */
  date: XRegExp.build("(?<year>{{year}})年(?<month>{{month}})月(?<day>{{day}})日", dateParts),
  /** `2022年2月14日`, `二〇二二年二月十四日`, without groups: for a pattern that holds two dates and names each. */
  dateText: XRegExp.build("{{year}}年{{month}}月{{day}}日", dateParts),
  /** `GZ0220220003`: the registration code of a normative document (规范性文件统一编号). */
  registrationCode: /GZ[0-9]{10}/,
} as const;

/**
 * Builds a pattern from fragments: `{{name}}` stands for `fragments[name]` or `subs[name]`. Also for a
 * part that other patterns compose: `XRegExp.build` expands `{{name}}` only in the pattern it builds,
 * not in a string given as a subpattern, so a part that names a fragment is built first.
 */
export function built(pattern: string, subs: Record<string, RegExp | string> = {}, flags = ""): RegExp {
  return XRegExp.build(pattern, { ...fragments, ...subs }, flags);
}

/** Builds an anchored pattern from fragments, as `built` does. */
export const anchored = (pattern: string, subs: Record<string, RegExp | string> = {}, flags = ""): RegExp => built(`^(?:${pattern})$`, subs, flags);

/**
 * A built pattern as the engine runs it. XRegExp compiles `(?<name>…)` to a plain group and keeps the
 * names on the side, and a regular expression it made is not a plain `RegExp` to the engine, which then
 * runs it by its generic path. So matching runs plain copies and names the groups itself.
 */
interface Compiled {
  /** The pattern without its global flag: a search from the start of the text. */
  plain: RegExp;
  /** In sticky mode, for matching at one position. */
  sticky: RegExp;
  /** In global mode, for every match in a text. */
  global: RegExp;
  /** The name of each capture group, in order; null for an unnamed one. */
  names: ReadonlyArray<string | null>;
}

/** Where a built pattern keeps its plain copies: a property of its own is found faster than a WeakMap entry. */
const COMPILED = Symbol("compiled");

function compile(pattern: RegExp & { [COMPILED]?: Compiled }): Compiled {
  let copy = pattern[COMPILED];
  if (!copy) {
    const names = captureNamesOf(pattern);
    const flags = pattern.flags.replace("g", "");
    copy = { plain: new RegExp(pattern.source, flags), sticky: new RegExp(pattern.source, `${flags}y`), global: new RegExp(pattern.source, `${flags}g`), names };
    pattern[COMPILED] = copy;
  }
  return copy;
}

/** A match of a built pattern, its named groups in `groups`. */
export type Match = RegExpExecArray & { groups?: Record<string, string | undefined> };

function named(found: RegExpExecArray | null, names: ReadonlyArray<string | null>): Match | null {
  if (found === null || names.length === 0) return found;
  const groups: Record<string, string | undefined> = Object.create(null);
  names.forEach((name, i) => {
    if (name !== null) groups[name] = found[i + 1];
  });
  // A group that took no part in the match is undefined, which the engine's own type leaves out.
  found.groups = groups as Record<string, string>;
  return found;
}

/** Whether a built pattern matches, for callers that need no groups: cheaper than `match`. */
export function matches(pattern: RegExp, text: string): boolean {
  return compile(pattern).plain.test(text);
}

/** Runs a built pattern from the start of `text`; named groups land in `groups`. */
export function match(pattern: RegExp, text: string): Match | null {
  const { plain, names } = compile(pattern);
  return named(plain.exec(text), names);
}

/** Runs a built pattern at exactly `at`. */
export function matchAt(pattern: RegExp, text: string, at: number): Match | null {
  const { sticky, names } = compile(pattern);
  sticky.lastIndex = at;
  return named(sticky.exec(text), names);
}

/** Every match of a built pattern in `text`, left to right, as a global search finds them. */
export function matchAll(pattern: RegExp, text: string): Match[] {
  const { global: search, names } = compile(pattern);
  const found: Match[] = [];
  search.lastIndex = 0;
  for (let next = search.exec(text); next !== null; next = search.exec(text)) {
    found.push(named(next, names)!);
    // An empty match would find itself again.
    if (next[0] === "") search.lastIndex += 1;
  }
  return found;
}
