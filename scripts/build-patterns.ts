/**
 * Writes `src/patterns.generated.json`: what `XRegExp.build` gives for every pattern the grammars build,
 * so that loading them makes plain regular expressions instead of running XRegExp (src/xregexp.ts).
 * Run it after changing a pattern: `npm run patterns`.
 */
import { writeFileSync } from "node:fs";
import { precompiledTable, recordBuilds } from "../src/xregexp.js";

const builds = recordBuilds();
// Loading the package builds every pattern: the grammars build theirs as they load.
await import("../src/index.js");
writeFileSync(new URL("../src/patterns.generated.json", import.meta.url), `${JSON.stringify(precompiledTable(builds), null, 1)}\n`);
console.log(`src/patterns.generated.json: ${builds.size} patterns`);
