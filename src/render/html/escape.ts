const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;

/** Text as HTML text or attribute value: the gazette's text is untrusted input and must never become markup. */
export const escapeHtml = (text: string): string => text.replace(SPECIAL, (character) => ENTITIES[character]!);

/** `<tag attributes>text</tag>` with the text escaped; attributes are written by the caller, escaped. */
export const element = (tag: string, attributes: string, text: string): string =>
  `<${tag}${attributes === "" ? "" : ` ${attributes}`}>${escapeHtml(text)}</${tag}>`;
