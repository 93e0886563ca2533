import type { DocumentSegment, Grammar, GrammarContext } from "../src/grammar.js";
import type { LevyFields, LevyRules, LevyTable, ProvincialFloor, Tier } from "../src/schema/levy.js";
import type { Effective } from "../src/schema/regulation.js";
import { joinLines, runPage, runSpan, type PagedLine, type Run } from "../src/text/run.js";
import { match, matchAt, matches, type Match } from "../src/fragments.js";
import { bodyEffective } from "./effective.js";
import { checkFloors, checkLevels, checkMinimums, checkOrder, type ReadLevel, type ReadTier } from "./levy/checks.js";
import { readProvincialFloors } from "./levy/floors.js";
import {
  bandContains,
  MINIMUM_RULE,
  NOTE_ANYWHERE,
  PRICE_UNIT,
  readBand,
  ROUNDING_RULE,
  stepYuan,
  TABLE_CELLS,
  TIER_ANYWHERE,
  TITLE_ANYWHERE,
  YUAN_PER_WAN,
} from "./levy/fragments.js";
import { parseChineseNumeral } from "../src/text/numerals.js";

/** What the cells of a levy-rate table hold, in the order the extraction left them. */
interface Cells {
  /** How many of the minimum column's unit make a 万元: 1 for `（万元/亩）`, 10000 for `（元/亩）`. */
  minimumsPerWan: number;
  levels: ReadLevel[];
  tiers: ReadTier[];
  notes: string[];
}

type CellName = keyof typeof TABLE_CELLS;
type Groups = Record<string, string | undefined>;

/** How much of unread text a message quotes. */
const EXCERPT_LENGTH = 40;
const excerpt = (text: string): string => (text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text);

/** A Chinese ordinal that a cell pattern matched (`十一`), or null after reporting why it is not one. */
function ordinal(text: string, what: string, run: Run, from: number, to: number, context: GrammarContext): number | null {
  const numeral = parseChineseNumeral(text);
  if (numeral.ok) return numeral.value;
  context.diagnostics.error("levy-invalid-ordinal", `${what} ${text}: ${numeral.reason}`, runSpan(run, from, to), runPage(run, from));
  return null;
}

/** Records what one matched cell says; the header cells say nothing but the minimums' unit. */
function record(name: CellName, groups: Groups, run: Run, from: number, to: number, cells: Cells, context: GrammarContext): void {
  const span = runSpan(run, from, to);
  const page = runPage(run, from);
  if (name === "unitHeading") cells.minimumsPerWan = groups.wan === undefined ? YUAN_PER_WAN : 1;
  if (name === "note") cells.notes.push(groups.text!);
  if (name !== "level" && name !== "tier") return;
  const band = readBand(groups);
  if (!band.ok) {
    context.diagnostics.error("levy-invalid-range", `${run.text.slice(from, to)}: the price band ${band.reason}`, span, page);
    return;
  }
  if (name === "level") {
    const level = ordinal(groups.level!, "Provincial level", run, from, to, context);
    if (level !== null) cells.levels.push({ level, band: band.band, span, page });
    return;
  }
  const tier = ordinal(groups.tier!, "Tier", run, from, to, context);
  if (tier === null) return;
  const minimum = groups.minimum === undefined ? null : Number(groups.minimum);
  cells.tiers.push({ tier, name: `第${groups.tier}档`, band: band.band, ratePercent: Number(groups.rate), minimum, span, page });
}

/**
 * Where the notes start: at the first note's number, since they stand under the tiers. Tier rows are read
 * only before it, so that a tier that a note names (`3.第一档5万元（含5万元）/亩以下不设…`) is that note's
 * text, with or without a notes label. A number that starts a line opens a note even after a digit, the
 * last minimum of the line before (`５􀆰 ５` / `１􀆰 征地…`), as in cellAt.
 */
function notesStart(run: Run): number {
  const found = match(NOTE_ANYWHERE, run.text)?.index ?? run.text.length;
  const atLineStart = run.breaks.find((at) => at < found && matchAt(NOTE_ANYWHERE, run.text.slice(at), 0) !== null);
  return atLineStart ?? found;
}

/**
 * The cell `name` at `position`, the numbers of one line kept apart from those of the next: the run joins
 * lines without a separator, so the last row's minimum (`５􀆰 ５`) and the next line's note number
 * (`１􀆰 征地…`) read `5.51.征地`. A cell that starts a line is matched against the text from there, so that
 * no lookbehind takes its number for the end of a decimal on the line before; a tier row whose minimum,
 * the last cell of the row, runs over a line break is matched again against the text up to that break.
 * `line` is the index in `run.breaks` of the line that holds `position`.
 */
function cellAt(name: CellName, run: Run, position: number, line: number): Match | null {
  const from = run.breaks[line] === position ? position : 0;
  const text = from === 0 ? run.text : run.text.slice(from);
  const found = matchAt(TABLE_CELLS[name], text, position - from);
  const minimum = found?.groups?.minimum;
  if (!found || minimum === undefined) return found;
  const end = position + found[0].length;
  let next = line + 1;
  while (next < run.breaks.length && run.breaks[next]! <= end - minimum.length) next += 1;
  const cut = run.breaks[next];
  return cut === undefined || cut >= end ? found : matchAt(TABLE_CELLS[name], run.text.slice(from, cut), position - from);
}

/**
 * Reads the cells of the table in whatever order the extraction scrambled them: at each place the first
 * cell pattern that matches there is taken; text where none matches is reported as `unconsumed-text`.
 */
function readCells(run: Run, context: GrammarContext): Cells {
  const cells: Cells = { minimumsPerWan: 1, levels: [], tiers: [], notes: [] };
  const names = Object.keys(TABLE_CELLS) as CellName[];
  const notesFrom = notesStart(run);
  let position = 0;
  let line = 0;
  let skippedFrom: number | null = null;
  const reportSkipped = (to: number) => {
    if (skippedFrom === null) return;
    context.diagnostics.error(
      "unconsumed-text",
      `The levy-rate table does not read "${excerpt(run.text.slice(skippedFrom, to))}"`,
      runSpan(run, skippedFrom, to),
      runPage(run, skippedFrom),
    );
    skippedFrom = null;
  };
  while (position < run.text.length) {
    // The scan only moves forward, and so does the line that holds it.
    while (line + 1 < run.breaks.length && run.breaks[line + 1]! <= position) line += 1;
    let end: number | null = null;
    for (const name of names) {
      if (name === "tier" && position >= notesFrom) continue;
      const found = cellAt(name, run, position, line);
      if (!found) continue;
      end = position + found[0].length;
      reportSkipped(position);
      context.consumed.run(run, position, end);
      record(name, found.groups ?? {}, run, position, end, cells, context);
      break;
    }
    if (end === null) {
      skippedFrom ??= position;
      position += 1;
    } else {
      position = end;
    }
  }
  reportSkipped(run.text.length);
  return cells;
}

/** The computation rules the notes state (rounding, the minimum), read from their text. */
function readRules(notes: readonly string[]): LevyRules {
  const text = notes.join("");
  const rounding = match(ROUNDING_RULE, text);
  return {
    roundUpToYuan: rounding?.groups?.step ? stepYuan(rounding.groups.step) : null,
    minimumApplies: matches(MINIMUM_RULE, text),
  };
}

/**
 * The provincial level of each tier is the table's own level (第N级) whose band holds it; a table that
 * prints no levels takes the opinion's bands. A tier that no level holds is reported and left out.
 */
function placeTiers(tiers: readonly ReadTier[], levels: readonly ReadLevel[], floors: readonly ProvincialFloor[], context: GrammarContext): Tier[] {
  const bands = levels.length > 0 ? levels.map(({ level, band }) => ({ level, band })) : floors.map((floor) => ({ level: floor.level, band: floor }));
  return tiers.flatMap((tier) => {
    const level = bands.find(({ band }) => bandContains(band, tier.band));
    if (!level) {
      context.diagnostics.error(
        "levy-tier-outside-provincial-levels",
        `${tier.name} lies in none of the provincial levels`,
        tier.span,
        tier.page,
      );
      return [];
    }
    const { tier: number, name, band, ratePercent, minimum } = tier;
    return [{ tier: number, name, provincialLevel: level.level, ...band, ratePercent, minimum }];
  });
}

/**
 * Reads a levy-rate table (征地社保费计提比例表) from the lines of an annex, checks it against the
 * provincial floors, and reports what it could not read. Never throws.
 */
export function readLevyTable(lines: readonly PagedLine[], floors: readonly ProvincialFloor[], context: GrammarContext): LevyTable {
  const cells = readCells(joinLines(lines), context);
  const seen = new Set<number>();
  // The heading may stand after the rows in a scrambled extraction: minimums take its unit only now.
  const tiers = cells.tiers
    .map((tier) => ({ ...tier, minimum: tier.minimum === null ? null : tier.minimum / cells.minimumsPerWan }))
    .sort((a, b) => a.tier - b.tier)
    .filter((tier) => {
      if (!seen.has(tier.tier)) {
        seen.add(tier.tier);
        return true;
      }
      context.diagnostics.error("levy-duplicate-tier", `${tier.name} is printed twice; the first is kept`, tier.span, tier.page);
      return false;
    });
  const levels = [...cells.levels].sort((a, b) => a.level - b.level);
  checkOrder(tiers, context);
  checkFloors(tiers, floors, context);
  checkLevels(levels, floors, context);
  checkMinimums(tiers, context);
  return {
    unit: PRICE_UNIT,
    tiers: placeTiers(tiers, levels, floors, context),
    notes: cells.notes,
    rules: readRules(cells.notes),
  };
}

/** Whether an annex holds, by its form, a levy-rate table: a `…计提比例表` title and 档 tiers with price bands. */
export function holdsLevyTable(lines: readonly PagedLine[]): boolean {
  const text = joinLines(lines).text;
  return matches(TITLE_ANYWHERE, text) && matches(TIER_ANYWHERE, text);
}

export type LevyNoticeFields = LevyFields & { effective: Effective | null };

/** A notice that issues a levy-rate table, forwarding the provincial documents that set its floors. */
export const levyGrammar: Grammar<"levy-notice", LevyNoticeFields> = {
  kind: "levy-notice",
  claims: (segment: DocumentSegment) => holdsLevyTable(segment.annex),
  parse(segment: DocumentSegment, context: GrammarContext): LevyNoticeFields {
    const provincialFloors = readProvincialFloors(segment, context);
    if (provincialFloors.length === 0) {
      context.diagnostics.warn(
        "levy-provincial-floors-missing",
        "No forwarded document states the provincial floors, so the table's rates are not checked against them",
        runSpan(joinLines(segment.annex)),
        segment.envelope.pages.from,
      );
    }
    return {
      levyTable: readLevyTable(segment.annex, provincialFloors, context),
      provincialFloors,
      effective: bodyEffective(segment, context),
    };
  },
};
