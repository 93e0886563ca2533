import { z } from "zod";
import { PositionSchema } from "./position.js";

/** `一 加快构建现代产业体系。` */
export const SectionRefSchema = z.object({
  numeral: z.string().min(1),
  ordinal: z.number().int().min(1),
  title: z.string().min(1),
});
/** `（一）坚持制造业立市不动摇。` */
export const SubsectionRefSchema = z.object({ ordinal: z.number().int().min(1), title: z.string().min(1) });

/** One row of a responsibility table (责任分工): 序号 / 重点工作 / 分管市领导 / 牵头单位 / 配合单位 (/ 完成时限 / 备注). */
export const TaskSchema = z.object({
  seq: z.number().int().min(1),
  section: SectionRefSchema,
  subsection: SubsectionRefSchema.nullable(),
  /** The task's text: empty only for a row printed without one, which a `missing-text` error reports. */
  text: z.string(),
  leaders: z.array(z.string().min(1)),
  leadUnits: z.array(z.string().min(1)),
  cooperatingUnits: z.array(z.string().min(1)),
  /** The cooperating units in the groups that `，` separates: Party organs, government departments, other bodies. */
  cooperatingGroups: z.array(z.array(z.string().min(1))),
  /**
   * `2022年12月底前`, `持续推进`: the 完成时限 column where the table prints one; null where it does not.
   * Data written before the field existed reads as null.
   */
  deadline: z.string().min(1).nullable().default(null),
  /** The 备注 column's text where the table prints one and the cell holds text; null otherwise (and in older data). */
  remark: z.string().min(1).nullable().default(null),
  page: z.number().int().min(1),
  position: PositionSchema,
});
export type Task = z.infer<typeof TaskSchema>;

export const SectionSchema = SectionRefSchema.extend({ subsections: z.array(SubsectionRefSchema) });
export type Section = z.infer<typeof SectionSchema>;

export const TaskTableFieldsSchema = z.object({
  tasks: z.array(TaskSchema),
  sections: z.array(SectionSchema),
});
export type TaskTableFields = z.infer<typeof TaskTableFieldsSchema>;
