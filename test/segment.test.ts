import { describe, expect, it } from "vitest";
import { DOC_NUMBER_LINE, DOCUMENT_HEADS, REGISTRATION_CODE } from "../grammars/document.js";
import { closesDocument } from "../grammars/envelope/imprint.js";
import { cutDocuments, type CutRules } from "../src/segment/index.js";
import { fixtureText, prepare } from "./support.js";

const rules = (opens: (text: string) => boolean = () => false): CutRules => ({
  heads: DOCUMENT_HEADS,
  registrationCode: REGISTRATION_CODE,
  number: DOC_NUMBER_LINE,
  closes: closesDocument,
  openers: [{ kind: "personnel", opens }],
});

const firstLine = (lines: Array<{ text: string; number: number }>) => lines.find((line) => line.text !== "")!;

describe("cutDocuments", () => {
  it("cuts the fixture at its three organ headers, with the registration codes above them", () => {
    const { lines } = prepare(fixtureText);
    const cuts = cutDocuments(lines, rules());
    expect(cuts.map((cut) => [firstLine(cut.lines).number, firstLine(cut.lines).text])).toEqual([
      [1, "广州市人民政府文件"],
      [3000, "GZ0220220003"],
      [3411, "GZ0320220007"],
    ]);
  });

  it("cuts where a kind opens without an organ header, once for a run of its headings", () => {
    const { lines } = prepare(fixtureText);
    const cuts = cutDocuments(lines, rules((text) => /^广州市.{0,30}(批准|决定)：$/.test(text)));
    expect(cuts.map((cut) => [firstLine(cut.lines).number, cut.openedBy])).toEqual([
      [1, null],
      [3000, null],
      [3411, null],
      [3655, "personnel"],
    ]);
  });

  it("cuts at a decree's header over its number, however the number is spaced (第 186 号, 第１８６号, 第186号)", () => {
    for (const number of ["第 186 号", "第 １８６ 号", "第186号"]) {
      const { lines } = prepare(["广州市人民政府办公厅文件", "穗府办函〔2023〕12号", "关于测试的通知", "正文。", "广州市人民政府令", number, "《广州市某某办法》已经市政府常务会议通过，现予公布。"].join("\n"));
      expect(cutDocuments(lines, rules()).map((cut) => firstLine(cut.lines).text)).toEqual(["广州市人民政府办公厅文件", "广州市人民政府令"]);
    }
  });

  it("does not cut at a decree's header without a number under it", () => {
    const { lines } = prepare(["广州市人民政府办公厅文件", "穗府办函〔2023〕12号", "关于执行广州市人民政府令", "的通知", "正文。"].join("\n"));
    expect(cutDocuments(lines, rules())).toHaveLength(1);
  });

  it("does not cut at an organ header without a document number under it", () => {
    const { lines } = prepare(["广州市人民政府文件", "关于测试的通知", "正文。"].join("\n"));
    expect(cutDocuments(lines, rules())).toHaveLength(1);
  });

  it("keeps text before the first document as a document of its own", () => {
    const { lines } = prepare(["目录", "", "广州市人民政府文件", "穗府〔2022〕9号", "关于测试的通知"].join("\n"));
    expect(cutDocuments(lines, rules()).map((cut) => firstLine(cut.lines).text)).toEqual(["目录", "广州市人民政府文件"]);
  });

  it("gives no document for blank input", () => {
    expect(cutDocuments(prepare("\n\n").lines, rules())).toEqual([]);
  });
});
