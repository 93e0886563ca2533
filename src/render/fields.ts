import type { List, ListItem, Nodes } from "mdast";
import { z } from "zod";
import { readDocNumber } from "../../grammars/document.js";
import { DocNumberSchema } from "../schema/common.js";
import { list, listItem, paragraph, plainText, positionOf } from "./mdast.js";

/**
 * A record as a Markdown list of `key: value` items, driven by its zod schema, and back. Keys are the
 * schema's own, so the rendition reads like the JSON it stands for; nested records and arrays become
 * nested lists. A null value or an empty array is left out and read back as null or [].
 */

/** Keys that point into the extracted text: a rendition drops them, the reader sets them from the Markdown. */
export const SOURCE_KEYS: ReadonlySet<string> = new Set(["position", "page"]);

type Schema = z.core.$ZodType;
export type AnyObject = z.ZodObject<z.core.$ZodLooseShape>;
type Fields = Record<string, unknown>;

/** `key: value`, or `key:` before a nested list. */
const FIELD = /^(?<key>[A-Za-z]+):(?: (?<value>.*))?$/s;

const unwrap = (schema: Schema): Schema => (schema instanceof z.ZodNullable ? unwrap(schema.unwrap()) : schema);
/** A record renders as a nested list; a document number, though an object, as its printed text. */
const isRecord = (schema: Schema): schema is AnyObject => schema instanceof z.ZodObject && schema !== DocNumberSchema;

function writeScalar(schema: Schema, value: unknown): string {
  // A document number shows as printed; the reader takes it apart again with the grammar's own pattern.
  return schema === DocNumberSchema ? (value as { text: string }).text : String(value);
}

function writeField(key: string, schema: Schema, value: unknown): ListItem | null {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  const inner = unwrap(schema);
  if (Array.isArray(value) && inner instanceof z.ZodArray) {
    const element = unwrap(inner.element);
    const items = isRecord(element) ? recordList(element, value) : list(value.map((entry) => listItem([paragraph(writeScalar(element, entry))])));
    return listItem([paragraph(`${key}:`), items]);
  }
  if (isRecord(inner)) {
    return listItem([paragraph(`${key}:`), ...optional(fieldList(inner, value))]);
  }
  return listItem([paragraph(`${key}: ${writeScalar(inner, value)}`)]);
}

const optional = <T>(node: T | null): T[] => (node === null ? [] : [node]);

/** The record's fields as a list, but for `skip` (rendered elsewhere) and positions; null when none is left. */
export function fieldList(schema: AnyObject, value: object, skip: ReadonlySet<string> = new Set()): List | null {
  const items = Object.entries(schema.shape).flatMap(([key, field]) =>
    skip.has(key) || SOURCE_KEYS.has(key) ? [] : optional(writeField(key, field, (value as Fields)[key])),
  );
  return items.length === 0 ? null : list(items);
}

/** Records as a list, one item each, the item holding the record's field list. */
export function recordList(schema: AnyObject, records: readonly object[]): List {
  return list(records.map((record) => listItem(optional(fieldList(schema, record)))));
}

/** What the reader needs besides the Markdown: where to report, and the page that parts read back with. */
export interface FieldContext {
  report(node: Nodes, message: string): void;
  /** The first page of the document being read: a part's `page` cannot survive the rendition. */
  page: number;
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

function readScalar(schema: Schema, text: string, node: Nodes, context: FieldContext): unknown {
  if (schema === DocNumberSchema) {
    const docNumber = readDocNumber(text);
    if (docNumber === null) context.report(node, `${text} is not a document number`);
    return docNumber ?? undefined;
  }
  if (schema instanceof z.ZodNumber) {
    if (NUMBER.test(text)) return Number(text);
    context.report(node, `${text === "" ? "An empty value" : text} is not a number`);
    return undefined;
  }
  if (schema instanceof z.ZodBoolean) {
    if (text === "true" || text === "false") return text === "true";
    context.report(node, `${text} is neither true nor false`);
    return undefined;
  }
  return text;
}

function readField(schema: Schema, text: string, nested: List | undefined, item: ListItem, context: FieldContext): unknown {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element);
    if (isRecord(element)) return readRecordList(element, nested, context);
    return (nested?.children ?? []).map((entry) => readScalar(element, entry.children[0] ? plainText(entry.children[0]) : "", entry, context));
  }
  if (isRecord(inner)) return readFields(inner, nested, item, context);
  return readScalar(inner, text, item, context);
}

/** Reads a `recordList` back: each item's position becomes its record's. */
export function readRecordList(schema: AnyObject, records: List | undefined, context: FieldContext): Fields[] {
  return (records?.children ?? []).map((item) => {
    const [first] = item.children;
    return readFields(schema, first?.type === "list" ? first : undefined, item, context);
  });
}

/** The value a field left out of the list stands for. */
function absentValue(key: string, schema: Schema, origin: Nodes, context: FieldContext): unknown {
  if (key === "position") return positionOf(origin);
  if (key === "page") return context.page;
  if (schema instanceof z.ZodNullable) return null;
  if (schema instanceof z.ZodArray) return [];
  return undefined;
}

/**
 * Reads a field list back into a record of `schema`, the fields in `skip` aside (the caller reads them
 * from elsewhere). `origin` is the node the record stands at: its position becomes the record's.
 * A field it cannot read is reported and left undefined, for the schema check to refuse the record.
 */
export function readFields(
  schema: AnyObject,
  fields: List | undefined,
  origin: Nodes,
  context: FieldContext,
  skip: ReadonlySet<string> = new Set(),
): Fields {
  const record: Fields = {};
  for (const item of fields?.children ?? []) {
    const [head, nested] = item.children;
    const found = head?.type === "paragraph" ? FIELD.exec(plainText(head)) : null;
    const key = found?.groups?.key;
    if (key === undefined || !(key in schema.shape) || skip.has(key) || SOURCE_KEYS.has(key)) {
      context.report(item, `Unexpected item ${head ? JSON.stringify(plainText(head).slice(0, 40)) : "(empty)"}: a field of this list is \`key: value\` with one of ${Object.keys(schema.shape).join(", ")}`);
      continue;
    }
    record[key] = readField(schema.shape[key]!, found?.groups?.value ?? "", nested?.type === "list" ? nested : undefined, item, context);
  }
  for (const [key, field] of Object.entries(schema.shape)) {
    if (!(key in record) && !skip.has(key)) record[key] = absentValue(key, field, origin, context);
  }
  return record;
}
