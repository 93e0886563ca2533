import { describe, expect, it } from "vitest";
import { parseGazette } from "../src/parse.js";
import { alternation, DOCUMENT_KINDS, REGULATION_NAMES, TITLE_ENDINGS } from "../src/vocabulary.js";
import { printBroken } from "./broken-layout.js";

/** A document without addressees, whose title ends in `ending`, in the gazette's printed layout. */
const documentTitled = (title: string): string =>
  printBroken(
    [
      { centred: "广州市人民政府办公厅文件" },
      { centred: "穗府办〔2024〕7号" },
      { centred: title },
      { paragraph: "为规范本市有关工作，经市人民政府同意，现予印发，请认真贯彻执行。" },
      { centred: "广州市人民政府办公厅" },
      { centred: "2024年3月1日" },
    ],
    { columns: 60, linesPerPage: 40 },
  );

describe("the vocabulary", () => {
  it("lists the fifteen kinds of 公文 of the 党政机关公文处理工作条例, 命令 also as 令", () => {
    expect(DOCUMENT_KINDS).toEqual(["决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要"]);
  });

  it("ends a title without addressees at every kind of 公文 and every name of a regulation", () => {
    for (const ending of [...DOCUMENT_KINDS, ...REGULATION_NAMES]) {
      const title = `广州市公共停车场管理${ending}`;
      const [document] = parseGazette(documentTitled(title)).documents;
      expect(document?.title, ending).toBe(title);
    }
  });

  it("tries longer words first, so that 实施细则 is one ending, not 细则 after 实施", () => {
    expect(new RegExp(`${alternation(TITLE_ENDINGS)}$`).exec("广州市停车场条例实施细则")?.[0]).toBe("实施细则");
  });
});
