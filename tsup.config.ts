import { defineConfig, type Options } from "tsup";

/*
 * The xregexp sources that src/xregexp.ts loads are ES modules in a package without `"type": "module"`,
 * which Node before 20.19 reads as CommonJS: every build carries them inside.
 */
const xregexpSources = /^xregexp\/src\//;
const shared = { target: "node20", sourcemap: true, noExternal: [xregexpSources] } satisfies Options;

export default defineConfig([
  { ...shared, entry: { index: "src/index.ts", parser: "src/parser.ts", markdown: "src/markdown.ts", html: "src/html.ts" }, format: ["esm"], dts: true, clean: true },
  {
    ...shared,
    entry: { index: "src/index.ts", parser: "src/parser.ts", markdown: "src/markdown.ts", html: "src/html.ts" },
    format: ["cjs"],
    dts: true,
    // unified and remark are ESM-only: the CJS build carries them inside; the ESM build imports them.
    noExternal: [/^unified$/, /^remark-/, /^mdast-/, /^micromark/, /^unist-/, xregexpSources],
  },
  {
    ...shared,
    entry: { cli: "src/cli/main.ts", "check-worker": "src/cli/check-worker.ts" },
    format: ["esm"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
