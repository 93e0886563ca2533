import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segmentDocument } from "../grammars/document.js";
import { computeLevy } from "../grammars/levy-calculator.js";
import { holdsLevyTable, levyGrammar, readLevyTable } from "../grammars/levy-table.js";
import type { DocumentSegment, GrammarContext } from "../src/grammar.js";
import { LevyFieldsSchema, type Tier } from "../src/schema/levy.js";
import type { PagedLine } from "../src/text/run.js";
import { FIXTURE_TABLE, VARIANT, variantSegment } from "./levy-variant.js";
import { fixtureLines, fixtureText, prepare, segmentOf, sourceAt } from "./support.js";

/** 穗府办规〔2022〕3号 cut by hand along the contract: body 一、…四、, the table as annex, the opinion nested twice. */
function fixtureSegment(): { segment: DocumentSegment; context: GrammarContext; lines: PagedLine[] } {
  const { lines, context } = fixtureLines(3000, 3409);
  const between = (first: number, last: number) => lines.filter((line) => line.number >= first && line.number <= last);
  const opinion = segmentOf({ lines: between(3087, 3345), body: between(3093, 3345) });
  const provincial = segmentOf({ lines: between(3060, 3084), body: between(3072, 3080), forwarded: [opinion] });
  const segment = segmentOf({ lines, body: between(3017, 3052), annex: between(3348, 3406), forwarded: [provincial] });
  segment.envelope.date = "2022-02-21";
  return { segment, context, lines };
}

/** Each tier as `[name, lowerExclusive, upperInclusive, ratePercent, minimum]`. */
const rows = (tiers: readonly Tier[] | undefined) =>
  tiers?.map((tier) => [tier.name, tier.lowerExclusive, tier.upperInclusive, tier.ratePercent, tier.minimum]);
/** The fixture's tiers as rows, checked by eye against input lines 3363–3401. */
const FIXTURE_ROWS = [
  ["第一档", null, 5, 20, null],
  ["第二档", 5, 8, 19, 1.0],
  ["第三档", 8, 10, 18, 1.52],
  ["第四档", 10, 12, 17, 1.8],
  ["第五档", 12, 14, 16, 2.04],
  ["第六档", 14, 15, 15, 2.24],
  ["第七档", 15, 17, 14, 2.25],
  ["第八档", 17, 19, 13, 2.38],
  ["第九档", 19, 20, 12, 2.47],
  ["第十档", 20, 50, 11, 2.47],
  ["第十一档", 50, null, 10, 5.5],
];
/** The fixture's notes (input lines 3403–3406). */
const FIXTURE_NOTES = [
  "征地社保费按照所在区的平均区片价乘以对应档次的计提比例计算。计算结果向上取整，精确到百元。",
  "根据计提比例计算的征地社保费低于本档最低计提标准的，按本档最低计提标准执行。",
];

const errors = (context: GrammarContext) => context.diagnostics.list.filter((diagnostic) => diagnostic.severity === "error");
const levyDiagnostics = (context: GrammarContext) =>
  context.diagnostics.list.filter((diagnostic) => /^(levy|unconsumed)/.test(diagnostic.ruleId));

describe("levyGrammar on 穗府办规〔2022〕3号 (input lines 3000–3409)", () => {
  it("claims the notice by its annex, and nothing without a table of 档 tiers", () => {
    const { segment, lines } = fixtureSegment();
    expect(levyGrammar.claims(segment)).toBe(true);
    expect(holdsLevyTable(lines.filter((line) => line.number >= 3087 && line.number <= 3345))).toBe(false);
    expect(levyGrammar.claims(segmentOf({ lines, annex: [] }))).toBe(false);
  });

  // Every value below was checked by eye against input lines 3363–3406 and 3144–3152.
  it("reads the 11 tiers of 广州市征地社保费计提比例表 with their bands, rates, minimums and levels", () => {
    const { segment, context } = fixtureSegment();
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(levyTable?.unit).toBe("万元/亩");
    const tiers = levyTable!.tiers;
    expect(tiers.map((tier) => tier.tier)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(tiers.map((tier) => tier.name)).toEqual([
      "第一档", "第二档", "第三档", "第四档", "第五档", "第六档", "第七档", "第八档", "第九档", "第十档", "第十一档",
    ]);
    expect(tiers.map((tier) => tier.ratePercent)).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10]);
    expect(tiers.map((tier) => tier.minimum)).toEqual([null, 1.0, 1.52, 1.8, 2.04, 2.24, 2.25, 2.38, 2.47, 2.47, 5.5]);
    expect(tiers.map((tier) => tier.lowerExclusive)).toEqual([null, 5, 8, 10, 12, 14, 15, 17, 19, 20, 50]);
    expect(tiers.map((tier) => tier.upperInclusive)).toEqual([5, 8, 10, 12, 14, 15, 17, 19, 20, 50, null]);
    expect(tiers.map((tier) => tier.provincialLevel)).toEqual([1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5]);
  });

  it("reads the notes and the rules they state", () => {
    const { segment, context } = fixtureSegment();
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(levyTable?.notes).toEqual([
      "征地社保费按照所在区的平均区片价乘以对应档次的计提比例计算。计算结果向上取整，精确到百元。",
      "根据计提比例计算的征地社保费低于本档最低计提标准的，按本档最低计提标准执行。",
    ]);
    expect(levyTable?.rules).toEqual({ roundUpToYuan: 100, minimumApplies: true });
  });

  it("reads the provincial floors from the opinion's text: 20/18/15/12/10 %", () => {
    const { segment, context } = fixtureSegment();
    const { provincialFloors } = levyGrammar.parse(segment, context);
    expect(provincialFloors).toEqual([
      { level: 1, lowerExclusive: null, upperInclusive: 5, ratePercent: 20 },
      { level: 2, lowerExclusive: 5, upperInclusive: 10, ratePercent: 18 },
      { level: 3, lowerExclusive: 10, upperInclusive: 15, ratePercent: 15 },
      { level: 4, lowerExclusive: 15, upperInclusive: 20, ratePercent: 12 },
      { level: 5, lowerExclusive: 20, upperInclusive: null, ratePercent: 10 },
    ]);
  });

  it("reports no error, and warns only that 第十档 keeps 2.47 where 20万 × 12% is 2.40", () => {
    const { segment, context } = fixtureSegment();
    const fields = levyGrammar.parse(segment, context);
    expect(() => LevyFieldsSchema.parse(fields)).not.toThrow();
    expect(errors(context)).toEqual([]);
    const found = levyDiagnostics(context);
    expect(found.map((diagnostic) => [diagnostic.ruleId, diagnostic.severity, diagnostic.line])).toEqual([
      ["levy-minimum-mismatch", "warning", 3399],
    ]);
    expect(sourceAt(fixtureText, found[0]!.place!)).toMatch(/^第十档: ２０ 万至 ５０ 万元/);
  });

  it("is in force from its date for 5 years (本通知自印发之日起执行，有效期5年)", () => {
    const { segment, context } = fixtureSegment();
    expect(levyGrammar.parse(segment, context).effective).toEqual({ from: "2022-02-21", validYears: 5, until: "2027-02-20" });
  });

  it("reads the same from the segment that segmentation hands it", () => {
    const { lines, context } = fixtureLines(3000, 3409);
    const segment = segmentDocument(lines, context);
    expect(levyGrammar.claims(segment)).toBe(true);
    const fields = levyGrammar.parse(segment, context);
    expect(fields.levyTable?.tiers).toHaveLength(11);
    expect(fields.provincialFloors.map((floor) => floor.ratePercent)).toEqual([20, 18, 15, 12, 10]);
    expect(fields.effective?.from).toBe("2022-02-21");
    expect(errors(context)).toEqual([]);
  });
});

describe("readLevyTable on a variant in the same broken layout", () => {
  it("reads any tiers in any order, and the rounding its notes state", () => {
    const { segment, context } = variantSegment(VARIANT);
    expect(levyGrammar.claims(segment)).toBe(true);
    const { levyTable, provincialFloors } = levyGrammar.parse(segment, context);
    expect(provincialFloors.map((floor) => floor.ratePercent)).toEqual([20, 18, 15, 12, 10]);
    expect(levyTable?.tiers).toEqual([
      { tier: 1, name: "第一档", provincialLevel: 1, lowerExclusive: null, upperInclusive: 3, ratePercent: 20, minimum: null },
      { tier: 2, name: "第二档", provincialLevel: 1, lowerExclusive: 3, upperInclusive: 5, ratePercent: 20, minimum: 0.6 },
      { tier: 3, name: "第三档", provincialLevel: 2, lowerExclusive: 5, upperInclusive: 10, ratePercent: 18, minimum: 1.0 },
      { tier: 4, name: "第四档", provincialLevel: 3, lowerExclusive: 10, upperInclusive: 15, ratePercent: 16, minimum: 1.8 },
      { tier: 5, name: "第五档", provincialLevel: 4, lowerExclusive: 15, upperInclusive: 20, ratePercent: 13, minimum: 2.4 },
      { tier: 6, name: "第六档", provincialLevel: 5, lowerExclusive: 20, upperInclusive: 30, ratePercent: 11, minimum: 2.6 },
      { tier: 7, name: "第七档", provincialLevel: 5, lowerExclusive: 30, upperInclusive: null, ratePercent: 10, minimum: 3.3 },
    ]);
    expect(levyTable?.rules).toEqual({ roundUpToYuan: 10, minimumApplies: true });
    expect(levyDiagnostics(context)).toEqual([]);
  });

  it("reports a rate below the provincial floor as an error at the tier", () => {
    const { segment, context, text } = variantSegment(VARIANT.replace("/亩 １８％ １", "/亩 １７％ １"));
    levyGrammar.parse(segment, context);
    const [below] = errors(context);
    expect(below?.ruleId).toBe("levy-below-provincial-floor");
    expect(below?.message).toContain("18%");
    expect(sourceAt(text, below!.place!)).toMatch(/^第三档: ５ 万至 １０ 万元/);
  });

  it("reports text it does not read as unconsumed, with its span", () => {
    const { segment, context, text } = variantSegment(VARIANT.replace("\n第四级\n", "\n另行规定\n\n第四级\n"));
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(levyTable?.tiers).toHaveLength(7);
    const found = errors(context);
    expect(found.map((diagnostic) => diagnostic.ruleId)).toEqual(["unconsumed-text"]);
    expect(sourceAt(text, found[0]!.place!)).toBe("另行规定");
  });

  it("reports tiers that leave a gap, a band whose included bound is not its top, and a bad ordinal", () => {
    const gap = variantSegment(VARIANT.replace("２０ 万至 ３０ 万元 (含 ３０ 万元)", "２２ 万至 ３０ 万元 (含 ３０ 万元)"));
    levyGrammar.parse(gap.segment, gap.context);
    expect(errors(gap.context).map((diagnostic) => diagnostic.ruleId)).toEqual(["levy-tiers-not-contiguous"]);

    const included = variantSegment(VARIANT.replace("(含 １０ 万元) /亩 １８％", "(含 ５ 万元) /亩 １８％"));
    levyGrammar.parse(included.segment, included.context);
    expect(errors(included.context).map((diagnostic) => diagnostic.ruleId)).toContain("levy-invalid-range");

    const ordinal = variantSegment(VARIANT.replace("第七档", "第十十档"));
    levyGrammar.parse(ordinal.segment, ordinal.context);
    expect(errors(ordinal.context).map((diagnostic) => diagnostic.ruleId)).toContain("levy-invalid-ordinal");
  });

  it("warns when no forwarded document states the floors, and still reads the table", () => {
    const { segment, context } = variantSegment(VARIANT, "无关的文字。");
    const { levyTable, provincialFloors } = levyGrammar.parse(segment, context);
    expect(provincialFloors).toEqual([]);
    expect(levyTable?.tiers).toHaveLength(7);
    expect(levyDiagnostics(context).map((diagnostic) => [diagnostic.ruleId, diagnostic.severity])).toEqual([
      ["levy-provincial-floors-missing", "warning"],
    ]);
  });

  it("never throws on lines that are not a table", () => {
    const { lines, context } = prepare("附件\n\n第一档：\n\n说明：\n1.\n%%%");
    expect(() => readLevyTable(lines, [], context)).not.toThrow();
    expect(readLevyTable([], [], context).tiers).toEqual([]);
  });
});

describe("readLevyTable on variants of the fixture's table", () => {
  it("reads the fixture's table as the whole issue does", () => {
    const { segment, context } = variantSegment(FIXTURE_TABLE);
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(rows(levyTable?.tiers)).toEqual(FIXTURE_ROWS);
    expect(levyTable?.notes).toEqual(FIXTURE_NOTES);
    expect(errors(context)).toEqual([]);
  });

  it("loses only a row cut by a level line, not the rows after it to a note read in its minimum", () => {
    // The extraction puts 第二级 inside 第二档's row: `第二档…（含8万元）` / `第二级…/亩` / `/亩19%1.00`.
    const level = "第二级\n５ 万至 １０ 万元\n\n(含 １０ 万元) /亩\n";
    const table = FIXTURE_TABLE.replace(level, "").replace("(含 ８ 万元) /亩 １９％", `(含 ８ 万元)\n${level}/亩 １９％`);
    const { segment, context, text } = variantSegment(table);
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(rows(levyTable?.tiers)).toEqual(FIXTURE_ROWS.filter(([name]) => name !== "第二档"));
    expect(levyTable?.notes).toEqual(FIXTURE_NOTES);
    expect(levyTable?.rules).toEqual({ roundUpToYuan: 100, minimumApplies: true });
    const found = errors(context);
    expect(found.map((diagnostic) => [diagnostic.ruleId, sourceAt(text, diagnostic.place!).slice(0, 8)])).toEqual([
      ["unconsumed-text", "第二档: ５ 万"],
      ["unconsumed-text", "/亩 １９％ １"],
      ["levy-tier-numbering", "第三档: ８ 万"],
      ["levy-tiers-not-contiguous", "第三档: ８ 万"],
    ]);
  });

  it("loses only a row cut by a page break and the repeated table header", () => {
    const header = "平均区片价\n\n省的划分范围 广州市的划分范围\n\n征地社保费\n计提比例\n\n本档最低\n计提标准\n(万元 /亩)\n";
    const table = FIXTURE_TABLE.replace(
      "(含 １４ 万元) /亩 １６％",
      `(含 １４ 万元)\n\n２５ (本文与正式文件同等效力)\n ${header}\n/亩 １６％`,
    );
    const { segment, context } = variantSegment(table);
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(rows(levyTable?.tiers)).toEqual(FIXTURE_ROWS.filter(([name]) => name !== "第五档"));
    expect(levyTable?.notes).toEqual(FIXTURE_NOTES);
    expect(errors(context).map((diagnostic) => diagnostic.ruleId)).toEqual([
      "unconsumed-text",
      "unconsumed-text",
      "levy-tier-numbering",
      "levy-tiers-not-contiguous",
    ]);
  });
});

describe("readLevyTable on the notes as other tables label and number them", () => {
  const note1 = "说明: １\u{1001B0} 征地";
  const note2 = "\n２\u{1001B0} 根据";
  it.each([
    ["注：, 1、 2、", "注: １、 征地", "\n２、 根据"],
    ["备注：, （1） （2）", "备注: （１） 征地", "\n（２） 根据"],
    ["说明：, (1) (2)", "说明: (１) 征地", "\n(２) 根据"],
    ["说明：, 1. 2、", note1, "\n２、 根据"],
  ])("reads both notes and their rules under %s", (_, first, second) => {
    const { segment, context } = variantSegment(FIXTURE_TABLE.replace(note1, first).replace(note2, second));
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(levyTable?.notes).toEqual(FIXTURE_NOTES);
    expect(levyTable?.rules).toEqual({ roundUpToYuan: 100, minimumApplies: true });
    expect(rows(levyTable?.tiers)).toEqual(FIXTURE_ROWS);
    expect(errors(context)).toEqual([]);
  });
});

describe("readLevyTable on a note that names a tier", () => {
  const note2 = "按本档最低计提标准执行ꎮ";
  const note3 = "\n３\u{1001B0} 第一档 ５ 万元 (含 ５ 万元) /亩以下不设最低计提标准ꎮ";
  const withNote3 = FIXTURE_TABLE.replace(note2, note2 + note3);
  it.each([
    ["under 说明：", withNote3],
    ["without a label", withNote3.replace("说明: ", "")],
  ])("reads the band it cites as the note's text, not as a tier row, %s", (_, table) => {
    const { segment, context } = variantSegment(table);
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(levyTable?.notes).toEqual([...FIXTURE_NOTES, "第一档5万元（含5万元）/亩以下不设最低计提标准。"]);
    expect(levyTable?.rules).toEqual({ roundUpToYuan: 100, minimumApplies: true });
    expect(rows(levyTable?.tiers)).toEqual(FIXTURE_ROWS);
    expect(errors(context)).toEqual([]);
  });
});

describe("readLevyTable on the minimums and tier names as other tables print them", () => {
  it.each([
    ["－", "２０％ －"],
    ["-", "２０％ -"],
    ["/", "２０％ /"],
    ["无", "２０％ 无"],
    ["an empty cell", "２０％"],
  ])("reads 第一档's minimum printed as %s as none, and every tier after it", (_, printed) => {
    const { segment, context } = variantSegment(FIXTURE_TABLE.replace("２０％ —", printed));
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(rows(levyTable?.tiers)).toEqual(FIXTURE_ROWS);
    expect(levyTable?.notes).toEqual(FIXTURE_NOTES);
    expect(errors(context)).toEqual([]);
  });

  it("reads 第二档 printed without its colon", () => {
    const { segment, context } = variantSegment(FIXTURE_TABLE.replace("第二档: ", "第二档 "));
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(rows(levyTable?.tiers)).toEqual(FIXTURE_ROWS);
    expect(errors(context)).toEqual([]);
  });

  it("ends the last tier's minimum at its line, before the number of the note on the next line", () => {
    // Without the label, input lines 3401–3403 join as `…/亩以上10%5.5` `1.征地…`: the minimum is 5.5 (５􀆰 ５), and 1. opens note 1.
    const { segment, context } = variantSegment(FIXTURE_TABLE.replace("说明: ", ""));
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(rows(levyTable?.tiers)?.at(-1)).toEqual(["第十一档", 50, null, 10, 5.5]);
    expect(levyTable?.notes).toEqual(FIXTURE_NOTES);
    expect(levyTable?.rules).toEqual({ roundUpToYuan: 100, minimumApplies: true });
    expect(errors(context)).toEqual([]);
  });

  it("takes a number after an empty minimum cell for the note it opens", () => {
    const table = FIXTURE_TABLE.replace("１０％ ５\u{1001B0} ５", "１０％").replace("说明: ", "");
    const { segment, context } = variantSegment(table);
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(rows(levyTable?.tiers)?.at(-1)).toEqual(["第十一档", 50, null, 10, null]);
    expect(levyTable?.notes).toEqual(FIXTURE_NOTES);
    expect(errors(context)).toEqual([]);
  });
});

describe("readLevyTable on price bands as other tables print them", () => {
  it.each([
    ["5万元（含）/亩以下", "第一档: ５ 万元 (含 ５ 万元) /亩以下", "第一档: ５ 万元 (含) /亩以下"],
    ["5万至8万元（含）/亩", "第二档: ５ 万至 ８ 万元 (含 ８ 万元) /亩", "第二档: ５ 万至 ８ 万元 (含) /亩"],
    ["5万元以上至8万元", "第二档: ５ 万至 ８ 万元", "第二档: ５ 万元以上至 ８ 万元"],
    ["5万－8万元", "第二档: ５ 万至 ８ 万元", "第二档: ５ 万－８ 万元"],
  ])("reads %s", (_, printed, variant) => {
    const { segment, context } = variantSegment(FIXTURE_TABLE.replace(printed, variant));
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(rows(levyTable?.tiers)).toEqual(FIXTURE_ROWS);
    expect(errors(context)).toEqual([]);
  });

  it("still refuses a band whose included price is not its top", () => {
    const { segment, context } = variantSegment(FIXTURE_TABLE.replace("第一档: ５ 万元 (含 ５ 万元)", "第一档: ５ 万元 (含 ４ 万元)"));
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(levyTable?.tiers.map((tier) => tier.name)[0]).toBe("第二档");
    expect(errors(context).map((diagnostic) => diagnostic.ruleId)[0]).toBe("levy-invalid-range");
  });
});

describe("readLevyTable on a minimum column in 元/亩", () => {
  it("reads its minimums into 万元/亩, as the calculator takes them", () => {
    // Each minimum of the fixture (input lines 3363–3401) as 元: 1􀆰 00 is 10000, …, 5􀆰 5 is 55000.
    const inYuan = [
      ["１ ００", "１００００"], ["１ ５２", "１５２００"], ["１ ８０", "１８０００"], ["２ ０４", "２０４００"], ["２ ２４", "２２４００"],
      ["２ ２５", "２２５００"], ["２ ３８", "２３８００"], ["２ ４７", "２４７００"], ["５ ５\n", "５５０００\n"],
    ].reduce(
      (table, [printed, yuan]) => table.replaceAll(printed!.replace(" ", "\u{1001B0} "), yuan!),
      FIXTURE_TABLE.replace("(万元 /亩)", "(元 /亩)"),
    );
    expect(inYuan).toContain("/亩 １８％ １５２００\n");
    const { segment, context } = variantSegment(inYuan);
    const { levyTable } = levyGrammar.parse(segment, context);
    expect(levyTable?.unit).toBe("万元/亩");
    expect(rows(levyTable?.tiers)).toEqual(FIXTURE_ROWS);
    expect(errors(context)).toEqual([]);
    // 8.1万 × 18% = 14580, rounded up to 14600, below 第三档's minimum of 15200 元.
    const levy = computeLevy(levyTable!, { averagePrice: 8.1 });
    expect(levy.ok && [levy.levy.perMu, levy.levy.minimumApplied]).toEqual([15200, true]);
  });
});

describe("grammars/levy/fragments.ts", () => {
  it("writes full-width punctuation in its patterns by name, as src/tokenize/characters.ts names it", () => {
    const source = readFileSync(new URL("../grammars/levy/fragments.ts", import.meta.url), "utf8");
    // Comments quote the text a pattern matches, and messages the text a reader knows: only patterns are held to it.
    const patterns = source.split("\n").filter((line) => /\bbuilt?\(/.test(line));
    expect(patterns.filter((line) => /[（），。：；、]/.test(line))).toEqual([]);
  });
});
