import type { Envelope, ForwardedDocument, OutlineNode } from "../../schema/common.js";
import type { Document } from "../../schema/document.js";
import { levyPart, personnelPart, regulationPart, taskPart } from "./document-parts.js";
import { element, escapeHtml } from "./escape.js";
import type { Links } from "./links.js";

/** The envelope's fields that have a value, as the data model names them. */
function envelopeList(envelope: Envelope): string {
  const fields: Array<[string, string | null]> = [
    ["issuer", envelope.issuer],
    ["docNumber", envelope.docNumber?.text ?? null],
    ["decreeNumber", envelope.decreeNumber === null ? null : String(envelope.decreeNumber)],
    ["addressees", envelope.addressees.join("、") || null],
    ["signedBy", envelope.signedBy],
    ["date", envelope.date],
    ["attachments", envelope.attachments.join("；") || null],
    ["disclosure", envelope.disclosure],
    ["registrationCode", envelope.registrationCode],
    ["pages", envelope.pages.from === envelope.pages.to ? String(envelope.pages.from) : `${envelope.pages.from}–${envelope.pages.to}`],
  ];
  const rows = fields.filter(([, value]) => value !== null).map(([key, value]) => `<dt>${key}</dt>${element("dd", "", value!)}`);
  return `<dl class="envelope">${rows.join("")}</dl>`;
}

const countNodes = (nodes: readonly OutlineNode[]): number => nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);

function outlineList(nodes: readonly OutlineNode[], links: Links): string {
  const items = nodes.map((node) => {
    const head = [node.marker === null ? "" : element("b", "", node.marker), node.heading === null ? "" : element("i", "", node.heading)].join(" ");
    const paragraphs = node.paragraphs.map((paragraph) => element("p", "", paragraph)).join("");
    const children = node.children.length === 0 ? "" : outlineList(node.children, links);
    return `<li ${links.attributes(node.position)}>${head}${paragraphs}${children}</li>`;
  });
  return `<ul class="outline">${items.join("\n")}</ul>`;
}

function outline(body: readonly OutlineNode[], links: Links): string {
  if (body.length === 0) return "";
  return `<details class="body"><summary>body: outline (${countNodes(body)} nodes)</summary>${outlineList(body, links)}</details>`;
}

function forwardedBlock(document: ForwardedDocument, links: Links): string {
  return [
    `<section class="forwarded" ${links.attributes(document.position)}>`,
    element("h4", "", `forwarded: ${document.title ?? "(no title)"}`),
    envelopeList(document),
    outline(document.body, links),
    ...document.forwarded.map((child) => forwardedBlock(child, links)),
    "</section>",
  ].join("\n");
}

function kindPart(document: Document, links: Links): string {
  switch (document.kind) {
    case "task-assignment":
      return taskPart(document, links);
    case "levy-notice":
      return levyPart(document);
    case "regulation":
      return regulationPart(document, links);
    case "personnel":
      return personnelPart(document, links);
    case "generic":
      return "";
  }
}

/** One section per document: kind and title, envelope, outline, what it forwards, what its kind adds. */
function documentBlock(document: Document, index: number, links: Links): string {
  // The document is registered first, so that its parts, registered after, win the lines they share.
  const attributes = links.attributes(document.position);
  return [
    `<section class="document kind-${document.kind}" ${attributes}>`,
    `<h3><span class="kind">${escapeHtml(document.kind)}</span> ${escapeHtml(`${index + 1}. ${document.title ?? "(no title)"}`)}</h3>`,
    envelopeList(document),
    outline(document.body, links),
    ...document.forwarded.map((child) => forwardedBlock(child, links)),
    kindPart(document, links),
    "</section>",
  ].join("\n");
}

/** The right pane: the data, per document. */
export function dataPane(documents: readonly Document[], links: Links): string {
  const blocks = documents.length === 0 ? [element("p", 'class="missing"', "no documents")] : documents.map((document, index) => documentBlock(document, index, links));
  return `<section id="data" class="pane" aria-label="data">\n${blocks.join("\n")}\n</section>`;
}
