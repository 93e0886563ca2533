/**
 * Bytes to gazette text, as the CLI reads files and `parseGazette` reads a `Uint8Array`: UTF-16 when a
 * byte order mark says so (PowerShell 5's `>` writes UTF-16LE with one), else UTF-8 when the bytes are
 * valid UTF-8, else GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese government
 * text files), which `TextDecoder` reads natively.
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding }
  | {
      ok: false;
      /** `empty`: no bytes (or a byte order mark alone); `binary`: not text; `encoding`: no encoding read it. */
      problem: "empty" | "binary" | "encoding";
      message: string;
    };

const BYTE_ORDER_MARKS: readonly { encoding: TextEncoding; bytes: readonly number[] }[] = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

const NUL = 0;
/** How far git looks for a NUL byte to call a file binary (`buffer_is_binary`, xdiff). */
const BINARY_SNIFF_LENGTH = 8000;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);

/** Decodes with `encoding`, or `null` when the bytes are not valid in it. The decoder drops a leading BOM. */
function tryDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes the bytes of a gazette text; what cannot be read as text comes back with the reason. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const marked = BYTE_ORDER_MARKS.find((mark) => startsWith(bytes, mark.bytes));
  if (bytes.length === (marked?.bytes.length ?? 0)) return { ok: false, problem: "empty", message: "the file is empty" };
  if (marked) {
    const text = tryDecode(bytes, marked.encoding);
    return text === null
      ? { ok: false, problem: "encoding", message: `the bytes are not valid ${marked.encoding.toUpperCase()} although a byte order mark says so` }
      : { ok: true, text, encoding: marked.encoding };
  }
  // As git decides: a NUL among the first 8,000 bytes. A stray one further on is text with a control character.
  if (bytes.subarray(0, BINARY_SNIFF_LENGTH).includes(NUL)) return { ok: false, problem: "binary", message: "the file is binary, not text" };
  for (const encoding of ["utf-8", "gb18030"] as const) {
    const text = tryDecode(bytes, encoding);
    if (text !== null) return { ok: true, text, encoding };
  }
  return { ok: false, problem: "encoding", message: "unsupported encoding (neither UTF-8, UTF-16 with a byte order mark, nor GB18030)" };
}
