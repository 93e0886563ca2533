import { z } from "zod";
import { PositionSchema } from "./position.js";

/**
 * A diagnostic in the vfile-message convention: `ruleId` names the rule, `source` the tool, `place` the
 * span, `fatal` is `true` for errors, `false` for warnings and `null` for information.
 */
export const DiagnosticSchema = z.object({
  ruleId: z.string().min(1),
  source: z.literal("gz-gazette"),
  severity: z.enum(["error", "warning", "info"]),
  fatal: z.boolean().nullable(),
  message: z.string().min(1),
  place: PositionSchema.nullable(),
  line: z.number().int().min(1).nullable(),
  column: z.number().int().min(1).nullable(),
  page: z.number().int().min(1).nullable(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Severity = Diagnostic["severity"];
