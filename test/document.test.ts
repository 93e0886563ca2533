import { describe, expect, it } from "vitest";
import { segmentDocument } from "../grammars/document.js";
import { readMarker } from "../grammars/outline.js";
import { isInForce } from "../grammars/effective.js";
import { parseGazette } from "../src/parse.js";
import type { Document } from "../src/schema/document.js";
import { GazetteSchema } from "../src/schema/gazette.js";
import { printBroken, type Block, type PrintOptions } from "./broken-layout.js";
import { blocksOf, webLines } from "./corpus.js";
import { fixtureLines, fixtureText, prepare, sourceAt } from "./support.js";

describe("segmentDocument on the fixture", () => {
  it("reads the envelope of 穗府〔2022〕2号 (lines 1–26)", () => {
    const { lines, context } = fixtureLines(1, 2998);
    const { envelope, body, annex } = segmentDocument(lines, context);
    expect(envelope.issuer).toBe("广州市人民政府");
    expect(envelope.docNumber).toEqual({ prefix: "穗府", year: 2022, serial: 2, text: "穗府〔2022〕2号" });
    expect(envelope.title).toBe("广州市人民政府关于印发2022年市政府工作报告部署工作责任分工的通知");
    expect(envelope.addressees).toEqual(["各区人民政府", "市政府各部门", "各直属机构"]);
    expect(envelope.signedBy).toBe("广州市人民政府");
    expect(envelope.date).toBe("2022-02-14");
    expect(envelope.disclosure).toBe("主动公开");
    expect(body.filter((line) => line.text).map((line) => line.number)).toEqual([10, 12, 14, 16, 18, 20, 22]);
    // What the notice issues: the table, from its title on.
    expect(annex.find((line) => line.text)?.text).toBe("2022年市政府工作报告部署工作责任分工");
    expect(sourceAt(fixtureText, envelope.position).startsWith("广州市人民政府文件")).toBe(true);
  });

  it("nests the forwarded notice and the opinion it forwards under 穗府办规〔2022〕3号", () => {
    const { lines, context } = fixtureLines(3000, 3409);
    const segment = segmentDocument(lines, context);
    expect(segment.envelope.registrationCode).toBe("GZ0220220003");
    expect(segment.envelope.date).toBe("2022-02-21");
    expect(segment.envelope.attachments).toEqual(["广州市征地社保费计提比例表"]);
    const [notice] = segment.forwarded;
    expect(notice?.envelope.docNumber?.text).toBe("粤府办〔2021〕22号");
    expect(notice?.envelope.title).toBe("广东省人民政府办公厅转发省人力资源社会保障厅关于进一步完善我省被征地农民养老保障政策意见的通知");
    expect(notice?.envelope.date).toBe("2021-07-06");
    expect(notice?.envelope.addressees).toEqual(["各地级以上市人民政府", "各县（市、区）人民政府", "省政府各部门", "各直属机构"]);
    const [opinion] = notice!.forwarded;
    expect(opinion?.envelope.title).toBe("关于进一步完善我省被征地农民养老保障政策的意见");
    expect(opinion?.envelope.issuer).toBe("省人力资源社会保障厅");
    expect(segment.annex.find((line) => line.text)?.text).toBe("附件");
  });
});

describe("outline", () => {
  it("rebuilds the numbering of the opinion: 一、 … 八、 with （一） … under them", () => {
    const { lines, context } = fixtureLines(3000, 3409);
    const opinion = segmentDocument(lines, context).forwarded[0]!.forwarded[0]!;
    const points = opinion.envelope.body.filter((node) => node.level === 1);
    expect(points.map((node) => node.heading)).toEqual([
      "指导思想和基本原则",
      "征地社保费筹集",
      "征地社保费补贴对象认定",
      "征地社保费发放",
      "征地社保费管理",
      "落实留存资金分配",
      "工作要求",
      "其他事项",
    ]);
    expect(points[0]!.children.map((node) => node.heading)).toEqual([
      "坚持制度保障，确保政策落实。",
      "坚持“先保后征”，合理确定标准。",
      "坚持专款专用，及时补贴到人。",
      "坚持协同推进，注重政策衔接。",
    ]);
    expect(points[3]!.paragraphs).toHaveLength(2);
    expect(points[3]!.paragraphs[1]!.startsWith("被征地农民参加城乡居民基本养老保险的，")).toBe(true);
    expect(points[3]!.paragraphs[1]!.endsWith("从次月起按新标准发放。")).toBe(true);
    expect(sourceAt(fixtureText, points[6]!.position)).toBe("七、 工作要求");
  });

  it("numbers the third level `1.` or `1、`, never a decimal (`1.5倍`)", () => {
    expect([readMarker("1.加强组织领导。"), readMarker("2、强化督促检查。"), readMarker("1.5倍以上的，从重处理。")]).toEqual([
      { level: 3, marker: "1.", ordinal: 1, problem: null },
      { level: 3, marker: "2、", ordinal: 2, problem: null },
      null,
    ]);
  });
});

describe("parseGazette", () => {
  const gazette = parseGazette(fixtureText);

  it("finds the issue, its pages and its numbered documents in order", () => {
    expect(gazette.issue).toEqual({ title: "广州市人民政府公报", year: 2022, number: 8 });
    expect(gazette.pages).toBe(48);
    const numbered = gazette.documents.filter((document) => document.docNumber);
    expect(numbered.map((document) => [document.docNumber!.text, document.date])).toEqual([
      ["穗府〔2022〕2号", "2022-02-14"],
      ["穗府办规〔2022〕3号", "2022-02-21"],
      ["穗工信规字〔2022〕1号", "2022-01-18"],
    ]);
    expect(numbered.map((document) => document.pages)).toEqual([
      { from: 1, to: 34 },
      { from: 35, to: 42 },
      { from: 43, to: expect.any(Number) },
    ]);
    expect(numbered[1]!.forwarded[0]!.date).toBe("2021-07-06");
    expect(numbered[2]!.registrationCode).toBe("GZ0320220007");
  });

  it("gives each document to the grammar of its kind, and the whole passes GazetteSchema", () => {
    expect(gazette.documents.map((document) => document.kind)).toEqual(["task-assignment", "levy-notice", "regulation", "personnel"]);
    expect(gazette.documents[3]!.pages).toEqual({ from: 48, to: 48 });
    expect(GazetteSchema.safeParse(gazette).success).toBe(true);
  });

  it("finds no imprint and no adoption in the fixture, whose documents print none", () => {
    expect(gazette.documents.map((document) => [document.copiedTo, document.printedBy, document.printedOn, document.adoptedAt])).toEqual(
      gazette.documents.map(() => [[], null, null, null]),
    );
    expect(gazette.documents.map((document) => document.disclosure)).toEqual(["主动公开", "主动公开", "主动公开", null]);
  });

  it("reports no errors on the fixture", () => {
    expect(gazette.diagnostics.filter((diagnostic) => diagnostic.fatal)).toEqual([]);
  });

  it("never throws on broken input and reports an impossible date", () => {
    const text = ["广州市人民政府文件", "穗府〔2022〕9号", "关于测试的通知", "各区人民政府：", "正文。", "广州市人民政府", "2022年2月30日"].join("\n");
    const result = parseGazette(text);
    expect(result.diagnostics.find((diagnostic) => diagnostic.ruleId === "invalid-date")).toMatchObject({ line: 7, fatal: true });
    expect(() => parseGazette("\u0000\uD800((((一、\n\n")).not.toThrow();
  });

  it("reads a document that no grammar knows as generic, with its envelope and outline", () => {
    const text = [
      " 广州市人民政府办公厅文件",
      "穗府办函 〔２０２２〕 ５ 号",
      "",
      "广州市人民政府办公厅关于做好防汛",
      "",
      "工作的通知",
      "",
      "各区人民政府ꎬ 市政府各部门:",
      "",
      "一、 总体要求",
      "",
      "做好防汛工作ꎮ",
      "",
      "(一) 加强值守ꎮ 各单位要安排专人值班ꎮ",
      "",
      "二、 工作措施",
      "",
      "落实责任ꎮ",
      "",
      "广州市人民政府办公厅",
      "",
      "２０２２ 年 ５ 月 ６ 日",
      "",
      "１(本文与正式文件同等效力)",
    ].join("\n");
    const result = parseGazette(text);
    const [document] = result.documents;
    expect(document).toMatchObject({
      kind: "generic",
      issuer: "广州市人民政府办公厅",
      docNumber: { prefix: "穗府办函", year: 2022, serial: 5, text: "穗府办函〔2022〕5号" },
      title: "广州市人民政府办公厅关于做好防汛工作的通知",
      addressees: ["各区人民政府", "市政府各部门"],
      date: "2022-05-06",
      pages: { from: 1, to: 1 },
    });
    expect(document!.body.map((node) => [node.marker, node.heading, node.paragraphs])).toEqual([
      ["一、", "总体要求", ["做好防汛工作。"]],
      ["二、", "工作措施", ["落实责任。"]],
    ]);
    expect(document!.body[0]!.children.map((node) => [node.marker, node.heading, node.paragraphs])).toEqual([
      ["（一）", "加强值守。", ["各单位要安排专人值班。"]],
    ]);
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(["unknown-document-kind"]);
    expect(result.diagnostics[0]!.severity).toBe("info");
  });

  /** A generic document in the broken layout: header, number, title lines, then the lines given. */
  const genericDocument = (title: string[], rest: string[]) =>
    parseGazette(
      [" 广州市人民政府办公厅文件", "穗府办函 〔２０２２〕 ７ 号", ...title, ...rest, "广州市人民政府办公厅", "２０２２ 年 ６ 月 １ 日"].join("\n\n"),
    ).documents[0]!;

  it("reads addressees that do not start with 各 (市政府各部门、各直属机构：)", () => {
    const document = genericDocument(["广州市人民政府办公厅关于开展安全", "生产大检查的通知"], ["市政府各部门、 各直属机构:", "现将有关事项通知如下:", "一、 检查范围", "全市各类生产经营单位ꎮ"]);
    expect(document).toMatchObject({ title: "广州市人民政府办公厅关于开展安全生产大检查的通知", addressees: ["市政府各部门", "各直属机构"] });
    expect(document.body.map((node) => [node.marker, node.heading, node.paragraphs])).toEqual([
      [null, null, ["现将有关事项通知如下："]],
      ["一、", "检查范围", ["全市各类生产经营单位。"]],
    ]);
  });

  it("reads one addressee body (市教育局：) of a reply", () => {
    const document = genericDocument(["广州市人民政府办公厅关于同意设立", "某某学校的批复"], ["市教育局:", "你局来文收悉ꎮ 经研究ꎬ 同意设立ꎮ"]);
    expect(document).toMatchObject({ title: "广州市人民政府办公厅关于同意设立某某学校的批复", addressees: ["市教育局"] });
  });

  it("ends a title without addressees where the body begins (通告)", () => {
    const document = genericDocument(["广州市人民政府办公厅关于禁止燃放", "烟花爆竹的通告"], ["为保障公共安全ꎬ 根据有关规定ꎬ 现通告如下:", "一、 全市行政区域内禁止燃放烟花爆竹ꎮ"]);
    expect(document).toMatchObject({ title: "广州市人民政府办公厅关于禁止燃放烟花爆竹的通告", addressees: [] });
    expect(document.body[0]).toMatchObject({ paragraphs: ["为保障公共安全，根据有关规定，现通告如下："] });
  });

  it("cuts a decree (令) from the document before it and reads its number, signer and the regulation it issues", () => {
    const text = [
      " 广州市人民政府办公厅文件",
      "穗府办函 〔２０２２〕 ５ 号",
      "广州市人民政府办公厅关于做好防汛工作的通知",
      "各区人民政府ꎬ 市政府各部门:",
      "做好防汛工作ꎮ",
      "广州市人民政府办公厅",
      "２０２２ 年 ５ 月 ６ 日",
      "广州市人民政府令",
      "第 １８５ 号",
      "«广州市电梯安全",
      "管理规定» 已于 ２０２２ 年 ３ 月 １ 日经市人民政府第 １６ 届",
      "第 ５ 次常务会议审议通过ꎬ 现予公布ꎬ 自 ２０２２ 年 ５ 月 １ 日起施行ꎮ",
      "市长 郭永航",
      "２０２２ 年 ３ 月 ２０ 日",
      "广州市电梯安全管理规定",
      "第一章 总 则",
      "第一条 为了加强电梯安全管理ꎬ 预防和减少电梯事故ꎬ 根据有关法律法规ꎬ",
      "结合本市实际ꎬ 制定本规定ꎮ",
      "第二条 本市行政区域内电梯的使用和监督管理ꎬ 适用本规定ꎮ",
      "第二章 附 则",
      "第三条 本规定自 ２０２２ 年 ５ 月 １ 日起施行ꎮ",
      "１(本文与正式文件同等效力)",
    ].join("\n\n");
    const result = parseGazette(text);
    expect(result.documents.map((document) => document.kind)).toEqual(["generic", "regulation"]);
    const [notice, decree] = result.documents;
    expect(notice).toMatchObject({ title: "广州市人民政府办公厅关于做好防汛工作的通知", signedBy: "广州市人民政府办公厅", decreeNumber: null });
    expect(decree).toMatchObject({
      issuer: "广州市人民政府",
      docNumber: null,
      decreeNumber: 185,
      title: "广州市电梯安全管理规定",
      signedBy: "市长郭永航",
      date: "2022-03-20",
    });
    expect(decree!.body[0]!.paragraphs).toEqual([
      "《广州市电梯安全管理规定》已于2022年3月1日经市人民政府第16届第5次常务会议审议通过，现予公布，自2022年5月1日起施行。",
    ]);
    const regulation = decree!.kind === "regulation" ? decree!.regulation : null;
    expect(regulation?.chapters.map((chapter) => [chapter.title, chapter.articles.map((article) => article.number)])).toEqual([
      ["总则", [1, 2]],
      ["附则", [3]],
    ]);
    expect(regulation?.effective).toMatchObject({ from: "2022-05-01" });
    // One page, and nothing to report but the notice that no grammar knows.
    expect(result.pages).toBe(1);
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(["unknown-document-kind"]);
  });

  it("knows the other words a title ends with (通报, 要点, 计划, 指引…)", () => {
    for (const word of ["通报", "要点", "计划", "指引", "清单", "决议"]) {
      const document = genericDocument([`广州市人民政府办公厅关于2021年度安全生产考核结果的${word}`], ["２０２１ 年ꎬ 各区按要求完成考核工作ꎮ"]);
      expect(document.title).toBe(`广州市人民政府办公厅关于2021年度安全生产考核结果的${word}`);
    }
  });

  it("refuses input over the configured size with a diagnostic", () => {
    const result = parseGazette("正文".repeat(100), { maxInputLength: 50 });
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(["input-too-large"]);
  });

  it("segments text that a document grammar does not know as a generic document", () => {
    const { lines, context } = prepare(["广州市人民政府文件", "穗府〔2022〕9号", "关于测试的通知", "各区人民政府：", "一、总体要求", "正文。", "广州市人民政府", "2022年3月1日"].join("\n"));
    const segment = segmentDocument(lines, context);
    expect(segment.envelope.body.map((node) => [node.marker, node.heading, node.paragraphs])).toEqual([["一、", "总体要求", ["正文。"]]]);
  });
});

describe("a better extraction of the same issue", () => {
  /** The fixture as an extractor with working fonts gives it: real punctuation, half-width digits, CRLF, a BOM. */
  const better =
    "\uFEFF" +
    fixtureText
      .replace(/\uA3AC/g, "，")
      .replace(/\uA3AE/g, "。")
      .replace(/\uA3BB/g, "；")
      .replace(/\u{1001B0}/gu, ".")
      .replace(/«/g, "《")
      .replace(/»/g, "》")
      .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
      .replace(/\n/g, "\r\n");

  /** The data without where it stood: offsets differ between the two extractions. */
  const withoutPlaces = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (key, inner) => (key === "position" || key === "place" ? undefined : inner)));

  it("gives the same documents", () => {
    const original = parseGazette(fixtureText);
    const improved = parseGazette(better);
    expect(improved.pages).toBe(48);
    expect(withoutPlaces(improved.documents)).toEqual(withoutPlaces(original.documents));
  });
});

/**
 * Real documents as their web pages give them (`fixtures/corpus/`, read by `test/corpus.ts`), laid out as
 * the gazette's extraction prints them. What a test expects it reads from the web text with the readers
 * below, never from the parser.
 */
const twoDigits = (text: string) => text.padStart(2, "0");
/** `2021年4月13日` → `2021-04-13`, this test's own reading. */
function webDate(text: string): string | null {
  const found = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  return found ? `${found[1]}-${twoDigits(found[2]!)}-${twoDigits(found[3]!)}` : null;
}

/** The web text's imprint, disclosure and signature date, as this test reads them. */
function webClosing(lines: readonly string[]) {
  const printedAt = lines.findIndex((line) => /日印发$/.test(line));
  const [, organ, day] = /^(\S+)\s+(\d{4}年\d{1,2}月\d{1,2}日)印发$/.exec(lines[printedAt]!)!;
  const disclosureAt = lines.findIndex((line) => line.startsWith("公开方式："));
  const inline = lines[disclosureAt]!.slice("公开方式：".length);
  // The signature's date: the last line that is a date alone, before the imprint.
  const signatureDate = lines.slice(0, printedAt).findLast((line) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(line))!;
  return {
    printedBy: organ!,
    printedOn: webDate(day!),
    disclosure: inline !== "" ? inline : lines[disclosureAt + 1]!,
    date: webDate(signatureDate),
  };
}

const errorsIn = (text: string) => parseGazette(text).diagnostics.filter((diagnostic) => diagnostic.fatal);
const lastArticle = (document: Document | undefined) =>
  document?.kind === "regulation" ? document.regulation.chapters.at(-1)!.articles.at(-1)! : undefined;

/** Widths and page lengths, and pages whose footer the extraction lost. */
const everyOther = (from: number) => new Set(Array.from({ length: 100 }, (_, i) => from + 2 * i));
const layouts: PrintOptions[] = [
  { columns: 84, linesPerPage: 38 },
  { columns: 62, linesPerPage: 11, footerless: new Set(Array.from({ length: 40 }, (_, i) => 3 * i + 2)) },
  { columns: 46, linesPerPage: 17, footerless: everyOther(2) },
];

/** A web text laid out as the gazette prints it. */
const printWeb = (web: readonly string[], layout: PrintOptions): string => printBroken(blocksOf(web), layout);

describe("the imprint (版记) of real documents", () => {
  for (const name of ["suifubangui-2021-7.txt", "suifubangui-2024-13.txt", "suifubangui-2025-8.txt"]) {
    for (const layout of layouts) {
      it(`${name} at ${layout.columns} columns: printing organ, day and disclosure in the envelope`, () => {
        const web = webLines(name);
        const expected = webClosing(web);
        const text = printWeb(web, layout);
        const [document] = parseGazette(text).documents;
        expect(document).toMatchObject({ ...expected, copiedTo: [] });
        expect(errorsIn(text)).toEqual([]);
        // Nothing of the imprint is left in a paragraph.
        const paragraphs = JSON.stringify([document!.body, lastArticle(document)?.paragraphs ?? []]);
        expect(paragraphs).not.toContain(expected.printedBy + expected.printedOn!.slice(0, 4));
        expect(paragraphs).not.toContain("公开方式");
      });
    }
  }

  it("counts 自印发之日起施行 from the day printed: 穗府办规〔2021〕7号, dated 2021-04-13, in force from 2021-04-16", () => {
    const web = webLines("suifubangui-2021-7.txt");
    const { printedOn, date } = webClosing(web);
    expect(web.some((line) => line.startsWith("本通知自印发之日起施行，有效期5年。"))).toBe(true);
    const [document] = parseGazette(printWeb(web, layouts[0]!)).documents;
    if (document?.kind !== "generic") throw new Error("not generic");
    expect([date, printedOn]).toEqual(["2021-04-13", "2021-04-16"]);
    expect(document.effective).toEqual({ from: printedOn, validYears: 5, until: "2026-04-15" });
    expect([isInForce(document, "2021-04-15"), isInForce(document, "2021-04-16")]).toEqual([false, true]);
  });

  it("takes a notice's own clause (本通知自…), not the start of a text it cites", () => {
    const notice = (closing: string[]) =>
      parseGazette(
        printBroken(
          [
            { centred: "广州市人民政府办公厅文件" },
            { paragraph: "穗府办〔2023〕5号" },
            { centred: "广州市人民政府办公厅关于做好某某工作的通知" },
            { paragraph: "各区人民政府，市政府各部门、各直属机构：" },
            { paragraph: "《广州市某某条例》自2021年1月1日起施行以来，各区、各部门认真贯彻落实，取得明显成效。现就有关事项通知如下：" },
            { paragraph: "一、加强组织领导" },
            { paragraph: "各区要建立工作机制。" },
            ...closing.map((paragraph) => ({ paragraph })),
            { paragraph: "广州市人民政府办公厅" },
            { paragraph: "2023年3月1日" },
            { paragraph: "广州市人民政府办公厅秘书处　2023年3月3日印发" },
          ],
          { columns: 72, linesPerPage: 12 },
        ),
      ).documents[0];
    const own = notice(["二、其他事项", "本通知自印发之日起施行，有效期3年。"]);
    expect(own).toMatchObject({ kind: "generic", date: "2023-03-01", printedOn: "2023-03-03", effective: { from: "2023-03-03", validYears: 3, until: "2026-03-02" } });
    expect(notice([])).toMatchObject({ kind: "generic", effective: null });
  });

  it("counts the measures of 穗府办规〔2024〕13号 (自印发之日起施行，有效期5年) from the day printed, their last article whole", () => {
    const web = webLines("suifubangui-2024-13.txt");
    const { printedOn } = webClosing(web);
    const last = web.slice(web.lastIndexOf("第五十四条") + 1, web.findIndex((line) => line.startsWith("公开方式")));
    expect(last[0]!.startsWith("本办法自印发之日起施行，有效期5年。")).toBe(true);
    for (const layout of layouts) {
      const [document] = parseGazette(printWeb(web, layout)).documents;
      if (document?.kind !== "regulation") throw new Error("not a regulation");
      expect(lastArticle(document)).toMatchObject({ number: 54, paragraphs: last });
      expect(document.regulation.effective).toEqual({ from: printedOn, validYears: 5, until: "2029-07-28" });
    }
  });
});

describe("the imprint of a document built in its printed forms", () => {
  const copyList = "市委各部委，市人大常委会办公厅，市政协办公厅，市纪委监委办公室，广州警备区，市法院，市检察院，各民主党派，市工商联，广州开发区管委会（黄埔区人民政府）。";
  const copiedTo = ["市委各部委", "市人大常委会办公厅", "市政协办公厅", "市纪委监委办公室", "广州警备区", "市法院", "市检察院", "各民主党派", "市工商联", "广州开发区管委会（黄埔区人民政府）"];

  /** A notice issuing measures that take effect on the day printed, then the closing lines given. */
  const notice = (closing: Block[]): Block[] => [
    { centred: "广州市人民政府办公厅文件" },
    { paragraph: "穗府办规〔2024〕9号" },
    { centred: "广州市人民政府办公厅关于印发广州市某某管理办法的通知" },
    { paragraph: "各区人民政府，市政府各部门、各直属机构：" },
    { paragraph: "《广州市某某管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。" },
    { paragraph: "广州市人民政府办公厅" },
    { paragraph: "2024年5月6日" },
    { centred: "广州市某某管理办法" },
    { lead: "第一条", paragraph: "为了规范某某管理，制定本办法。" },
    { lead: "第二条", paragraph: "本办法自印发之日起施行，有效期3年。" },
    ...closing,
  ];

  const closings: Array<[string, Block[]]> = [
    ["disclosure, copy list, printing line", [{ paragraph: "公开方式：主动公开" }, { paragraph: `抄送：${copyList}` }, { paragraph: "广州市人民政府办公厅秘书处　2024年5月9日印发" }]],
    ["copy list, printing line, disclosure", [{ paragraph: `抄送：${copyList}` }, { paragraph: "广州市人民政府办公厅秘书处　2024年5月9日印发" }, { paragraph: "公开方式：主动公开" }]],
    ["disclosure over two lines, the organ over the printing day", [{ paragraph: "公开方式：" }, { paragraph: "主动公开" }, { paragraph: `抄送：${copyList}` }, { centred: "广州市人民政府办公厅秘书处" }, { paragraph: "2024年5月9日印发" }]],
  ];

  for (const [form, closing] of closings) {
    for (const columns of [90, 56, 44]) {
      it(`reads ${form} at ${columns} columns, and the measures count from the day printed`, () => {
        // Every other page has lost its footer.
        const text = printBroken(notice(closing), { columns, linesPerPage: 9, footerless: everyOther(1) });
        const [document] = parseGazette(text).documents;
        expect(errorsIn(text)).toEqual([]);
        expect(document).toMatchObject({
          kind: "regulation",
          date: "2024-05-06",
          disclosure: "主动公开",
          copiedTo,
          printedBy: "广州市人民政府办公厅秘书处",
          printedOn: "2024-05-09",
        });
        expect(lastArticle(document)?.paragraphs).toEqual(["本办法自印发之日起施行，有效期3年。"]);
        expect(document?.kind === "regulation" ? document.regulation.effective : null).toEqual({ from: "2024-05-09", validYears: 3, until: "2027-05-08" });
      });
    }
  }

  it("counts 自印发之日起 from the document's date when it prints no imprint", () => {
    const [document] = parseGazette(printBroken(notice([{ paragraph: "公开方式：主动公开" }]), { columns: 72, linesPerPage: 20 })).documents;
    expect(document).toMatchObject({ date: "2024-05-06", printedBy: null, printedOn: null, copiedTo: [] });
    expect(document?.kind === "regulation" ? document.regulation.effective : null).toEqual({ from: "2024-05-06", validYears: 3, until: "2027-05-05" });
  });

  it("reads the signature's and the printing day in Chinese numerals, as printed before 2012", () => {
    const blocks = notice([{ paragraph: "公开方式：主动公开" }, { paragraph: "广州市人民政府办公厅秘书处　二〇一一年四月十三日印发" }]).map((block) =>
      "paragraph" in block && block.paragraph === "2024年5月6日" ? { paragraph: "二〇一一年四月十一日" } : block,
    );
    const text = printBroken(blocks, { columns: 72, linesPerPage: 20 });
    const [document] = parseGazette(text).documents;
    expect(errorsIn(text)).toEqual([]);
    expect(document).toMatchObject({
      kind: "regulation",
      signedBy: "广州市人民政府办公厅",
      date: "2011-04-11",
      printedBy: "广州市人民政府办公厅秘书处",
      printedOn: "2011-04-13",
    });
    expect(document?.kind === "regulation" ? document.regulation.effective : null).toEqual({ from: "2011-04-13", validYears: 3, until: "2014-04-12" });
  });

  it("reports a printing day the calendar does not have", () => {
    const text = printBroken(notice([{ paragraph: "广州市人民政府办公厅秘书处　2024年2月30日印发" }]), { columns: 72, linesPerPage: 20 });
    const gazette = parseGazette(text);
    expect(gazette.documents[0]).toMatchObject({ printedBy: "广州市人民政府办公厅秘书处", printedOn: null });
    expect(gazette.diagnostics.filter((diagnostic) => diagnostic.ruleId === "invalid-date")).toHaveLength(1);
  });
});

describe("signatures of several organs", () => {
  it("reads the letter 穗卫函〔2023〕1930号: number, then addressees without a title, signed by four organs two to a line", () => {
    const web = webLines("suiweihan-2023-1930.txt");
    // The two lines over the first date print two organs each, apart by spaces.
    const dateAt = web.findIndex((line) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(line));
    const organs = web.slice(dateAt - 2, dateAt).flatMap((line) => line.split(/\s+/));
    expect(organs).toHaveLength(4);
    // At the narrowest layout the addressees wrap over two lines.
    for (const layout of layouts) {
      const text = printWeb(web, layout);
      const [document] = parseGazette(text).documents;
      expect(document).toMatchObject({
        docNumber: { text: web[0] },
        title: null,
        addressees: web[1]!.slice(0, -1).split(/[，、]/),
        issuer: organs[0],
        signedBy: organs.join("、"),
        date: webDate(web[dateAt]!),
      });
      expect(JSON.stringify(document!.body)).not.toContain(organs[1]);
      expect(errorsIn(text)).toEqual([]);
    }
  });

  it("reads two organs printed on one line (穗民规字〔2025〕2号)", () => {
    const web = webLines("suiminguizi-2025-2.txt");
    const dateAt = web.findIndex((line) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(line));
    const organs = web[dateAt - 1]!.split(/\s+/);
    const [document] = parseGazette(printWeb(web, layouts[1]!)).documents;
    expect(organs).toHaveLength(2);
    expect(document).toMatchObject({ signedBy: organs.join("、"), date: webDate(web[dateAt]!), disclosure: "主动公开" });
  });
});

describe("attachment notes (附件：…) whose titles wrap", () => {
  /** A notice in the web text's form, one paragraph a line, with the attachment note `note` before its signature. */
  const notice = (note: readonly string[]) => [
    "穗府办〔2024〕9号",
    "广州市人民政府办公厅关于切实做好2024年防汛防旱防风工作的通知",
    "各区人民政府，市政府各部门、各直属机构：",
    "为切实做好我市2024年防汛防旱防风工作，保障人民群众生命财产安全，经市人民政府同意，现就有关事项通知如下：",
    "请认真贯彻执行。",
    ...note,
    "广州市人民政府办公厅",
    "2024年3月28日",
    "公开方式：主动公开",
  ];
  /** The titles a note lists, read from its web lines: `附件：` and each item's `N.` taken off. */
  const titlesOf = (note: readonly string[]) => note.map((line) => line.replace(/^附件：/, "").replace(/^\d+\./, ""));
  const notes = [
    ["附件：1.广州市推动工业企业数字化转型三年行动方案", "2.广州市推动工业企业数字化转型重点任务分工表"],
    ["附件：广州市2024年防汛防旱防风工作责任人一览表"],
  ];

  for (const note of notes) {
    it.each([48, 52, 56, 66, 76, 84])(`lists each whole title of ${note[0]}, at %i columns, and leaves none of it in the body`, (columns) => {
      const text = printBroken(blocksOf(notice(note)), { columns, linesPerPage: 30 });
      const [document] = parseGazette(text).documents;
      expect(document!.attachments).toEqual(titlesOf(note));
      expect(document!.body.flatMap((node) => node.paragraphs)).toEqual(notice(note).slice(3, 5));
      expect(errorsIn(text)).toEqual([]);
    });
  }
});

describe("attachments a letter prints after its signature (附件1 / title / content)", () => {
  const web = webLines("suiweihan-2023-1930.txt");
  // Each label alone on its line, the title on the line under it, as the web page prints them.
  const labelsAt = web.flatMap((line, i) => (/^附件\d+$/.test(line) ? [i] : []));
  const expected = labelsAt.map((i) => ({ label: web[i], title: web[i + 1] }));
  // The cells of the first attachment's table, from the line under its title to the next label.
  const firstCells = web.slice(labelsAt[0]! + 2, labelsAt[1]);

  it.each(layouts)("穗卫函〔2023〕1930号 gives each attachment its label and title, none in the body, at $columns columns", (layout) => {
    expect(expected).toHaveLength(2);
    const text = printWeb(web, layout);
    const [document] = parseGazette(text).documents;
    if (document?.kind !== "generic") throw new Error(`read as ${document?.kind}`);
    expect(document.printedAttachments.map(({ label, title }) => ({ label, title }))).toEqual(expected);
    const body = JSON.stringify(document.body);
    for (const { label, title } of expected) expect([body.includes(label!), body.includes(title!)]).toEqual([false, false]);
    // The first attachment's table is its content, not the body's.
    expect(body).not.toContain(firstCells[0]);
    expect(JSON.stringify(document.printedAttachments[0]!.body)).toContain(firstCells[0]);
    expect(errorsIn(text)).toEqual([]);
  });
});

describe("the outline of documents not seen before, as the gazette prints them", () => {
  /** A document's outline as [marker, heading, paragraphs, children], depth first. */
  type Shape = [string | null, string | null, string[], Shape[]];
  const shapeOf = (nodes: Document["body"]): Shape[] => nodes.map((node) => [node.marker, node.heading, node.paragraphs, shapeOf(node.children)]);
  const bodyOf = (web: string[], columns: number) => {
    const [document] = parseGazette(printBroken(blocksOf(web), { columns, linesPerPage: 37 })).documents;
    return shapeOf(document!.body);
  };

  it.each([48, 66, 84])("reads a comma heading over the item under it in a short opinion, at %i columns", (columns) => {
    const web = ["穗府〔2025〕7号", "广州市人民政府关于加强城市管理工作的意见", "各区人民政府，市政府各部门、各直属机构：", "一、强化统筹，完善机制", "（一）健全工作体系。各区要建立城市管理工作协调机制。", "广州市人民政府", "2025年3月1日"];
    expect(bodyOf(web, columns)).toEqual([["一、", "强化统筹，完善机制", [], [["（一）", "健全工作体系。", ["各区要建立城市管理工作协调机制。"], []]]]]);
  });

  it.each([48, 66, 84])("reads （1） items under a 1. item, printed (１), at %i columns", (columns) => {
    const web = [
      "穗府〔2025〕7号",
      "广州市人民政府关于加强城市管理工作的意见",
      "各区人民政府，市政府各部门、各直属机构：",
      "1.明确职责。市城市管理综合执法局负责统筹协调，具体分工如下：",
      "（1）市级部门负责政策制定和监督指导；",
      "（2）区级部门负责组织实施。",
      "广州市人民政府",
      "2025年3月1日",
    ];
    expect(bodyOf(web, columns)).toEqual([
      ["1.", "明确职责。", ["市城市管理综合执法局负责统筹协调，具体分工如下："], [["（1）", null, ["市级部门负责政策制定和监督指导；"], []], ["（2）", null, ["区级部门负责组织实施。"], []]]],
    ]);
  });

  it.each([56, 64, 80])("keeps the title of a plan printed after the signature apart from its first part, at %i columns", (columns) => {
    const web = [
      "穗府〔2025〕4号",
      "广州市人民政府关于印发广州市2025年重点建设项目计划的通知",
      "各区人民政府，市政府各部门、各直属机构：",
      "现将《广州市2025年重点建设项目计划》印发给你们，请认真组织实施。",
      "广州市人民政府",
      "2025年2月28日",
      "广州市2025年重点建设项目计划",
      "一、总体安排",
      "2025年全市安排市重点建设项目600个，年度计划投资4000亿元。",
      "二、保障措施",
      "各区、各部门要加强要素保障，确保项目按期推进。",
    ];
    expect(bodyOf(web, columns)).toEqual([
      [null, null, ["现将《广州市2025年重点建设项目计划》印发给你们，请认真组织实施。"], []],
      [null, null, ["广州市2025年重点建设项目计划"], []],
      ["一、", "总体安排", ["2025年全市安排市重点建设项目600个，年度计划投资4000亿元。"], []],
      ["二、", "保障措施", ["各区、各部门要加强要素保障，确保项目按期推进。"], []],
    ]);
  });
});

describe("an attachment printed after a letter's signature, its title filling its line", () => {
  it.each([56, 60])("keeps the title apart from the first part under it, at %i columns", (columns) => {
    // A 28-character title: at these widths it fills its line or wraps, and 一、 follows it.
    const title = "广州市推进新一代信息技术产业高质量发展三年行动工作实施方案";
    const web = [
      "穗府办函〔2024〕3号",
      "广州市人民政府办公厅关于印发广州市推进新一代信息技术产业高质量发展三年行动工作实施方案的函",
      "各区人民政府，市政府各部门、各直属机构：",
      "现将方案印发给你们，请认真贯彻执行。",
      "附件：广州市推进新一代信息技术产业高质量发展三年行动工作实施方案",
      "广州市人民政府办公厅",
      "2024年1月5日",
      "附件",
      title,
      "一、总体要求",
      "坚持创新驱动，加快构建具有国际竞争力的新一代信息技术产业体系，到2026年产业规模突破3万亿元。",
      "二、主要任务",
      "实施关键核心技术攻关工程，培育一批具有生态主导力的龙头企业。",
    ];
    const [document] = parseGazette(printBroken(blocksOf(web), { columns, linesPerPage: 37 })).documents;
    if (document?.kind !== "generic") throw new Error(`read as ${document?.kind}`);
    const [attachment] = document.printedAttachments;
    expect(attachment?.title).toBe(title);
    expect(attachment?.body.map((node) => [node.marker, node.heading])).toEqual([
      ["一、", "总体要求"],
      ["二、", "主要任务"],
    ]);
  });
});
