import { computeLevy } from "../../../grammars/levy-calculator.js";
import { describeBand } from "../../../grammars/levy/fragments.js";
import type { LevyComputation } from "../../schema/levy.js";
import { bundledIssuePath } from "../../bundled.js";
import { EXIT, parseFile, UsageError, type Command } from "../command.js";
import { formatOption, helpOption, maxInputOf, maxInputOption } from "../options.js";

/**
 * A price as a user types it, in 万元/亩: `9.3`, `50`, or as Chinese users write it, `9.3万` and
 * `9.3万元/亩` (full-width digits read as ASCII ones). The digits are bounded: no price has more.
 */
const PRICE = /^(?<amount>[0-9]{1,9}(?:\.[0-9]{1,9})?)(?:万(?:元(?:\/亩)?)?)?$/;

/** The price in 万元/亩, or a usage error that says why `text` is not one. */
function readPrice(text: string): number {
  const amount = PRICE.exec(text.normalize("NFKC"))?.groups?.amount;
  if (amount === undefined) {
    throw new UsageError(`${text} is not a price: give the average price in 万元/亩 with a decimal point, such as 9.3, 9.3万 or 9.3万元/亩`);
  }
  if (Number(amount) === 0) throw new UsageError(`${text}: the average price must be above 0`);
  return Number(amount);
}

/**
 * The reasoning, one step a line, and the levy last:
 *
 *     第三档 (8万至10万元（含）/亩): 18%
 *     9.3万元/亩 × 18% = 16740 元/亩
 *     rounded up to 100 元: 16800 元/亩
 *     minimum of 第三档: 15200 元/亩, not applied
 *     16800 元/亩
 */
export function formatLevy(levy: LevyComputation): string {
  const { basis } = levy;
  const lines = [
    `${basis.tierName} (${describeBand(basis)}): ${levy.ratePercent}%`,
    `${basis.averagePrice}万元/亩 × ${levy.ratePercent}% = ${basis.rawYuan} 元/亩`,
  ];
  if (basis.roundUpToYuan !== null) lines.push(`rounded up to ${basis.roundUpToYuan} 元: ${basis.roundedYuan} 元/亩`);
  if (basis.minimumYuan !== null) {
    lines.push(`minimum of ${basis.tierName}: ${basis.minimumYuan} 元/亩, ${levy.minimumApplied ? "applied" : "not applied"}`);
  }
  lines.push(`${levy.perMu} 元/亩`);
  return lines.join("\n");
}

/**
 * `gz-gazette levy PRICE [FILE] [--format text|json]`: parses FILE (the bundled issue when omitted),
 * takes the levy-rate table of its levy notice, and prints the levy for PRICE (万元/亩).
 * Exit 0 with a levy, 1 when FILE has no table or the table gives no levy for PRICE, 2 for bad usage.
 */
export const levy: Command = {
  name: "levy",
  synopsis: "PRICE [FILE] [options]",
  summary: "the levy per 亩 for an average price in 万元/亩 (9.3, 9.3万 or 9.3万元/亩), by the table in FILE (default the bundled issue)",
  options: { format: formatOption(["text", "json"], "text"), "max-input": maxInputOption, help: helpOption },
  exits: "0 a levy; 1 FILE has no levy-rate table or it gives no levy for PRICE; 2 bad usage (a PRICE that is not one, 0) or a file that cannot be read",
  run({ args, options, io }) {
    const [price, file = bundledIssuePath(), ...extra] = args;
    if (price === undefined) throw new UsageError("give a PRICE in 万元/亩, such as 9.3");
    if (extra.length > 0) throw new UsageError(`give one PRICE and at most one FILE, not also ${extra.join(" ")}`);
    const averagePrice = readPrice(price);
    const format = options.format ?? "text";
    const { gazette } = parseFile(file, maxInputOf(options));
    const notice = gazette.documents.find((document) => document.kind === "levy-notice" && document.levyTable !== null);
    if (notice?.kind !== "levy-notice" || notice.levyTable === null) {
      io.err(`gz-gazette levy: ${file} holds no levy-rate table`);
      return EXIT.problems;
    }
    const result = computeLevy(notice.levyTable, { averagePrice });
    if (!result.ok) {
      io.err(`gz-gazette levy: ${result.reason}`);
      return EXIT.problems;
    }
    io.out(format === "json" ? JSON.stringify(result.levy, null, 2) : formatLevy(result.levy));
    return EXIT.ok;
  },
};
