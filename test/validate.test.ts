import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./support.js";
import { jsonSchemaOf } from "../src/json-schemas.js";

const scratch = mkdtempSync(join(tmpdir(), "gz-gazette-validate-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const path = join(scratch, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};
const tier = { tier: 3, name: "第三档", provincialLevel: 2, lowerExclusive: 8, upperInclusive: 10, ratePercent: 18, minimum: 1.52 };

describe("gz-gazette validate", () => {
  it("exits 0 on valid data", async () => {
    expect(await cli("validate", write("tier.json", tier), "--schema", "tier")).toMatchObject({ code: 0, out: expect.stringContaining("valid tier") });
  });

  it("prints each problem with its JSON path and exits 1", async () => {
    const file = write("bad-tier.json", { ...tier, tier: 0, name: 3 });
    const result = await cli("validate", file, "--schema", "tier");
    expect(result.code).toBe(1);
    expect(result.out.split("\n")).toEqual([
      `${file}: $.tier: Too small: expected number to be >=1`,
      `${file}: $.name: Invalid input: expected string, received number`,
      `${file}: 2 problems against the tier schema`,
    ]);
  });

  it("checks against the gazette schema by default, with paths into arrays", async () => {
    const file = write("gazette.json", { issue: null, pages: 1, furniture: [], documents: [{ kind: "nonsense" }], diagnostics: [], coverage: { consumed: 0, furniture: 0, unconsumed: 0 } });
    const result = await cli("validate", file);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${file}: $.documents[0].kind: `);
  });

  it("exits 1 on text that is not JSON and 2 on an unknown schema", async () => {
    expect((await cli("validate", write("text.json", "{ nope"))).code).toBe(1);
    expect((await cli("validate", write("x.json", {}), "--schema", "nonsense")).code).toBe(2);
  });
});

describe("gz-gazette schema", () => {
  it("prints a named schema as JSON Schema draft 2020-12, the gazette one by default", async () => {
    expect(JSON.parse((await cli("schema", "tier")).out)).toEqual(jsonSchemaOf("tier"));
    expect(JSON.parse((await cli("schema")).out)).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", required: expect.arrayContaining(["documents"]) });
    expect((await cli("schema", "nonsense")).code).toBe(2);
  });
});

describe("gz-gazette parse --format", () => {
  const fixture = new URL("../fixtures/gz-2022-08.txt", import.meta.url).pathname;
  it("prints Markdown and CSV", async () => {
    expect((await cli("parse", fixture, "--format", "markdown")).out).toMatch(/^# 广州市人民政府公报\n\n- year: 2022\n- number: 8\n- pages: 48\n/);
    expect((await cli("parse", fixture, "--format", "csv", "--table", "levy")).out.split("\r\n")[3]).toBe("3,第三档,2,8,10,18,1.52");
    expect((await cli("parse", fixture, "--format", "csv")).code).toBe(2);
  });
});
