import { computeLevy } from "../../../grammars/levy-calculator.js";
import { describeBand } from "../../../grammars/levy/fragments.js";
import type { LevyComputation } from "../../schema/levy.js";
import { bundledIssuePath } from "../../bundled.js";
import { EXIT, parseFile, type Command } from "../command.js";

const FORMATS = ["text", "json"];
/** `9.3`, `50`: a price as a user types it. */
const PRICE = /^[0-9]+(?:\.[0-9]+)?$/;

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
  usage: "levy PRICE [FILE] [--format text|json]   the levy per 亩 for an average price in 万元/亩",
  run({ args, options, io }) {
    const [price, file = bundledIssuePath(), ...extra] = args;
    const format = String(options.format ?? "text");
    if (price === undefined || extra.length > 0 || !PRICE.test(price) || !FORMATS.includes(format)) {
      io.err(`Usage: gz-gazette ${this.usage}`);
      return EXIT.usage;
    }
    const { gazette } = parseFile(file);
    const notice = gazette.documents.find((document) => document.kind === "levy-notice" && document.levyTable !== null);
    if (notice?.kind !== "levy-notice" || notice.levyTable === null) {
      io.err(`gz-gazette levy: ${file} holds no levy-rate table`);
      return EXIT.problems;
    }
    const result = computeLevy(notice.levyTable, { averagePrice: Number(price) });
    if (!result.ok) {
      io.err(`gz-gazette levy: ${result.reason}`);
      return EXIT.problems;
    }
    io.out(format === "json" ? JSON.stringify(result.levy, null, 2) : formatLevy(result.levy));
    return EXIT.ok;
  },
};
