import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { progressBar } from "../src/cli/batch.js";
import { parseGazette } from "../src/parse.js";
import { buildReport, compareReports } from "../src/report.js";
import { cli, fixturePath, fixtureText } from "./support.js";

const reportPath = fixturePath.replace(/\.txt$/, ".report.json");
const storedReport = JSON.parse(readFileSync(reportPath, "utf8"));

const scratch = mkdtempSync(join(tmpdir(), "gz-gazette-report-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe("the parse report", () => {
  it("of the bundled issue is the stored one", async () => {
    // When a grammar changes what the issue parses to, regenerate the stored report (see the README).
    expect(buildReport(parseGazette(fixtureText))).toEqual(storedReport);
  });

  it("stores counts checked against the source by hand", async () => {
    expect(storedReport).toMatchObject({
      pages: 48,
      documents: 4,
      kinds: { "task-assignment": 1, "levy-notice": 1, regulation: 1, personnel: 1, generic: 0 },
      // 粤府办〔2021〕22号, and the opinion (意见) that it forwards in turn.
      forwarded: 2,
      // 序号 1 … 251 under the sections 一 … 九 of the responsibility table.
      tasks: 251,
      sections: 9,
      // 第一档 … 第十一档 of the levy-rate table.
      tiers: 11,
      // 第一章 … 第五章 (附则), 第一条 … 第十九条 of the charging-facility measures.
      chapters: 5,
      articles: 19,
      // 任命 ×2, 同意其任 ×1, 免去 ×4 on the last page.
      notices: 7,
      coverage: { consumed: 31142, furniture: 1018, unconsumed: 0 },
    });
    // 40 footers on 48 pages.
    expect(storedReport.diagnostics["page-footer-missing"]).toBe(8);
  });

  it("counts every kind, zero included, and diagnostics per rule in alphabetical order", async () => {
    const report = buildReport(parseGazette(["广州市人民政府文件", "穗府〔2022〕9号", "关于测试的通知", "各区人民政府：", "正文。", "广州市人民政府", "2022年2月30日"].join("\n")));
    expect(report.kinds).toEqual({ "task-assignment": 0, "levy-notice": 0, regulation: 0, personnel: 0, generic: 1 });
    expect(Object.keys(report.diagnostics)).toEqual([...Object.keys(report.diagnostics)].sort());
    expect(report.diagnostics["invalid-date"]).toBe(1);
  });

  it("compares reports count by count", async () => {
    const actual = buildReport(parseGazette(fixtureText));
    expect(compareReports(actual, actual)).toEqual([]);
    const expected = { ...actual, notices: 6, kinds: { ...actual.kinds, generic: 3 }, diagnostics: { ...actual.diagnostics, "invalid-date": 1 } };
    expect(compareReports(expected, actual)).toEqual([
      `kinds.generic: expected 3, got ${actual.kinds.generic}`,
      "notices: expected 6, got 7",
      "diagnostics.invalid-date: expected 1, got absent",
    ]);
  });
});

describe("gz-gazette report", () => {
  it("prints the report as JSON", async () => {
    const result = await cli("report", fixturePath);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual(storedReport);
  });

  it("prints the report as an HTML page with -f html, its task table's 251 rows in it", async () => {
    const result = await cli("report", fixturePath, "-f", "html");
    expect(result.code).toBe(0);
    expect(result.out.startsWith("<!doctype html>")).toBe(true);
    expect(result.out.match(/<tr class="task"/g)).toHaveLength(251);
  });

  it("takes exactly one FILE", async () => {
    expect((await cli("report")).code).toBe(2);
    expect((await cli("report", fixturePath, fixturePath)).code).toBe(2);
  });
});

describe("gz-gazette check --expect", () => {
  it("exits 0 when the bundled issue matches its stored report", async () => {
    const result = await cli("check", fixturePath, "--expect", reportPath);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain("differs");
  });

  it("exits 1 and says how when the report differs", async () => {
    const expected = write("changed.report.json", JSON.stringify({ ...storedReport, tiers: 10 }));
    const result = await cli("check", fixturePath, "--expect", expected);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${fixturePath}: the report differs from ${expected}:\n  tiers: expected 10, got 11`);
  });

  it("exits 2 on a missing or malformed report, or with more than one FILE", async () => {
    expect((await cli("check", fixturePath, "--expect", join(scratch, "missing.json"))).err).toContain("no such report");
    expect((await cli("check", fixturePath, "--expect", write("bad.json", "{"))).code).toBe(2);
    expect((await cli("check", fixturePath, fixturePath, "--expect", reportPath)).code).toBe(2);
    expect((await cli("check", fixturePath, "--expect")).code).toBe(2);
  });
});

describe("gz-gazette check --coverage", () => {
  it("prints where every non-whitespace character went", async () => {
    const result = await cli("check", fixturePath, "--coverage");
    expect(result.out).toContain(`${fixturePath}: coverage 31142 consumed, 1018 furniture, 0 unconsumed (of 32160)`);
    const json = JSON.parse((await cli("check", fixturePath, "--coverage", "--format", "json")).out);
    expect(json[0].coverage).toEqual({ consumed: 31142, furniture: 1018, unconsumed: 0 });
  });
});

describe("gz-gazette check on several files", () => {
  const batch = join(scratch, "batch");
  mkdirSync(join(batch, "nested"), { recursive: true });
  writeFileSync(join(batch, "clean.txt"), fixtureText);
  writeFileSync(join(batch, "nested", "bad-date.txt"), ["广州市人民政府文件", "穗府〔2022〕9号", "关于测试的通知", "各区人民政府：", "正文。", "广州市人民政府", "2022年2月30日"].join("\n"));
  writeFileSync(join(batch, "notes.md"), "not a gazette");

  it("checks the .txt files of a directory, at any depth, and ends with a summary", async () => {
    const result = await cli("check", batch);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${join(batch, "clean.txt")}: 4 documents, 48 pages; 0 errors`);
    expect(result.out).toContain(`${join(batch, "nested", "bad-date.txt")}:7:1  error`);
    expect(result.out).not.toContain("notes.md");
    expect(result.out.split("\n").at(-1)).toBe("2 files, 1 clean, 1 with errors");
  });

  it("goes on past a file it cannot read, and exits 2", async () => {
    const result = await cli("check", fixturePath, join(scratch, "missing.txt"));
    expect(result.code).toBe(2);
    expect(result.err).toBe(`gz-gazette: ${join(scratch, "missing.txt")}: no such file`);
    expect(result.out.split("\n").at(-1)).toBe("2 files, 1 clean, 0 with errors, 1 unreadable");
  });

  it("exits 2 on a directory without .txt files", async () => {
    const empty = join(scratch, "empty-directory");
    mkdirSync(empty);
    expect(await cli("check", empty)).toMatchObject({ code: 2, err: `gz-gazette: ${empty}: is a directory with no .txt files` });
  });

  it("keeps JSON output one JSON value", async () => {
    const results = JSON.parse((await cli("check", batch, "--format", "json")).out);
    expect(results.map((result: { errors: number }) => result.errors)).toEqual([0, 1]);
  });
});

describe("progressBar", () => {
  const terminal = () => {
    const written: string[] = [];
    return { written, stream: { isTTY: true, columns: 40, write: (text: string) => written.push(text) } };
  };

  it("draws on a terminal, cut to its width", async () => {
    const { written, stream } = terminal();
    progressBar(4, stream, {}).show(1, "issues/2022-08.txt");
    expect(written).toEqual(["\r\x1b[K[#####---------------] 1/4 issues/2022-"]);
  });

  it("draws nothing when piped, in CI, or for one file", async () => {
    for (const [total, isTTY, env] of [[4, false, {}], [4, true, { CI: "true" }], [1, true, {}]] as const) {
      const { written, stream } = terminal();
      const bar = progressBar(total, { ...stream, isTTY }, env);
      bar.show(1, "a.txt");
      bar.clear();
      expect(written).toEqual([]);
    }
  });
});
