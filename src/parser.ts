/**
 * `gz-gazette/parser`: the parser and what works on its results, without the zod schemas and the
 * Markdown rendition that the package root adds. zod and unified take most of the root's load time, so
 * a program that only parses loads this (README, Speed). The result types are here as types.
 */
export * from "./parser-api.js";
export type * from "./schema/index.js";
