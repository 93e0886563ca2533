import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decode } from "../src/cli/input.js";
import { cli, fixturePath } from "./support.js";

const scratch = mkdtempSync(join(tmpdir(), "gz-gazette-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe("gz-gazette check", () => {
  it("exits 0 on the bundled issue and ends with a summary", async () => {
    const result = await cli("check", fixturePath);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/gz-2022-08\.txt: \d+ documents, 48 pages; 0 errors/);
  });

  it("exits 1 on an input with errors and prints the line with a caret", async () => {
    const file = write("bad-date.txt", ["广州市人民政府文件", "穗府〔2022〕9号", "关于测试的通知", "各区人民政府：", "正文。", "广州市人民政府", "２０２２年２月３０日"].join("\n"));
    const result = await cli("check", file);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${file}:7:1  error  2022年2月30日 is not a date (page 1)  invalid-date`);
    expect(result.out).toContain("7 | ２０２２年２月３０日");
    expect(result.out).toContain("  | ^^^^^^^^^^^^^^^^^^^^");
  });

  it("prints GitHub Actions annotations and JSON", async () => {
    const file = write("bad-date-2.txt", ["广州市人民政府文件", "穗府〔2022〕9号", "关于测试的通知", "各区人民政府：", "正文。", "广州市人民政府", "2022年2月30日"].join("\n"));
    expect((await cli("check", "--format", "github", file)).out).toContain(`::error file=${file},line=7,col=1,endLine=7,title=invalid-date::2022年2月30日 is not a date`);
    const json = JSON.parse((await cli("check", "--format", "json", file)).out);
    expect(json[0]).toMatchObject({ file, errors: 1 });
  });

  it.each([
    ["a missing file", join(scratch, "missing.txt"), "no such file"],
    ["an empty file", write("empty.txt", ""), "the file is empty"],
    ["a binary file", write("binary.bin", new Uint8Array([0x47, 0x5a, 0x00, 0x01])), "binary"],
  ])("exits 2 with one line on %s", async (_, path, message) => {
    const result = await cli("check", path);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(result.err).toContain(message);
  });

  it("exits 2 on usage errors", async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli("frobnicate", fixturePath)).code).toBe(2);
    expect((await cli("check")).code).toBe(2);
    expect((await cli("check", "--format", "xml", fixturePath)).code).toBe(2);
    expect((await cli("--help")).code).toBe(0);
  });
});

describe("gz-gazette parse", () => {
  it("exits 2 with one line on a directory", async () => {
    // `check` checks the files of a directory; `parse` reads exactly one file.
    const result = await cli("parse", scratch);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`gz-gazette: ${scratch}: is a directory, not a file`);
  });

  it("prints the issue as JSON", async () => {
    const result = await cli("parse", fixturePath);
    expect(result.code).toBe(0);
    const gazette = JSON.parse(result.out);
    expect(gazette.pages).toBe(48);
    expect(gazette.documents[0].docNumber.text).toBe("穗府〔2022〕2号");
  });
});

describe("decode", () => {
  it("reads GB18030 text that is not UTF-8", async () => {
    // 广州 in GB18030.
    const input = decode(new Uint8Array([0xb9, 0xe3, 0xd6, 0xdd]), "gbk.txt");
    expect(input).toEqual({ name: "gbk.txt", text: "广州", encoding: "gb18030" });
  });
});
