import { z } from "zod";
import type { Grammar } from "../grammar.js";
import { AttachmentSchema } from "./attachment.js";
import { EnvelopeSchema, ForwardedDocumentSchema } from "./common.js";
import { EffectiveSchema, RegulationSchema } from "./regulation.js";
import { LevyFieldsSchema } from "./levy.js";
import { NoticeSchema } from "./personnel.js";
import { TaskTableFieldsSchema } from "./task.js";

export const DocumentBaseSchema = EnvelopeSchema.extend({ forwarded: z.array(ForwardedDocumentSchema) });

/**
 * A document no grammar claims; `effective` is what its own text says (`本通知自印发之日起施行，有效期5年`),
 * `printedAttachments` what it prints after its signature and text (`附件1` / its title / its content); where
 * it prints only a note there (`附件：1.…`), the titles the note lists, each with label null and no content,
 * as a regulation's `attachments` are read.
 */
export const GenericDocumentSchema = DocumentBaseSchema.extend({
  kind: z.literal("generic"),
  effective: EffectiveSchema.nullable(),
  printedAttachments: z.array(AttachmentSchema),
});
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

/** The documents of the built-in kinds, by kind. */
const BUILT_IN_DOCUMENTS = [
  TaskAssignmentDocumentSchema,
  LevyNoticeDocumentSchema,
  RegulationDocumentSchema,
  PersonnelDocumentSchema,
  GenericDocumentSchema,
] as const;

export const DocumentSchema = z.discriminatedUnion("kind", BUILT_IN_DOCUMENTS);

/**
 * The document union for the grammars a parse used: the built-in kinds, and the envelope with each
 * other grammar's `schema` for its kind (a grammar without one adds its kind with any fields). A
 * project's grammar of a built-in kind replaces that kind's schema.
 */
export function documentSchema(grammars: readonly Grammar[]) {
  const own = grammars
    .filter((grammar) => grammar.schema !== undefined || !BUILT_IN_DOCUMENTS.some((schema) => schema.shape.kind.value === grammar.kind))
    .map((grammar) => {
      const document = DocumentBaseSchema.extend({ kind: z.literal(grammar.kind) });
      return grammar.schema ? document.extend(grammar.schema.shape) : document.loose();
    });
  const replaced = new Set(own.map((schema) => schema.shape.kind.value));
  const builtIn = BUILT_IN_DOCUMENTS.filter((schema) => schema !== GenericDocumentSchema && !replaced.has(schema.shape.kind.value));
  return z.discriminatedUnion("kind", [GenericDocumentSchema, ...builtIn, ...own]);
}
export type Document = z.infer<typeof DocumentSchema>;
export type DocumentKind = Document["kind"];
export type GenericDocument = z.infer<typeof GenericDocumentSchema>;
export type TaskAssignmentDocument = z.infer<typeof TaskAssignmentDocumentSchema>;
export type LevyNoticeDocument = z.infer<typeof LevyNoticeDocumentSchema>;
export type RegulationDocument = z.infer<typeof RegulationDocumentSchema>;
export type PersonnelDocument = z.infer<typeof PersonnelDocumentSchema>;
