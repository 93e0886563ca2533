import { defineConfig } from "vitest/config";

/** The package test alone: pack, install into an empty folder, use from ESM, CJS and the CLI (minutes on a busy machine). */
export default defineConfig({
  test: { include: ["test/package.test.ts"], testTimeout: 600_000, hookTimeout: 600_000 },
});
