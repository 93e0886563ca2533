import { z } from "zod";
import { DocNumberSchema } from "./common.js";
import { PositionSchema } from "./position.js";

/** `广州市第十五届人民代表大会常务委员会第六十五次会议决定：` → body, term 15, session 65. */
export const DecisionBodySchema = z.object({
  /** The deciding body without its term and session: `广州市人民代表大会常务委员会`, `广州市人民政府`. */
  body: z.string().min(1),
  term: z.number().int().nullable(),
  session: z.number().int().nullable(),
  /** The date of the decision, printed as a line of its own under the heading's notices: `2023年1月5日`; null where none is. */
  date: z.iso.date().nullable(),
});
export type DecisionBody = z.infer<typeof DecisionBodySchema>;

/**
 * One person's appointment to, removal from, confirmation in, resignation from (`接受…辞去…职务的请求`) or
 * acting in (`代理…职务`) one office.
 */
export const NoticeSchema = z.object({
  action: z.enum(["appoint", "remove", "confirm", "resign", "act"]),
  person: z.string().min(2).max(4),
  /** `广州开发区管委会`; null where the grammar cannot tell the organization from the post. */
  organization: z.string().nullable(),
  /** `主任`; the whole office where `organization` is null. */
  post: z.string().min(1),
  /** Whether the office is held concurrently (`兼任`): appointed to as a second office, or removed from one. */
  concurrent: z.boolean(),
  /**
   * The note printed in parentheses after the office (`挂职一年`), or as a clause of its own after it
   * (`…副局长，试用期一年`, `…职务，退休`); both, as printed, where it has both.
   */
  note: z.string().nullable(),
  decidedBy: DecisionBodySchema.nullable(),
  docNumber: DocNumberSchema.nullable(),
  effectiveFrom: z.iso.date().nullable(),
  page: z.number().int().min(1),
  position: PositionSchema,
});
export type Notice = z.infer<typeof NoticeSchema>;
