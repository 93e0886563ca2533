import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, fixturePath, fixtureText } from "./support.js";

const scratch = mkdtempSync(join(tmpdir(), "gz-gazette-batch-"));
// Open to the unprivileged user below, so that only what a test closes is closed to it.
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder under the scratch folder, with copies of the bundled issue under the names given. */
function folderOf(name: string, issues: string[]): string {
  const folder = join(scratch, name);
  mkdirSync(folder, { recursive: true });
  for (const issue of issues) copyFileSync(fixturePath, join(folder, issue));
  return folder;
}

const ISSUE_SUMMARY = "4 documents, 48 pages; 0 errors, 2 warnings, 8 infos";
const summaries = (out: string) => out.split("\n").filter((line) => line.endsWith(ISSUE_SUMMARY)).map((line) => line.split(": ")[0]);

const cliPath = new URL("../src/cli/main.ts", import.meta.url).pathname;
/**
 * Runs the CLI in a process of its own, as a user without the right to read what `chmod 000` closed:
 * the tests run as root in some containers, and root reads anything.
 */
function cliWithoutPrivilege(...argv: string[]) {
  const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const result = spawnSync(process.execPath, ["--import", "tsx", cliPath, ...argv], { encoding: "utf8", ...user });
  return { code: result.status, out: result.stdout.trimEnd(), err: result.stderr.trimEnd() };
}

describe("files and folders that cannot be read", () => {
  it("a file without read permission: one line, exit 2", { timeout: 30_000 }, () => {
    const folder = folderOf("closed-file", ["issue.txt"]);
    chmodSync(join(folder, "issue.txt"), 0o000);
    const result = cliWithoutPrivilege("check", join(folder, "issue.txt"));
    expect(result).toEqual({ code: 2, out: "", err: `gz-gazette: ${join(folder, "issue.txt")}: permission denied` });
  });

  it("in a batch: the others are still checked, and the summary counts the unreadable", { timeout: 30_000 }, () => {
    const folder = folderOf("closed-batch", ["a.txt", "b.txt", "c.txt"]);
    chmodSync(join(folder, "b.txt"), 0o000);
    mkdirSync(join(folder, "closed"));
    copyFileSync(fixturePath, join(folder, "closed", "d.txt"));
    chmodSync(join(folder, "closed"), 0o000);
    const result = cliWithoutPrivilege("check", folder);
    chmodSync(join(folder, "closed"), 0o755);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")).toEqual([`gz-gazette: ${join(folder, "b.txt")}: permission denied`, `gz-gazette: ${join(folder, "closed")}: permission denied`]);
    expect(summaries(result.out)).toEqual([join(folder, "a.txt"), join(folder, "c.txt")]);
    expect(result.out.split("\n").at(-1)).toBe("4 files, 2 clean, 0 with errors, 2 unreadable");
  });

  it("a loop of symbolic links named .txt is unreadable, and the rest is checked", async () => {
    const folder = folderOf("loop", ["a.txt"]);
    symlinkSync("self.txt", join(folder, "self.txt"));
    const result = await cli("check", folder);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`gz-gazette: ${join(folder, "self.txt")}: a loop of symbolic links`);
    expect(summaries(result.out)).toEqual([join(folder, "a.txt")]);
    expect(result.out.split("\n").at(-1)).toBe("2 files, 1 clean, 0 with errors, 1 unreadable");
  });
});

describe("what check DIR and globs check", () => {
  it("follows symbolic links to .txt files and to folders, each folder once", async () => {
    const elsewhere = folderOf("elsewhere", ["linked.txt"]);
    const folder = folderOf("links", ["own.txt"]);
    symlinkSync(join(elsewhere, "linked.txt"), join(folder, "link.txt"));
    mkdirSync(join(folder, "sub"));
    // A link back to the folder that holds it: followed once, not for ever.
    symlinkSync(folder, join(folder, "sub", "back"));
    const result = await cli("check", folder);
    expect(result.code).toBe(0);
    expect(summaries(result.out)).toEqual([join(folder, "link.txt"), join(folder, "own.txt")]);
  });

  it("expands a quoted glob itself", async () => {
    const folder = folderOf("glob", ["issue-1.txt", "issue-2.txt", "notes.md"]);
    const result = await cli("check", `${folder}/*.txt`);
    expect(summaries(result.out)).toEqual([join(folder, "issue-1.txt"), join(folder, "issue-2.txt")]);
    expect(result.out.split("\n").at(-1)).toBe("2 files, 2 clean, 0 with errors");
    const none = await cli("check", `${folder}/*.pdf`);
    expect(none).toEqual({ code: 2, out: "", err: `gz-gazette: ${folder}/*.pdf: no file matches` });
  });

  it("reads a file whose name looks like a glob as that file", async () => {
    const folder = folderOf("brackets", ["issue[1].txt"]);
    expect(summaries((await cli("check", join(folder, "issue[1].txt"))).out)).toEqual([join(folder, "issue[1].txt")]);
  });
});

describe("check output", () => {
  it("prints diagnostics in source order", async () => {
    const { out } = await cli("check", fixturePath);
    const lines = [...out.matchAll(/^\S+:(\d+):\d+ {2}(?:error|warning|info) /gm)].map((match) => Number(match[1]));
    // The issue's two warnings (lines 1210 and 3399) and its infos (1174 to 3313), ten in all.
    expect(lines).toHaveLength(10);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines.indexOf(1210)).toBeLessThan(lines.indexOf(3313));
  });
});

describe("input that is not a gazette", () => {
  it.each([
    ["/etc/services", () => "/etc/services"],
    [
      "the README saved as .txt",
      () => {
        const path = join(scratch, "README.txt");
        copyFileSync(new URL("../README.md", import.meta.url), path);
        return path;
      },
    ],
    [
      "a file of white space",
      () => {
        const path = join(scratch, "blank.txt");
        writeFileSync(path, " \n\n\t \n");
        return path;
      },
    ],
  ])("%s: not-a-gazette, exit 1", async (_, pathOf) => {
    const result = await cli("check", pathOf());
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/ {2}error {2}Neither a gazette issue nor a document .* not-a-gazette/);
  });
});

describe("encodings and control characters", () => {
  it("reads UTF-16 with a byte order mark", async () => {
    const path = join(scratch, "utf-16.txt");
    writeFileSync(path, Buffer.from(`\uFEFF${fixtureText}`, "utf16le"));
    const result = await cli("check", path);
    expect(result.code).toBe(0);
    expect(result.out.split("\n").at(-1)).toBe(`${path}: ${ISSUE_SUMMARY}`);
  });

  it("reads text with a stray NUL past the first 8,000 bytes, and says where it is", async () => {
    const path = join(scratch, "stray-nul.txt");
    const lines = fixtureText.split("\n");
    // Line 1210, `市发展改革委ꎬ 省通信管理局`, a third into the 100 KB issue.
    lines[1209] = `${lines[1209]!.slice(0, 3)}\u0000${lines[1209]!.slice(3)}`;
    writeFileSync(path, lines.join("\n"));
    expect(readFileSync(path).indexOf(0)).toBeGreaterThan(8000);
    const result = await cli("check", path);
    // Read, not refused as binary: the whole issue is there, the damaged unit name reported too.
    expect(result.out).toContain(`${path}: 4 documents, 48 pages;`);
    expect(result.out).toMatch(new RegExp(`^${path}:1210:4 {2}warning {2}The text holds a control character \\(U\\+0000\\)`, "m"));
  });
});
