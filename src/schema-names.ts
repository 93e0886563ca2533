/**
 * The names of the schemas published as JSON Schema (`schema/NAME.json`) and known to
 * `gz-gazette schema|validate`. Kept apart from the schemas so that the CLI lists them without loading zod.
 */
export const schemaNames = ["gazette", "document", "task", "tier", "levy-table", "regulation", "article", "notice", "outline", "diagnostic"] as const;

export type SchemaName = (typeof schemaNames)[number];

export const isSchemaName = (name: string): name is SchemaName => (schemaNames as readonly string[]).includes(name);
