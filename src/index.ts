export * from "./parser.js";
export * from "./schema/index.js";
export { toMarkdown } from "./render/markdown.js";
export { fromMarkdown, type MarkdownGazette } from "./render/from-markdown.js";
export { namedSchemas, jsonSchemaOf, type SchemaName } from "./json-schemas.js";
