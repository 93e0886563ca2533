import type XRegExpType from "xregexp";
import core from "xregexp/src/xregexp.js";
import installBuild from "xregexp/src/addons/build.js";
import precompiled from "./patterns.generated.json" with { type: "json" };

/*
 * XRegExp as this project uses it: the core and the build addon, from the package's ES-module sources.
 * Its main entry also loads Babel's polyfills and every Unicode addon, ≈70 ms of the CLI's start-up.
 * Without the Unicode addons there is no `\p{…}`, so patterns write a Han character as `{{han}}`
 * (src/fragments.ts). Every module builds its patterns with `XRegExp.build` from here.
 *
 * Building is XRegExp parsing each pattern and subpattern with patterns of its own: most of the cost of
 * loading the grammars. So `scripts/build-patterns.ts` keeps what each build gives, for the grammars as
 * they are, in `patterns.generated.json`, and a build found there is a plain `new RegExp`. A build not
 * found there (a grammar changed since) is made by XRegExp as before; a test fails until the file is
 * made anew (`npm run patterns`).
 */
installBuild(core);
const xregexp: Pick<typeof XRegExpType, "build"> = core;

type Subpattern = RegExp | string;

/** A built pattern as the engine runs it, and the names XRegExp keeps beside it. */
export interface BuiltPattern {
  source: string;
  flags: string;
  /** The name of each capture group, null for an unnamed one. */
  names: Array<string | null>;
}

/** XRegExp's record on a pattern it made, under this property: build reads the group names of subpatterns from it. */
type XRegExpData = { xregexp?: { captureNames: Array<string | null> | null; source: string; flags: string } };

/** `{{name}}`, `({{name}})`: where a pattern names a subpattern. */
const SUBPATTERN_NAME = /\{\{([\w$]+)\}\}/g;
/** Separates the parts of a key: no pattern holds it. */
const KEY_SEPARATOR = "\u0000";

/** The names of a built pattern's capture groups, in order, null for an unnamed one; none for a plain RegExp. */
export const captureNamesOf = (pattern: RegExp): Array<string | null> => (pattern as RegExp & XRegExpData).xregexp?.captureNames ?? [];

/** What identifies a build: its pattern, its flags, and each subpattern it names as XRegExp reads it. */
function keyOf(pattern: string, subs: Record<string, Subpattern>, flags: string): string {
  const parts = [flags, pattern];
  for (const [, name] of pattern.matchAll(SUBPATTERN_NAME)) {
    const sub = subs[name!];
    if (sub === undefined) continue;
    parts.push(name!, typeof sub === "string" ? sub : `/${sub.source}/${sub.flags}/${captureNamesOf(sub).join(",")}`);
  }
  return parts.join(KEY_SEPARATOR);
}

const known = new Map<string, BuiltPattern>(Object.entries(precompiled as Record<string, BuiltPattern>));
let recorded: Map<string, BuiltPattern> | null = null;

/** A pattern from its record, carrying its group names where XRegExp keeps them, for builds that use it. */
function revive({ source, flags, names }: BuiltPattern): RegExp {
  const pattern = new RegExp(source, flags) as RegExp & XRegExpData;
  pattern.xregexp = { captureNames: names.length > 0 ? names : null, source, flags };
  return pattern;
}

/** `XRegExp.build`, through the precompiled builds. */
function build(pattern: string, subs: Record<string, Subpattern>, flags = ""): RegExp {
  const key = keyOf(pattern, subs, flags);
  const found = recorded ? undefined : known.get(key);
  if (found) return revive(found);
  const built = xregexp.build(pattern, subs, flags);
  recorded?.set(key, { source: built.source, flags: built.flags, names: captureNamesOf(built) });
  return built;
}

/**
 * Makes every build from now on with XRegExp and keeps what it gives, for `scripts/build-patterns.ts`.
 * Call it before the grammars load: they build their patterns as they load.
 */
export function recordBuilds(): Map<string, BuiltPattern> {
  recorded = new Map();
  return recorded;
}

/** The builds kept, as `patterns.generated.json` holds them: sorted, so that the file changes only where a pattern did. */
export const precompiledTable = (builds: ReadonlyMap<string, BuiltPattern>): Record<string, BuiltPattern> =>
  Object.fromEntries([...builds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The part of XRegExp that the grammars use. */
export const XRegExp = { build };
