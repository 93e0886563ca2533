import { describe, expect, it } from "vitest";
import { anchored, fragments, match, matchAll, matchAt, matches } from "../src/fragments.js";
import core from "xregexp/src/xregexp.js";
import installBuild from "xregexp/src/addons/build.js";
import { XRegExp } from "../src/xregexp.js";

describe("fragments", () => {
  it("reads a document number into its named parts", () => {
    const found = match(anchored("{{docNumber}}", {}, "u"), "穗府办规〔2022〕3号");
    expect(found?.groups).toEqual({ prefix: "穗府办规", year: "2022", serial: "3" });
  });

  it("are the patterns XRegExp builds, though loaded from the precompiled builds", () => {
    installBuild(core);
    const { han } = fragments;
    const fresh = core.build("(?<prefix>{{han}}{1,10})〔(?<year>[0-9]{4})〕(?<serial>[0-9]{1,4})号", { han }, "u");
    expect(fragments.docNumber.source).toBe(fresh.source);
    expect(fragments.docNumber.flags).toBe(fresh.flags);
    // A build that uses it as a subpattern still names its groups.
    expect(match(XRegExp.build("（{{docNumber}}）", { docNumber: fragments.docNumber }, "u"), "（穗府〔2022〕2号）")?.groups).toEqual({
      prefix: "穗府",
      year: "2022",
      serial: "2",
    });
  });

  it("takes a Han character as the tokenizer does, astral ones included", () => {
    const oneHan = anchored("{{han}}", {}, "u");
    expect(["广", "〇", "𠀀"].map((text) => matches(oneHan, text))).toEqual([true, true, true]);
    expect(["A", "，", "〡"].map((text) => matches(oneHan, text))).toEqual([false, false, false]);
  });
});

describe("match", () => {
  const date = anchored("{{date}}");

  it("gives a group that took no part in the match as undefined", () => {
    const term = XRegExp.build("第(?<term>{{chineseNumeral}})届(?:第(?<session>{{chineseNumeral}})次)?", fragments);
    expect(match(term, "第十五届")?.groups).toEqual({ term: "十五", session: undefined });
  });

  it("searches from the start of the text each time, whatever a global pattern did before", () => {
    const serial = XRegExp.build("(?<serial>[0-9]+)号", {}, "g");
    expect(match(serial, "9号、10号")?.groups?.serial).toBe("9");
    expect(match(serial, "9号、10号")?.groups?.serial).toBe("9");
  });

  it("fails on text that only contains a match when the pattern is anchored", () => {
    expect(match(date, "于2022年2月14日")).toBeNull();
    expect(match(date, "2022年2月14日")?.groups).toEqual({ year: "2022", month: "2", day: "14" });
  });
});

describe("matchAt", () => {
  it("matches at exactly the position given, not after it", () => {
    const serial = XRegExp.build("(?<serial>[0-9]+)号", {});
    expect(matchAt(serial, "第9号、第10号", 1)?.groups?.serial).toBe("9");
    expect(matchAt(serial, "第9号、第10号", 0)).toBeNull();
    expect(matchAt(serial, "第9号、第10号", 5)?.index).toBe(5);
  });
});

describe("matchAll", () => {
  it("finds every match left to right, with its index and groups", () => {
    const serial = XRegExp.build("(?<serial>[0-9]+)号", {});
    expect(matchAll(serial, "9号、10号和11号").map((found) => [found.index, found.groups?.serial])).toEqual([
      [0, "9"],
      [3, "10"],
      [7, "11"],
    ]);
  });

  it("moves on past an empty match instead of finding it again", () => {
    expect(matchAll(XRegExp.build("[0-9]*", {}), "a1").map((found) => [found.index, found[0]])).toEqual([
      [0, ""],
      [1, "1"],
      [2, ""],
    ]);
  });
});
