import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { precompiledTable, recordBuilds, XRegExp } from "../src/xregexp.js";

describe("precompiled patterns", () => {
  it("hold exactly what XRegExp builds for the package's patterns as they are (else run `npm run patterns`)", async () => {
    // Only this file's own module graph records: the grammars load here after recording starts.
    const builds = recordBuilds();
    await import("../src/index.js");
    const stored: unknown = JSON.parse(readFileSync(new URL("../src/patterns.generated.json", import.meta.url), "utf8"));
    expect(Object.keys(precompiledTable(builds)).length).toBeGreaterThan(50);
    expect(precompiledTable(builds)).toEqual(stored);
  });

  it("tell builds apart by their subpatterns, not by the pattern alone", () => {
    const first = XRegExp.build("(?<serial>{{number}})号", { number: /[0-9]+/ });
    const second = XRegExp.build("(?<serial>{{number}})号", { number: /[〇一二三四五六七八九十]+/ });
    expect(first.source).toBe("([0-9]+)号");
    expect(second.source).toBe("([〇一二三四五六七八九十]+)号");
  });
});
