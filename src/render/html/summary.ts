import type { Diagnostic } from "../../schema/diagnostic.js";
import type { Gazette } from "../../schema/gazette.js";
import { buildReport } from "../../report.js";
import { countOf, inSourceOrder } from "../../diagnostics.js";
import { element, escapeHtml } from "./escape.js";
import { lineRange } from "./links.js";

const SEVERITIES = ["error", "warning", "info"] as const;

const percent = (part: number, whole: number): string => (whole === 0 ? "0%" : `${((100 * part) / whole).toFixed(1)}%`);

const figure = (label: string, value: number | string, className = ""): string =>
  `<div class="figure${className === "" ? "" : ` ${className}`}"><b>${escapeHtml(String(value))}</b> ${escapeHtml(label)}</div>`;

function diagnosticItem(diagnostic: Diagnostic): string {
  const where = [diagnostic.line === null ? null : `line ${diagnostic.line}`, diagnostic.page === null ? null : `p. ${diagnostic.page}`].filter(Boolean).join(", ");
  const text = `${diagnostic.severity} ${diagnostic.ruleId}${where === "" ? "" : ` (${where})`}: ${diagnostic.message}`;
  const className = `dg ${diagnostic.severity}`;
  if (diagnostic.place === null) return `<li>${element("span", `class="${className}"`, text)}</li>`;
  const { from, to } = lineRange(diagnostic.place);
  return `<li>${element("a", `class="${className}" href="#L${from}" data-line="${from}" data-to="${to}"`, text)}</li>`;
}

/** `广州市人民政府公报 2022年第8期`, or what stands for it when the parse found no issue. */
export const issueHeading = (gazette: Gazette): string =>
  gazette.issue === null ? "gazette issue (not recognised)" : `${gazette.issue.title} ${gazette.issue.year}年第${gazette.issue.number}期`;

/** The top of the report: what the parse found, how much of the input it used, and every diagnostic, linked to its lines. */
export function summary(gazette: Gazette): string {
  const report = buildReport(gazette);
  const kinds = Object.entries(report.kinds)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => figure(kind, count, `k-${kind}`));
  const counts = (["tasks", "sections", "tiers", "chapters", "articles", "notices"] as const).map((key) => figure(key, report[key]));
  const severities = SEVERITIES.map((severity) => figure(severity === "info" ? "infos" : `${severity}s`, countOf(gazette.diagnostics, severity), severity));
  const rules = Object.entries(report.diagnostics).map(([rule, count]) => {
    const severity = gazette.diagnostics.find((diagnostic) => diagnostic.ruleId === rule)!.severity;
    return figure(`${severity} ${rule}`, count, `rule ${severity}`);
  });
  const { consumed, furniture, unconsumed } = report.coverage;
  const total = consumed + furniture + unconsumed;
  const ordered = inSourceOrder(gazette.diagnostics);
  return [
    '<header id="summary">',
    element("h1", "", `${issueHeading(gazette)} — parse report`),
    `<div class="figures">${figure("pages", report.pages)}${figure("documents", report.documents)}${figure("forwarded", report.forwarded)}${kinds.join("")}</div>`,
    `<div class="figures">${counts.join("")}</div>`,
    `<div class="figures">${severities.join("")}${figure(`consumed (${percent(consumed, total)})`, consumed, "consumed")}${figure(`furniture (${percent(furniture, total)})`, furniture, "furniture")}${figure(`unconsumed (${percent(unconsumed, total)})`, unconsumed, "unconsumed")}</div>`,
    `<p class="legend">Coverage counts the input's non-whitespace characters. Click a row, an article or a notice to see its source lines; click a source line to see the value it went into; <kbd>n</kbd> / <kbd>p</kbd> go to the next / previous diagnostic.</p>`,
    `<details id="diagnostics"${gazette.diagnostics.length > 0 ? " open" : ""}><summary>diagnostics (${gazette.diagnostics.length})</summary>`,
    `<div class="figures rules">${rules.join("")}</div>`,
    `<ol class="diagnostics">${ordered.map(diagnosticItem).join("\n")}</ol>`,
    "</details>",
    "</header>",
  ].join("\n");
}
