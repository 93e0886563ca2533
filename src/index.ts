export * from "./parser-api.js";
export * from "./schema/index.js";
export { toMarkdown, type MarkdownOptions } from "./render/markdown.js";
export { fromMarkdown, type MarkdownGazette } from "./render/from-markdown.js";
export { namedSchemas, jsonSchemaOf, type SchemaName } from "./json-schemas.js";
