// The ES-module sources of the xregexp package carry no types: these give them those of its main entry.

declare module "xregexp/src/xregexp.js" {
  import type XRegExp from "xregexp";

  /** The core: XRegExp without what its addons add. */
  const core: Omit<typeof XRegExp, "build" | "tag" | "matchRecursive" | "addUnicodeData">;
  export default core;
}

declare module "xregexp/src/addons/build.js" {
  import type XRegExp from "xregexp";

  /** Adds `XRegExp.build` and `XRegExp.tag` to the XRegExp it is given. */
  export default function installBuild(xregexp: object): asserts xregexp is Pick<typeof XRegExp, "build" | "tag">;
}
