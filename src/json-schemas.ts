import { z } from "zod";
import { OutlineNodeSchema } from "./schema/common.js";
import { DiagnosticSchema } from "./schema/diagnostic.js";
import { DocumentSchema } from "./schema/document.js";
import { GazetteSchema } from "./schema/gazette.js";
import { LevyTableSchema, TierSchema } from "./schema/levy.js";
import { NoticeSchema } from "./schema/personnel.js";
import { ArticleSchema, RegulationSchema } from "./schema/regulation.js";
import { TaskSchema } from "./schema/task.js";

import type { SchemaName } from "./schema-names.js";

export { isSchemaName, schemaNames, type SchemaName } from "./schema-names.js";

/** The schemas published as JSON Schema (`schema/NAME.json`) and known to `gz-gazette schema|validate`. */
export const namedSchemas: { [Name in SchemaName]: z.ZodType } = {
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
};

/** The JSON Schema (draft 2020-12) of a named schema, as `z.toJSONSchema` gives it for the data the parser outputs. */
export const jsonSchemaOf = (name: SchemaName): object => z.toJSONSchema(namedSchemas[name], { io: "output" });
