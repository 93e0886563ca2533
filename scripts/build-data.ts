/** Writes `data/2022-08.json`: the bundled issue as the parser reads it, never edited by hand. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseGazette } from "../src/parse.js";

const gazette = parseGazette(readFileSync(new URL("../fixtures/gz-2022-08.txt", import.meta.url), "utf8"));
mkdirSync(new URL("../data/", import.meta.url), { recursive: true });
writeFileSync(new URL("../data/2022-08.json", import.meta.url), `${JSON.stringify(gazette, null, 2)}\n`);
console.log(`data/2022-08.json: ${gazette.documents.length} documents, ${gazette.pages} pages`);
