/**
 * `gz-gazette/html`: the parse report as a self-contained HTML page, source beside data. Without the zod
 * schemas and the Markdown rendition; the result types are here as types.
 */
export { toHtml } from "./render/html/index.js";
export type { Gazette } from "./schema/gazette.js";
