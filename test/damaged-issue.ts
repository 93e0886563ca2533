import { fixtureText } from "./support.js";

/**
 * The bundled issue with three lines of a task row's cooperating units (input lines 700–702, page 8)
 * replaced by text that no grammar takes: markup and entities that must reach the HTML report as text.
 */
export const JUNK_FIRST_LINE = 700;
export const JUNK_LINES = ['<img src="x.png" onerror="alert(1)">', "</div><script>alert(2)</script>", "&lt;乱码 @@@ ### &amp;"];

const lines = fixtureText.split("\n");
lines.splice(JUNK_FIRST_LINE - 1, JUNK_LINES.length, ...JUNK_LINES);
export const damagedText = lines.join("\n");
