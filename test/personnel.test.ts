import { describe, expect, it } from "vitest";
import { isPersonnelHeading, personnelGrammar } from "../grammars/personnel.js";
import { parseGazette } from "../src/parse.js";
import { fromMarkdown } from "../src/render/from-markdown.js";
import { toMarkdown } from "../src/render/markdown.js";
import { NoticeSchema, type Notice } from "../src/schema/personnel.js";
import { printBroken, type Block, type PrintOptions } from "./broken-layout.js";
import { fixtureLines, fixtureText, prepare, segmentOf, sourceAt } from "./support.js";

/** The fixture's personnel section, input lines 3655–3676, as segmentation hands it over: all lines in the annex. */
function fixtureSection() {
  const { lines, context } = fixtureLines(3655, 3676);
  const segment = segmentOf({ lines, annex: lines.filter((line) => line.text !== "") });
  return { segment, context };
}

/** Notice text written in the fixture's broken layout: a blank line after every line. */
const brokenLayout = (lines: string[]): string => lines.map((line) => `${line}\n\n`).join("");

function parseText(text: string) {
  const { lines, context } = prepare(text);
  const segment = segmentOf({ lines, annex: lines.filter((line) => line.text !== "") });
  const { notices } = personnelGrammar.parse(segment, context);
  const errors = context.diagnostics.list.filter((diagnostic) => diagnostic.severity === "error");
  return { segment, notices, errors };
}

/** What a test compares of a notice: everything but its place. */
const fields = ({ page: _page, position: _position, ...rest }: Notice) => rest;

const GOVERNMENT = { body: "广州市人民政府", term: null, session: null, date: null };
const STANDING_COMMITTEE_15_65 = { body: "广州市人民代表大会常务委员会", term: 15, session: 65, date: null };
const docNumber = (serial: number) => ({ prefix: "穗人社任免", year: 2022, serial, text: `穗人社任免〔2022〕${serial}号` });

describe("personnel grammar on the fixture", () => {
  const { segment, context } = fixtureSection();
  const { notices } = personnelGrammar.parse(segment, context);

  it("claims the section", () => {
    expect(personnelGrammar.claims(segment)).toBe(true);
  });

  it("reads the seven notices in source order", () => {
    const base = { concurrent: false, note: null, effectiveFrom: null };
    expect(notices.map(fields)).toEqual([
      { ...base, action: "appoint", person: "陈勇", organization: "广州开发区管委会", post: "主任", decidedBy: GOVERNMENT, docNumber: docNumber(9) },
      { ...base, action: "appoint", person: "冼银崧", organization: "广州开发区管委会", post: "常务副主任", decidedBy: GOVERNMENT, docNumber: docNumber(9) },
      {
        ...base,
        action: "confirm",
        person: "陈旭",
        organization: "市发展改革委",
        post: "副主任",
        decidedBy: GOVERNMENT,
        docNumber: docNumber(13),
        effectiveFrom: "2021-01-29",
      },
      { ...base, action: "remove", person: "廖荣辉", organization: "广州市司法局", post: "局长", decidedBy: STANDING_COMMITTEE_15_65, docNumber: docNumber(10) },
      { ...base, action: "remove", person: "李小琴", organization: "广州市农业农村局", post: "局长", decidedBy: STANDING_COMMITTEE_15_65, docNumber: docNumber(11) },
      { ...base, action: "remove", person: "周亚伟", organization: "广州开发区管委会", post: "主任", decidedBy: GOVERNMENT, docNumber: docNumber(9) },
      { ...base, action: "remove", person: "刘芳", organization: "广州日报报业集团管委会", post: "委员", decidedBy: GOVERNMENT, docNumber: docNumber(12) },
    ]);
  });

  it("points every notice at its source text, on page 48", () => {
    expect(notices.map((notice) => sourceAt(fixtureText, notice.position))).toEqual([
      "任命陈勇同志为广州开发区管委会主任ꎮ (穗人社任免 〔２０２２〕 ９ 号)",
      "任命冼银崧同志为广州开发区管委会常务副主任ꎮ (穗人社任免 〔２０２２〕 ９ 号)",
      "陈旭同志任职试用期满ꎬ 同意其任市发展改革委副主任ꎬ 任职时间从 ２０２１ 年１ 月\n\n２９ 日起计算ꎮ (穗人社任免 〔２０２２〕 １３ 号)",
      "免去廖荣辉同志的广州市司法局局长职务ꎮ (穗人社任免 〔２０２２〕 １０ 号)",
      "免去李小琴同志的广州市农业农村局局长职务ꎮ (穗人社任免 〔２０２２〕 １１ 号)",
      "免去周亚伟同志的广州开发区管委会主任职务ꎮ (穗人社任免 〔２０２２〕 ９ 号)",
      "免去刘芳同志的广州日报报业集团管委会委员职务ꎮ (穗人社任免 〔２０２２〕 １２ 号)",
    ]);
    expect(notices.map((notice) => notice.position.start.line)).toEqual([3657, 3659, 3661, 3667, 3669, 3673, 3675]);
    expect(new Set(notices.map((notice) => notice.page))).toEqual(new Set([48]));
  });

  it("gives values the schema accepts, without errors", () => {
    for (const notice of notices) expect(() => NoticeSchema.parse(notice)).not.toThrow();
    expect(context.diagnostics.list.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  });

  it("does not claim a regulation's lines", () => {
    const { lines } = fixtureLines(3640, 3652);
    expect(personnelGrammar.claims(segmentOf({ lines, annex: lines.filter((line) => line.text !== "") }))).toBe(false);
  });
});

describe("isPersonnelHeading", () => {
  it("knows the headings of both deciding bodies", () => {
    expect(isPersonnelHeading("广州市人民政府批准：")).toBe(true);
    expect(isPersonnelHeading("广州市第十五届人民代表大会常务委员会第六十五次会议决定：")).toBe(true);
  });

  it("opens a section over its first notice, however the notice begins", () => {
    expect(personnelGrammar.opens?.("广州市人民政府决定：", "任命陈勇同志为广州开发区管委会主任。")).toBe(true);
    expect(personnelGrammar.opens?.("广州市人民政府批准：", "免去周亚伟同志的广州开发区管委会主任职务。")).toBe(true);
    expect(personnelGrammar.opens?.("广州市人民政府批准：", "陈旭同志任职试用期满，同意其任市发展改革委副主任")).toBe(true);
  });

  it("opens no section over anything else: a regulation's `须经市人民政府批准：` over its list", () => {
    // The line alone has the form of a heading; what follows it does not start a notice.
    expect(isPersonnelHeading("须经市人民政府批准：")).toBe(true);
    expect(personnelGrammar.opens?.("须经市人民政府批准：", "（一）新建公共充电站的；")).toBe(false);
    expect(personnelGrammar.opens?.("广州市人民政府批准：", "")).toBe(false);
  });

  it("leaves a regulation whole when one of its lines reads like a heading", () => {
    // Fixture line 3563 ends a paragraph of article 12 (page 45); the two lines go after it.
    const lines = fixtureText.split("\n");
    expect(lines[3562]).toMatch(/工作ꎮ$/);
    lines.splice(3564, 0, "须经市人民政府批准:", "", "(一) 新建公共充电站的ꎻ", "");
    const { documents } = parseGazette(lines.join("\n"));
    expect(documents.map((document) => document.kind)).toEqual(["task-assignment", "levy-notice", "regulation", "personnel"]);
    const regulation = documents[2]!.kind === "regulation" ? documents[2]!.regulation : null;
    expect(regulation?.chapters.flatMap((chapter) => chapter.articles)).toHaveLength(19);
    const article12 = JSON.stringify(regulation?.chapters[2]?.articles[1]);
    expect(article12).toContain('"须经市人民政府批准："');
    expect(article12).toContain("（一）新建公共充电站的；");
  });

  it("refuses notices and other lines", () => {
    expect(isPersonnelHeading("任命陈勇同志为广州开发区管委会主任。（穗人社任免〔2022〕9号）")).toBe(false);
    expect(isPersonnelHeading("公开方式：主动公开")).toBe(false);
    expect(isPersonnelHeading("经批准：")).toBe(false);
    expect(isPersonnelHeading("广州市人民政府批准")).toBe(false);
  });
});

describe("personnel notices written in the broken layout", () => {
  const text = brokenLayout([
    "广州市人民政府批准:",
    "任命张三、李四、欧阳卫民同志为广州市应急管理局副局长ꎮ (穗人社任免 〔２０２２〕 ２０ 号)",
    "任命王五同志为广州市科学技术局副局长 (挂职一年)ꎬ 兼任广州市科学技术协会副主席ꎮ (穗人社任免 〔２０２２〕 ２１ 号)",
    "任命赵六同志兼任广州市人民政府副秘书长ꎮ",
    "免去钱七同志兼任的广州市人民政府副秘书长职务ꎮ (穗人社任免 〔２０２２〕 ２２ 号)",
    "孙八同志任职试用期满ꎬ 同意其任广州市财政局副局长ꎮ (穗人社任免 〔２０２２〕 ２３ 号)",
    "任命周九同志为广州市住房和城乡建设局局长ꎬ 免去其广州市林业和园林局局长职务ꎮ",
    "任命郑一同志为市长助理ꎮ",
    "广州市第十六届人民代表大会常务委员会第三十二次会议决定:",
    "任命司马相",
    "如同志为广州市水务局局长ꎮ (穗人社任免 〔２０２２〕 ２４ 号)",
  ]);
  const { segment, notices, errors } = parseText(text);
  const committee = { body: "广州市人民代表大会常务委员会", term: 16, session: 32, date: null };
  const byPerson = (person: string) => notices.filter((notice) => notice.person === person).map(fields);
  const base = { concurrent: false, note: null, decidedBy: GOVERNMENT, docNumber: null, effectiveFrom: null };

  it("claims the section and reads it without errors", () => {
    expect(personnelGrammar.claims(segment)).toBe(true);
    expect(errors).toEqual([]);
    expect(notices.map((notice) => notice.person)).toEqual(["张三", "李四", "欧阳卫民", "王五", "王五", "赵六", "钱七", "孙八", "周九", "周九", "郑一", "司马相如"]);
  });

  it("gives one notice per person named, each pointing at the whole notice", () => {
    const office = { organization: "广州市应急管理局", post: "副局长" };
    for (const person of ["张三", "李四", "欧阳卫民"]) {
      expect(byPerson(person)).toEqual([{ ...base, action: "appoint", person, ...office, docNumber: docNumber(20) }]);
    }
    const first = notices[0]!;
    expect(sourceAt(text, first.position)).toBe("任命张三、李四、欧阳卫民同志为广州市应急管理局副局长ꎮ (穗人社任免 〔２０２２〕 ２０ 号)");
    expect(notices[2]!.position).toEqual(first.position);
  });

  it("keeps a secondment's note and a concurrent office (挂职, 兼任)", () => {
    expect(byPerson("王五")).toEqual([
      { ...base, action: "appoint", person: "王五", organization: "广州市科学技术局", post: "副局长", note: "挂职一年", docNumber: docNumber(21) },
      { ...base, action: "appoint", person: "王五", organization: "广州市科学技术协会", post: "副主席", concurrent: true, docNumber: docNumber(21) },
    ]);
    expect(byPerson("赵六")).toEqual([
      { ...base, action: "appoint", person: "赵六", organization: "广州市人民政府", post: "副秘书长", concurrent: true },
    ]);
    expect(byPerson("钱七")).toEqual([
      { ...base, action: "remove", person: "钱七", organization: "广州市人民政府", post: "副秘书长", concurrent: true, docNumber: docNumber(22) },
    ]);
  });

  it("reads a confirmation without a date (试用期满)", () => {
    expect(byPerson("孙八")).toEqual([
      { ...base, action: "confirm", person: "孙八", organization: "广州市财政局", post: "副局长", docNumber: docNumber(23) },
    ]);
  });

  it("reads an appointment with a removal and no document number", () => {
    expect(byPerson("周九")).toEqual([
      { ...base, action: "appoint", person: "周九", organization: "广州市住房和城乡建设局", post: "局长" },
      { ...base, action: "remove", person: "周九", organization: "广州市林业和园林局", post: "局长" },
    ]);
  });

  it("keeps the whole office as the post where it cannot split it", () => {
    expect(byPerson("郑一")).toEqual([{ ...base, action: "appoint", person: "郑一", organization: null, post: "市长助理" }]);
  });

  it("joins a name wrapped over two lines and takes the decision body of the nearest heading", () => {
    expect(byPerson("司马相如")).toEqual([
      { ...base, action: "appoint", person: "司马相如", organization: "广州市水务局", post: "局长", decidedBy: committee, docNumber: docNumber(24) },
    ]);
    const notice = notices.at(-1)!;
    expect(sourceAt(text, notice.position)).toBe("任命司马相\n\n如同志为广州市水务局局长ꎮ (穗人社任免 〔２０２２〕 ２４ 号)");
    expect(notice.position.start.line).toBe(19);
    expect(notice.position.end.line).toBe(21);
  });

  it("gives values the schema accepts", () => {
    for (const notice of notices) expect(() => NoticeSchema.parse(notice)).not.toThrow();
  });
});

describe("offices", () => {
  it("gives one notice per office listed with 、, a post alone taking the organization before it, and keeps an organization's other name", () => {
    const text = brokenLayout([
      "免去张三同志的广州市司法局局长、党组书记职务ꎮ",
      "任命李四同志为市政府办公厅 (市政府研究室) 副主任ꎮ",
      "任命钱七同志为广州市中级人民法院审判委员会委员ꎮ",
    ]);
    const { notices, errors } = parseText(text);
    expect(errors).toEqual([]);
    expect(notices.map(({ action, person, organization, post }) => ({ action, person, organization, post }))).toEqual([
      { action: "remove", person: "张三", organization: "广州市司法局", post: "局长" },
      { action: "remove", person: "张三", organization: "广州市司法局", post: "党组书记" },
      { action: "appoint", person: "李四", organization: "市政府办公厅（市政府研究室）", post: "副主任" },
      { action: "appoint", person: "钱七", organization: "广州市中级人民法院审判委员会", post: "委员" },
    ]);
  });

  it("gives an organization named by its ending alone to the body of the office before it (副秘书长、办公厅主任)", () => {
    const { notices, errors } = parseText(brokenLayout(["任命王某同志为广州市人民政府副秘书长、 办公厅主任、 党组书记ꎮ", "任命李某同志为办公室主任ꎮ"]));
    expect(errors).toEqual([]);
    expect(notices.map(({ action, person, organization, post }) => ({ action, person, organization, post }))).toEqual([
      { action: "appoint", person: "王某", organization: "广州市人民政府", post: "副秘书长" },
      { action: "appoint", person: "王某", organization: "广州市人民政府办公厅", post: "主任" },
      { action: "appoint", person: "王某", organization: "广州市人民政府办公厅", post: "党组书记" },
      // First in its list, it has no body before it.
      { action: "appoint", person: "李某", organization: "办公室", post: "主任" },
    ]);
  });

  it("reads an acting post listed after another office of the same body (副市长、代理市长)", () => {
    const { notices, errors } = parseText(brokenLayout(["任命孙志洋为广州市人民政府副市长、代理市长ꎮ"]));
    expect(errors).toEqual([]);
    expect(notices.map(({ organization, post }) => ({ organization, post }))).toEqual([
      { organization: "广州市人民政府", post: "副市长" },
      { organization: "广州市人民政府", post: "代理市长" },
    ]);
  });
});

describe("personnel text it cannot read", () => {
  it("reports a sentence in no known form and reads on", () => {
    const text = brokenLayout([
      "广州市人民政府批准:",
      "这一行不是任免事项ꎮ",
      "免去王宏伟同志的广州市住房和城乡建设局局长职务ꎮ",
    ]);
    const { notices, errors } = parseText(text);
    expect(notices.map((notice) => notice.person)).toEqual(["王宏伟"]);
    expect(errors.map((error) => [error.ruleId, error.line, error.column])).toEqual([["unconsumed-text", 3, 1]]);
    expect(text.slice(errors[0]!.place!.start.offset, errors[0]!.place!.end.offset)).toBe("这一行不是任免事项ꎮ");
  });

  it("reports a line that ends in no full stop up to the next line", () => {
    const text = brokenLayout(["人事任免:", "任命张三同志为广州市水务局局长ꎮ"]);
    const { notices, errors } = parseText(text);
    expect(notices.map((notice) => notice.person)).toEqual(["张三"]);
    expect(errors.map((error) => [error.ruleId, error.line])).toEqual([["unconsumed-text", 1]]);
  });

  it("reports a day the calendar does not have and a malformed numeral, without throwing", () => {
    const text = brokenLayout([
      "广州市第十十届人民代表大会常务委员会第一次会议决定:",
      "陈旭同志任职试用期满ꎬ 同意其任市发展改革委副主任ꎬ 任职时间从 ２０２１ 年２ 月３０ 日起计算ꎮ",
    ]);
    const { notices, errors } = parseText(text);
    expect(notices.map(fields)).toEqual([
      {
        action: "confirm",
        person: "陈旭",
        organization: "市发展改革委",
        post: "副主任",
        concurrent: false,
        note: null,
        decidedBy: { body: "广州市人民代表大会常务委员会", term: null, session: 1, date: null },
        docNumber: null,
        effectiveFrom: null,
      },
    ]);
    expect(errors.map((error) => error.ruleId)).toEqual(["invalid-numeral", "invalid-date"]);
  });
});

/*
 * The forms of notices that real issues print, written here with invented people and real-looking bodies,
 * laid out by the broken-layout printer at several widths and page lengths, and read by the whole parser
 * and by the grammar alone. Where each notice lies in the printed text, and on which page, the test's own
 * reader finds (`printedReader`), not the parser.
 */
const FORMS_GOVERNMENT = "广州市人民政府批准：";
const FORMS_COMMITTEE = "广州市第十五届人民代表大会常务委员会第七十一次会议决定：";
/** Each printed paragraph, and the parts it is cut into: a sentence, or the `；`-separated decisions of one. */
const FORMS_GOVERNMENT_PARAGRAPHS: string[][] = [
  ["任命林志远同志为广州市住房和城乡建设局局长，免去其广州市城市更新局副局长职务。（穗人社任免〔2023〕15号）"],
  ["免去陈志明同志的广州市交通运输局局长、党组书记职务。（穗人社任免〔2023〕16号）"],
  ["免去黄伟民广州市水务局局长、市政府应急办主任的职务。"],
  ["接受何少华辞去广州市体育局局长职务的请求。"],
  ["接受邓卫东辞去广州市商务局副局长职务。"],
  ["罗建新代理广州市财政局局长职务。"],
  ["吴晓燕同志任职试用期满，经考核合格，同意其正式担任广州市生态环境局副局长，任职时间自2023年5月16日起计算。（穗人社任免〔2023〕17号）"],
  ["黄海同志不再担任广州市城市更新局局长职务。"],
  ["聘任周明为广州市人民政府参事。"],
  ["解聘刘洋的广州市人民政府参事职务。"],
];
const FORMS_COMMITTEE_PARAGRAPHS: string[][] = [
  ["任命梁国栋为广州市司法局局长；", "免去郑丽萍的广州市民政局局长职务；", "接受谢振华辞去广州市教育局局长职务的请求。"],
  ["决定任命蔡胜为广州市住房和城乡建设局局长，免去其广州市林业和园林局局长职务；", "决定任命欧阳晓明为广州市林业和园林局局长。"],
  ["免去杨宇的广州市人民检察院副检察长职务，并接受其辞去广州市人民代表大会常务委员会委员职务的请求。"],
];
const FORMS_BLOCKS: Block[] = [
  { centred: FORMS_GOVERNMENT },
  ...FORMS_GOVERNMENT_PARAGRAPHS.map((parts) => ({ paragraph: parts.join("") })),
  { centred: FORMS_COMMITTEE },
  ...FORMS_COMMITTEE_PARAGRAPHS.map((parts) => ({ paragraph: parts.join("") })),
];

const COMMITTEE_15_71 = { body: "广州市人民代表大会常务委员会", term: 15, session: 71, date: null };
const formsDocNumber = (serial: number) => ({ prefix: "穗人社任免", year: 2023, serial, text: `穗人社任免〔2023〕${serial}号` });

/** Read from the texts above: each notice and the part of the printed text (by its first words) that gives it. */
const FORMS_EXPECTED: Array<{ part: string; notice: Omit<Notice, "page" | "position"> }> = (() => {
  const none = { concurrent: false, note: null, docNumber: null, effectiveFrom: null };
  const government = { ...none, decidedBy: GOVERNMENT };
  const committee = { ...none, decidedBy: COMMITTEE_15_71 };
  return [
    { part: "任命林志远", notice: { ...government, action: "appoint", person: "林志远", organization: "广州市住房和城乡建设局", post: "局长", docNumber: formsDocNumber(15) } },
    { part: "任命林志远", notice: { ...government, action: "remove", person: "林志远", organization: "广州市城市更新局", post: "副局长", docNumber: formsDocNumber(15) } },
    { part: "免去陈志明", notice: { ...government, action: "remove", person: "陈志明", organization: "广州市交通运输局", post: "局长", docNumber: formsDocNumber(16) } },
    { part: "免去陈志明", notice: { ...government, action: "remove", person: "陈志明", organization: "广州市交通运输局", post: "党组书记", docNumber: formsDocNumber(16) } },
    { part: "免去黄伟民", notice: { ...government, action: "remove", person: "黄伟民", organization: "广州市水务局", post: "局长" } },
    { part: "免去黄伟民", notice: { ...government, action: "remove", person: "黄伟民", organization: "市政府应急办", post: "主任" } },
    { part: "接受何少华", notice: { ...government, action: "resign", person: "何少华", organization: "广州市体育局", post: "局长" } },
    { part: "接受邓卫东", notice: { ...government, action: "resign", person: "邓卫东", organization: "广州市商务局", post: "副局长" } },
    { part: "罗建新代理", notice: { ...government, action: "act", person: "罗建新", organization: "广州市财政局", post: "局长" } },
    {
      part: "吴晓燕同志",
      notice: { ...government, action: "confirm", person: "吴晓燕", organization: "广州市生态环境局", post: "副局长", docNumber: formsDocNumber(17), effectiveFrom: "2023-05-16" },
    },
    { part: "黄海同志", notice: { ...government, action: "remove", person: "黄海", organization: "广州市城市更新局", post: "局长" } },
    { part: "聘任周明", notice: { ...government, action: "appoint", person: "周明", organization: "广州市人民政府", post: "参事" } },
    { part: "解聘刘洋", notice: { ...government, action: "remove", person: "刘洋", organization: "广州市人民政府", post: "参事" } },
    { part: "任命梁国栋", notice: { ...committee, action: "appoint", person: "梁国栋", organization: "广州市司法局", post: "局长" } },
    { part: "免去郑丽萍", notice: { ...committee, action: "remove", person: "郑丽萍", organization: "广州市民政局", post: "局长" } },
    { part: "接受谢振华", notice: { ...committee, action: "resign", person: "谢振华", organization: "广州市教育局", post: "局长" } },
    { part: "决定任命蔡胜", notice: { ...committee, action: "appoint", person: "蔡胜", organization: "广州市住房和城乡建设局", post: "局长" } },
    { part: "决定任命蔡胜", notice: { ...committee, action: "remove", person: "蔡胜", organization: "广州市林业和园林局", post: "局长" } },
    { part: "决定任命欧阳晓明", notice: { ...committee, action: "appoint", person: "欧阳晓明", organization: "广州市林业和园林局", post: "局长" } },
    { part: "免去杨宇", notice: { ...committee, action: "remove", person: "杨宇", organization: "广州市人民检察院", post: "副检察长" } },
    { part: "免去杨宇", notice: { ...committee, action: "resign", person: "杨宇", organization: "广州市人民代表大会常务委员会", post: "委员" } },
  ];
})();

const FOOTER_LINE = /^\s*[０-９]+ \(本文与正式文件同等效力\)$/u;
/** How the printer writes a mark, back to the mark: `ꎬ` → `，`, `(` → `（`, `２` → `2`. */
const UNPRINTED: ReadonlyMap<string, string> = new Map([
  ["ꎬ", "，"],
  ["ꎮ", "。"],
  ["ꎻ", "；"],
  [":", "："],
  ["(", "（"],
  [")", "）"],
]);

/**
 * The test's own reader of printed text: the printed characters without line breaks, spaces and footers,
 * marks and digits as written, each with its offset in the printed text; and where the footers stand.
 */
function printedReader(printed: string) {
  let chars = "";
  const offsets: number[] = [];
  const footers: number[] = [];
  let offset = 0;
  for (const line of printed.split("\n")) {
    if (FOOTER_LINE.test(line)) footers.push(offset);
    else {
      for (let i = 0; i < line.length; i += 1) {
        const c = line[i]!;
        if (c === " ") continue;
        const code = c.codePointAt(0)!;
        chars += UNPRINTED.get(c) ?? (code >= 0xff10 && code <= 0xff19 ? String.fromCodePoint(code - 0xfee0) : c);
        offsets.push(offset + i);
      }
    }
    offset += line.length + 1;
  }
  /** The printed span and page of `text`, which the printed characters hold once. */
  const locate = (text: string) => {
    const at = chars.indexOf(text);
    if (at < 0 || chars.indexOf(text, at + 1) >= 0) throw new Error(`"${text}" is not printed exactly once`);
    const start = offsets[at]!;
    const end = offsets[at + text.length - 1]! + 1;
    return { start, end, page: 1 + footers.filter((footer) => footer < start).length, footersInside: footers.filter((footer) => footer > start && footer < end).length };
  };
  return { locate };
}

const FORMS_PARTS = [...FORMS_GOVERNMENT_PARAGRAPHS, ...FORMS_COMMITTEE_PARAGRAPHS].flat();
const partStarting = (words: string): string => FORMS_PARTS.find((part) => part.startsWith(words))!;

/** Widths and page lengths; some cut a name at a line's end, some a notice or a name at a page's footer. */
const FORMS_LAYOUTS: PrintOptions[] = [
  { columns: 40, linesPerPage: 5 },
  { columns: 44, linesPerPage: 5 },
  { columns: 46, linesPerPage: 7 },
  { columns: 50, linesPerPage: 6 },
  { columns: 60, linesPerPage: 9 },
  { columns: 72, linesPerPage: 30 },
];

describe.each(FORMS_LAYOUTS)("personnel notices in the printed forms, $columns columns, $linesPerPage lines a page", (layout) => {
  const text = printBroken(FORMS_BLOCKS, layout);
  const reader = printedReader(text);
  const gazette = parseGazette(text);
  const fromGrammar = parseText(text);

  it("is one personnel document to the whole parser, read without errors", () => {
    expect(gazette.documents.map((document) => document.kind)).toEqual(["personnel"]);
    expect(gazette.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(fromGrammar.errors).toEqual([]);
  });

  it("reads every notice, in source order, the same from the whole parser and from the grammar", () => {
    const document = gazette.documents[0];
    const notices = document?.kind === "personnel" ? document.notices : [];
    expect(notices.map(fields)).toEqual(FORMS_EXPECTED.map(({ notice }) => notice));
    expect(fromGrammar.notices.map(fields)).toEqual(FORMS_EXPECTED.map(({ notice }) => notice));
    for (const notice of notices) expect(() => NoticeSchema.parse(notice)).not.toThrow();
  });

  it("points each notice at its part of the printed text and gives the page it starts on", () => {
    const document = gazette.documents[0];
    const notices = document?.kind === "personnel" ? document.notices : [];
    const places = notices.map(({ page, position }) => ({ page, start: position.start.offset, end: position.end.offset }));
    const expected = FORMS_EXPECTED.map(({ part }) => {
      const { start, end, page } = reader.locate(partStarting(part));
      return { page, start, end };
    });
    expect(places).toEqual(expected);
    expect(fromGrammar.notices.map(({ page, position }) => ({ page, start: position.start.offset, end: position.end.offset }))).toEqual(expected);
  });
});

describe("the printed forms' layouts", () => {
  it("cut the notices where the tests above say: inside names, and across page footers", () => {
    const printed = (layout: PrintOptions) => printBroken(FORMS_BLOCKS, layout);
    // A name wrapped at a line's end.
    expect(printed(FORMS_LAYOUTS[0]!)).toContain("免去郑\n\n丽萍的");
    expect(printed(FORMS_LAYOUTS[2]!)).toContain("决定任命欧阳\n\n晓明为");
    // A name wrapped at a page's end, across the footer.
    expect(printed(FORMS_LAYOUTS[1]!)).toMatch(/决定任命欧\n\n[０-９]+ \(本文与正式文件同等效力\)\n 阳晓明/u);
    // Notices across a footer: the 免去黄伟民 notice at 46 columns, 7 lines a page; the confirmation at 50
    // columns, 6 lines a page; and at 40 columns, 5 lines a page, its document number.
    expect(printedReader(printed(FORMS_LAYOUTS[2]!)).locate(partStarting("免去黄伟民"))).toMatchObject({ page: 1, footersInside: 1 });
    expect(printedReader(printed(FORMS_LAYOUTS[3]!)).locate(partStarting("吴晓燕同志"))).toMatchObject({ page: 2, footersInside: 1 });
    expect(printed(FORMS_LAYOUTS[0]!)).toMatch(/\(穗人社任\n\n[０-９]+ \(本文与正式文件同等效力\)\n 免〔/u);
  });
});

describe("personnel parts and clauses", () => {
  const short = (notices: Notice[]) => notices.map(({ action, person, organization, post }) => [action, person, organization, post]);

  it("reports a part of a decision list in no known form, with its span, and reads the parts around it", () => {
    const text = brokenLayout([
      "广州市第十五届人民代表大会常务委员会第七十一次会议决定:",
      "任命梁国栋为广州市司法局局长ꎻ 这一项不是任免事项ꎻ 免去郑丽萍的广州市民政局局长职务ꎮ",
    ]);
    const { notices, errors } = parseText(text);
    expect(short(notices)).toEqual([
      ["appoint", "梁国栋", "广州市司法局", "局长"],
      ["remove", "郑丽萍", "广州市民政局", "局长"],
    ]);
    expect(errors.map((error) => [error.ruleId, error.line])).toEqual([["unconsumed-text", 3]]);
    expect(text.slice(errors[0]!.place!.start.offset, errors[0]!.place!.end.offset)).toBe("这一项不是任免事项ꎻ");
  });

  it("keeps an office whose bracketed other name lists with `、` whole", () => {
    const { notices, errors } = parseText(brokenLayout(["广州市人民政府批准:", "任命周敏同志为广州市人民政府办公厅 (广州市人民政府研究室、 广州市人民政府参事室) 副主任ꎮ"]));
    expect(errors).toEqual([]);
    expect(short(notices)).toEqual([["appoint", "周敏", "广州市人民政府办公厅（广州市人民政府研究室、广州市人民政府参事室）", "副主任"]]);
  });

  it("lets `其` in a later part of the same sentence mean the person named before it", () => {
    const { notices, errors } = parseText(brokenLayout(["免去杨宇的广州市人民检察院副检察长职务ꎻ 接受其辞去广州市人民代表大会常务委员会委员职务请求ꎮ"]));
    expect(errors).toEqual([]);
    expect(short(notices)).toEqual([
      ["remove", "杨宇", "广州市人民检察院", "副检察长"],
      ["resign", "杨宇", "广州市人民代表大会常务委员会", "委员"],
    ]);
  });

  it("reports `其` with nobody before it, and a probation that confirms nothing", () => {
    const text = brokenLayout(["免去其广州市水务局局长职务ꎮ", "吴晓燕同志任职试用期满ꎮ", "罗建新同志代理广州市财政局局长职务ꎮ"]);
    const { notices, errors } = parseText(text);
    expect(short(notices)).toEqual([["act", "罗建新", "广州市财政局", "局长"]]);
    expect(errors.map((error) => text.slice(error.place!.start.offset, error.place!.end.offset))).toEqual(["免去其广州市水务局局长职务ꎮ", "吴晓燕同志任职试用期满ꎮ"]);
  });

  it("reports a run-on list of names as one line of unread text", () => {
    const line = `任命${"张三、".repeat(20000)}李四同志为广州市水务局局长ꎮ`;
    const { notices, errors } = parseText(`${line}\n`);
    expect(notices).toEqual([]);
    expect(errors.map((error) => [error.ruleId, error.place!.start.offset, error.place!.end.offset])).toEqual([["unconsumed-text", 0, line.length]]);
  });

  it("reads a sentence of thousands of decisions, each part bounded on its own", () => {
    const { notices, errors } = parseText(`${"任命张三为广州市水务局局长ꎻ ".repeat(3000)}免去李四的广州市水务局副局长职务ꎮ\n`);
    expect(errors).toEqual([]);
    expect(notices).toHaveLength(3001);
    expect(notices.at(-1)).toMatchObject({ action: "remove", person: "李四", organization: "广州市水务局", post: "副局长" });
  });

  it("opens a section over each form a first notice may take", () => {
    const heading = "广州市第十五届人民代表大会常务委员会第七十一次会议决定：";
    for (const first of ["决定任命蔡胜为广州市住房和城乡建设局局长", "接受何少华辞去广州市体育局局长职务的请求", "罗建新代理广州市财政局局长职务", "黄海同志不再担任广州市城市更新局局长职务", "聘任周明为广州市人民政府参事", "解聘刘洋的广州市人民政府参事职务"]) {
      expect(personnelGrammar.opens?.(heading, first)).toBe(true);
    }
  });

  it("claims no prose whose wrapped line starts with words before 任 (工作责任制), which `X同志任Y` needs 同志 to tell from a name", () => {
    const { segment } = parseText(brokenLayout(["各区卫生健康部门要健全家庭医生签约服务的", "工作责任制ꎮ"]));
    expect(personnelGrammar.claims(segment)).toBe(false);
  });

  it("claims notices in the new forms without a heading", () => {
    const { segment } = parseText(brokenLayout(["罗建新代理广州市财政局局长职务ꎮ"]));
    expect(personnelGrammar.claims(segment)).toBe(true);
  });
});

describe("notes after a comma, and appointments by 任", () => {
  it("reads a probation or a remark after the office as the note of that office, and `X同志任Y` as an appointment", () => {
    const text = brokenLayout([
      "广州市人民政府批准:",
      "任命赵国强同志为广州市水务局副局长ꎬ 试用期一年ꎮ",
      "欧阳明同志任广州市人民政府副秘书长ꎮ",
      "免去郑丽华同志的广州市民政局副局长职务ꎬ 退休ꎮ",
      "任命钱七同志为广州市商务局副局长 (挂职一年)ꎬ 试用期为六个月ꎬ 免去其广州市商务局处长职务ꎮ",
    ]);
    const { notices, errors } = parseText(text);
    expect(errors).toEqual([]);
    const base = { concurrent: false, decidedBy: GOVERNMENT, docNumber: null, effectiveFrom: null };
    expect(notices.map(fields)).toEqual([
      { ...base, action: "appoint", person: "赵国强", organization: "广州市水务局", post: "副局长", note: "试用期一年" },
      { ...base, action: "appoint", person: "欧阳明", organization: "广州市人民政府", post: "副秘书长", note: null },
      { ...base, action: "remove", person: "郑丽华", organization: "广州市民政局", post: "副局长", note: "退休" },
      { ...base, action: "appoint", person: "钱七", organization: "广州市商务局", post: "副局长", note: "挂职一年，试用期为六个月" },
      { ...base, action: "remove", person: "钱七", organization: "广州市商务局", post: "处长", note: null },
    ]);
    expect(sourceAt(text, notices[0]!.position)).toBe("任命赵国强同志为广州市水务局副局长ꎬ 试用期一年ꎮ");
  });

  it("leaves a note with no office before it unread", () => {
    const text = brokenLayout(["陈旭同志任职试用期满ꎬ 试用期一年ꎮ"]);
    const { notices, errors } = parseText(text);
    expect(notices).toEqual([]);
    expect(errors.map((error) => error.ruleId)).toEqual(["unconsumed-text"]);
  });
});

describe("offices split by the vocabulary's words", () => {
  it("ends an organization with any organisation ending or place, and a post with any rank and title", () => {
    const { notices, errors } = parseText(
      brokenLayout(["任命张三同志为广州大学校长、 党委副书记ꎮ", "免去李四同志的广州市民政局一级巡视员职务ꎮ", "任命王五同志为从化区区长ꎮ"]),
    );
    expect(errors).toEqual([]);
    expect(notices.map(({ person, organization, post }) => [person, organization, post])).toEqual([
      ["张三", "广州大学", "校长"],
      ["张三", "广州大学", "党委副书记"],
      ["李四", "广州市民政局", "一级巡视员"],
      ["王五", "从化区", "区长"],
    ]);
  });
  it("ends an office with the chief officers' and brigade posts (总农艺师, 总督学, 督学, 支队长)", () => {
    const { notices, errors } = parseText(
      brokenLayout([
        "任命孙立新同志为广州市农业农村局总农艺师ꎮ",
        "任命甲乙丙同志为广州市规划和自然资源局总规划师ꎮ",
        "任命甲乙丙同志为广州市教育局总督学ꎮ",
        "任命甲乙丙同志为广州市人民政府督学ꎮ",
        "任命甲乙丙同志为广州市审计局总审计师ꎮ",
        "任命甲乙丙同志为广州市财政局总会计师ꎮ",
        "任命甲乙丙同志为广州市水务局总工程师ꎮ",
        "任命甲乙丙同志为广州市发展和改革委员会总经济师ꎮ",
        "任命甲乙丙同志为广州市公安局交通警察支队支队长ꎮ",
        "任命甲乙丙同志为广州市公安局刑事侦查大队大队长ꎮ",
      ]),
    );
    expect(errors).toEqual([]);
    expect(notices.map(({ person, organization, post }) => [person, organization, post])).toEqual([
      ["孙立新", "广州市农业农村局", "总农艺师"],
      ["甲乙丙", "广州市规划和自然资源局", "总规划师"],
      ["甲乙丙", "广州市教育局", "总督学"],
      ["甲乙丙", "广州市人民政府", "督学"],
      ["甲乙丙", "广州市审计局", "总审计师"],
      ["甲乙丙", "广州市财政局", "总会计师"],
      ["甲乙丙", "广州市水务局", "总工程师"],
      ["甲乙丙", "广州市发展和改革委员会", "总经济师"],
      ["甲乙丙", "广州市公安局交通警察支队", "支队长"],
      ["甲乙丙", "广州市公安局刑事侦查大队", "大队长"],
    ]);
  });
});

describe("the printed forms in the Markdown rendition", () => {
  it("give back every notice, resignations and acting posts included", () => {
    const gazette = parseGazette(printBroken(FORMS_BLOCKS, FORMS_LAYOUTS[4]!));
    const [document] = fromMarkdown(toMarkdown(gazette)).documents;
    const notices = document?.kind === "personnel" ? document.notices : [];
    expect(notices.map(fields)).toEqual(FORMS_EXPECTED.map(({ notice }) => notice));
  });
});

describe("a section's second heading wrapped over two lines", () => {
  it("still sets the deciding body of the notices after it", () => {
    const text = printBroken(
      [
        { centred: "广州市人民政府批准：" },
        { paragraph: "罗建新代理广州市财政局局长职务。" },
        { paragraph: "广州市第十五届人民代表大会常务委员会第七十一次会议决定：" },
        { paragraph: "任命梁国栋为广州市司法局局长。" },
      ],
      { columns: 40, linesPerPage: 20 },
    );
    expect(text).toContain("常务委员会\n\n第七十一次会议决定");
    const { documents, diagnostics } = parseGazette(text);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    const notices = documents[0]?.kind === "personnel" ? documents[0].notices : [];
    expect(notices.map(({ action, person, decidedBy }) => [action, person, decidedBy])).toEqual([
      ["act", "罗建新", GOVERNMENT],
      ["appoint", "梁国栋", COMMITTEE_15_71],
    ]);
  });
});

describe("a section whose first heading is wrapped over two lines", () => {
  const heading = "广州市第十六届人民代表大会常务委员会第二十八次会议决定：";
  const committee = { body: "广州市人民代表大会常务委员会", term: 16, session: 28, date: null };

  it("opens at the heading's first line, over a notice after its second", () => {
    expect(personnelGrammar.opens?.("广州市第十六届人民代表大会常务委员会第二十八次会", "议决定：", "任命林海燕为广州市民政局局长。")).toBe(true);
    expect(personnelGrammar.opens?.("广州市第十六届人民代表大会常务委员会第二十八次会", "议决定：", "（一）新建公共充电站的；")).toBe(false);
    expect(personnelGrammar.opens?.("广州市第十六届人民代表大会常务委员会第二十八次会", "议决定：")).toBe(false);
  });

  it("is cut from the document before it, at 48 columns", () => {
    const text = printBroken(
      [
        { centred: "穗府任〔2024〕11号" },
        { centred: "广州市人民政府关于孙立新同志任职的通知" },
        { paragraph: "广州市农业农村局：" },
        { paragraph: "决定聘任孙立新同志为广州市农业农村局总农艺师。" },
        { centred: "广州市人民政府" },
        { centred: "2024年5月6日" },
        { paragraph: "公开方式：主动公开" },
        { centred: heading },
        { paragraph: "任命林海燕为广州市民政局局长。" },
      ],
      { columns: 48, linesPerPage: 37 },
    );
    expect(text).toContain("第二十八次会\n\n议决定:");
    const { documents, diagnostics } = parseGazette(text);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(documents.map((document) => document.kind)).toEqual(["generic", "personnel"]);
    const notices = documents[1]?.kind === "personnel" ? documents[1].notices : [];
    expect(notices.map(({ action, person, organization, post, decidedBy }) => [action, person, organization, post, decidedBy])).toEqual([
      ["appoint", "林海燕", "广州市民政局", "局长", committee],
    ]);
  });
});

describe("a date under a heading's notices", () => {
  it("is the date of that heading's decision, for the notices above and below it", () => {
    const text = brokenLayout([
      "广州市第十六届人民代表大会常务委员会第九次会议决定:",
      "任命林海燕为广州市民政局局长ꎻ 免去郑丽华的广州市民政局局长职务ꎮ",
      "２０２３ 年 １ 月 ５ 日",
      "广州市人民政府批准:",
      "任命李明同志为广州市工业和信息化局副局长ꎮ",
    ]);
    const { notices, errors } = parseText(text);
    expect(errors).toEqual([]);
    const committee = { body: "广州市人民代表大会常务委员会", term: 16, session: 9, date: "2023-01-05" };
    expect(notices.map(({ action, person, organization, post, decidedBy }) => [action, person, organization, post, decidedBy])).toEqual([
      ["appoint", "林海燕", "广州市民政局", "局长", committee],
      ["remove", "郑丽华", "广州市民政局", "局长", committee],
      ["appoint", "李明", "广州市工业和信息化局", "副局长", GOVERNMENT],
    ]);
  });

  it("ends a section, read by the whole parser without errors", () => {
    const text = printBroken(
      [{ centred: "广州市人民政府批准：" }, { paragraph: "任命李明同志为广州市工业和信息化局副局长。" }, { centred: "2023年1月5日" }],
      { columns: 66, linesPerPage: 37 },
    );
    const { documents, diagnostics } = parseGazette(text);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    const notices = documents[0]?.kind === "personnel" ? documents[0].notices : [];
    expect(notices.map(({ person, decidedBy }) => [person, decidedBy])).toEqual([["李明", { ...GOVERNMENT, date: "2023-01-05" }]]);
  });

  it("reports a day the calendar does not have, and a date with no heading above it", () => {
    const text = brokenLayout(["任命李明同志为广州市工业和信息化局副局长ꎮ", "２０２３ 年 １ 月 ５ 日", "广州市人民政府批准:", "任命张三同志为广州市水务局局长ꎮ", "２０２３ 年 ２ 月 ３０ 日"]);
    const { notices, errors } = parseText(text);
    expect(notices.map(({ person, decidedBy }) => [person, decidedBy])).toEqual([["李明", null], ["张三", GOVERNMENT]]);
    expect(errors.map((error) => [error.ruleId, text.slice(error.place!.start.offset, error.place!.end.offset)])).toEqual([
      ["unconsumed-text", "２０２３ 年 １ 月 ５ 日"],
      ["invalid-date", "２０２３ 年 ２ 月 ３０ 日"],
    ]);
  });
});

describe("a section opened by a notice in a new form, after a regulation", () => {
  it("is cut from the regulation before it, which keeps its articles", () => {
    // Fixture line 3657 is the first notice under 广州市人民政府批准：, right after the regulation's last page.
    const lines = fixtureText.split("\n");
    expect(lines[3656]).toBe("任命陈勇同志为广州开发区管委会主任ꎮ (穗人社任免 〔２０２２〕 ９ 号)");
    lines[3656] = "罗建新代理广州市财政局局长职务ꎮ";
    const { documents, diagnostics } = parseGazette(lines.join("\n"));
    expect(documents.map((document) => document.kind)).toEqual(["task-assignment", "levy-notice", "regulation", "personnel"]);
    const regulation = documents[2]!.kind === "regulation" ? documents[2]!.regulation : null;
    expect(regulation?.chapters.flatMap((chapter) => chapter.articles)).toHaveLength(19);
    const personnel = documents[3]!.kind === "personnel" ? documents[3]!.notices : [];
    expect(personnel.map(({ action, person, organization, post, page }) => [action, person, organization, post, page])[0]).toEqual(["act", "罗建新", "广州市财政局", "局长", 48]);
    expect(personnel).toHaveLength(7);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  });
});
