/**
 * `gz-gazette/markdown`: the Markdown rendition and its read-back. unified and remark load with it, and
 * only with it: the package root (the parser and the schemas) stays light (README, Speed).
 */
export { toMarkdown, type MarkdownOptions } from "./render/markdown.js";
export { fromMarkdown, type MarkdownGazette } from "./render/from-markdown.js";
