import { defineConfig } from "vitest/config";

/** The package test alone: pack, install into an empty folder, use from ESM, CJS and the CLI. */
export default defineConfig({
  test: { include: ["test/package.test.ts"], testTimeout: 180_000, hookTimeout: 180_000 },
});
