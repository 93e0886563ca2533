import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Table, TableRow } from "mdast";
import type { Position } from "../schema/position.js";

/** Small builders and readers of mdast nodes, shared by the Markdown writer and reader. */

export const paragraph = (value: string): Paragraph => ({ type: "paragraph", children: [{ type: "text", value }] });
export const phrasing = (children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });
export const heading = (depth: number, value: string): Heading => ({
  type: "heading",
  depth: depth as Heading["depth"],
  children: value === "" ? [] : [{ type: "text", value }],
});
export const list = (items: ListItem[]): List => ({ type: "list", ordered: false, spread: false, children: items });
export const listItem = (children: ListItem["children"]): ListItem => ({ type: "listItem", spread: false, children });

export function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[]): TableRow => ({
    type: "tableRow",
    children: cells.map((value) => ({ type: "tableCell", children: value === "" ? [] : [{ type: "text", value }] })),
  });
  return { type: "table", align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

/** The text a node shows, Markdown escapes resolved. */
export function plainText(node: Nodes): string {
  if ("value" in node && (node.type === "text" || node.type === "inlineCode")) return node.value;
  if (node.type === "break") return "\n";
  return "children" in node ? node.children.map((child) => plainText(child as Nodes)).join("") : "";
}

/** Where a node stands in the Markdown, in the package's `Position` shape (remark counts as we do). */
export function positionOf(node: Nodes): Position {
  const point = (at: { line: number; column: number; offset?: number | undefined } | undefined) => ({
    line: at?.line ?? 1,
    column: at?.column ?? 1,
    offset: at?.offset ?? 0,
  });
  return { start: point(node.position?.start), end: point(node.position?.end) };
}
