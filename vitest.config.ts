import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing and installing the tarball takes most of a minute: `npm run test:package` runs it.
    exclude: ["test/package.test.ts", "**/node_modules/**"],
    globalSetup: ["test/cli-tmp-check.ts"],
  },
});
