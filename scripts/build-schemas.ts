/** Writes `schema/NAME.json` for every named schema: the JSON Schema files the package ships. */
import { mkdirSync, writeFileSync } from "node:fs";
import { jsonSchemaOf, schemaNames } from "../src/json-schemas.js";

const directory = new URL("../schema/", import.meta.url);
mkdirSync(directory, { recursive: true });
for (const name of schemaNames) {
  writeFileSync(new URL(`${name}.json`, directory), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
}
console.log(`schema/: ${schemaNames.map((name) => `${name}.json`).join(", ")}`);
