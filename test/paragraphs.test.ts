import { describe, expect, it } from "vitest";
import { displayColumns, learnFullWidth, paragraphRun, printedColumns, rebuildParagraphs } from "../grammars/paragraphs.js";
import { endsSentence } from "../grammars/sentences.js";
import { printBroken } from "./broken-layout.js";
import { fixtureLines, fixtureText, prepare, sourceAt } from "./support.js";
import { runPosition } from "../src/text/run.js";

/** Article 12 of the charging regulation: a lead-in, then one paragraph per department. */
const article12 = () => fixtureLines(3548, 3585);
/** The whole regulation, its articles' lines only. */
const regulationLines = () => fixtureLines(3438, 3650).lines.filter((line) => !/^第.章/.test(line.text));

describe("widths", () => {
  it("counts CJK two columns and ASCII one, brackets always two", () => {
    expect(displayColumns("应当提前24小")).toBe(12);
    expect(displayColumns("(GB 50966)")).toBe(12);
    expect(displayColumns("（桩）")).toBe(6);
  });

  it("adds back the ideographic space printed after 第X条", () => {
    const [heading] = fixtureLines(3438, 3438).lines;
    expect(heading!.text.startsWith("第一条为")).toBe(true);
    expect(printedColumns(heading!)).toBe(displayColumns(heading!.text) + 2);
  });

  it("learns the full width of the page from the lines", () => {
    expect(learnFullWidth(regulationLines())).toBe(72);
    for (const columns of [40, 60, 80]) {
      const text = printBroken([{ paragraph: "充电设施运营企业应当建立健全安全管理制度，配备专职安全员，明确各环节安全责任人，定期开展应急培训和演练。".repeat(3) }], { columns, linesPerPage: 40 });
      expect(learnFullWidth(prepare(text).lines)).toBe(columns);
    }
  });

  it("falls back on first lines and the indent when no line is inside a paragraph", () => {
    const text = printBroken(
      [..."一二三四五六"].map((numeral) => ({ paragraph: `第${numeral}款规定的事项由市人民政府有关部门按照各自职责分工负责办理。` })),
      { columns: 60, linesPerPage: 40 },
    );
    expect(learnFullWidth(prepare(text).lines)).toBe(60);
  });
});

describe("sentence ends", () => {
  it("knows the marks that may end a paragraph", () => {
    expect(["制定本办法。", "分工如下：", "责任；", "认定。”", "（法人单位、团体）"].map((text) => endsSentence(text))).toEqual([true, true, true, true, false]);
  });

  it("reads past several closing marks, and leaves the colon out for a task's text", () => {
    expect(endsSentence("按《办法》（试行）执行。”）")).toBe(true);
    expect(endsSentence("现就有关事项通知如下：", { colon: false })).toBe(false);
  });
});

describe("rebuildParagraphs", () => {
  it("splits article 12 into its lead-in and nine departments", () => {
    const { lines } = article12();
    const paragraphs = rebuildParagraphs(lines, { fullWidth: learnFullWidth(regulationLines()) });
    expect(paragraphs.map((paragraph) => paragraph.map((line) => line.number))).toEqual([
      [3548],
      [3550, 3552],
      [3555, 3557, 3559],
      [3561, 3563],
      [3565, 3567, 3569],
      [3571, 3573],
      [3575, 3577],
      [3579],
      [3581],
      [3583, 3585],
    ]);
  });

  it("keeps a paragraph whole across a page footer, and maps it back to the input", () => {
    const { lines } = fixtureLines(3493, 3498);
    const [paragraph, ...rest] = rebuildParagraphs(lines, { fullWidth: 72 });
    expect(rest).toEqual([]);
    const run = paragraphRun(paragraph!, "第七条".length);
    expect(run.text.startsWith("公用、专用充电设施运营企业")).toBe(true);
    expect(run.text.endsWith("合格后方可上岗。")).toBe(true);
    const { context } = article12();
    expect(sourceAt(fixtureText, runPosition(context.source, run, run.text.length - 8))).toBe("合格后方可上岗ꎮ");
  });

  it("starts a paragraph at a numbered item after a sentence end, whatever the widths", () => {
    const text = printBroken(
      [{ paragraph: "经营者应当履行下列义务：" }, { paragraph: "（一）建立制度；" }, { paragraph: "（二）配备人员。" }],
      { columns: 60, linesPerPage: 40 },
    );
    const { lines } = prepare(text);
    const opensParagraph = (line: { text: string }) => line.text.startsWith("（");
    expect(rebuildParagraphs(lines, { fullWidth: 8, opensParagraph }).map((paragraph) => paragraph.map((line) => line.text).join(""))).toEqual([
      "经营者应当履行下列义务：",
      "（一）建立制度；",
      "（二）配备人员。",
    ]);
  });

  it("does not end a paragraph at a full line that ends with a semicolon", () => {
    const text = printBroken([{ lead: "第十六条", paragraph: "违反本规定，造成安全事故的，依法追究法律责任；构成犯罪的，依法追究刑事责任。" }], { columns: 60, linesPerPage: 40 });
    const { lines } = prepare(text);
    expect(lines.filter((line) => line.text !== "")).toHaveLength(2);
    expect(rebuildParagraphs(lines, { fullWidth: 60 })).toHaveLength(1);
  });
});
