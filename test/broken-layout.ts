/**
 * Prints text the way the gazette's PDF extraction gives it, for tests of texts the fixture does not
 * hold: lines broken at a page width (a paragraph's first line indented two characters), a blank line
 * after every line, `ꎬ` `ꎮ` `ꎻ` for `，` `。` `；`, full-width digits and Latin letters, a space after
 * punctuation and around numbers, ASCII brackets, `«»` for `《》`, and a footer
 * `４ (本文与正式文件同等效力)` closing every page (its number digit-reversed from 10 on), after which
 * the next page's first line starts with a space. Optionally the running header of even pages
 * (`　 广州市人民政府公报 ２０２２ 年第 ８ 期`) and pages whose footer the extraction lost.
 */

/** One printed block: a centred line (title, heading) or a paragraph, perhaps led by `第X条`. */
export type Block = { centred: string } | { paragraph: string; lead?: string };

export interface PrintOptions {
  /** Width of a full line in columns (a CJK character takes two). */
  columns: number;
  /** Printed lines per page. */
  linesPerPage: number;
  /** The number of the first page. */
  firstPage?: number;
  /** The running header printed atop even pages, as the extraction gives it; none by default. */
  runningHeader?: string;
  /** Pages whose footer the extraction lost (their number is then known only from the sequence). */
  footerless?: ReadonlySet<number>;
}

const IDEOGRAPHIC_SPACE = "\u3000";
/** Marks that may not start a line; the line before keeps them, as the typesetter squeezes it. */
const NO_LINE_START = new Set([..."，。；：、）》”"]);
/** What the broken font gives for each punctuation mark, and whether the extractor adds a space after it. */
const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ["，", "ꎬ "],
  ["。", "ꎮ "],
  ["；", "ꎻ "],
  ["：", ": "],
  ["、", "、 "],
  ["（", " ("],
  ["）", ") "],
  ["《", " «"],
  ["》", "» "],
]);

export const columnsOf = (token: string): number => [...token].reduce((sum, c) => sum + (c.codePointAt(0)! <= 0x7f ? 1 : 2), 0);

/** Characters, with runs of Latin letters and digits kept whole (a line never breaks inside `GB 50966`). */
function tokensOf(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9 ./-]*[A-Za-z0-9]|[A-Za-z0-9]|[^A-Za-z0-9]/gu) ?? [];
}

/** Breaks a paragraph into printed lines; the first line is `first` columns wide, the others `columns`. */
export function breakLines(text: string, first: number, columns: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const token of tokensOf(text)) {
    const capacity = lines.length === 0 ? first : columns;
    const fits = width + columnsOf(token) <= capacity || NO_LINE_START.has(token) || line === "";
    if (!fits) {
      lines.push(line);
      line = "";
      width = 0;
    }
    line += token;
    width += columnsOf(token);
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** `2022` → `２０２２`, `GB` → `ＧＢ`, with spaces around the run; `，` → `ꎬ `. */
export function brokenForm(line: string): string {
  let out = "";
  for (const token of tokensOf(line)) {
    const punctuation = PUNCTUATION.get(token);
    if (punctuation !== undefined) out += punctuation;
    else if (/^[A-Za-z0-9]/.test(token)) out += ` ${[...token].map((c) => (c === " " ? c : String.fromCodePoint(c.codePointAt(0)! + 0xfee0))).join("")} `;
    else out += token;
  }
  return out.replace(/ {2,}/g, " ").trim();
}

const fullWidthDigits = (n: number): string => [...String(n)].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join("");
/** The printed page number: from 10 on the extraction gives its digits reversed (`３４` on page 43). */
export const printedPage = (page: number): string => fullWidthDigits(page >= 10 ? Number([...String(page)].reverse().join("")) : page);

/** Prints blocks as extracted text. */
export function printBroken(blocks: readonly Block[], options: PrintOptions): string {
  const printed: string[] = [];
  for (const block of blocks) {
    if ("centred" in block) {
      // A centred line longer than the page (a long title) wraps, each piece centred in turn; the space
      // between names printed side by side (two signing organs) is set as one.
      printed.push(...breakLines(block.centred.replace(/\s{2,}/gu, " "), options.columns, options.columns).map(brokenForm));
      continue;
    }
    // `第一条　 为…`: the lead, an ideographic space, and the space the extractor adds.
    const lead = block.lead === undefined ? "" : block.lead + IDEOGRAPHIC_SPACE;
    const first = options.columns - 4 - columnsOf(lead);
    const lines = breakLines(block.paragraph, first, options.columns).map(brokenForm);
    lines.forEach((line, i) => printed.push(i === 0 && lead !== "" ? `${lead} ${line}` : line));
  }
  const out: string[] = [];
  let page = options.firstPage ?? 1;
  const footer = (): string[] => (options.footerless?.has(page) ? [] : [`${printedPage(page)} (本文与正式文件同等效力)`]);
  printed.forEach((line, i) => {
    const pageTop = i > 0 && i % options.linesPerPage === 0;
    let headed = false;
    if (pageTop) {
      out.push(...footer());
      page += 1;
      headed = options.runningHeader !== undefined && page % 2 === 0;
      if (headed) out.push(options.runningHeader!, "");
    }
    // The page's first line starts with a space, or, under a running header, the header does.
    out.push(pageTop && !headed ? ` ${line}` : line, "");
  });
  out.push(...footer());
  return out.join("\n");
}

const DIGITS = "零一二三四五六七八九";
const UNITS = ["", "十", "百", "千"];
/** 21 → 二十一, 102 → 一百零二, 1010 → 一千零一十: the numerals the articles of a long regulation carry. */
function chineseNumber(n: number): string {
  const digits = [...String(n)].map(Number);
  let out = "";
  let zero = false;
  digits.forEach((digit, i) => {
    const place = digits.length - 1 - i;
    if (digit === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    // 十二, not 一十二; but 一百一十二.
    out += (digit === 1 && place === 1 && out === "" ? "" : DIGITS[digit]!) + UNITS[place]!;
  });
  return out;
}

/** `count` one-paragraph articles, every tenth with a second paragraph, each line unlike the others. */
export function manyArticles(count: number): Block[] {
  return Array.from({ length: count }, (_, i): Block[] => {
    const number = i + 1;
    const article: Block = { lead: `第${chineseNumber(number)}条`, paragraph: `第${number}项事务由有关部门按照职责分工负责办理，具体办法由第${number}项事务的主管部门另行制定。` };
    return number % 10 === 0 ? [article, { paragraph: "前款规定的事务，涉及两个以上部门的，由市人民政府指定的部门牵头办理。" }] : [article];
  }).flat();
}
