import { z } from "zod";
import { OutlineNodeSchema } from "./schema/common.js";
import { DiagnosticSchema } from "./schema/diagnostic.js";
import { DocumentSchema } from "./schema/document.js";
import { GazetteSchema } from "./schema/gazette.js";
import { LevyTableSchema, TierSchema } from "./schema/levy.js";
import { NoticeSchema } from "./schema/personnel.js";
import { ArticleSchema, RegulationSchema } from "./schema/regulation.js";
import { TaskSchema } from "./schema/task.js";

/** The schemas published as JSON Schema (`schema/NAME.json`) and known to `gz-gazette schema|validate`. */
export const namedSchemas = {
  gazette: GazetteSchema,
  document: DocumentSchema,
  task: TaskSchema,
  tier: TierSchema,
  "levy-table": LevyTableSchema,
  regulation: RegulationSchema,
  article: ArticleSchema,
  notice: NoticeSchema,
  outline: OutlineNodeSchema,
  diagnostic: DiagnosticSchema,
} as const;

export type SchemaName = keyof typeof namedSchemas;

export const schemaNames = Object.keys(namedSchemas) as SchemaName[];

export const isSchemaName = (name: string): name is SchemaName => Object.hasOwn(namedSchemas, name);

/** The JSON Schema (draft 2020-12) of a named schema, as `z.toJSONSchema` gives it for the data the parser outputs. */
export const jsonSchemaOf = (name: SchemaName): object => z.toJSONSchema(namedSchemas[name], { io: "output" });
