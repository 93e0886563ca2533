import { anchored, match, matches } from "../../src/fragments.js";
import {
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_RIGHT_PARENTHESIS,
} from "../../src/tokenize/characters.js";
import { BODY_GROUPS, ORGANISATION_ENDINGS } from "../../src/vocabulary.js";
import type { Item } from "../../src/text/lists.js";
import type { Unit } from "../units.js";

/**
 * The words a body's name ends with (`市商务局`, `市卫生健康委`, `广州开发区管委会`, `白云区政府`,
 * `广州地铁` is not one: such names only the registry knows). A name cut mid-word over lines
 * (`市工业和` / `信息化局`) does not end with one, which is how a cell is known to go on.
 */
const UNIT_SUFFIXES: readonly string[] = [...ORGANISATION_ENDINGS, ...BODY_GROUPS];

/**
 * `各区政府`, `市直各部门`, `相关区政府`, `市委人才工作领导小组成员单位`: a body named by what its members
 * share. `各区` alone is the start of one cut over lines (`各区` / `政府`).
 */
const COLLECTIVE = anchored("(?:各|相关|市直各){{han}}{2,40}|{{han}}{1,40}成员单位", {}, "u");

/**
 * `市发展`, `广州市住房`: the start of a municipal body's name, which is printed `市…` or `广州市…`. No
 * surname is `市`, so a piece of a cut name is told from a person's name also where no registry knows it.
 */
const MUNICIPAL_START = anchored("(?:广州)?市{{han}}*", {}, "u");

/** `市发展改革委（市大湾区办）`, `广州住房公积金管理中心`: Han characters, digits, Latin letters and a parenthesised alias. */
const UNIT_FORM = anchored("(?:{{han}}|[A-Za-z0-9])+(?:（(?:{{han}}|[A-Za-z0-9])+）)?", {}, "u");

/** `市发展改革委（市大湾区办）`: a name and the alias in parentheses that stays with it. */
const WITH_ALIAS = anchored("(?<name>[^（]+)（(?<alias>[^）]+)）", {}, "u");

/** The names of the registry, looked up whole and by how they begin. */
export interface UnitIndex {
  /** The registered body a printed name stands for, by its canonical name or an alias. */
  lookup(name: string): Unit | undefined;
  /** Whether some registered name begins with `text` and is longer. */
  continues(text: string): boolean;
}

export function indexUnits(units: readonly Unit[]): UnitIndex {
  const byName = new Map<string, Unit>();
  const prefixes = new Set<string>();
  for (const unit of units) {
    for (const name of [unit.name, ...unit.aliases]) {
      byName.set(name, unit);
      for (let end = 1; end < name.length; end += 1) prefixes.add(name.slice(0, end));
    }
  }
  return { lookup: (name) => byName.get(name), continues: (text) => prefixes.has(text) };
}

export type Recognition = "registered" | "collective" | "unknown" | "malformed";

/** Says how a printed name is known: from the registry (alias included), by its collective form, or not at all. */
export function recognise(name: string, index: UnitIndex): Recognition {
  // Most names are registered ones, found at once; a name with an alias is judged by its two parts below.
  if (!name.includes(FULLWIDTH_LEFT_PARENTHESIS) && index.lookup(name)) return "registered";
  if (!matches(UNIT_FORM, name)) return "malformed";
  const aliased = match(WITH_ALIAS, name)?.groups;
  if (aliased) {
    const known = index.lookup(aliased.name!) !== undefined && index.lookup(aliased.alias!) !== undefined;
    return known ? "registered" : "unknown";
  }
  if (index.lookup(name)) return "registered";
  return matches(COLLECTIVE, name) ? "collective" : "unknown";
}

/**
 * Words that name a function, never a body on their own: printed alone at a line start they end the
 * name above (`市政府` / `办公厅`, `广州开发区` / `管委会`).
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(["办公厅", "办公室", "管委会", "委员会", "管理局", "管理委员会", "指挥部", "分局", "分行"]);

/** The shortest name a body goes by (`市法院`, `团市委`): a shorter piece (`会` of `增城开发区管委` / `会`) is a name's end. */
const SHORTEST_NAME = 3;

const hasUnitSuffix = (name: string): boolean => UNIT_SUFFIXES.some((suffix) => name.endsWith(suffix));

/** Whether a name is known: registered, or collective by its form. */
export const isKnown = (name: string, index: UnitIndex): boolean => {
  const recognition = recognise(name, index);
  return recognition === "registered" || recognition === "collective";
};

/** Whether `text` still waits for the closing parenthesis of an alias. */
export const inAlias = (text: string): boolean =>
  text.lastIndexOf(FULLWIDTH_LEFT_PARENTHESIS) > text.lastIndexOf(FULLWIDTH_RIGHT_PARENTHESIS);

/**
 * Whether a name read so far is whole. The registry decides first: a registered name is whole, and one
 * that only begins a registered name (`市政府` of `市政府办公厅`) is not; a body the registry does not
 * know is whole when it ends the way a body's name ends.
 */
export function isWhole(name: string, index: UnitIndex): boolean {
  if (name === "" || inAlias(name)) return false;
  const aliased = match(WITH_ALIAS, name)?.groups;
  if (aliased) return isWhole(aliased.name!, index);
  const recognition = recognise(name, index);
  if (recognition === "registered") return true;
  // A collective name ends as a body's does: `各开发区` of `各开发区` / `管委会` is not whole.
  if (recognition === "collective") return hasUnitSuffix(name);
  return name.length >= SHORTEST_NAME && hasUnitSuffix(name) && !FUNCTION_WORDS.has(name) && !index.continues(name);
}

/** A person's name is no body's: it neither begins a registered or municipal name nor ends like one. */
export const couldBeBody = (text: string, index: UnitIndex): boolean =>
  index.lookup(text) !== undefined ||
  index.continues(text) ||
  hasUnitSuffix(text) ||
  matches(COLLECTIVE, text) ||
  matches(MUNICIPAL_START, text);

/**
 * Whether text opens a body's name of its own, not the rest of a cut one: a registered name or the
 * start of one (`市发展改革委`, `广州地铁`), a collective name, or a municipal body (`市…`). The rest of
 * a name cut over lines (`区管委会` of `增城开发` / `区管委会`) does none of these.
 */
export const opensName = (text: string, index: UnitIndex): boolean =>
  isKnown(text, index) || index.continues(text) || matches(MUNICIPAL_START, text);

/** The longest text tried as glued names: the split costs the square of the length. */
const LONGEST_GLUED = 60;

/**
 * Splits a name the registry does not know into registered names when it is nothing but such names
 * printed without their separator (`省通信管理局广州市通建办`); null when it is not.
 */
export function splitGlued(item: Item, index: UnitIndex): Item[] | null {
  const text = item.text;
  if (text.length > LONGEST_GLUED) return null;
  // best[end]: the split of text.slice(0, end) into the fewest registered names.
  const best: Array<Item[] | null> = [[], ...Array<null>(text.length).fill(null)];
  for (let end = 1; end <= text.length; end += 1) {
    for (let start = 0; start < end; start += 1) {
      const before = best[start];
      const piece = text.slice(start, end);
      if (!before || recognise(piece, index) !== "registered") continue;
      const candidate = [...before, { text: piece, from: item.from + start, to: item.from + end }];
      if (!best[end] || candidate.length < best[end]!.length) best[end] = candidate;
    }
  }
  const split = best[text.length];
  return split && split.length > 1 ? split : null;
}
