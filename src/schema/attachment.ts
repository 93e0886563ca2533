import { z } from "zod";
import { OutlineNodeSchema } from "./common.js";
import { PositionSchema } from "./position.js";

/** An attachment (附件) printed after a text: `附件` / `广州市积分制入户指标体系及分值表` / its content. */
export const AttachmentSchema = z.object({
  /** `附件`, `附件2` as printed; null for one that a note lists but the issue does not print. */
  label: z.string().nullable(),
  title: z.string().nullable(),
  /** Its content as an outline; a table read out cell by cell stays a list of paragraphs. */
  body: z.array(OutlineNodeSchema),
  page: z.number().int().min(1),
  position: PositionSchema,
});
export type Attachment = z.infer<typeof AttachmentSchema>;
