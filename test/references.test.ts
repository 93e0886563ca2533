import { describe, expect, it } from "vitest";
import { findReferences, firstTitle } from "../grammars/references.js";

const found = (text: string) => findReferences(text).map(({ kind, text: cited }) => [kind, cited]);

describe("findReferences", () => {
  it("finds titles, document numbers and standards in the order they stand", () => {
    const text = "根据《中华人民共和国安全生产法》、《消防安全责任制实施办法》（国办发〔2017〕87号）和《电动汽车充电站设计规范》(GB 50966)";
    expect(found(text)).toEqual([
      ["title", "《中华人民共和国安全生产法》"],
      ["title", "《消防安全责任制实施办法》"],
      ["doc-number", "国办发〔2017〕87号"],
      ["title", "《电动汽车充电站设计规范》"],
      ["standard", "GB 50966"],
    ]);
    const [first] = findReferences(text);
    expect(text.slice(first!.start, first!.end)).toBe("《中华人民共和国安全生产法》");
  });

  it("leaves the words before a document number in running text out of it", () => {
    const text = "根据穗府〔2022〕2号文件，贯彻落实国办发〔2017〕87号和粤府办〔2021〕22号，印发了穗府办规〔2022〕3号";
    expect(found(text)).toEqual([
      ["doc-number", "穗府〔2022〕2号"],
      ["doc-number", "国办发〔2017〕87号"],
      ["doc-number", "粤府办〔2021〕22号"],
      ["doc-number", "穗府办规〔2022〕3号"],
    ]);
    const second = findReferences(text)[1]!;
    expect(text.slice(second.start, second.end)).toBe("国办发〔2017〕87号");
    // A prefix made of nothing but such words stays whole: there is no other reading of it.
    expect(found("关于〔2022〕1号")).toEqual([["doc-number", "关于〔2022〕1号"]]);
  });

  it("finds a decree's number in brackets after its title, without the brackets", () => {
    const text = "根据《广州市城市道路挖掘管理规定》（广州市人民政府令第80号）和《城镇排水与污水处理条例》（国务院令第641号），制定本办法。";
    expect(found(text)).toEqual([
      ["title", "《广州市城市道路挖掘管理规定》"],
      ["decree-number", "广州市人民政府令第80号"],
      ["title", "《城镇排水与污水处理条例》"],
      ["decree-number", "国务院令第641号"],
    ]);
    const decree = findReferences(text)[1]!;
    expect(text.slice(decree.start, decree.end)).toBe("广州市人民政府令第80号");
    // Outside brackets of its own, the words before it could be its issuer's: `根据市政府令…` is left alone,
    // and so is the note under a title, which names the decree that published it.
    expect(found("根据市政府令第80号的规定")).toEqual([]);
    expect(found("（2024年7月5日广州市人民政府令第203号公布）")).toEqual([]);
  });

  it("reads the usual forms of standards", () => {
    expect(found("GB/T 51313-2018、DB44/T 1234-2020、JGJ 16、NB/T 33001.2-2019").map(([, text]) => text)).toEqual([
      "GB/T 51313-2018",
      "DB44/T 1234-2020",
      "JGJ 16",
      "NB/T 33001.2-2019",
    ]);
  });

  it("takes neither a registration code nor a telephone number for a standard", () => {
    expect(found("GZ0320220007 投诉电话“12345” 2022年")).toEqual([]);
  });

  it("gives the first title cited, without its brackets, or null", () => {
    expect(firstTitle("《广州市电梯安全管理规定》已于2022年3月1日经《会议纪要》")).toBe("广州市电梯安全管理规定");
    expect(firstTitle("现予公布，自2022年5月1日起施行。")).toBeNull();
  });

  it("leaves an unclosed title alone", () => {
    expect(found("《未闭合的标题 和《完整的标题》")).toEqual([["title", "《完整的标题》"]]);
  });

  // How its time grows with the size is measured by `npm run bench` (the same inputs), not here.
  it("finds nothing in a megabyte of the pieces of citations", () => {
    for (const piece of ["《", "GB", "穗府〔2022〕", "〔2022〕1"]) {
      expect(findReferences(piece.repeat(Math.ceil(1_000_000 / piece.length)))).toEqual([]);
    }
  });
});
