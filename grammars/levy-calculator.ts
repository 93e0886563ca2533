import type { LevyComputation, LevyTable } from "../src/schema/levy.js";
import { bandHolds, PRICE_UNIT, YUAN_PER_WAN } from "./levy/fragments.js";

/** The units an average price may be given in: the table's 万元/亩, or 元/亩. */
export type PriceUnit = typeof PRICE_UNIT | "元/亩";

export interface LevyInput {
  /** The district's average price (平均区片价). */
  averagePrice: number;
  /** 万元/亩 unless said otherwise. */
  unit?: PriceUnit;
}

export type LevyResult = { ok: true; levy: LevyComputation } | { ok: false; reason: string };

/**
 * Money is counted in whole fen (0.01 元) and rates in basis points (0.01 %), so that price × rate and
 * the rounding up are exact integer arithmetic: 9.3 万元 × 18% is 16740 元, never 16740.000000000002.
 */
const FEN_PER_YUAN = 100;
const BASIS_POINTS_PER_PERCENT = 100;
const BASIS_POINTS = 100 * BASIS_POINTS_PER_PERCENT;

const fenOf = (yuan: number): number => Math.round(yuan * FEN_PER_YUAN);

/**
 * The levy per 亩 for a district's average price, following the table's notes: the price × the rate of
 * the tier whose band holds the price (bands include their top: 5万 is 第一档), rounded up to the step
 * the notes give, and never below the tier's minimum when the notes say so. The table is the one a
 * parse read. Says why instead of throwing when the price or the table does not allow a levy.
 */
export function computeLevy(table: LevyTable, input: LevyInput): LevyResult {
  const unit = input.unit ?? PRICE_UNIT;
  if (unit !== PRICE_UNIT && unit !== "元/亩") return { ok: false, reason: `unknown unit ${String(unit)}; give 万元/亩 or 元/亩` };
  if (typeof input.averagePrice !== "number" || !Number.isFinite(input.averagePrice) || input.averagePrice < 0) {
    return { ok: false, reason: `the average price must be a number of ${unit} at least 0, not ${String(input.averagePrice)}` };
  }
  const inWan = unit === PRICE_UNIT;
  const averagePrice = inWan ? input.averagePrice : input.averagePrice / YUAN_PER_WAN;
  const priceFen = fenOf(inWan ? input.averagePrice * YUAN_PER_WAN : input.averagePrice);
  const tier = table.tiers.find((candidate) => bandHolds(candidate, averagePrice));
  if (!tier) return { ok: false, reason: `no tier of the table holds ${averagePrice}${PRICE_UNIT}` };
  // fen × basis points / 10000 is the raw levy in fen; it must stay an exact integer.
  const scaled = priceFen * Math.round(tier.ratePercent * BASIS_POINTS_PER_PERCENT);
  if (!Number.isSafeInteger(scaled)) return { ok: false, reason: `${averagePrice}${PRICE_UNIT} is too large to compute exactly` };
  const rawYuan = scaled / BASIS_POINTS / FEN_PER_YUAN;
  const step = table.rules.roundUpToYuan;
  // Both operands are integers, so the quotient is an integer exactly when the division is exact.
  const roundedYuan = step === null ? rawYuan : Math.ceil(scaled / (BASIS_POINTS * step * FEN_PER_YUAN)) * step;
  const minimumYuan = tier.minimum === null ? null : fenOf(tier.minimum * YUAN_PER_WAN) / FEN_PER_YUAN;
  // The notes compare the levy as computed, rounding included, with the minimum.
  const minimumApplied = table.rules.minimumApplies && minimumYuan !== null && roundedYuan < minimumYuan;
  return {
    ok: true,
    levy: {
      tier: tier.tier,
      ratePercent: tier.ratePercent,
      perMu: minimumApplied ? minimumYuan : roundedYuan,
      minimumApplied,
      basis: {
        averagePrice,
        tierName: tier.name,
        lowerExclusive: tier.lowerExclusive,
        upperInclusive: tier.upperInclusive,
        rawYuan,
        roundUpToYuan: step,
        roundedYuan,
        minimumYuan,
      },
    },
  };
}
