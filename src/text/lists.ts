/**
 * Lists of names as documents print them, split at their separators (`，` between groups, `、` between
 * names) but never inside a name's parentheses (`市委组织部（市委人才办），市发展改革委`, `各县（市、区）人民政府`):
 * the task table's units, addressees, a copy list, the offices of a personnel notice.
 */
import { FULLWIDTH_COMMA, FULLWIDTH_LEFT_PARENTHESIS, FULLWIDTH_RIGHT_PARENTHESIS, IDEOGRAPHIC_COMMA } from "../tokenize/characters.js";

const LEFT_PARENTHESIS_UNIT = FULLWIDTH_LEFT_PARENTHESIS.charCodeAt(0);
const RIGHT_PARENTHESIS_UNIT = FULLWIDTH_RIGHT_PARENTHESIS.charCodeAt(0);

/** One listed item: `text.slice(from, to)` of the list's text. */
export interface Item {
  text: string;
  from: number;
  to: number;
}

/**
 * Splits a list at `separator` (one character), but never inside parentheses
 * (`市委组织部（市委人才办），市发展改革委`). Empty items (a doubled or trailing separator) are dropped.
 */
export function splitItems(text: string, separator: string, from = 0, to = text.length): Item[] {
  const items: Item[] = [];
  let depth = 0;
  let start = from;
  // Compared as code units: indexing a string of Chinese text makes a string of each character.
  const separatorUnit = separator.charCodeAt(0);
  for (let i = from; i <= to; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit === LEFT_PARENTHESIS_UNIT) depth += 1;
    else if (unit === RIGHT_PARENTHESIS_UNIT) depth = Math.max(0, depth - 1);
    if (i === to || (unit === separatorUnit && depth === 0)) {
      if (i > start) items.push({ text: text.slice(start, i), from: start, to: i });
      start = i + 1;
    }
  }
  return items;
}

/** The groups of a cooperating-units cell: `，` separates groups, `、` the units of a group. */
export function splitGroups(text: string): Item[][] {
  return splitItems(text, FULLWIDTH_COMMA)
    .map((group) => splitItems(text, IDEOGRAPHIC_COMMA, group.from, group.to))
    .filter((group) => group.length > 0);
}

/** The names of a list, whichever separates them: `广州开发区管委会、南沙开发区管委会`, `各区人民政府，市政府各部门`. */
export function splitUnits(text: string): Item[] {
  // Most cells have no `，`: one group, split at once.
  if (!text.includes(FULLWIDTH_COMMA)) return splitItems(text, IDEOGRAPHIC_COMMA);
  return splitItems(text, FULLWIDTH_COMMA).flatMap((group) => splitItems(text, IDEOGRAPHIC_COMMA, group.from, group.to));
}

/** Texts joined, each with its length before it: no two lists of texts have the same key, whatever they hold. */
const keyOf = (texts: readonly string[]): string => texts.map((text) => `${text.length}:${text}`).join("");

/**
 * One string for each name and one list for each list of names, however often a table prints them: a
 * table names the same few units in hundreds of rows, each reading of a cell makes new strings of them,
 * and a bound volume holds thousands of tables. The rows that print the same names share one list,
 * frozen, so that changing one row's list in place fails rather than changes the others.
 */
export class NameStore {
  private readonly names = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly groupLists = new Map<string, ReadonlyArray<string[]>>();

  /** The stored list of the same names in the same order, stored now (at its length) if it is new. */
  list(names: readonly string[]): string[] {
    return this.stored(this.lists, keyOf(names), () => names.map((name) => this.of(name)));
  }

  /** The stored list of the same lists of names (a cell's groups), each a stored list. */
  groups(groups: ReadonlyArray<readonly string[]>): string[][] {
    const lists = groups.map((names) => this.list(names));
    return this.stored(this.groupLists, keyOf(lists.map(keyOf)), () => lists);
  }

  /** The list stored under `key`; made, frozen and stored now if there is none. */
  private stored<T>(store: Map<string, readonly T[]>, key: string, make: () => T[]): T[] {
    const found = store.get(key);
    if (found !== undefined) return found as T[];
    const made = Object.freeze(make());
    store.set(key, made);
    return made as T[];
  }

  /** The stored string equal to `name`, stored now if it is new. */
  private of(name: string): string {
    const stored = this.names.get(name);
    if (stored !== undefined) return stored;
    this.names.set(name, name);
    return name;
  }
}

/** Whether a code unit separates the names of a list: `，` or `、`. */
const isSeparator = (unit: number): boolean => unit === FULLWIDTH_COMMA_UNIT || unit === IDEOGRAPHIC_COMMA_UNIT;
const FULLWIDTH_COMMA_UNIT = FULLWIDTH_COMMA.charCodeAt(0);
const IDEOGRAPHIC_COMMA_UNIT = IDEOGRAPHIC_COMMA.charCodeAt(0);

/**
 * The first and the last name of a list, as `splitUnits` would give them ("" for none), in one pass and
 * without the list of all its items: a table's reader asks this of every segment it reads.
 */
export function endNames(text: string): { first: string; last: string } {
  let depth = 0;
  let start = 0;
  let first: [number, number] | null = null;
  let last: [number, number] | null = null;
  for (let i = 0; i <= text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit === LEFT_PARENTHESIS_UNIT) depth += 1;
    else if (unit === RIGHT_PARENTHESIS_UNIT) depth = Math.max(0, depth - 1);
    if (i === text.length || (depth === 0 && isSeparator(unit))) {
      if (i > start) {
        last = [start, i];
        first ??= last;
      }
      start = i + 1;
    }
  }
  return { first: first ? text.slice(first[0], first[1]) : "", last: last ? text.slice(last[0], last[1]) : "" };
}
