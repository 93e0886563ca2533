import { z } from "zod";
import { parseChineseNumeral } from "../text/numerals.js";
import { documentSchema } from "../schema/document.js";
import { GazetteSchema, IssueSchema } from "../schema/gazette.js";
import type { SectionRefSchema, SubsectionRefSchema } from "../schema/task.js";
import type { AnyObject } from "./fields.js";

/**
 * The shape of the Markdown rendition, shared by its writer and its reader: heading depths, the titles of
 * a document's sections, and the headings that carry numbers.
 *
 *     # 广州市人民政府公报                         issue title (empty heading: no issue)
 *     - year / number / pages
 *     ## 广州市人民政府关于印发…的通知             a document (empty heading: no title)
 *     - kind / issuer / docNumber / …             its envelope as a field list
 *     ### 正文                                    its outline, one nested list item per node
 *     ### 任务 | 计提比例表 | 规章 | 任免            what its kind adds
 *     ### 转发：广东省人民政府办公厅转发…的通知       a forwarded document, one level deeper, recursively
 */

export const ISSUE_DEPTH = 1;
export const DOCUMENT_DEPTH = 2;

export const SECTION = {
  body: "正文",
  tasks: "任务",
  levy: "计提比例表",
  regulation: "规章",
  notices: "任免",
} as const;

/** Prefixes the title of a forwarded document, which a section title could otherwise be taken for. */
export const FORWARDED_PREFIX = "转发：";

/** What the issue heading does not show: the issue's number and year, and the page count. */
export const IssueFieldsSchema = z.object({
  year: IssueSchema.shape.year.nullable(),
  number: IssueSchema.shape.number.nullable(),
  pages: GazetteSchema.shape.pages,
});

/** The schema of each kind's documents in the union of a parse's kinds (`documentSchema`). */
export function kindSchemas(union: ReturnType<typeof documentSchema>): ReadonlyMap<string, AnyObject> {
  return new Map(union.options.map((schema) => [schema.shape.kind.value, schema]));
}

/** Fields with a place of their own (the heading, a section), not in the envelope's field list. */
export const OWN_PLACE = new Set(["title", "body", "forwarded", "tasks", "sections", "levyTable", "regulation", "notices"]);

type SectionRef = z.infer<typeof SectionRefSchema>;
type SubsectionRef = z.infer<typeof SubsectionRefSchema>;
type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/** `一 加快构建现代产业体系`: the ordinal is read from the numeral. */
export const sectionHeading = (section: SectionRef): string => `${section.numeral} ${section.title}`;
export function readSectionHeading(text: string): Read<SectionRef> {
  const found = /^(?<numeral>\S+) (?<title>.+)$/su.exec(text);
  if (!found?.groups) return { ok: false, reason: `${JSON.stringify(text)} is not a section heading (\`一 标题\`)` };
  const ordinal = parseChineseNumeral(found.groups.numeral!);
  if (!ordinal.ok) return { ok: false, reason: ordinal.reason };
  return { ok: true, value: { numeral: found.groups.numeral!, ordinal: ordinal.value, title: found.groups.title! } };
}

/** `（1）坚持制造业立市不动摇` */
export const subsectionHeading = (subsection: SubsectionRef): string => `（${subsection.ordinal}）${subsection.title}`;
export function readSubsectionHeading(text: string): Read<SubsectionRef> {
  const found = /^（(?<ordinal>\d+)）(?<title>.+)$/su.exec(text);
  if (!found?.groups) return { ok: false, reason: `${JSON.stringify(text)} is not a subsection heading (\`（1）标题\`)` };
  return { ok: true, value: { ordinal: Number(found.groups.ordinal), title: found.groups.title! } };
}

/** `第1章 总则`; `第0章` for the chapter of a regulation without chapters. */
export const chapterHeading = (number: number, title: string | null): string => `第${number}章${title === null ? "" : ` ${title}`}`;
export function readChapterHeading(text: string): Read<{ number: number; title: string | null }> {
  const found = /^第(?<number>\d+)章(?: (?<title>.*))?$/su.exec(text);
  if (!found?.groups) return { ok: false, reason: `${JSON.stringify(text)} is not a chapter heading (\`第1章 标题\`)` };
  return { ok: true, value: { number: Number(found.groups.number), title: found.groups.title ?? null } };
}

/** `第1条` */
export const articleHeading = (number: number): string => `第${number}条`;
export function readArticleHeading(text: string): Read<number> {
  const found = /^第(?<number>\d+)条$/u.exec(text);
  return found?.groups ? { ok: true, value: Number(found.groups.number) } : { ok: false, reason: `${JSON.stringify(text)} is not an article heading (\`第1条\`)` };
}

