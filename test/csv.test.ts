import { describe, expect, it } from "vitest";
import { toCsv } from "../src/render/csv.js";
import { parseGazette } from "../src/parse.js";
import type { Gazette } from "../src/schema/gazette.js";
import { fixtureText } from "./support.js";

const place = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };

describe("toCsv", () => {
  it("writes the levy tiers of the bundled issue with a header row and CRLF records", () => {
    const csv = toCsv(parseGazette(fixtureText), "levy");
    const records = csv.split("\r\n");
    expect(records[0]).toBe("档次,名称,省级划分,下限（不含）,上限（含）,计提比例（%）,本档最低计提标准");
    // 附件 广州市征地社保费计提比例表: 第一档 5万元（含5万元）/亩以下 20%, no minimum; 第三档 8万至10万元（含10万元）/亩 18%, 1.52.
    expect(records[1]).toBe("1,第一档,1,,5,20,");
    expect(records[3]).toBe("3,第三档,2,8,10,18,1.52");
    expect(records.at(-1)).toBe("");
  });

  it("quotes fields with commas, quotes and line breaks and joins units with 、", () => {
    const gazette = {
      documents: [
        {
          kind: "task-assignment",
          tasks: [
            {
              seq: 1, section: { numeral: "一", ordinal: 1, title: "t" }, subsection: null, text: '推进"链长制",强化\n补链',
              leaders: ["江智涛", "张勇"], leadUnits: ["市工业和信息化局"], cooperatingUnits: ["市委宣传部", "市科技局"],
              cooperatingGroups: [["市委宣传部"], ["市科技局"]], page: 1, position: place,
            },
          ],
        },
      ],
    } as unknown as Gazette;
    expect(toCsv(gazette, "tasks")).toBe(`序号,重点工作,分管市领导,牵头单位,配合单位\r\n1,"推进""链长制"",强化\n补链",江智涛、张勇,市工业和信息化局,市委宣传部，市科技局\r\n`);
  });

  it("writes only the header when the issue has no such table", () => {
    expect(toCsv({ documents: [] } as unknown as Gazette, "tasks")).toBe("序号,重点工作,分管市领导,牵头单位,配合单位\r\n");
  });
});
