import type { Span } from "../../src/diagnostics.js";
import type { DocumentSegment, GrammarContext } from "../../src/grammar.js";
import type { ProvincialFloor } from "../../src/schema/levy.js";
import { FULLWIDTH_SEMICOLON, IDEOGRAPHIC_FULL_STOP } from "../../src/tokenize/characters.js";
import { joinLines, runPage, runSpan, type Run } from "../../src/text/run.js";
import { match } from "../../src/fragments.js";
import { FLOOR_CLAUSE, readBand, type Band } from "./fragments.js";

/** A floor as read, with where it stands, before the levels are numbered. */
interface ReadFloor {
  band: Band;
  ratePercent: number;
  span: Span;
  page: number;
}

/** A floor clause ends at `；` or `。`: `…按不低于18%计提；在10万—15万元…`. */
const CLAUSE_END = new Set([FULLWIDTH_SEMICOLON, IDEOGRAPHIC_FULL_STOP]);

/** The clauses of a run as `[from, to)` pairs, each without its closing punctuation. */
function clausesOf(run: Run): Array<[number, number]> {
  const clauses: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < run.text.length; i += 1) {
    if (!CLAUSE_END.has(run.text[i]!)) continue;
    clauses.push([from, i]);
    from = i + 1;
  }
  if (from < run.text.length) clauses.push([from, run.text.length]);
  return clauses;
}

/** The floor clauses of one document's body. */
function floorsIn(segment: DocumentSegment, context: GrammarContext): ReadFloor[] {
  const run = joinLines(segment.body);
  const floors: ReadFloor[] = [];
  for (const [from, to] of clausesOf(run)) {
    const found = match(FLOOR_CLAUSE, run.text.slice(from, to));
    if (!found?.groups) continue;
    const start = from + found.index;
    const span = runSpan(run, start, to);
    const page = runPage(run, start);
    const band = readBand(found.groups);
    if (!band.ok) {
      context.diagnostics.error("levy-invalid-range", `A provincial floor's price band ${band.reason}`, span, page);
      continue;
    }
    floors.push({ band: band.band, ratePercent: Number(found.groups.rate), span, page });
  }
  return floors;
}

/**
 * The provincial minimum rates (`…在5万—10万元（含10万元）/亩区间的，按不低于18%计提；…`), read from the
 * first document that the notice forwards, directly or through another, and that states them: the floors
 * are the province's, so they stand in the provincial documents, not in the city's notice. Levels are
 * numbered by price, cheapest first; bands that leave a gap, overlap or
 * stop short of the top are reported.
 */
export function readProvincialFloors(segment: DocumentSegment, context: GrammarContext): ProvincialFloor[] {
  const pending = [...segment.forwarded];
  while (pending.length > 0) {
    const candidate = pending.shift()!;
    const read = floorsIn(candidate, context);
    if (read.length === 0) {
      pending.push(...candidate.forwarded);
      continue;
    }
    const sorted = [...read].sort((a, b) => (a.band.lowerExclusive ?? -Infinity) - (b.band.lowerExclusive ?? -Infinity));
    sorted.forEach((floor, i) => {
      const expected = i === 0 ? null : sorted[i - 1]!.band.upperInclusive;
      if (floor.band.lowerExclusive !== expected) {
        context.diagnostics.error(
          "levy-provincial-floors-not-contiguous",
          `The provincial band starting above ${floor.band.lowerExclusive ?? "nothing"}万元 does not continue the one before it (which ends at ${expected ?? "nothing"}万元)`,
          floor.span,
          floor.page,
        );
      }
    });
    const top = sorted[sorted.length - 1]!;
    if (top.band.upperInclusive !== null) {
      context.diagnostics.error(
        "levy-provincial-floors-not-contiguous",
        `The provincial bands end at ${top.band.upperInclusive}万元 and leave higher prices without a floor`,
        top.span,
        top.page,
      );
    }
    return sorted.map((floor, i) => ({ level: i + 1, ...floor.band, ratePercent: floor.ratePercent }));
  }
  return [];
}
