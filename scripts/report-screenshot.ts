/**
 * Writes the bundled issue's HTML report and a screenshot of it at 1280 × 800, with task 52 clicked so that
 * the picture shows a row and its source lines linked: `tsx scripts/report-screenshot.ts [PNG] [HTML]`
 * (by default `docs/report.png`, and the report beside it as `report.html`, which is not committed).
 * The screenshot shows Chinese only where a CJK font is installed (Debian: `fonts-wqy-microhei`).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseGazette } from "../src/parse.js";
import { toHtml } from "../src/render/html/index.js";
import { launchChromium } from "./chromium.js";

const png = resolve(process.argv[2] ?? "docs/report.png");
const html = resolve(process.argv[3] ?? join(dirname(png), "report.html"));
const source = readFileSync(new URL("../fixtures/gz-2022-08.txt", import.meta.url), "utf8");
mkdirSync(dirname(png), { recursive: true });
mkdirSync(dirname(html), { recursive: true });
writeFileSync(html, toHtml(parseGazette(source), source));

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(pathToFileURL(html).href);
  const row = page.locator("tr.task", { has: page.locator("td:first-child", { hasText: /^52$/ }) });
  await row.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await row.click();
  await page.screenshot({ path: png });
} finally {
  await browser.close();
}
console.log(`${html}: ${statSync(html).size} bytes; ${png}: ${statSync(png).size} bytes`);
