import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { colourWanted } from "../src/cli/colour.js";
import { run } from "../src/cli/run.js";
import { cli, fixturePath } from "./support.js";

const scratch = mkdtempSync(join(tmpdir(), "gz-gazette-args-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The package's version, read from package.json itself. */
const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

/** An issue with one error: 2 February has no 30th day (line 7). */
const badDate = join(scratch, "bad-date.txt");
writeFileSync(badDate, ["广州市人民政府文件", "穗府〔2022〕9号", "关于测试的通知", "各区人民政府：", "正文。", "广州市人民政府", "2022年2月30日"].join("\n"));

/** Runs the CLI with standard output on a terminal that takes colour. */
async function onTerminal(...argv: string[]) {
  const out: string[] = [];
  const code = await run(argv, { out: (text) => out.push(text), err: () => {}, colour: true });
  return { code, out: out.join("\n") };
}

describe("arguments", () => {
  it.each([
    [["check", fixturePath, "--frob"], "gz-gazette check: unknown option --frob"],
    [["parse", fixturePath, "--frob"], "gz-gazette parse: unknown option --frob"],
    [["check", fixturePath, "-q"], "gz-gazette check: unknown option -q"],
    [["parse", "--format"], "gz-gazette parse: --format needs a value"],
    [["check", fixturePath, "-o"], "gz-gazette check: --output needs a value"],
    [["check", fixturePath, "-o", "--quiet"], "gz-gazette check: -o needs a value"],
    [["check", fixturePath, "--quiet=yes"], "gz-gazette check: --quiet takes no value"],
    [["parse", fixturePath, "--table", "foo", "--format", "csv"], "gz-gazette parse: unknown table foo (tasks, levy)"],
    [["parse", fixturePath, "--table", "tasks"], "gz-gazette parse: --table goes with --format csv"],
    [["check", "--format", "xml", fixturePath], "gz-gazette check: unknown format xml (text, json, github)"],
    [["check", fixturePath, "--max-warnings", "some"], "gz-gazette check: --max-warnings takes a whole number of at least 0, not some"],
    [["levy", "9.3", "--table", "levy"], "gz-gazette levy: unknown option --table"],
    [["--frob"], "gz-gazette: unknown option --frob"],
    [["frobnicate", fixturePath], "gz-gazette: unknown command frobnicate (gz-gazette --help lists them)"],
  ])("%j is one line naming what is wrong, exit 2", async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toBe(message);
    expect(result.out).toBe("");
  });

  it("prints the version with --version and -v", async () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await cli("--version")).toEqual({ code: 0, out: version, err: "" });
    expect((await cli("-v")).out).toBe(version);
  });

  it("prints a command's help with `help CMD` and `CMD --help`", async () => {
    const help = await cli("help", "check");
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: gz-gazette check FILE\|DIR\|GLOB\.\.\. \[options\]/);
    for (const option of ["-f, --format text|json|github", "-o, --output FILE", "--quiet", "--max-warnings N", "--max-input N", "Exit codes: 0 clean"]) {
      expect(help.out).toContain(option);
    }
    expect((await cli("check", "--help")).out).toBe(help.out);
    expect((await cli("levy", "-h")).out).toContain("9.3万元/亩");
    expect((await cli("help", "frob")).code).toBe(2);
    const all = await cli("--help");
    expect(all.code).toBe(0);
    for (const command of ["parse", "check", "report", "levy", "schema", "validate"]) expect(all.out).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  it("takes -f for --format", async () => {
    const result = await cli("check", badDate, "-f", "json");
    expect(JSON.parse(result.out)[0]).toMatchObject({ file: badDate, errors: 1 });
  });

  it("writes to --output FILE, and the summary goes to standard error", async () => {
    const report = join(scratch, "report.txt");
    const result = await cli("check", fixturePath, "-o", report);
    expect(result).toMatchObject({ code: 0, out: "" });
    expect(result.err).toBe(`${fixturePath}: 4 documents, 48 pages; 0 errors, 2 warnings, 8 infos`);
    expect(readFileSync(report, "utf8")).toContain(`${fixturePath}:1210:9  warning`);

    const json = join(scratch, "issue.json");
    const parsed = await cli("parse", fixturePath, "--output", json);
    expect(parsed.out).toBe("");
    expect(parsed.err).toBe(`${fixturePath}: 4 documents, 48 pages; 0 errors, 2 warnings, 8 infos; written to ${json}`);
    expect(JSON.parse(readFileSync(json, "utf8")).pages).toBe(48);
    expect((await cli("parse", fixturePath, "-o", json, "--quiet")).err).toBe("");
  });

  it("counts one document, one page and one error in the singular", async () => {
    const result = await cli("check", badDate, "--quiet");
    expect(result.out.split("\n").at(-1)).toMatch(new RegExp(`^${badDate}: 1 document, 1 page; 1 error, \\d+ warnings?, \\d+ infos?$`));
  });

  it("gives one line, exit 2, when --output cannot be written", async () => {
    const result = await cli("parse", fixturePath, "-o", join(scratch, "missing", "out.json"));
    expect(result).toEqual({ code: 2, out: "", err: `gz-gazette: ${join(scratch, "missing", "out.json")}: no such file` });
  });

  it("prints errors only with --quiet", async () => {
    const quiet = await cli("check", fixturePath, "--quiet");
    expect(quiet.out).toBe(`${fixturePath}: 4 documents, 48 pages; 0 errors, 2 warnings, 8 infos`);
    const bad = await cli("check", badDate, "--quiet");
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`${badDate}:7:1  error  2022年2月30日 is not a date`);
    expect(bad.out).not.toMatch(/ (warning|info) /);
  });

  it("exits 1 above --max-warnings N (the bundled issue has 2 warnings)", async () => {
    expect((await cli("check", fixturePath, "--max-warnings", "2")).code).toBe(0);
    const over = await cli("check", fixturePath, "--max-warnings", "1", "--quiet");
    expect(over.code).toBe(1);
    expect(over.err).toBe("gz-gazette check: 2 warnings, more than --max-warnings 1");
  });

  it("refuses input above --max-input characters", async () => {
    const result = await cli("check", fixturePath, "--max-input", "1000");
    expect(result.code).toBe(1);
    expect(result.out).toContain("input-too-large");
    expect((await cli("check", fixturePath, "--max-input", "0")).code).toBe(2);
  });
});

describe("colour", () => {
  it("colours the severity, the file name and the caret on a terminal", async () => {
    const { out } = await onTerminal("check", badDate);
    expect(out).toContain("\x1b[31merror\x1b[39m");
    expect(out).toContain(`\x1b[1m${badDate}:7:1\x1b[22m`);
    // `2022年2月30日` takes 13 columns.
    expect(out).toContain("7 | 2022年2月30日\n    | \x1b[31m^^^^^^^^^^^^^\x1b[39m");
  });

  it("writes no colour when not on a terminal, or to --output FILE", async () => {
    expect((await cli("check", badDate)).out).not.toContain("\x1b[");
    const file = join(scratch, "coloured.txt");
    await onTerminal("check", badDate, "-o", file);
    expect(readFileSync(file, "utf8")).not.toContain("\x1b[");
  });

  it("follows FORCE_COLOR and NO_COLOR", () => {
    const terminal = { isTTY: true };
    const pipe = { isTTY: false };
    expect(colourWanted(terminal, {})).toBe(true);
    expect(colourWanted(pipe, {})).toBe(false);
    expect(colourWanted(terminal, { NO_COLOR: "1" })).toBe(false);
    expect(colourWanted(terminal, { NO_COLOR: "" })).toBe(true);
    expect(colourWanted(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(colourWanted(terminal, { FORCE_COLOR: "0" })).toBe(false);
    expect(colourWanted(terminal, { TERM: "dumb" })).toBe(false);
  });
});

describe("levy", () => {
  it.each(["9.3", "9.3万", "9.3万元/亩", "９.３万"])("reads %s as 9.3万元/亩", async (price) => {
    const result = await cli("levy", price);
    expect(result.code).toBe(0);
    // The bundled notice's table: 第三档, 8万 to 10万元/亩, 18%; 9.3万 × 18% = 16740, rounded up to 16800.
    expect(result.out.split("\n").at(-1)).toBe("16800 元/亩");
  });

  it.each([
    ["abc", "gz-gazette levy: abc is not a price"],
    ["-5", "gz-gazette levy: -5: a negative number is not accepted"],
    [".5", "gz-gazette levy: .5 is not a price"],
    ["9,3", "gz-gazette levy: 9,3 is not a price"],
    ["0", "gz-gazette levy: 0: the average price must be above 0"],
    ["9.3万元", ""],
  ])("gives %s one line with the reason, exit 2", async (price, message) => {
    const result = await cli("levy", price);
    if (message === "") {
      expect(result.code).toBe(0);
      return;
    }
    expect(result.code).toBe(2);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(result.err.startsWith(message)).toBe(true);
  });

  it("names an unknown format", async () => {
    expect(await cli("levy", "9.3", "--format", "xml")).toEqual({ code: 2, out: "", err: "gz-gazette levy: unknown format xml (text, json)" });
  });
});
