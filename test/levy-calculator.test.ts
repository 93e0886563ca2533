import { describe, expect, it } from "vitest";
import { computeLevy } from "../grammars/levy-calculator.js";
import { readLevyTable } from "../grammars/levy-table.js";
import { formatLevy } from "../src/cli/commands/levy.js";
import { LevyComputationSchema, type LevyTable } from "../src/schema/levy.js";
import { cli, fixtureLines, fixturePath, prepare } from "./support.js";
import { VARIANT } from "./levy-variant.js";

/** The table as the grammar reads it from the fixture (input lines 3348–3406): nothing typed in by hand. */
function fixtureTable(): LevyTable {
  const { lines, context } = fixtureLines(3348, 3406);
  return readLevyTable(lines, [], context);
}

const levy = (table: LevyTable, averagePrice: number, unit?: "万元/亩" | "元/亩") => {
  const result = computeLevy(table, unit ? { averagePrice, unit } : { averagePrice });
  if (!result.ok) throw new Error(result.reason);
  return result.levy;
};

describe("computeLevy with the fixture's table", () => {
  const table = fixtureTable();

  it("rounds up to the next 100 元: 9.3 万元/亩 → 第三档 18% → 16740 → 16800 元/亩", async () => {
    const result = levy(table, 9.3);
    expect(result).toEqual({
      tier: 3,
      ratePercent: 18,
      perMu: 16800,
      minimumApplied: false,
      basis: {
        averagePrice: 9.3,
        tierName: "第三档",
        lowerExclusive: 8,
        upperInclusive: 10,
        rawYuan: 16740,
        roundUpToYuan: 100,
        roundedYuan: 16800,
        minimumYuan: 15200,
      },
    });
    expect(() => LevyComputationSchema.parse(result)).not.toThrow();
  });

  // [price 万元/亩, tier, rate %, raw 元, levy 元/亩, minimum applied]: worked by hand from the table.
  const cases: Array<[number, number, number, number, number, boolean]> = [
    [5, 1, 20, 10000, 10000, false],
    [5.01, 2, 19, 9519, 10000, true],
    [8, 2, 19, 15200, 15200, false],
    [8.01, 3, 18, 14418, 15200, true],
    [10, 3, 18, 18000, 18000, false],
    [10.01, 4, 17, 17017, 18000, true],
    [12, 4, 17, 20400, 20400, false],
    [12.01, 5, 16, 19216, 20400, true],
    [14, 5, 16, 22400, 22400, false],
    [14.01, 6, 15, 21015, 22400, true],
    [15, 6, 15, 22500, 22500, false],
    [15.01, 7, 14, 21014, 22500, true],
    [17, 7, 14, 23800, 23800, false],
    [17.01, 8, 13, 22113, 23800, true],
    [19, 8, 13, 24700, 24700, false],
    [19.01, 9, 12, 22812, 24700, true],
    // 第九档's minimum 2.47 is above its own top levy 20万 × 12% = 2.40.
    [20, 9, 12, 24000, 24700, true],
    [20.01, 10, 11, 22011, 24700, true],
    [50, 10, 11, 55000, 55000, false],
    [50.01, 11, 10, 50010, 55000, true],
  ];
  it.each(cases)("%s 万元/亩 is tier %s at %s%%: %s 元 raw, %s 元/亩 levied (minimum %s)", async (price, tier, rate, raw, perMu, minimumApplied) => {
    const result = levy(table, price);
    expect([result.tier, result.ratePercent, result.basis.rawYuan, result.perMu, result.minimumApplied]).toEqual([
      tier,
      rate,
      raw,
      perMu,
      minimumApplied,
    ]);
  });

  it("applies the tier minimum when the rounded levy falls below it", async () => {
    const result = levy(table, 8.01);
    expect(result.basis.roundedYuan).toBe(14500);
    expect(result.basis.minimumYuan).toBe(15200);
    expect(result.perMu).toBe(15200);
    expect(result.minimumApplied).toBe(true);
  });

  it("takes prices in 元/亩 too, and prices of 0 or beyond the last bound", async () => {
    expect(levy(table, 93000, "元/亩").perMu).toBe(16800);
    expect(levy(table, 50000, "元/亩").tier).toBe(1);
    expect(levy(table, 0).perMu).toBe(0);
    expect(levy(table, 123.45).perMu).toBe(123500);
  });

  it("says why, without throwing, for a price or a table that allows no levy", async () => {
    for (const averagePrice of [Number.NaN, -1, Number.POSITIVE_INFINITY, "9.3" as unknown as number]) {
      const result = computeLevy(table, { averagePrice });
      expect(result.ok).toBe(false);
    }
    expect(computeLevy(table, { averagePrice: 9.3, unit: "亩" as "元/亩" }).ok).toBe(false);
    expect(computeLevy(table, { averagePrice: 1e12 }).ok).toBe(false);
    expect(computeLevy({ ...table, tiers: [] }, { averagePrice: 9.3 })).toEqual({ ok: false, reason: "no tier of the table holds 9.3万元/亩" });
  });
});

describe("computeLevy with the variant's table", () => {
  const { lines, context } = prepare(VARIANT);
  const table = readLevyTable(lines, [], context);

  it("follows the variant's notes: rounding up to 10 元, then the minimum", async () => {
    expect([levy(table, 12.345).basis.rawYuan, levy(table, 12.345).perMu]).toEqual([19752, 19760]);
    expect([levy(table, 5.01).basis.roundedYuan, levy(table, 5.01).perMu, levy(table, 5.01).minimumApplied]).toEqual([9020, 10000, true]);
    expect(levy(table, 3).perMu).toBe(6000);
    expect(levy(table, 31).tier).toBe(7);
  });
});

describe("the levy command's output", () => {
  const table = fixtureTable();

  it("prints the tier, the rate, the reasoning and the levy", async () => {
    expect(formatLevy(levy(table, 9.3))).toBe(
      [
        "第三档 (8万至10万元（含）/亩): 18%",
        "9.3万元/亩 × 18% = 16740 元/亩",
        "rounded up to 100 元: 16800 元/亩",
        "minimum of 第三档: 15200 元/亩, not applied",
        "16800 元/亩",
      ].join("\n"),
    );
    expect(formatLevy(levy(table, 8.01)).split("\n").slice(-2)).toEqual(["minimum of 第三档: 15200 元/亩, applied", "15200 元/亩"]);
  });

  it("prints the levy for a price from the command line, by the bundled issue's table", async () => {
    const text = await cli("levy", "9.3");
    expect(text.code).toBe(0);
    expect(text.out.split("\n").at(-1)).toBe("16800 元/亩");
    const json = await cli("levy", "9.3", fixturePath, "--format", "json");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ ratePercent: 18, perMu: 16800, minimumApplied: false });
  });

  it("refuses bad usage with exit code 2", async () => {
    expect((await cli("levy")).code).toBe(2);
    expect((await cli("levy", "abc", fixturePath)).code).toBe(2);
    expect((await cli("levy", "9.3", fixturePath, "--format", "xml")).code).toBe(2);
    const missing = await cli("levy", "9.3", "/nonexistent/issue.txt");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no such file");
  });
});
