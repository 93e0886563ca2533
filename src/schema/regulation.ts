import { z } from "zod";
import { AttachmentSchema } from "./attachment.js";
import { PositionSchema } from "./position.js";

/**
 * A numbered item (项) or sub-item (目) of an article: `（一）` is level 1, `1.` level 2, `（1）` level 3.
 * Every item opens a paragraph of its own; `paragraph` is that paragraph's index in `paragraphs`.
 */
export const ArticleItemSchema = z.object({
  marker: z.string().min(1),
  level: z.number().int().min(1).max(3),
  number: z.number().int().min(0),
  paragraph: z.number().int().min(0),
});
export type ArticleItem = z.infer<typeof ArticleItemSchema>;

export const ArticleSchema = z.object({
  number: z.number().int().min(1),
  /** The article's paragraphs (款), `第X条` left out; an item's paragraph keeps its marker. */
  paragraphs: z.array(z.string()),
  items: z.array(ArticleItemSchema),
  page: z.number().int().min(1),
  position: PositionSchema,
});
export type Article = z.infer<typeof ArticleSchema>;

/** A section (第X节) of a chapter: its number, its title and the numbers of its articles. */
export const ChapterSectionSchema = z.object({
  number: z.number().int().min(1),
  title: z.string(),
  articles: z.array(z.number().int().min(1)),
});
export type ChapterSection = z.infer<typeof ChapterSectionSchema>;

/** A chapter (第X章); a regulation without chapters has one with number 0 and title null. */
export const ChapterSchema = z.object({
  number: z.number().int().min(0),
  title: z.string().nullable(),
  /** Every article of the chapter, in order, whichever section it stands in. */
  articles: z.array(ArticleSchema),
  /** The chapter's sections; empty when it has none. */
  sections: z.array(ChapterSectionSchema),
});
export type Chapter = z.infer<typeof ChapterSchema>;

/**
 * A law, document or standard that the text cites: a title in 《》, a document number (`穗府〔2021〕12号`),
 * a decree's number in brackets after its title (`广州市人民政府令第80号`), a standard (`GB 50016-2014`).
 */
export const ReferenceSchema = z.object({
  kind: z.enum(["title", "doc-number", "decree-number", "standard"]),
  text: z.string().min(1),
  /** The article that cites it; null outside articles. */
  article: z.number().int().nullable(),
  position: PositionSchema,
});
export type Reference = z.infer<typeof ReferenceSchema>;

/** `自2022年3月1日起施行，有效期3年` → from 2022-03-01, 3 years, until 2025-02-28. */
export const EffectiveSchema = z.object({
  from: z.iso.date(),
  validYears: z.number().int().min(1).nullable(),
  until: z.iso.date().nullable(),
});
export type Effective = z.infer<typeof EffectiveSchema>;

export const RegulationSchema = z.object({
  title: z.string().min(1),
  /** The note in brackets under the title, brackets left out: `2023年3月20日广州市人民政府令第186号公布 自2023年6月1日起施行`. */
  note: z.string().nullable().default(null),
  chapters: z.array(ChapterSchema),
  references: z.array(ReferenceSchema),
  effective: EffectiveSchema.nullable(),
  /** What it prints after its last article: `附件：…` and the attachments themselves. */
  attachments: z.array(AttachmentSchema),
});
export type Regulation = z.infer<typeof RegulationSchema>;
