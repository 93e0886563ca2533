import type { Gazette } from "../../schema/gazette.js";
import { readSource } from "../../tokenize/source.js";
import { dataPane } from "./data-pane.js";
import { Links } from "./links.js";
import { pageShell } from "./page.js";
import { sourcePane } from "./source-pane.js";
import { issueHeading, summary } from "./summary.js";

/**
 * The parse report as one self-contained HTML page: a summary, the source text as extracted with what
 * became of each span, and the data per document, linked both ways by the result's positions. `source`
 * is the text that was parsed; every piece of it and of the result is escaped.
 */
export function toHtml(gazette: Gazette, source: string): string {
  // Lines as the parser numbers them, so that the result's positions point at them.
  const input = readSource(source);
  const links = new Links();
  // The data pane registers the values it shows; the source pane then knows which value each line went into.
  const data = dataPane(gazette.documents, links);
  const owners = links.ownersOfLines(input.lineStarts.length);
  return pageShell(`${issueHeading(gazette)} — parse report`, summary(gazette), sourcePane(input, gazette, owners), data);
}
