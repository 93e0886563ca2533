import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Packs the package as npm would publish it and uses it from an empty folder. It builds (through
 * `prepare`) and installs, about half a minute, so it runs only from `npm run test:package`.
 */
describe("the packed tarball in an empty folder", () => {
  const root = new URL("../", import.meta.url).pathname;
  const work = mkdtempSync(join(tmpdir(), "gz-gazette-package-"));
  const sh = (file: string, args: string[]) => execFileSync(file, args, { cwd: work, encoding: "utf8" });
  // The install takes about 40 MB: it goes when the test is done.
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("installs and works from ESM, CJS and the CLI", () => {
    execFileSync("npm", ["pack", "--pack-destination", work, root], { cwd: root, stdio: "ignore" });
    const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"))!;
    expect(sh("tar", ["-tzf", tarball]).split("\n")).toEqual(expect.arrayContaining(["package/LICENSE", "package/fixtures/gz-2022-08.report.json"]));
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", `./${tarball}`]);
    // What the published package does not import at run time is not installed with it.
    expect(readdirSync(join(work, "node_modules"))).not.toContain("xregexp");
    expect(readdirSync(join(work, "node_modules"))).not.toContain("core-js-pure");

    writeFileSync(
      join(work, "esm.mjs"),
      [
        'import { parseGazette, GazetteSchema } from "gz-gazette";',
        'import { toMarkdown, fromMarkdown } from "gz-gazette/markdown";',
        'import issue from "gz-gazette/data/2022-08.json" with { type: "json" };',
        'import schema from "gz-gazette/schema/task.json" with { type: "json" };',
        'GazetteSchema.parse(issue);',
        'const back = fromMarkdown(toMarkdown(issue));',
        'console.log(JSON.stringify([issue.documents.length, back.documents.length, back.diagnostics.length, schema.type, typeof parseGazette]));',
      ].join("\n"),
    );
    expect(JSON.parse(sh("node", ["esm.mjs"]))).toEqual([4, 4, 0, "object", "function"]);

    writeFileSync(
      join(work, "cjs.cjs"),
      [
        'const { parseGazette, toCsv } = require("gz-gazette");',
        'const text = require("node:fs").readFileSync(require.resolve("gz-gazette/package.json").replace("package.json", "fixtures/gz-2022-08.txt"), "utf8");',
        'console.log(toCsv(parseGazette(text), "levy").split("\\r\\n")[3]);',
      ].join("\n"),
    );
    expect(sh("node", ["cjs.cjs"]).trim()).toBe("3,第三档,2,8,10,18,1.52");

    // The HTML report from its subpath, from CJS and ESM: the bundled issue's 251 task rows.
    const htmlReport = (load: string) =>
      [
        load,
        'const text = require("node:fs").readFileSync(require.resolve("gz-gazette/package.json").replace("package.json", "fixtures/gz-2022-08.txt"), "utf8");',
        'console.log(toHtml(parseGazette(text), text).split(\'<tr class="task"\').length - 1);',
      ].join("\n");
    writeFileSync(join(work, "html.cjs"), htmlReport('const { toHtml } = require("gz-gazette/html"); const { parseGazette } = require("gz-gazette/parser");'));
    writeFileSync(
      join(work, "html.mjs"),
      htmlReport('import { toHtml } from "gz-gazette/html"; import { parseGazette } from "gz-gazette/parser"; import { createRequire } from "node:module"; const require = createRequire(import.meta.url);'),
    );
    expect([sh("node", ["html.cjs"]).trim(), sh("node", ["html.mjs"]).trim()]).toEqual(["251", "251"]);

    // The parser alone: it must load neither zod nor unified and remark, which the package root loads.
    const heavy = "/(zod|unified|remark-[a-z]+|micromark[a-z-]*)/";
    const parse = [
      'const text = require("node:fs").readFileSync(require.resolve("gz-gazette/package.json").replace("package.json", "fixtures/gz-2022-08.txt"), "utf8");',
      "const gazette = parseGazette(text);",
      'const errors = gazette.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;',
    ];
    writeFileSync(
      join(work, "parser.cjs"),
      [
        'const { parseGazette } = require("gz-gazette/parser");',
        ...parse,
        `const loaded = Object.keys(require.cache).filter((path) => new RegExp("node_modules${heavy}").test(path));`,
        "console.log(JSON.stringify([gazette.documents.map((document) => document.kind), errors, loaded]));",
      ].join("\n"),
    );
    // ES modules are not in `require.cache`: a resolve hook lists the packages they import.
    writeFileSync(
      join(work, "hooks.mjs"),
      `export async function resolve(specifier, context, next) { if (new RegExp("^${heavy.slice(1, -1)}").test(specifier)) process.emitWarning("loaded " + specifier); return next(specifier, context); }`,
    );
    writeFileSync(join(work, "register.mjs"), 'import { register } from "node:module"; register("./hooks.mjs", import.meta.url);');
    writeFileSync(
      join(work, "parser.mjs"),
      [
        'import { createRequire } from "node:module";',
        'import { parseGazette } from "gz-gazette/parser";',
        "const require = createRequire(import.meta.url);",
        ...parse,
        "console.log(JSON.stringify([gazette.documents.map((document) => document.kind), errors]));",
      ].join("\n"),
    );
    const kinds = ["task-assignment", "levy-notice", "regulation", "personnel"];
    expect(JSON.parse(sh("node", ["parser.cjs"]))).toEqual([kinds, 0, []]);
    const esm = spawnSync("node", ["--import", "./register.mjs", "parser.mjs"], { cwd: work, encoding: "utf8" });
    expect(JSON.parse(esm.stdout)).toEqual([kinds, 0]);
    expect(esm.stderr).not.toMatch(/loaded /);
    // The package root loads the schemas (zod) but not the Markdown rendition (unified, remark), which
    // `gz-gazette/markdown` loads: the hook sees each.
    const rootImport = spawnSync("node", ["--import", "./register.mjs", "--input-type=module", "-e", 'import "gz-gazette";'], { cwd: work, encoding: "utf8" });
    expect(rootImport.stderr).toMatch(/loaded zod/);
    expect(rootImport.stderr).not.toMatch(/loaded (unified|remark)/);
    const markdown = spawnSync("node", ["--import", "./register.mjs", "--input-type=module", "-e", 'import "gz-gazette/markdown";'], { cwd: work, encoding: "utf8" });
    expect(markdown.stderr).toMatch(/loaded unified/);
    // Bytes are parsed as the CLI reads files, and the shipped fixture has its own export.
    const bytes = 'const { parseGazette } = require("gz-gazette"); console.log(parseGazette(require("node:fs").readFileSync(require.resolve("gz-gazette/fixtures/gz-2022-08.txt"))).pages);';
    expect(sh("node", ["-e", bytes]).trim()).toBe("48");

    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
    expect(sh("npx", ["--no-install", "gz-gazette", "--version"]).trim()).toBe(version);

    expect(sh("npx", ["--no-install", "gz-gazette", "schema", "tier"])).toContain('"ratePercent"');
    expect(sh("npx", ["--no-install", "gz-gazette", "parse", "node_modules/gz-gazette/fixtures/gz-2022-08.txt", "--format", "markdown"])).toMatch(/^# 广州市人民政府公报\n/);

    // A batch above the worker threshold (4 MB): checked by worker threads where there are two cores.
    const batch = join(work, "batch");
    mkdirSync(batch);
    for (let i = 1; i <= 44; i += 1) copyFileSync(join(root, "fixtures", "gz-2022-08.txt"), join(batch, `issue-${String(i).padStart(2, "0")}.txt`));
    // A file that cannot be read (a loop of links) is reported, and the workers check the others.
    symlinkSync("loop.txt", join(batch, "loop.txt"));
    const checked = spawnSync("npx", ["--no-install", "gz-gazette", "check", "batch"], { cwd: work, encoding: "utf8" });
    expect(checked.status).toBe(2);
    expect(checked.stderr.trim()).toBe("gz-gazette: batch/loop.txt: a loop of symbolic links");
    const report = checked.stdout.trim().split("\n");
    expect(report.at(-1)).toBe("45 files, 44 clean, 0 with errors, 1 unreadable");
    expect(report.filter((line) => / 4 documents, 48 pages; 0 errors, 2 warnings, 8 infos$/.test(line)).map((line) => line.split(":")[0])).toEqual(
      Array.from({ length: 44 }, (_, i) => `batch/issue-${String(i + 1).padStart(2, "0")}.txt`),
    );
  }, 600_000);
});
