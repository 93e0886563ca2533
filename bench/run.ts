/**
 * `npm run bench`: the figures of issue 7 ("Speed"), measured in one run on one machine. Medians of
 * repeated runs in interleaved rounds, since a single run on a shared machine says little, and ratios
 * of tasks timed side by side. Run `npm run build` first: the CLI and import figures are of `dist/`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import remarkParse from "remark-parse";
import { unified } from "unified";
// The built package, as users run it: the bundle, not the sources through a loader.
import { parseGazette } from "../dist/index.js";
// A grammar's worst cases are read by that grammar alone, from the sources, as its tests read them.
import { findReferences } from "../grammars/references.js";
import { readRegulation } from "../grammars/regulation.js";
import { taskTableGrammar } from "../grammars/task-table.js";
import type { DocumentSegment, GrammarContext } from "../src/grammar.js";
import { manyArticles, printBroken } from "../test/broken-layout.js";
import { prepare, segmentOf } from "../test/support.js";

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

type Tasks = Record<string, { work: () => unknown; repeat?: number }>;

/**
 * The wall time of each of some tasks, in ms, a sample a round, measured in interleaved rounds: each round times
 * every task once, so that a machine that slows down for a while slows all of them alike and their
 * ratios hold. A task runs `repeat` times a sample (for tasks too short to time once). Two rounds warm up.
 * Before each sample the task runs once untimed, so that it does not pay for collecting the garbage of
 * the task before it (a 64-issue parse leaves a lot). No forced collection instead: V8 shrinks its young
 * generation after one, and the next sample would pay for growing it again.
 */
function interleavedSamples(tasks: Tasks, rounds: number): Record<string, number[]> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = -2; round < rounds; round++) {
    for (const [name, { work, repeat = 1 }] of Object.entries(tasks)) {
      work();
      const start = performance.now();
      for (let i = 0; i < repeat; i++) work();
      if (round >= 0) samples[name]!.push((performance.now() - start) / repeat);
    }
  }
  return samples;
}

/** The median of each task's interleaved samples, in ms. */
const interleaved = (tasks: Tasks, rounds: number): Record<string, number> =>
  Object.fromEntries(Object.entries(interleavedSamples(tasks, rounds)).map(([name, times]) => [name, median(times)]));

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kilobytes = (text: string) => Buffer.byteLength(text, "utf8") / 1024;
const verdict = (ok: boolean) => (ok ? "meets target" : "MISSES target");
const percent = (ratio: number) => `${ratio >= 1 ? "+" : ""}${((ratio - 1) * 100).toFixed(0)}%`;

function measureFixture(): number {
  const { parse, floor } = interleaved(
    { parse: { work: () => parseGazette(fixture) }, floor: { work: () => fixture.normalize("NFKC").split("\n"), repeat: 50 } },
    40,
  );
  // Timed apart: remark-parse leaves the old generation large, and the parse timed after it would pay
  // for the collection that follows.
  const { remark } = interleaved({ remark: { work: () => unified().use(remarkParse).parse(fixture) } }, 15);
  record("parse fixture (median of 40)", ms(parse!), `${kilobytes(fixture).toFixed(0)} KB, ${((parse! / kilobytes(fixture)) * 1000).toFixed(0)} µs/KB`);
  record("floor: normalize(NFKC).split", ms(floor!));
  record("parse / floor", `${(parse! / floor!).toFixed(1)}×`, `target ≤ 15×: ${verdict(parse! / floor! <= 15)}`);
  record("remark-parse same text", ms(remark!));
  record("remark-parse / parse", `${(remark! / parse!).toFixed(2)}×`, `target ≥ 25×: ${verdict(remark! / parse! >= 25)}`);
  return parse!;
}

const issues = (count: number) => Array.from({ length: count }, () => fixture).join("\n");

/** Rounds of the scaling measure: a round takes about a second, and nine gave medians 8 points apart from run to run. */
const SCALING_ROUNDS = 25;

/**
 * Time per issue over 1, 8 and 64 issues concatenated into one input: flat when the parse is linear in
 * its input. (Checking 64 files, as `check DIR` does, parses them one by one: see `measureCli`.)
 */
function measureScaling(): void {
  const texts = { 1: issues(1), 8: issues(8), 64: issues(64) };
  const samples = interleavedSamples(
    { 1: { work: () => parseGazette(texts[1]), repeat: 8 }, 8: { work: () => parseGazette(texts[8]) }, 64: { work: () => parseGazette(texts[64]) } },
    SCALING_ROUNDS,
  );
  for (const count of [1, 8, 64] as const) {
    const perIssue = samples[count]!.map((time) => time / count);
    // Each round's ratio to the 1-issue sample of the same round: a slower spell of the machine cancels out.
    const ratio = median(perIssue.map((time, round) => time / samples[1]![round]!));
    // Flat means no growth: a larger input that parses faster per issue is no scaling problem.
    const note = count === 64 ? `; target at most 10% above 1 issue: ${verdict(ratio - 1 <= 0.1)}` : "";
    record(`${count} issues in one input, per issue`, ms(median(perIssue)), `${percent(ratio)} vs 1 issue (median of ${SCALING_ROUNDS} per-round ratios)${note}`);
  }
}

/**
 * A family of adversarial inputs at full size (about 1 MB or as issue 7 states) and at a tenth of it,
 * read by the whole parser or, for a grammar's own worst cases, by that grammar alone.
 */
interface Adversary {
  name: string;
  build(scale: number): string;
  read?(text: string): unknown;
}

/** Reads a text as the annex of one document, by a grammar alone (as the grammar's tests do). */
const byGrammar = (parse: (segment: DocumentSegment, context: GrammarContext) => unknown) => (text: string) => {
  const { lines, context } = prepare(text);
  return parse(segmentOf({ lines, annex: lines }), context);
};
const readTaskTable = byGrammar((segment, context) => taskTableGrammar.parse(segment, context));
const readRegulationText = byGrammar(readRegulation);

const ONE_MB = 1024 * 1024;
/** `unit` repeated until the text reaches `bytes` of UTF-8. */
const fillTo = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit, "utf8")));

const adversaries: Adversary[] = [
  { name: "100,000 `、` on one line", build: (scale) => "、".repeat(100_000 * scale) },
  { name: "one line of 1 MB", build: (scale) => fillTo("各区人民政府，市政府各部门、各直属机构：(一)第一条", ONE_MB * scale) },
  { name: "50,000 lines of `(一)`", build: (scale) => Array.from({ length: 50_000 * scale }, () => "(一)").join("\n") },
  { name: "one line of 25,000 nested `(…)`", build: (scale) => `${"(".repeat(25_000 * scale)}一${")".repeat(25_000 * scale)}` },
  { name: "one line of 50,000 unclosed `(`", build: (scale) => `${"(".repeat(50_000 * scale)}一` },
  { name: "table header ×10,000", build: (scale) => Array.from({ length: 10_000 * scale }, () => "序号 重点工作 分管市领导 牵头单位 配合单位").join("\n") },
  ...["《", "GB 1", "穗府〔2022〕", "〔2022〕1"].map(
    (piece): Adversary => ({ name: `findReferences: 1 MB of \`${piece}\``, build: (scale) => fillTo(piece, ONE_MB * scale), read: findReferences }),
  ),
  { name: "task table: 10 issues as one annex", build: (scale) => issues(10 * scale), read: readTaskTable },
  {
    name: "task table: 12,000 rows, no full stop",
    build: (scale) => `一 测试ꎮ\n${`１\n${"没有句号的文字ꎬ".repeat(8)}\n`.repeat(12_000 * scale)}`,
    read: readTaskTable,
  },
  { name: "task table: a 240,000-character unit cell", build: (scale) => `一 测试ꎮ\n１\n文字ꎮ\n张勇\n${"市工业和".repeat(60_000 * scale)}\n`, read: readTaskTable },
  {
    name: "regulation: 9,000 articles",
    build: (scale) => printBroken([{ centred: "广州市示范条例实施细则" }, ...manyArticles(9000 * scale)], { columns: 60, linesPerPage: 24 }),
    read: readRegulationText,
  },
];

/** Time per KB at a tenth and at full size: equal when the parse is linear, growing tenfold when quadratic. */
function measureAdversaries(fixtureParse: number): void {
  const reference = (fixtureParse / kilobytes(fixture)) * 1000;
  for (const adversary of adversaries) {
    const [small, full] = [adversary.build(0.1), adversary.build(1)];
    const read = adversary.read ?? parseGazette;
    const times = interleaved({ small: { work: () => read(small), repeat: 3 }, full: { work: () => read(full) } }, 5);
    const [smallRate, fullRate] = [(times.small! / kilobytes(small)) * 1000, (times.full! / kilobytes(full)) * 1000];
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

/** A folder of `count` copies of the bundled issue, for `check DIR`. */
function batchOf(count: number): string {
  const folder = mkdtempSync(join(tmpdir(), `gz-gazette-bench-${count}-`));
  for (let i = 0; i < count; i++) copyFileSync(fixturePath, join(folder, `issue-${i}.txt`));
  return folder;
}

/** The median time to import a module of `dist/` in a fresh process, start-up excluded. */
function importTime(file: string): number {
  const script = `const start = performance.now(); await import(${JSON.stringify(join(root, "dist", file))}); process.stdout.write(String(performance.now() - start));`;
  return median(Array.from({ length: 7 }, () => Number(spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }).stdout)));
}

/**
 * What importing the package root adds to a process, as a share of bare start-up (`node -e 0`): the
 * wall time of a process that only imports `dist/index.js` less that of `node -e 0`, both spawned in
 * the same rounds, one after the other, so that a slower spell of the machine slows both.
 */
function rootImportShare(rounds: number): { bare: number; added: number; share: number } {
  const importRoot = ["--input-type=module", "-e", `await import(${JSON.stringify(join(root, "dist", "index.js"))});`];
  const samples = Array.from({ length: rounds }, () => {
    const bare = spawnMedian(["-e", "0"], 1);
    return { bare, added: spawnMedian(importRoot, 1) - bare };
  });
  const bare = median(samples.map((sample) => sample.bare));
  const added = median(samples.map((sample) => sample.added));
  return { bare, added, share: median(samples.map((sample) => sample.added / sample.bare)) };
}

function measureCli(): void {
  const cli = join(root, "dist", "cli.js");
  if (statSync(cli).mtimeMs < Math.max(newestSource(join(root, "src")), newestSource(join(root, "grammars")))) {
    process.stderr.write("warning: dist/ is older than the source; run `npm run build` for current CLI figures\n");
  }
  const node = spawnMedian(["-e", "0"], 7);
  const check = spawnMedian([cli, "check", fixturePath], 7);
  record("node -e 0 (start-up alone)", ms(node));
  record("gz-gazette check fixture, wall", ms(check), `median of 7, spawned; target < 150 ms: ${verdict(check < 150)}`);
  // `check DIR`: files one after another in one process, or in worker threads from 4 MB of text on.
  const single = check;
  for (const count of [8, 64]) {
    const folder = batchOf(count);
    const perIssue = spawnMedian([cli, "check", folder], 3) / count;
    rmSync(folder, { recursive: true });
    record(`gz-gazette check DIR of ${count} issues, per issue`, ms(perIssue), `${percent(perIssue / single)} vs 1 issue, start-up shared`);
  }
  record("import dist/index.js (the root: parser, schemas)", ms(importTime("index.js")), "in a fresh process, median of 7");
  record("import dist/parser.js (gz-gazette/parser)", ms(importTime("parser.js")), "without zod");
  record("import dist/markdown.js (gz-gazette/markdown)", ms(importTime("markdown.js")), "unified and remark");
  const { bare, added, share } = rootImportShare(9);
  record(
    "root import / node -e 0",
    `${share.toFixed(2)}×`,
    `adds ${ms(added)} to a bare start-up of ${ms(bare)} (medians of 9 interleaved rounds); target ≤ 0.5×: ${verdict(share <= 0.5)}`,
  );
}

/** A bound volume's size (issue #14): about 40 MB of concatenated issues, in UTF-8 bytes. */
const VOLUME_BYTES = 40e6;

/** How many fresh processes the memory figure is the median of: a peak depends on when collections fall. */
const MEMORY_RUNS = 3;

/**
 * The peak resident memory of a fresh process that parses about 40 MB of concatenated issues, against
 * the input's size in bytes: the median of a few such processes. A child of its own, so that the figure
 * is one parse's and not the benchmark's: its peak includes Node itself and the input string, as any
 * caller's does.
 */
function measureMemory(): void {
  const copies = Math.round(VOLUME_BYTES / Buffer.byteLength(fixture, "utf8"));
  const script = [
    `import { readFileSync } from "node:fs";`,
    `import { parseGazette } from ${JSON.stringify(join(root, "dist", "parser.js"))};`,
    `const issue = readFileSync(${JSON.stringify(fixturePath)}, "utf8");`,
    `const text = Array.from({ length: ${copies} }, () => issue).join("\\n");`,
    `const before = process.memoryUsage().rss;`,
    `const documents = parseGazette(text, { maxInputLength: text.length }).documents.length;`,
    `process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text, "utf8"), before, peak: process.resourceUsage().maxRSS * 1024, documents }));`,
  ].join("\n");
  const runs = Array.from({ length: MEMORY_RUNS }, () => {
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: ONE_MB });
    if (result.status !== 0) throw new Error(`the memory measurement failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as { bytes: number; before: number; peak: number; documents: number };
  });
  const { bytes, before, documents } = runs[0]!;
  const peak = median(runs.map((run) => run.peak));
  const [least, most] = [Math.min(...runs.map((run) => run.peak)), Math.max(...runs.map((run) => run.peak))];
  const megabytes = (value: number) => `${(value / 1e6).toFixed(0)} MB`;
  record(
    `peak RSS parsing ${copies} issues in one input (${megabytes(bytes)})`,
    megabytes(peak),
    `${(peak / bytes).toFixed(1)}× the input's bytes, median of ${MEMORY_RUNS} processes (${megabytes(least)}–${megabytes(most)}; ${megabytes(before)} before the parse, input included; ${documents} documents); target ≤ 10×: ${verdict(peak / bytes <= 10)}`,
  );
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
measureMemory();
measureAdversaries(fixtureParse);
measureCli();
printTable();
console.log(`benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s`);
