import { z } from "zod";
import { EnvelopeSchema, ForwardedDocumentSchema } from "./common.js";
import { EffectiveSchema, RegulationSchema } from "./regulation.js";
import { LevyFieldsSchema } from "./levy.js";
import { NoticeSchema } from "./personnel.js";
import { TaskTableFieldsSchema } from "./task.js";

const DocumentBaseSchema = EnvelopeSchema.extend({ forwarded: z.array(ForwardedDocumentSchema) });

/** A document no grammar claims; `effective` is what its own text says (`本通知自印发之日起施行，有效期5年`). */
export const GenericDocumentSchema = DocumentBaseSchema.extend({ kind: z.literal("generic"), effective: EffectiveSchema.nullable() });
export const TaskAssignmentDocumentSchema = DocumentBaseSchema.extend({ kind: z.literal("task-assignment") }).extend(
  TaskTableFieldsSchema.shape,
);
export const LevyNoticeDocumentSchema = DocumentBaseSchema.extend({
  kind: z.literal("levy-notice"),
  effective: EffectiveSchema.nullable(),
}).extend(LevyFieldsSchema.shape);
export const RegulationDocumentSchema = DocumentBaseSchema.extend({
  kind: z.literal("regulation"),
  regulation: RegulationSchema,
});
export const PersonnelDocumentSchema = DocumentBaseSchema.extend({
  kind: z.literal("personnel"),
  notices: z.array(NoticeSchema),
});

export const DocumentSchema = z.discriminatedUnion("kind", [
  TaskAssignmentDocumentSchema,
  LevyNoticeDocumentSchema,
  RegulationDocumentSchema,
  PersonnelDocumentSchema,
  GenericDocumentSchema,
]);
export type Document = z.infer<typeof DocumentSchema>;
export type DocumentKind = Document["kind"];
export type GenericDocument = z.infer<typeof GenericDocumentSchema>;
export type TaskAssignmentDocument = z.infer<typeof TaskAssignmentDocumentSchema>;
export type LevyNoticeDocument = z.infer<typeof LevyNoticeDocumentSchema>;
export type RegulationDocument = z.infer<typeof RegulationDocumentSchema>;
export type PersonnelDocument = z.infer<typeof PersonnelDocumentSchema>;
