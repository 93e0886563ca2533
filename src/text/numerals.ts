/**
 * Chinese numerals to integers: `十九` → 19, `二十一` → 21, `一百零二` → 102, `两千〇五` → 2005.
 * One strict converter for every grammar: a character it does not know is an error, never a silent 0.
 */

const DIGITS: ReadonlyMap<string, number> = new Map([
  ["〇", 0],
  // ○ WHITE CIRCLE, which some texts print for 〇 (`二○一一年`).
  ["○", 0],
  ["零", 0],
  ["一", 1],
  ["二", 2],
  ["两", 2],
  ["三", 3],
  ["四", 4],
  ["五", 5],
  ["六", 6],
  ["七", 7],
  ["八", 8],
  ["九", 9],
]);

const UNITS: ReadonlyMap<string, number> = new Map([
  ["十", 10],
  ["百", 100],
  ["千", 1000],
  ["万", 10000],
]);

export type NumeralResult = { ok: true; value: number } | { ok: false; reason: string };

/** Converts a Chinese numeral; says why when it cannot. */
export function parseChineseNumeral(text: string): NumeralResult {
  if (text.length === 0) return { ok: false, reason: "empty numeral" };
  const characters = [...text];
  const unknown = characters.find((character) => !DIGITS.has(character) && !UNITS.has(character));
  if (unknown !== undefined) return { ok: false, reason: `"${unknown}" is not a Chinese numeral character` };
  // Without units the digits are positional: 二〇二二 → 2022.
  if (!characters.some((character) => UNITS.has(character))) {
    return { ok: true, value: characters.reduce((value, character) => value * 10 + DIGITS.get(character)!, 0) };
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const character of characters) {
    const value = DIGITS.get(character);
    if (value !== undefined) {
      // 零 only holds a place: 一百零二.
      if (value === 0) continue;
      if (digit !== null) return { ok: false, reason: `"${text}" has two digits without a unit between them` };
      digit = value;
      continue;
    }
    const unit = UNITS.get(character)!;
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
      digit = null;
      lastUnit = Infinity;
      continue;
    }
    if (unit >= lastUnit) return { ok: false, reason: `"${text}" repeats or misorders the unit "${character}"` };
    // 十九: a leading 十 means one ten.
    section += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  return { ok: true, value: total + section + (digit ?? 0) };
}

/** Converts a numeral the caller's pattern has already matched; throws on a character it does not know. */
export function chineseNumeral(text: string): number {
  const result = parseChineseNumeral(text);
  if (!result.ok) throw new RangeError(result.reason);
  return result.value;
}
