import { z } from "zod";

/** One tier (档) of a levy-rate table; prices in 万元/亩. */
export const TierSchema = z.object({
  tier: z.number().int().min(1),
  name: z.string().min(1),
  provincialLevel: z.number().int().min(1),
  lowerExclusive: z.number().nullable(),
  upperInclusive: z.number().nullable(),
  ratePercent: z.number(),
  minimum: z.number().nullable(),
});
export type Tier = z.infer<typeof TierSchema>;

/**
 * The computation rules that the table's notes (说明) state, read from their text:
 * `计算结果向上取整，精确到百元` → `roundUpToYuan: 100`; `低于本档最低计提标准的，按本档最低计提标准执行`
 * → `minimumApplies: true`. A rule the notes do not state is null or false.
 */
export const LevyRulesSchema = z.object({
  roundUpToYuan: z.number().int().min(1).nullable(),
  minimumApplies: z.boolean(),
});
export type LevyRules = z.infer<typeof LevyRulesSchema>;

export const LevyTableSchema = z.object({
  unit: z.string().min(1),
  tiers: z.array(TierSchema),
  notes: z.array(z.string()),
  rules: LevyRulesSchema,
});
export type LevyTable = z.infer<typeof LevyTableSchema>;

/** The provincial minimum rate for a price band (万元/亩). */
export const ProvincialFloorSchema = z.object({
  level: z.number().int().min(1),
  lowerExclusive: z.number().nullable(),
  upperInclusive: z.number().nullable(),
  ratePercent: z.number(),
});
export type ProvincialFloor = z.infer<typeof ProvincialFloorSchema>;

export const LevyFieldsSchema = z.object({
  levyTable: LevyTableSchema.nullable(),
  provincialFloors: z.array(ProvincialFloorSchema),
});
export type LevyFields = z.infer<typeof LevyFieldsSchema>;

/** How a levy was reached, step by step, in the units the notes use. */
export const LevyBasisSchema = z.object({
  /** The district's average price (平均区片价), 万元/亩. */
  averagePrice: z.number().min(0),
  /** `第三档` */
  tierName: z.string().min(1),
  lowerExclusive: z.number().nullable(),
  upperInclusive: z.number().nullable(),
  /** Price × rate, 元/亩, before rounding. */
  rawYuan: z.number().min(0),
  /** The step the notes round up to, 元; null when they state none. */
  roundUpToYuan: z.number().int().min(1).nullable(),
  /** The raw levy rounded up as the notes say, 元/亩. */
  roundedYuan: z.number().min(0),
  /** The tier's minimum (本档最低计提标准), 元/亩; null when the tier has none. */
  minimumYuan: z.number().min(0).nullable(),
});
export type LevyBasis = z.infer<typeof LevyBasisSchema>;

/** `computeLevy` for 9.3 万元/亩: tier 3, 18%, 16800 元/亩. */
export const LevyComputationSchema = z.object({
  tier: z.number().int().min(1),
  ratePercent: z.number(),
  /** The levy, 元 per 亩. */
  perMu: z.number().min(0),
  minimumApplied: z.boolean(),
  basis: LevyBasisSchema,
});
export type LevyComputation = z.infer<typeof LevyComputationSchema>;
