import { describe, expect, it } from "vitest";
import { DOC_NUMBER_LINE, DOCUMENT_HEADS, forwards, REGISTRATION_CODE, TITLE_START } from "../grammars/document.js";
import { isDateForm } from "../src/text/dates.js";
import { hasSentencePunctuation } from "../grammars/sentences.js";
import { closesDocument } from "../grammars/envelope/imprint.js";
import { cutDocuments, type CutRules } from "../src/segment/index.js";
import { fixtureText, prepare } from "./support.js";

const rules = (opens: (text: string) => boolean = () => false): CutRules => ({
  heads: DOCUMENT_HEADS,
  registrationCode: REGISTRATION_CODE,
  number: DOC_NUMBER_LINE,
  closes: closesDocument,
  dated: isDateForm,
  titleStart: TITLE_START,
  forwards,
  punctuated: hasSentencePunctuation,
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

  it("does not cut where a kind would open under a line that leads into it (addressees over a decision)", () => {
    const notice = ["穗府任〔2023〕12号", "广州市人民政府关于陈志远同志职务任免的通知", "各区人民政府：", "市人民政府决定：", "任命陈志远为广州市交通运输局局长。", "广州市人民政府", "2023年6月8日"];
    const cuts = cutDocuments(prepare(notice.join("\n")).lines, rules((text) => /^.{0,30}(批准|决定)：$/.test(text)));
    expect(cuts.map((cut) => [firstLine(cut.lines).text, cut.openedBy])).toEqual([["穗府任〔2023〕12号", null]]);
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

  describe("a number line after a document that prints no closing lines", () => {
    const decree = ["广州市人民政府令", "第220号", "《广州市户外广告设置管理办法》已经市政府常务会议审议通过，现予公布。", "第一条　为了规范户外广告设置，制定本办法。", "第二条　本办法自2024年11月1日起施行。"];
    const cutAt = (...after: string[]) => cutDocuments(prepare([...decree, ...after].join("\n")).lines, rules()).map((cut) => firstLine(cut.lines).text);

    it("starts a document under its registration code", () => {
      expect(cutAt("GZ0220240009", "穗府办规〔2024〕9号", "广州市科技企业孵化器管理办法的通知")).toEqual(["广州市人民政府令", "GZ0220240009"]);
    });

    it("starts a document over its title (发文机关 + 关于, or 转发)", () => {
      expect(cutAt("穗府办规〔2024〕9号", "广州市人民政府办公厅关于印发广州市科技企业")).toEqual(["广州市人民政府令", "穗府办规〔2024〕9号"]);
      expect(cutAt("穗府办〔2024〕3号", "广州市人民政府办公厅转发市发展改革委")).toEqual(["广州市人民政府令", "穗府办〔2024〕3号"]);
    });

    it("starts a document after the date under a letter's signature", () => {
      const letter = ["穗卫函〔2023〕1930号", "各区卫生健康局：", "现将方案印发给你们，请认真贯彻执行。", "广州市卫生健康委员会", "2023年10月19日"];
      const lines = prepare([...letter, "穗府办规〔2024〕9号", "广州市科技企业孵化器管理办法"].join("\n")).lines;
      expect(cutDocuments(lines, rules()).map((cut) => firstLine(cut.lines).text)).toEqual(["穗卫函〔2023〕1930号", "穗府办规〔2024〕9号"]);
    });

    it("does not start one at the number of what a document forwards, printed after its date; the next number does", () => {
      const forwarding = ["穗府办规〔2022〕3号", "广州市人民政府办公厅转发关于进一步完善", "被征地农民养老保障政策意见的通知", "各区人民政府：", "现将《意见》转发给你们，请认真贯彻执行。", "广州市人民政府办公厅", "2022年2月14日"];
      const forwarded = ["粤府办〔2021〕22号", "广东省人民政府办公厅关于进一步完善被征地农民养老保障政策的意见", "各地级以上市人民政府：", "现提出如下意见。", "广东省人民政府办公厅", "2021年7月19日"];
      const lines = prepare([...forwarding, ...forwarded, "穗工信规字〔2022〕1号", "广州市工业和信息化局关于印发广州市促进工业和信息化产业高质量发展资金管理办法的通知"].join("\n")).lines;
      expect(cutDocuments(lines, rules()).map((cut) => firstLine(cut.lines).text)).toEqual(["穗府办规〔2022〕3号", "穗工信规字〔2022〕1号"]);
    });

    it("does not start one at what a document forwards printed title first, number under it; the next number does", () => {
      const forwarding = ["穗府办〔2025〕3号", "广州市人民政府办公厅转发广东省人民政府办公厅", "关于进一步加强安全生产工作的通知", "各区人民政府：", "现将《通知》转发给你们，请认真贯彻执行。", "广州市人民政府办公厅", "2025年1月15日"];
      const forwarded = ["广东省人民政府办公厅关于进一步加强安全生产工作的通知", "粤府办〔2024〕18号", "各地级以上市人民政府：", "现就有关事项通知如下。", "广东省人民政府办公厅", "2024年12月20日"];
      const lines = prepare([...forwarding, ...forwarded, "穗府函〔2025〕36号", "广州市人民政府关于广州市城市轨道交通线网规划调整方案的批复"].join("\n")).lines;
      expect(cutDocuments(lines, rules()).map((cut) => firstLine(cut.lines).text)).toEqual(["穗府办〔2025〕3号", "穗府函〔2025〕36号"]);
    });

    it("starts one after what a document forwards printed without a number, and after a reply that approves forwarding", () => {
      const forwarding = ["穗府办〔2025〕3号", "广州市人民政府办公厅转发市住房城乡建设局", "关于加强建筑工地安全管理意见的通知", "各区人民政府：", "市住房城乡建设局《意见》已经市人民政府同意，现转发给你们。", "广州市人民政府办公厅", "2025年1月15日"];
      const forwarded = ["关于加强建筑工地安全管理的意见", "为加强建筑工地安全管理，提出如下意见。", "市住房城乡建设局", "2024年12月20日"];
      const reply = ["穗府函〔2025〕30号", "广州市人民政府关于同意转发", "有关事项的批复", "市发展改革委：", "同意。", "广州市人民政府", "2025年1月15日"];
      const next = ["穗府函〔2025〕36号", "广州市人民政府关于广州市城市轨道交通线网规划调整方案的批复"];
      for (const [first, ...rest] of [[forwarding, forwarded], [reply]]) {
        const lines = prepare([...first!, ...rest.flat(), ...next].join("\n")).lines;
        expect(cutDocuments(lines, rules()).map((cut) => firstLine(cut.lines).text)).toEqual([first![0], "穗府函〔2025〕36号"]);
      }
    });

    it("does not start one at a number alone on a line of text, over more text", () => {
      expect(cutAt("穗府办规〔2023〕1号", "重新发布，有效期调整至2026年12月31日。")).toEqual(["广州市人民政府令"]);
    });
  });

  it("gives no document for blank input", () => {
    expect(cutDocuments(prepare("\n\n").lines, rules())).toEqual([]);
  });
});
