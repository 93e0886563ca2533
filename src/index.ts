/**
 * The package root: the parser and what works on its results, and the zod schemas. The Markdown
 * rendition is `gz-gazette/markdown`, so that importing the root does not load unified and remark.
 */
export * from "./parser-api.js";
export * from "./schema/index.js";
export { namedSchemas, jsonSchemaOf, type SchemaName } from "./json-schemas.js";
