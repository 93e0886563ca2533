import { describe, expect, it } from "vitest";
import { checkAll, wantsWorkers } from "../src/cli/pool.js";
import { fixturePath } from "./support.js";

describe("the check pool", () => {
  it("keeps a small batch, or a one-core machine, in the main thread", () => {
    expect(wantsWorkers([fixturePath, fixturePath], 8)).toBe(false);
    expect(wantsWorkers(Array.from({ length: 60 }, () => fixturePath), 1)).toBe(false);
  });

  it("hands results on in the order of the files, unreadable ones included", async () => {
    const order: string[] = [];
    const targets = [fixturePath, "/nonexistent.txt", fixturePath].map((path) => ({ path, problem: null }));
    await checkAll(targets, { format: "text", coverage: false, expected: null, quiet: false, colour: false }, (checked) => {
      order.push(checked.readable ? `${checked.file}:${checked.errors}` : `${checked.file}:unreadable`);
    });
    expect(order).toEqual([`${fixturePath}:0`, "/nonexistent.txt:unreadable", `${fixturePath}:0`]);
  });
});
