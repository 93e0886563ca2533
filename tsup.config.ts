import { defineConfig } from "tsup";

const shared = { target: "node20", sourcemap: true } as const;

export default defineConfig([
  { ...shared, entry: { index: "src/index.ts" }, format: ["esm"], dts: true, clean: true },
  {
    ...shared,
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    // unified and remark are ESM-only: the CJS build carries them inside; the ESM build imports them.
    noExternal: [/^unified$/, /^remark-/, /^mdast-/, /^micromark/, /^unist-/],
  },
  {
    ...shared,
    entry: { cli: "src/cli/main.ts", "check-worker": "src/cli/check-worker.ts" },
    format: ["esm"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
