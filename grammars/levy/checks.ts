import type { Span } from "../../src/diagnostics.js";
import type { GrammarContext } from "../../src/grammar.js";
import type { ProvincialFloor } from "../../src/schema/levy.js";
import { bandContains, describeBand, type Band } from "./fragments.js";

/** A row of the table as read, with where it stands. */
export interface Placed {
  span: Span;
  page: number;
}

/** `第二级5万至10万元（含10万元）/亩` */
export interface ReadLevel extends Placed {
  level: number;
  band: Band;
}

/** `第三档：8万至10万元（含10万元）/亩18%1.52` */
export interface ReadTier extends Placed {
  tier: number;
  name: string;
  band: Band;
  ratePercent: number;
  minimum: number | null;
}

/** Minimums are printed to the fen of a 万元 (0.01 万元 = 100 元); compare them at that precision. */
const MINIMUM_DECIMALS = 2;
const sameAmount = (a: number, b: number): boolean => a.toFixed(MINIMUM_DECIMALS) === b.toFixed(MINIMUM_DECIMALS);

/**
 * Tiers numbered 1, 2, 3 … and, in that order, bands that follow each other from the bottom to the open
 * top. Each tier is numbered against the one before it, so that a tier missing (an unreadable row) is
 * reported once, at the tier after the gap, not at every tier after it.
 */
export function checkOrder(tiers: readonly ReadTier[], context: GrammarContext): void {
  tiers.forEach((tier, i) => {
    const expected = i === 0 ? 1 : tiers[i - 1]!.tier + 1;
    if (tier.tier !== expected) {
      context.diagnostics.error("levy-tier-numbering", `${tier.name} stands where tier ${expected} should`, tier.span, tier.page);
    }
    const bottom = i === 0 ? null : tiers[i - 1]!.band.upperInclusive;
    if (tier.band.lowerExclusive !== bottom) {
      context.diagnostics.error(
        "levy-tiers-not-contiguous",
        `${tier.name} (${describeBand(tier.band)}) does not start where the tier before it ends (${bottom ?? "nothing"}万元)`,
        tier.span,
        tier.page,
      );
    }
  });
  const top = tiers[tiers.length - 1];
  if (top && top.band.upperInclusive !== null) {
    context.diagnostics.error(
      "levy-tiers-not-contiguous",
      `${top.name}, the last tier, ends at ${top.band.upperInclusive}万元 and leaves higher prices without a tier`,
      top.span,
      top.page,
    );
  }
}

/** Every tier's rate is at least the provincial floor of the band that holds it. */
export function checkFloors(tiers: readonly ReadTier[], floors: readonly ProvincialFloor[], context: GrammarContext): void {
  if (floors.length === 0) return;
  for (const tier of tiers) {
    const floor = floors.find((candidate) => bandContains(candidate, tier.band));
    if (!floor) {
      context.diagnostics.error(
        "levy-tier-straddles-provincial-bands",
        `${tier.name} (${describeBand(tier.band)}) lies in no single provincial band, so no floor applies to it`,
        tier.span,
        tier.page,
      );
    } else if (tier.ratePercent < floor.ratePercent) {
      context.diagnostics.error(
        "levy-below-provincial-floor",
        `${tier.name} levies ${tier.ratePercent}%, below the provincial floor of ${floor.ratePercent}% for ${describeBand(floor)}`,
        tier.span,
        tier.page,
      );
    }
  }
}

/** The table's own provincial levels (第一级 …) agree with the bands the opinion sets. */
export function checkLevels(levels: readonly ReadLevel[], floors: readonly ProvincialFloor[], context: GrammarContext): void {
  if (floors.length === 0) return;
  for (const level of levels) {
    const floor = floors.find((candidate) => candidate.level === level.level);
    const agrees =
      floor !== undefined &&
      floor.lowerExclusive === level.band.lowerExclusive &&
      floor.upperInclusive === level.band.upperInclusive;
    if (!agrees) {
      context.diagnostics.warn(
        "levy-provincial-level-mismatch",
        `The table's level ${level.level} (${describeBand(level.band)}) is not the opinion's level ${level.level} (${floor ? describeBand(floor) : "none"})`,
        level.span,
        level.page,
      );
    }
  }
}

/**
 * A tier's minimum is the most the tier below it can levy: that tier's top price × its rate, so the levy
 * never drops when the price crosses into a cheaper-rate tier (8万 × 19% = 1.52 for 第三档). A table may
 * keep a higher minimum (第十档 keeps 2.47 where 20万 × 12% is 2.40): a warning, not an error.
 */
export function checkMinimums(tiers: readonly ReadTier[], context: GrammarContext): void {
  tiers.forEach((tier, i) => {
    const below = tiers[i - 1];
    if (tier.minimum === null || !below || below.band.upperInclusive === null) return;
    const expected = (below.band.upperInclusive * below.ratePercent) / 100;
    if (sameAmount(tier.minimum, expected)) return;
    context.diagnostics.warn(
      "levy-minimum-mismatch",
      `${tier.name}'s minimum is ${tier.minimum}万元/亩, not ${below.name}'s top levy ${below.band.upperInclusive}万元 × ${below.ratePercent}% = ${expected.toFixed(MINIMUM_DECIMALS)}万元/亩`,
      tier.span,
      tier.page,
    );
  });
}
