import { createHash } from "node:crypto";
import { escapeHtml } from "./escape.js";
import { SCRIPT } from "./script.js";
import { STYLE } from "./style.js";

const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("base64");

/**
 * The policy allows nothing from anywhere and, of scripts, only the report's own by its hash: even text that
 * escaped escaping could neither run nor load anything, and the file works from `file://` alone.
 */
const POLICY = `default-src 'none'; script-src 'sha256-${sha256(SCRIPT)}'; style-src 'unsafe-inline'; img-src data:`;

/** The HTML document around the summary and the two panes, with its style sheet and script inline. */
export function pageShell(title: string, summary: string, sourcePane: string, dataPane: string): string {
  return [
    "<!doctype html>",
    '<html lang="zh-Hans">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    summary,
    "<main>",
    sourcePane,
    dataPane,
    "</main>",
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
