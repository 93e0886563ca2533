import { describe, expect, it } from "vitest";
import { anchored } from "../src/fragments.js";
import { isHan } from "../src/tokenize/characters.js";
import { inputEnd, inputStart, normaliseLine, tokenize } from "../src/tokenize/index.js";
import { lineText, locate, readSource } from "../src/tokenize/source.js";

/** Every raw line of a text, each sliced from its source. */
const rawLines = (text: string): string[] => {
  const source = readSource(text);
  return Array.from(source.lineStarts, (_, i) => lineText(source, i));
};
import { fixtureText } from "./support.js";

const normal = (raw: string) => normaliseLine(raw, 0).text;

describe("normaliseLine", () => {
  it("turns full-width digits to ASCII and drops the spaces around them (fixture line 2)", () => {
    expect(normal("穗府 〔２０２２〕 ２ 号")).toBe("穗府〔2022〕2号");
  });

  it("maps the odd code points of a broken font to Chinese punctuation (fixture line 8)", () => {
    expect(normal("各区人民政府ꎬ 市政府各部门、 各直属机构:")).toBe("各区人民政府，市政府各部门、各直属机构：");
    expect(normal("二十大胜利召开ꎮ")).toBe("二十大胜利召开。");
    expect(normal("报送留存资金分配落实情况ꎻ 各部门")).toBe("报送留存资金分配落实情况；各部门");
  });

  it("reads U+1001B0 as a decimal point", () => {
    expect(normal("第二档: ５ 万至 ８ 万元 (含 ８ 万元) /亩 １９％ １\u{1001B0} ００")).toBe("第二档：5万至8万元（含8万元）/亩19%1.00");
    expect(normal("第十一档: ５０ 万元 /亩以上 １０％ ５\u{1001B0} ５")).toBe("第十一档：50万元/亩以上10%5.5");
    expect(normal("ＰＭ２\u{1001B0} ５")).toBe("PM2.5");
  });

  it("turns full-width Latin letters and signs to ASCII (fixture line 43)", () => {
    expect(normal("实施重点产业链 “１＋Ｘ” “链长")).toBe("实施重点产业链“1+X”“链长");
    expect(normal("“５ ＋２ ＋４”")).toBe("“5+2+4”");
  });

  it("turns «» into 《》 (fixture line 10)", () => {
    expect(normal("«２０２２ 年市政府工作报告部署工作责任分工» 已经市政府第 １６ 届 １ 次常务会议")).toBe(
      "《2022年市政府工作报告部署工作责任分工》已经市政府第16届1次常务会议",
    );
  });

  it("widens parentheses around Chinese text and keeps them around Latin text (fixture line 3473)", () => {
    expect(normal("(一) 坚持制造业立市不动摇ꎮ")).toBe("（一）坚持制造业立市不动摇。");
    expect(normal("«电动汽车充电站设计规范» (ＧＢ ５０９６６) 要求")).toBe("《电动汽车充电站设计规范》(GB 50966)要求");
    expect(normal("的征地社保资金 (以下简")).toBe("的征地社保资金（以下简");
    expect(normal("称留存资金) 进行全面清理")).toBe("称留存资金）进行全面清理");
  });

  it("widens punctuation after a number where Chinese text goes on or the line ends, and keeps it inside numbers and addresses", () => {
    expect(normal("格式见附件 １: ")).toBe("格式见附件1：");
    expect(normal("见表 １, 并报市政府")).toBe("见表1，并报市政府");
    expect(normal("上午 １０:３０ 开始")).toBe("上午10:30开始");
    expect(normal("共 １,０００ 元")).toBe("共1,000元");
    expect(normal("网址: http://www.gz.gov.cn")).toBe("网址：http://www.gz.gov.cn");
    // A web page's ASCII punctuation, wrapped to the start of a line.
    expect(normal(",市检察院,各民主党派市委")).toBe("，市检察院，各民主党派市委");
    expect(normal(":")).toBe("：");
  });

  it("keeps a space only between two Latin or digit tokens", () => {
    expect(normal("分　 管")).toBe("分管");
    expect(normal("ＧＢ ５０９６６")).toBe("GB 50966");
    expect(normal("２０２１ 年 ８ 月 １ 日前")).toBe("2021年8月1日前");
  });

  it("records the dropped white space as gaps, so table grammars see column breaks", () => {
    const line = normaliseLine("陈杰 市商务局", 0);
    expect(line.text).toBe("陈杰市商务局");
    expect(line.gaps).toEqual([2]);
  });

  it("maps Kangxi radicals and compatibility ideographs to unified ideographs", () => {
    expect(normal("市\u2F2F业和信息化局")).toBe("市工业和信息化局");
    expect(normal("\uF900")).toBe("\u8C48");
  });

  it("is idempotent: text from a better extractor comes out the same", () => {
    for (const raw of ["穗府 〔２０２２〕 ２ 号", "(一) 坚持制造业立市不动摇ꎮ", "公开方式: 主动公开", "ＧＢ ５０９６６"]) {
      expect(normal(normal(raw))).toBe(normal(raw));
    }
    expect(normal("（一）坚持制造业立市不动摇。")).toBe("（一）坚持制造业立市不动摇。");
  });

  it("flags a line that starts with white space", () => {
    expect(normaliseLine(" 广州市人民政府文件", 0).indented).toBe(true);
    expect(normaliseLine("广州市人民政府文件", 0).indented).toBe(false);
  });
});

/** Characters whose normal form depends on their neighbours: ASCII punctuation in Chinese text. */
const CONTEXTUAL: Record<string, string> = { ":": "：", "(": "（", ")": "）" };

describe("tokenize", () => {
  it("maps every normalised character back to its character in the input", () => {
    const { lines } = tokenize(fixtureText);
    for (const line of lines.slice(0, 400)) {
      [...line.text].forEach((character, i) => {
        const source = fixtureText.slice(inputStart(line, i), inputEnd(line, i));
        if (character === " ") expect(source.trim()).toBe("");
        else expect(CONTEXTUAL[source] === character || normal(source) === character).toBe(true);
      });
    }
  });

  it("points at the full-width digits of the document number on line 2", () => {
    const line = tokenize(fixtureText).lines[1]!;
    expect(line.number).toBe(2);
    const at = line.text.indexOf("2022");
    expect(fixtureText.slice(inputStart(line, at), inputEnd(line, at + 3))).toBe("２０２２");
    expect(locate(readSource(fixtureText), inputStart(line, at))).toMatchObject({ line: 2, column: 5 });
  });

  it("maps the two code units of U+1001B0 to one decimal point", () => {
    const text = "１\u{1001B0} ００";
    const [line] = tokenize(text).lines;
    expect(line!.text).toBe("1.00");
    expect(text.slice(inputStart(line!, 1), inputEnd(line!, 1))).toBe("\u{1001B0}");
  });

  it("maps a line far longer than printed ones, and the short lines around it", () => {
    const long = "第一条 ".repeat(20_000);
    const text = ["２ 号", long, "穗府 〔２０２２〕 ２ 号"].join("\n");
    const lines = tokenize(text).lines;
    // The spaces between Chinese characters go: three characters a repeat.
    expect(lines.map((line) => line.text.length)).toEqual([2, 3 * 20_000, 10]);
    expect(lines[2]!.text).toBe("穗府〔2022〕2号");
    const [first, , last] = lines;
    expect(text.slice(inputStart(first!, 0), inputEnd(first!, 1))).toBe("２ 号");
    expect(text.slice(inputStart(last!, 2), inputEnd(last!, 7))).toBe("〔２０２２〕");
  });

  it("gives the same lines for CRLF line endings and a byte order mark", () => {
    const sample = fixtureText.split("\n").slice(0, 60).join("\n");
    const plain = tokenize(sample).lines.map((line) => line.text);
    const windows = tokenize(`\uFEFF${sample.replace(/\n/g, "\r\n")}`).lines.map((line) => line.text);
    expect(windows).toEqual(plain);
  });

  it("reads the raw lines without their endings, whichever ending the text uses or ends with", () => {
    expect(rawLines("广州\n\n穗府 ２ 号\n")).toEqual(["广州", "", "穗府 ２ 号"]);
    expect(rawLines("\uFEFF广州\r\n\r穗府\r\n")).toEqual(["广州", "", "穗府"]);
    expect(rawLines("广州\r")).toEqual(["广州"]);
    expect(rawLines("")).toEqual([""]);
  });
});

describe("parentheses across lines", () => {
  it("closes at the start of a line what the line before left open", () => {
    const texts = tokenize(["市发展改革委 (市大湾", ")、 市财政局", "(ＧＢ", "５０９６６)"].join("\n")).lines.map((line) => line.text);
    expect(texts).toEqual(["市发展改革委（市大湾", "）、市财政局", "(GB", "50966)"]);
  });

  it("widens a parenthesis left open before a number or at the line's end in Chinese text", () => {
    const texts = tokenize(["城中村改造三年行动计划 (２０２４—２０２６ 年", ") 的函", "广州市公共租赁住房管理办法 (", "试行)"].join("\n")).lines.map((line) => line.text);
    expect(texts).toEqual(["城中村改造三年行动计划（2024—2026年", "）的函", "广州市公共租赁住房管理办法（", "试行）"]);
    const personnel = tokenize(["免去李国华同志的广州市工业和信息化局副局长职务ꎬ 退休ꎮ (", "穗人社任免 〔２０２５〕 ３ 号)"].join("\n")).lines.map((line) => line.text);
    expect(personnel).toEqual(["免去李国华同志的广州市工业和信息化局副局长职务，退休。（", "穗人社任免〔2025〕3号）"]);
  });

  it("widens a number in parentheses before Chinese text, an item's marker, and keeps one before Latin text or none", () => {
    expect(tokenize("(１) 区与镇街签订ꎻ").lines[0]!.text).toBe("（1）区与镇街签订；");
    expect(tokenize(" ( １ ) 市级部门负责").lines[0]!.text).toBe("（1）市级部门负责");
    expect(tokenize("图 (２) A").lines[0]!.text).toBe("图(2)A");
    expect(tokenize("见表 (３)").lines[0]!.text).toBe("见表(3)");
  });
});

describe("the Han fragment", () => {
  it("matches exactly the code points that isHan accepts, astral ones included", () => {
    const han = anchored("{{han}}", {}, "u");
    const differing: number[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      const character = String.fromCodePoint(code);
      if (han.test(character) !== isHan(character)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it("cannot be built into a pattern without the u flag", () => {
    expect(() => anchored("{{han}}")).toThrow(/without flag u/);
  });
});
