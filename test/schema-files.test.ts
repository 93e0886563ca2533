import { existsSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { jsonSchemaOf, schemaNames } from "../src/json-schemas.js";
import { parseGazette } from "../src/parse.js";
import { fixtureText } from "./support.js";

const root = new URL("../", import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), "utf8"));
const built = existsSync(new URL("schema/gazette.json", root)) && existsSync(new URL("data/2022-08.json", root));

/** Draft 2020-12, strict; `date` is the one format the schemas use (`z.iso.date()`). */
const ajv = () => new Ajv2020({ strict: true, allErrors: true, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } });

describe.runIf(built)("the shipped JSON Schema files (npm run build writes them)", () => {
  it("are what z.toJSONSchema gives for each named schema", () => {
    for (const name of schemaNames) expect(readJson(`schema/${name}.json`), name).toEqual(jsonSchemaOf(name));
  });

  it("validate the shipped data/2022-08.json with ajv", () => {
    const validate = ajv().compile(readJson("schema/gazette.json") as object);
    const data = readJson("data/2022-08.json") as { issue: unknown; pages: number; documents: Array<{ docNumber: { text: string } | null }> };
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.issue).toEqual({ title: "广州市人民政府公报", year: 2022, number: 8 });
    expect(data.pages).toBe(48);
    expect(data.documents[0]?.docNumber?.text).toBe("穗府〔2022〕2号");
  });

  it("hold the parse of the fixture as the parser gives it now (else rebuild)", () => {
    expect(readJson("data/2022-08.json")).toEqual(JSON.parse(JSON.stringify(parseGazette(fixtureText))));
  });

  it("reject data that breaks them, with the path of the problem", () => {
    const validate = ajv().compile(readJson("schema/task.json") as object);
    expect(validate({ seq: 0, text: "" })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain("/seq");
  });
});

it("the build has written schema/ and data/ (run npm run build)", () => {
  expect(built).toBe(true);
});
