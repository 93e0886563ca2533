import { anyOf, built, literal } from "../../src/fragments.js";
import {
  EM_DASH,
  FULLWIDTH_COLON,
  FULLWIDTH_COMMA,
  FULLWIDTH_LEFT_PARENTHESIS,
  FULLWIDTH_RIGHT_PARENTHESIS,
  HYPHEN_MINUS,
  IDEOGRAPHIC_FULL_STOP,
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  SOLIDUS,
} from "../../src/tokenize/characters.js";
import { alternation, LEVY_NOTES_LABELS, NO_MINIMUM_WORDS } from "../../src/vocabulary.js";

/**
 * The pieces of a levy-rate table (征地社保费计提比例表) and of the provincial floors sentence, shared by
 * the table grammar and the floors reader. Prices are in 万元/亩, rates in per cent.
 */

/**
 * `5`, `1.00`, `5.5`: a decimal after normalisation (`１􀆰 ００` is already `1.00`). Bounded, so that a long
 * run of digits costs the cell scan, which tries every place, no more than a short one.
 */
const decimal = /[0-9]{1,9}(?:\.[0-9]{1,6})?/;
/** `1`, `2`: the number of a note; bounded for the same reason. */
const noteNumber = /[0-9]{1,3}/;
/**
 * `1.`, `1、`, `(1)`, `（1）`: the number that opens a note, never the digits of a decimal: in
 * `19%1.00第三档` the minimum `1.00` is no note 1 whose text is `00第三档…`.
 */
const noteMarker = built(
  `(?<![0-9])(?:{{noteNumber}}{{numberStop}}` +
    `|${anyOf(LEFT_PARENTHESIS, FULLWIDTH_LEFT_PARENTHESIS)}{{noteNumber}}${anyOf(RIGHT_PARENTHESIS, FULLWIDTH_RIGHT_PARENTHESIS)})`,
  { noteNumber },
);
/** The longest sentence a note may have: a bound, so that text without `。` is not scanned to its end from every place. */
const MAX_SENTENCE = 500;

/** `（含5万元）`, `（含）`: the price before it is included; the price may be left out, not changed. */
const included = (name: string): RegExp =>
  built(`${literal(FULLWIDTH_LEFT_PARENTHESIS)}含(?:(?<${name}>{{decimal}})万元)?${literal(FULLWIDTH_RIGHT_PARENTHESIS)}`, { decimal });
/** `至`, `—`, `－` (`-` once normalised): what joins the bottom and the top of a band. */
const joiner = built(`(?:至|${anyOf(EM_DASH, HYPHEN_MINUS)})`);

/** `5万元（含5万元）/亩以下`, `5万元（含）/亩以下`: up to a price, that price included. */
const upTo = built("(?<upTo>{{decimal}})万元{{included}}/亩以下", { decimal, included: included("upToIncluded") });
/**
 * `5万至10万元（含10万元）/亩`, `5万—10万元（含10万元）/亩区间`, `5万元以上至8万元（含）/亩`, `5万－8万元（含8万元）/亩`:
 * above one price, up to another included.
 */
const between = built("(?<from>{{decimal}})万元?(?:以上)?{{joiner}}(?<to>{{decimal}})万元{{included}}/亩(?:区间)?", {
  decimal,
  joiner,
  included: included("toIncluded"),
});
/** `20万元/亩以上`: above a price, without a top. */
const above = built("(?<above>{{decimal}})万元/亩以上", { decimal });

/** A price band in any of its three printed forms. */
const range = built("(?:{{upTo}}|{{between}}|{{above}})", { upTo, between, above });

/** `第三档：8万至10万元（含10万元）/亩`, `第二档5万至8万元（含8万元）/亩`: a tier's name and band, the colon optional. */
const tierHead = built(`第(?<tier>{{chineseNumeral}})档${literal(FULLWIDTH_COLON)}?{{range}}`, { range });

/** `—`, `－` (`-` once normalised), `/`, `无`: a minimum cell that says the tier has none. */
const noMinimum = built(`(?:${anyOf(EM_DASH, HYPHEN_MINUS, SOLIDUS)}|${alternation(NO_MINIMUM_WORDS)})`);

/** The unit in which the ranges are printed, and in which a parse gives the table's minimums. */
export const PRICE_UNIT = "万元/亩";
/** 元 in a 万元: a minimum column printed in 元/亩 is read into 万元/亩 by it. */
export const YUAN_PER_WAN = 10_000;

const build = (pattern: string, subs: Record<string, RegExp> = {}): RegExp =>
  built(pattern, { decimal, range, ...subs }, "u");

/** The cells of a levy-rate table as the extraction leaves them, each tried where the last one ended. */
export const TABLE_CELLS = {
  /** `附件`, `附件2`: the attachment label above the table. */
  attachment: build("附件(?:{{digits}})?"),
  /** `广州市征地社保费计提比例表` */
  title: build("(?<title>{{han}}{1,40}?计提比例表)"),
  /** `平均区片价`: the heading over the two range columns. */
  priceHeading: build("平均区片价"),
  /** `省的划分范围`, `广州市的划分范围`: the provincial and the city's range columns. */
  rangeHeading: build("{{han}}{1,10}?的划分范围"),
  /** `征地社保费计提比例` */
  rateHeading: build("{{han}}{0,10}?计提比例"),
  /** `本档最低计提标准` */
  minimumHeading: build("本档最低计提标准"),
  /** `（万元/亩）`, `（元/亩）`: the unit of the minimum column; `wan` when it counts in 万元. */
  unitHeading: build(`${literal(FULLWIDTH_LEFT_PARENTHESIS)}(?<wan>万)?元/亩${literal(FULLWIDTH_RIGHT_PARENTHESIS)}`),
  /** `第二级5万至10万元（含10万元）/亩`: a provincial level and its band. */
  level: build("第(?<level>{{chineseNumeral}})级{{range}}"),
  /**
   * `第三档：8万至10万元（含10万元）/亩18%1.52`, `第一档：5万元（含5万元）/亩以下20%—`, `…20%` (an empty
   * minimum cell): a tier row. A number that opens a note (`10%1.征地…`) is the note's, not a minimum.
   */
  tier: build("{{tierHead}}(?<rate>{{decimal}})%(?:(?!{{noteMarker}})(?<minimum>{{decimal}})|{{noMinimum}})?", {
    tierHead,
    noteMarker,
    noMinimum,
  }),
  /** `说明：`, `注：`, `备注：`: the label over the notes under the table. */
  notesLabel: build(`${alternation(LEVY_NOTES_LABELS)}${literal(FULLWIDTH_COLON)}`),
  /**
   * `1.征地社保费按照…计算。计算结果向上取整，精确到百元。`, `（2）根据…执行。`: a numbered note, whole
   * sentences up to the next sentence that opens with a note's number.
   */
  note: build(
    `{{noteMarker}}(?<text>(?:(?!{{noteMarker}})[^${literal(IDEOGRAPHIC_FULL_STOP)}]{1,${MAX_SENTENCE}}${literal(IDEOGRAPHIC_FULL_STOP)})+)`,
    { noteMarker },
  ),
} as const;

/** Whether a text holds a tier row somewhere: the form that makes an annex a levy-rate table. */
export const TIER_ANYWHERE = build("{{tierHead}}", { tierHead });
/** Where a note's number (`1.`, `（1）`) stands in a text: where the notes under a table start. */
export const NOTE_ANYWHERE = build("{{noteMarker}}", { noteMarker });
/** Whether a text holds the title of a levy-rate table somewhere. */
export const TITLE_ANYWHERE = build("计提比例表");

/**
 * `在5万—10万元（含10万元）/亩区间的，按不低于18%计提`, `…在5万元（含5万元）/亩以下的，按不低于征收
 * 农用地区片综合地价的20%计提`: a clause of the opinion that sets a provincial floor, at its end.
 */
export const FLOOR_CLAUSE = build(`在{{range}}的${literal(FULLWIDTH_COMMA)}按不低于(?:{{han}}{1,20}的)?(?<rate>{{decimal}})%计提$`);

/** `计算结果向上取整，精确到百元`: the rounding rule of the notes. */
export const ROUNDING_RULE = build(`向上取整${literal(FULLWIDTH_COMMA)}精确到(?<step>[十百千万])元`);
/** `低于本档最低计提标准的，按本档最低计提标准执行`: the minimum rule of the notes. */
export const MINIMUM_RULE = build(`低于本档最低计提标准的${literal(FULLWIDTH_COMMA)}按本档最低计提标准执行`);

const STEP_YUAN: ReadonlyMap<string, number> = new Map([
  ["十", 10],
  ["百", 100],
  ["千", 1000],
  ["万", 10000],
]);
/** `百` → 100. */
export const stepYuan = (step: string): number => STEP_YUAN.get(step)!;

type Groups = Record<string, string | undefined>;

/** A band of prices in 万元/亩: above `lowerExclusive`, up to `upperInclusive` included; null is open. */
export interface Band {
  lowerExclusive: number | null;
  upperInclusive: number | null;
}

export type BandResult = { ok: true; band: Band } | { ok: false; reason: string };

/**
 * Reads the band that `range` matched; says why when the included price, where printed (`（含5万元）`), is
 * not the top, or the band is empty.
 */
export function readBand(groups: Groups): BandResult {
  if (groups.upTo !== undefined) {
    if (groups.upToIncluded !== undefined && Number(groups.upToIncluded) !== Number(groups.upTo)) {
      return { ok: false, reason: `includes ${groups.upToIncluded}万元 but ends at ${groups.upTo}万元` };
    }
    return { ok: true, band: { lowerExclusive: null, upperInclusive: Number(groups.upTo) } };
  }
  if (groups.above !== undefined) return { ok: true, band: { lowerExclusive: Number(groups.above), upperInclusive: null } };
  const [from, to] = [Number(groups.from), Number(groups.to)];
  if (groups.toIncluded !== undefined && Number(groups.toIncluded) !== to) return { ok: false, reason: `includes ${groups.toIncluded}万元 but ends at ${to}万元` };
  if (to <= from) return { ok: false, reason: `runs from ${from}万元 down to ${to}万元` };
  return { ok: true, band: { lowerExclusive: from, upperInclusive: to } };
}

/** Whether `outer` holds every price of `inner`. */
export function bandContains(outer: Band, inner: Band): boolean {
  const lowerHolds =
    outer.lowerExclusive === null || (inner.lowerExclusive !== null && inner.lowerExclusive >= outer.lowerExclusive);
  const upperHolds =
    outer.upperInclusive === null || (inner.upperInclusive !== null && inner.upperInclusive <= outer.upperInclusive);
  return lowerHolds && upperHolds;
}

/** Whether a price (万元/亩) lies in a band. */
export const bandHolds = (band: Band, price: number): boolean =>
  (band.lowerExclusive === null || price > band.lowerExclusive) && (band.upperInclusive === null || price <= band.upperInclusive);

/** `5万元（含）以下`, `5万至8万元（含）`, `50万元以上`: a band as a reader says it, for messages. */
export function describeBand(band: Band): string {
  if (band.lowerExclusive === null && band.upperInclusive === null) return "任意价格";
  if (band.lowerExclusive === null) return `${band.upperInclusive}万元（含）/亩以下`;
  if (band.upperInclusive === null) return `${band.lowerExclusive}万元/亩以上`;
  return `${band.lowerExclusive}万至${band.upperInclusive}万元（含）/亩`;
}
