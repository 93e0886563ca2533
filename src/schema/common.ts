import { z } from "zod";
import { PositionSchema } from "./position.js";

/** `穗府〔2022〕2号` → `{ prefix: "穗府", year: 2022, serial: 2, text: "穗府〔2022〕2号" }`. */
export const DocNumberSchema = z.object({
  prefix: z.string().min(1),
  year: z.number().int(),
  serial: z.number().int().min(0),
  text: z.string().min(1),
});
export type DocNumber = z.infer<typeof DocNumberSchema>;

export const PageRangeSchema = z.object({ from: z.number().int().min(1), to: z.number().int().min(1) });
export type PageRange = z.infer<typeof PageRangeSchema>;

/** A node of an official document's numbering hierarchy: `一、` → `（一）` → `1.` → `（1）`. */
export interface OutlineNode {
  /** The numbering as printed, e.g. `一、`, `（一）`; null for text before the first number. */
  marker: string | null;
  /** 1 for `一、`, 2 for `（一）`, 3 for `1.`, 4 for `（1）`; 0 for unnumbered text. */
  level: number;
  ordinal: number | null;
  /** The heading: the text after the marker up to the first full stop, or the whole line of a short heading. */
  heading: string | null;
  paragraphs: string[];
  children: OutlineNode[];
  page: number;
  position: z.infer<typeof PositionSchema>;
}

export const OutlineNodeSchema: z.ZodType<OutlineNode> = z.object({
  marker: z.string().nullable(),
  level: z.number().int().min(0).max(4),
  ordinal: z.number().int().nullable(),
  heading: z.string().nullable(),
  paragraphs: z.array(z.string()),
  get children() {
    return z.array(OutlineNodeSchema);
  },
  page: z.number().int().min(1),
  position: PositionSchema,
});

/**
 * `《…》已经2023年3月2日市政府第16届45次常务会议通过`: the meeting that adopted what a decree issues, as
 * printed, and its date (null when the sentence prints none).
 */
export const AdoptionSchema = z.object({
  meeting: z.string().min(1),
  date: z.iso.date().nullable(),
});
export type Adoption = z.infer<typeof AdoptionSchema>;

/** What every document has: the envelope of an official document (公文). */
export const EnvelopeSchema = z.object({
  issuer: z.string().nullable(),
  docNumber: DocNumberSchema.nullable(),
  /** `第185号` under `广州市人民政府令`: a decree's number, which has no year. */
  decreeNumber: z.number().int().min(1).nullable(),
  title: z.string().nullable(),
  addressees: z.array(z.string()),
  body: z.array(OutlineNodeSchema),
  /** `广州市人民政府`; the organs of a joint document joined with `、`, in print order; a decree's `市长某某`. */
  signedBy: z.string().nullable(),
  date: z.iso.date().nullable(),
  attachments: z.array(z.string()),
  disclosure: z.string().nullable(),
  registrationCode: z.string().nullable(),
  /** A decree's adoption (`…经…常务会议审议通过`); null for other documents and when none is printed. */
  adoptedAt: AdoptionSchema.nullable(),
  /** The imprint's (版记) `抄送：…`: the bodies sent a copy, split like the addressees. */
  copiedTo: z.array(z.string()),
  /** The imprint's printing organ: `广州市人民政府办公厅秘书处` of `…秘书处 2024年7月29日印发`. */
  printedBy: z.string().nullable(),
  /** The imprint's printing day, which `自印发之日起施行` counts from. */
  printedOn: z.iso.date().nullable(),
  pages: PageRangeSchema,
  position: PositionSchema,
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** A document that another one forwards (转发), with what it forwards in turn. */
export interface ForwardedDocument extends Envelope {
  forwarded: ForwardedDocument[];
}
export const ForwardedDocumentSchema: z.ZodType<ForwardedDocument> = EnvelopeSchema.extend({
  get forwarded() {
    return z.array(ForwardedDocumentSchema);
  },
});
