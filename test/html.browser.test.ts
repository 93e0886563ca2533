import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_PATH, launchChromium } from "../scripts/chromium.js";
import { toHtml } from "../src/html.js";
import { parseGazette } from "../src/parse.js";
import { damagedText, JUNK_FIRST_LINE, JUNK_LINES } from "./damaged-issue.js";
import { fixtureText } from "./support.js";

/**
 * The HTML report in a real browser: Debian's chromium, driven by playwright-core. Screenshots go to a temp
 * folder, removed afterwards unless KEEP_REPORT_OUTPUT is set. Without /usr/bin/chromium the test skips,
 * except in CI, where it fails: `.ci/run` installs the browser.
 */
const present = existsSync(CHROMIUM_PATH);
const inCi = Boolean(process.env.CI);
if (!present && !inCi) console.warn(`html.browser.test.ts: skipped, ${CHROMIUM_PATH} is missing (apt-get install chromium); in CI it fails instead`);

const golden = JSON.parse(readFileSync(new URL("../fixtures/task-table.golden.json", import.meta.url), "utf8")) as {
  rows: Array<{ seq: number; text: string }>;
};
const regulation = JSON.parse(readFileSync(new URL("../fixtures/regulation.golden.json", import.meta.url), "utf8")) as {
  chapters: Array<{ articles: Array<{ line: number }> }>;
};
const regulationLines = regulation.chapters.flatMap((chapter) => chapter.articles.map((article) => article.line));
const sourceLines = fixtureText.split("\n");
/** Text compared across the extraction's quirks: the broken font's comma, full stop and semicolon, full-width forms, no spaces. */
const plain = (text: string): string =>
  text.replace(/\uA3AC/g, "，").replace(/\uA3AE/g, "。").replace(/\uA3BB/g, "；").normalize("NFKC").replace(/\s+/g, "");

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
  url: string;
  /** Milliseconds from navigation to the load event, as the browser's navigation timing gives them. */
  loaded: number;
}

describe.skipIf(!present && !inCi)("the HTML report in headless Chromium", () => {
  const output = mkdtempSync(join(tmpdir(), "gz-gazette-html-"));
  let browser: Browser;

  beforeAll(async () => {
    if (!present) throw new Error(`CI is set and ${CHROMIUM_PATH} is missing: .ci/run installs it with apt-get`);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (process.env.KEEP_REPORT_OUTPUT) console.log(`html.browser.test.ts: reports and screenshots kept in ${output}`);
    else rmSync(output, { recursive: true, force: true });
  });

  /** Writes the report of `text`, opens it at the given width, and records console errors, page errors, dialogs and requests. */
  async function open(name: string, text: string, width = 1280, height = 800): Promise<Opened> {
    const file = join(output, `${name}.html`);
    writeFileSync(file, toHtml(parseGazette(text), text));
    const page = await browser.newPage({ viewport: { width, height } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => requests.push(request.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: "load" });
    // Expressions as text: the tests are type-checked without the DOM library.
    const loaded = await page.evaluate<number>('performance.getEntriesByType("navigation")[0].loadEventEnd');
    console.log(`html.browser.test.ts: ${name}.html (${Buffer.byteLength(readFileSync(file))} bytes) loaded in ${loaded.toFixed(0)} ms at ${width} px`);
    return { page, problems, requests, url, loaded };
  }

  /** Whether the element lies within the visible part of its scrolling pane and of the window. */
  const inView = (page: Page, selector: string): Promise<boolean> =>
    page.locator(selector).evaluate((element, height) => {
      const box = element.getBoundingClientRect();
      const pane = element.closest(".pane")!.getBoundingClientRect();
      return box.top >= pane.top && box.bottom <= pane.bottom && box.top >= 0 && box.bottom <= height;
    }, page.viewportSize()!.height);
  const pageWidth = (page: Page): Promise<number> => page.evaluate<number>("document.documentElement.scrollWidth");

  const litLines = (page: Page): Promise<number[]> =>
    page.locator("#source .l.hl").evaluateAll((lines) => lines.map((line) => Number(line.id.slice(1))));

  it("shows the bundled issue: 251 task rows under 9 sections, the tiers, the 19 articles; task 52 links both ways", async () => {
    const { page, problems, requests, url } = await open("bundled", fixtureText);
    await expect.poll(() => page.locator("table.tasks tr.task").count()).toBe(251);
    expect(await page.locator("table.tasks tr.section").count()).toBe(9);
    expect(await page.locator("table.tasks tr.task td:first-child").allTextContents()).toEqual(golden.rows.map((row) => String(row.seq)));

    const row = page.locator("tr.task", { has: page.locator("td:first-child", { hasText: /^52$/ }) });
    await row.click();
    const lines = await litLines(page);
    expect(lines[0]).toBe(665);
    const litText = (await page.locator("#source .l.hl .t").allTextContents()).join("");
    expect(plain(litText)).toContain(plain(golden.rows[51]!.text));
    expect(plain(litText)).toBe(plain(sourceLines.slice(lines[0]! - 1, lines.at(-1)).join("")));
    expect(await inView(page, "#L665")).toBe(true);
    expect(await row.evaluate((element) => element.classList.contains("hl"))).toBe(true);

    // Back: a line of the row's lead units shows the row.
    await page.locator("#data").evaluate((pane) => pane.scrollTo(0, 0));
    expect(await inView(page, `#${await row.getAttribute("id")}`)).toBe(false);
    await page.locator("#L669").click();
    expect(await row.evaluate((element) => element.classList.contains("hl"))).toBe(true);
    expect(await inView(page, `#${await row.getAttribute("id")}`)).toBe(true);

    const tierNames = sourceLines.flatMap((line) => /^(第[一二三四五六七八九十]+档)[:：]/.exec(line)?.[1] ?? []);
    expect(await page.locator("table.tiers tr.tier td:nth-child(2)").allTextContents()).toEqual(tierNames);
    const articles = await page.locator(".article p:first-child").allTextContents();
    expect(articles.map((text) => /^第(\d+)条/.exec(text)?.[1])).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    expect(await page.locator("tr.notice").count()).toBe(7);

    // An article and a notice: article 19 starts at its golden line; the line of 陈勇's appointment shows his notice.
    await page.locator(".article", { hasText: /^第19条/ }).click();
    expect((await litLines(page))[0]).toBe(regulationLines.at(-1));
    expect(await inView(page, `#L${regulationLines.at(-1)}`)).toBe(true);
    const appointment = sourceLines.findIndex((line) => line.includes("任命陈勇同志")) + 1;
    await page.locator(`#L${appointment}`).click();
    expect(await page.locator("tr.notice.hl td:nth-child(2)").allTextContents()).toEqual(["陈勇"]);

    // `n` goes to the first diagnostic in line order: the page without a footer noted at line 1174.
    await page.keyboard.press("n");
    expect(await page.locator("a.dg.current").getAttribute("data-line")).toBe("1174");
    expect(await litLines(page)).toEqual([1174]);
    await page.keyboard.press("p");
    expect(await page.locator("a.dg.current").getAttribute("data-line")).toBe("3399");

    // No horizontal overflow of the page at this width.
    expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
    await row.click();
    await page.screenshot({ path: join(output, "bundled.png") });
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  }, 60_000);

  it("marks and lists the damaged copy's unconsumed text, and its diagnostic scrolls to it", async () => {
    const { page, problems, requests, url } = await open("damaged", damagedText);
    const junkLines = JUNK_LINES.map((_, index) => `#L${JUNK_FIRST_LINE + index} .t .u`);
    expect(await Promise.all(junkLines.map((selector) => page.locator(selector).textContent()))).toEqual(JUNK_LINES);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    const listed = page.locator("a.dg.error");
    expect(await listed.count()).toBe(1);
    expect(await listed.textContent()).toContain(`unconsumed-text (line ${JUNK_FIRST_LINE}, p. 8)`);
    expect(await page.locator(`#L${JUNK_FIRST_LINE} .margin .note.e`).textContent()).toContain("unconsumed-text");

    expect(await inView(page, `#L${JUNK_FIRST_LINE}`)).toBe(false);
    await listed.click();
    expect(await litLines(page)).toEqual(JUNK_LINES.map((_, index) => JUNK_FIRST_LINE + index));
    expect(await inView(page, `#L${JUNK_FIRST_LINE}`)).toBe(true);
    await page.screenshot({ path: join(output, "damaged.png") });
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  }, 60_000);

  it("fits a phone's width, the panes stacked", async () => {
    const { page, problems } = await open("phone", damagedText, 390, 844);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    const [source, data] = await Promise.all(["#source", "#data"].map((selector) => page.locator(selector).boundingBox()));
    expect(data!.y).toBeGreaterThanOrEqual(source!.y + source!.height);
    await page.keyboard.press("n");
    expect(await inView(page, `#L${JUNK_FIRST_LINE}`)).toBe(true);
    await page.screenshot({ path: join(output, "phone.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
