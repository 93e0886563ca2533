import type XRegExpType from "xregexp";
import core from "xregexp/src/xregexp.js";
import installBuild from "xregexp/src/addons/build.js";

/*
 * XRegExp as this project uses it: the core and the build addon, from the package's ES-module sources.
 * Its main entry also loads Babel's polyfills and every Unicode addon, ≈70 ms of the CLI's start-up.
 * Without the Unicode addons there is no `\p{…}`, so patterns write a Han character as `{{han}}`
 * (src/fragments.ts). Every module imports XRegExp from here, never from "xregexp".
 */
installBuild(core);

/** The part of XRegExp that the grammars use. */
export const XRegExp: Pick<typeof XRegExpType, "build"> = core;
