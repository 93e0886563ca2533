/**
 * `npm run bench`: the figures of issue 7 ("Speed"), measured in one run on one machine. Medians of
 * repeated runs, since a single run on a shared machine says little. Run `npm run build` first: the
 * CLI and import figures are of `dist/`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import remarkParse from "remark-parse";
import { unified } from "unified";
// The built package, as users run it: the bundle, not the sources through a loader.
import { parseGazette } from "../dist/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixturePath = join(root, "fixtures", "gz-2022-08.txt");
const fixture = readFileSync(fixturePath, "utf8");

interface Row {
  measure: string;
  value: string;
  note: string;
}
const rows: Row[] = [];
const record = (measure: string, value: string, note = "") => {
  rows.push({ measure, value, note });
  process.stderr.write(`  ${measure}: ${value}\n`);
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median wall time of `runs` calls of `work`, in ms, after `warmup` calls that let the JIT settle. */
function timeMedian(work: () => unknown, runs: number, warmup = Math.min(3, runs)): number {
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kilobytes = (text: string) => Buffer.byteLength(text, "utf8") / 1024;
const verdict = (ok: boolean) => (ok ? "meets target" : "MISSES target");

function measureFixture(): number {
  const parse = timeMedian(() => parseGazette(fixture), 40, 5);
  const floor = timeMedian(() => fixture.normalize("NFKC").split("\n"), 200, 20);
  const remark = timeMedian(() => unified().use(remarkParse).parse(fixture), 15);
  record("parse fixture (median of 40)", ms(parse), `${kilobytes(fixture).toFixed(0)} KB, ${(parse / kilobytes(fixture) * 1000).toFixed(0)} µs/KB`);
  record("floor: normalize(NFKC).split", ms(floor));
  record("parse / floor", `${(parse / floor).toFixed(1)}×`, `target ≤ 15×: ${verdict(parse / floor <= 15)}`);
  record("remark-parse same text", ms(remark));
  record("remark-parse / parse", `${(remark / parse).toFixed(2)}×`, `target ≥ 25×: ${verdict(remark / parse >= 25)}`);
  return parse;
}

/** Per-issue time over 1, 8 and 64 issues in one input: flat when the parse is linear in the issue count. */
function measureScaling(): void {
  let single = 0;
  for (const [issues, runs] of [[1, 15], [8, 5], [64, 3]] as const) {
    const text = Array.from({ length: issues }, () => fixture).join("\n");
    const perIssue = timeMedian(() => parseGazette(text), runs, 1) / issues;
    if (issues === 1) single = perIssue;
    const drift = perIssue / single - 1;
    const note = issues === 64 ? `target within 10% of 1 issue: ${verdict(Math.abs(drift) <= 0.1)}` : "";
    record(`${issues} issues concatenated, per issue`, ms(perIssue), `${drift >= 0 ? "+" : ""}${(drift * 100).toFixed(0)}% vs 1 issue${note ? `; ${note}` : ""}`);
  }
}

/** A family of adversarial inputs at full size (about 1 MB or as issue 7 states) and at a tenth of it. */
interface Adversary {
  name: string;
  build(scale: number): string;
}

const ONE_MB = 1024 * 1024;
/** `unit` repeated until the text reaches `bytes` of UTF-8. */
const fillTo = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit, "utf8")));

const adversaries: Adversary[] = [
  { name: "100,000 `、` on one line", build: (scale) => "、".repeat(100_000 * scale) },
  { name: "one line of 1 MB", build: (scale) => fillTo("各区人民政府，市政府各部门、各直属机构：(一)第一条", ONE_MB * scale) },
  { name: "50,000 lines of `(一)`", build: (scale) => Array.from({ length: 50_000 * scale }, () => "(一)").join("\n") },
  { name: "table header ×10,000", build: (scale) => Array.from({ length: 10_000 * scale }, () => "序号 重点工作 分管市领导 牵头单位 配合单位").join("\n") },
];

/** Time per KB at a tenth and at full size: equal when the parse is linear, growing tenfold when quadratic. */
function measureAdversaries(fixtureParse: number): void {
  const reference = (fixtureParse / kilobytes(fixture)) * 1000;
  for (const adversary of adversaries) {
    const [small, full] = [adversary.build(0.1), adversary.build(1)];
    const perKb = (text: string, runs: number) => (timeMedian(() => parseGazette(text), runs, 1) / kilobytes(text)) * 1000;
    const [smallRate, fullRate] = [perKb(small, 5), perKb(full, 3)];
    record(
      adversary.name,
      `${fullRate.toFixed(0)} µs/KB`,
      `${kilobytes(full).toFixed(0)} KB; ${smallRate.toFixed(0)} µs/KB at ${kilobytes(small).toFixed(0)} KB (×${(fullRate / smallRate).toFixed(2)}); fixture ${reference.toFixed(0)} µs/KB`,
    );
  }
}

/** The median wall time of spawning `node` with `args`, in ms: start-up included, as a user waits for it. */
function spawnMedian(args: string[], runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    samples.push(performance.now() - start);
    if (result.status === null || result.status > 1) throw new Error(`node ${args.join(" ")} failed with ${result.status}`);
  }
  return median(samples);
}

/** The newest modification time under the source folders, to warn when `dist/` predates the source. */
function newestSource(directory: string): number {
  return readdirSync(directory, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(directory, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
}

function measureCli(): void {
  const cli = join(root, "dist", "cli.js");
  if (statSync(cli).mtimeMs < Math.max(newestSource(join(root, "src")), newestSource(join(root, "grammars")))) {
    process.stderr.write("warning: dist/ is older than the source; run `npm run build` for current CLI figures\n");
  }
  const node = spawnMedian(["-e", "0"], 7);
  const check = spawnMedian([cli, "check", fixturePath], 7);
  const importScript = `const start = performance.now(); await import(${JSON.stringify(join(root, "dist", "index.js"))}); process.stdout.write(String(performance.now() - start));`;
  const imports = Array.from({ length: 7 }, () => Number(spawnSync(process.execPath, ["--input-type=module", "-e", importScript], { encoding: "utf8" }).stdout));
  record("node -e 0 (start-up alone)", ms(node));
  record("gz-gazette check fixture, wall", ms(check), `median of 7, spawned; target < 150 ms: ${verdict(check < 150)}`);
  record("import dist/index.js", ms(median(imports)), "in a fresh process, median of 7");
}

function printTable(): void {
  const width = (key: keyof Row) => Math.max(...rows.map((row) => row[key].length), key.length);
  const [measureWidth, valueWidth] = [width("measure"), width("value")];
  console.log(`\n${"measure".padEnd(measureWidth)}  ${"value".padStart(valueWidth)}  note`);
  for (const row of rows) console.log(`${row.measure.padEnd(measureWidth)}  ${row.value.padStart(valueWidth)}  ${row.note}`);
  console.log(`\n${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, Node ${process.version}, ${process.platform}`);
}

const started = performance.now();
const fixtureParse = measureFixture();
measureScaling();
measureAdversaries(fixtureParse);
measureCli();
printTable();
console.log(`benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s`);
