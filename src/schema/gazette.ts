import { z } from "zod";
import { DiagnosticSchema } from "./diagnostic.js";
import type { Grammar } from "../grammar.js";
import { DocumentSchema, documentSchema } from "./document.js";
import { PositionSchema } from "./position.js";

/** `广州市人民政府公报 2022年第8期`. */
export const IssueSchema = z.object({
  title: z.string().min(1),
  year: z.number().int(),
  number: z.number().int().min(1),
});
export type Issue = z.infer<typeof IssueSchema>;

/** Text that belongs to the printed page, not to a document: footers, running headers, repeated table headers. */
export const FurnitureSchema = z.object({
  kind: z.enum(["page-footer", "running-header", "table-header"]),
  page: z.number().int().min(1),
  text: z.string(),
  position: PositionSchema,
});
export type Furniture = z.infer<typeof FurnitureSchema>;

/** Non-whitespace characters of the input: in a parsed value, in page furniture, or reported unconsumed. */
export const CoverageSchema = z.object({
  consumed: z.number().int().min(0),
  furniture: z.number().int().min(0),
  unconsumed: z.number().int().min(0),
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const GazetteSchema = z.object({
  issue: IssueSchema.nullable(),
  pages: z.number().int().min(0),
  furniture: z.array(FurnitureSchema),
  documents: z.array(DocumentSchema),
  diagnostics: z.array(DiagnosticSchema),
  coverage: CoverageSchema,
});
export type Gazette = z.infer<typeof GazetteSchema>;

/** The gazette as parsed with `grammars` (`parseGazette(text, { grammars })`): its documents' union holds their kinds. */
export const gazetteSchema = (grammars: readonly Grammar[]) => GazetteSchema.extend({ documents: z.array(documentSchema(grammars)) });
