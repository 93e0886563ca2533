import { describe, expect, it } from "vitest";
import { chineseNumeral, parseChineseNumeral } from "../src/text/numerals.js";

describe("parseChineseNumeral", () => {
  it.each([
    ["一", 1],
    ["十", 10],
    ["十九", 19],
    ["二十一", 21],
    ["六十五", 65],
    ["一百零二", 102],
    ["两千〇五", 2005],
    ["二〇二二", 2022],
    ["〇", 0],
  ])("%s → %i", (text, value) => {
    expect(parseChineseNumeral(text)).toEqual({ ok: true, value });
  });

  it("says why it cannot read a numeral instead of returning 0", () => {
    expect(parseChineseNumeral("十X")).toEqual({ ok: false, reason: '"X" is not a Chinese numeral character' });
    expect(parseChineseNumeral("")).toMatchObject({ ok: false });
    expect(parseChineseNumeral("二三十")).toMatchObject({ ok: false });
    expect(parseChineseNumeral("十十")).toMatchObject({ ok: false });
    expect(() => chineseNumeral("甲")).toThrow(RangeError);
  });
});
