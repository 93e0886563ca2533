/**
 * An issue the parser was not written against: `fixtures/synthetic-2023-05.txt` is made up for testing,
 * in the bundled issue's broken extraction layout (full-width digits, `ꎬꎮꎻ`, `«»`, U+1001B0 for the
 * decimal point, a blank line after most lines, digit-reversed two-digit page numbers, indented first
 * lines, running headers), with different content: a generic 办公厅 notice with a three-level outline, a
 * responsibility table of 2023 with other leaders, two leaders in one cell, bodies missing from the unit
 * registry and a column header repeated on every page, and personnel notices decided by the 16th
 * standing committee. `fixtures/synthetic-2023-07.txt`, made up the same way, opens with a decree (令)
 * that issues a regulation over three pages, then personnel notices.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseGazette } from "../src/parse.js";
import { GazetteSchema } from "../src/schema/index.js";

const text = readFileSync(fileURLToPath(new URL("../fixtures/synthetic-2023-05.txt", import.meta.url)), "utf8");
const gazette = parseGazette(text);
const [notice, table, personnel] = gazette.documents;

const rule = (ruleId: string) => gazette.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);

describe("synthetic issue 2023 No. 5", () => {
  it("reads the issue, its pages and its three documents", () => {
    expect(GazetteSchema.parse(gazette)).toBeTruthy();
    expect(gazette.issue).toEqual({ title: "广州市人民政府公报", year: 2023, number: 5 });
    expect(gazette.pages).toBe(12);
    expect(gazette.documents.map((document) => [document.kind, document.pages])).toEqual([
      ["generic", { from: 1, to: 5 }],
      ["task-assignment", { from: 6, to: 10 }],
      ["personnel", { from: 11, to: 12 }],
    ]);
    expect(gazette.diagnostics.filter((diagnostic) => diagnostic.severity !== "info")).toEqual([]);
    expect(gazette.coverage.unconsumed).toBe(0);
  });

  it("repairs the digit-reversed page numbers and sets aside the running headers", () => {
    const footers = gazette.furniture.filter((item) => item.kind === "page-footer");
    expect(footers.map((footer) => footer.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const headers = gazette.furniture.filter((item) => item.kind === "running-header");
    expect(headers.map((header) => [header.page, header.text])).toEqual([
      [3, "广州市人民政府公报2023年第5期"],
      [9, "广州市人民政府公报2023年第5期"],
      [12, "广州市人民政府公报2023年第5期"],
    ]);
  });

  it("reads the 办公厅 notice as a generic document with its envelope and outline", () => {
    expect(notice).toMatchObject({
      kind: "generic",
      issuer: "广州市人民政府办公厅",
      docNumber: { prefix: "穗府办", year: 2023, serial: 7, text: "穗府办〔2023〕7号" },
      title: "广州市人民政府办公厅关于做好2023年防汛防旱防风工作的通知",
      addressees: ["各区人民政府", "市政府各部门", "各直属机构"],
      signedBy: "广州市人民政府办公厅",
      date: "2023-04-06",
      disclosure: "主动公开",
      registrationCode: "GZ0220230004",
    });
    expect(rule("unknown-document-kind").map((diagnostic) => diagnostic.page)).toEqual([1]);
    const body = notice!.body;
    expect(body[0]!.paragraphs).toEqual([
      "为切实做好我市2023年防汛防旱防风（以下简称三防）工作，保障人民群众生命财产安全，经市人民政府同意，现就有关事项通知如下。",
    ]);
    expect(body.slice(1).map((item) => [item.marker, item.heading, item.page])).toEqual([
      ["一、", "全面压实三防责任", 1],
      ["二、", "强化监测预警和会商研判", 2],
      ["三、", "加强隐患排查和工程建设", 3],
      ["四、", "做好应急准备和值班值守", 4],
    ]);
    expect(body[2]!.children.map((item) => [item.marker, item.heading, item.page])).toEqual([
      ["（一）", "加强监测预报。", 2],
      ["（二）", "完善预警发布。", 2],
      ["（三）", "严格会商研判。", 3],
    ]);
    // The decimal point of the broken font, inside a sentence.
    expect(body[2]!.children[0]!.paragraphs[0]).toContain("提高1.5个百分点");
    expect(body[2]!.children[1]!.children.map((item) => [item.marker, item.paragraphs])).toEqual([
      ["1.", ["预警信息在10分钟内传达到基层责任人；"]],
      ["2.", ["重点区域、重点人群预警信息全覆盖。"]],
    ]);
    // A paragraph cut by a page break, and one whose continuation is the first, indented line of a page.
    expect(body[3]!.children[0]!.paragraphs).toEqual([
      "各区要对水库、堤防、在建工地、地下空间等重点部位开展全面排查，建立隐患台账，落实整改措施，做到整改一处、销号一处。",
    ]);
    expect(body[4]!.children[1]).toMatchObject({
      heading: "严格值班制度。",
      paragraphs: ["汛期实行24小时值班和领导带班制度，遇有重大险情及时报告，不得迟报、漏报、瞒报。"],
      page: 5,
    });
  });

  it("reads the 市政府 notice's envelope", () => {
    expect(table).toMatchObject({
      kind: "task-assignment",
      issuer: "广州市人民政府",
      docNumber: { prefix: "穗府", year: 2023, serial: 5, text: "穗府〔2023〕5号" },
      title: "广州市人民政府关于印发2023年市政府民生实事责任分工的通知",
      addressees: ["各区人民政府", "市政府各部门", "各直属机构"],
      signedBy: "广州市人民政府",
      date: "2023-03-02",
      disclosure: "主动公开",
      registrationCode: null,
    });
    expect(table!.body.map((item) => item.paragraphs)).toEqual([
      [
        "《2023年市政府民生实事责任分工》已经市政府第16届21次常务会议审议通过，现印发给你们，请认真组织实施。各责任单位要加强统筹协调，细化工作措施，明确完成时限，确保各项民生实事按期保质完成。",
      ],
    ]);
  });

  it("reads the table's sections", () => {
    if (table?.kind !== "task-assignment") throw new Error("not a task table");
    expect(table.sections).toEqual([
      {
        numeral: "一",
        ordinal: 1,
        title: "提升公共服务水平",
        subsections: [
          { ordinal: 1, title: "办好人民满意的教育和医疗" },
          { ordinal: 2, title: "完善社会保障体系" },
        ],
      },
      {
        numeral: "二",
        ordinal: 2,
        title: "守牢城市安全底线",
        subsections: [
          { ordinal: 1, title: "加强防灾减灾能力建设" },
          { ordinal: 2, title: "保障城市运行安全" },
        ],
      },
    ]);
  });

  it("reads every row of the table", () => {
    if (table?.kind !== "task-assignment") throw new Error("not a task table");
    const rows = table.tasks.map((task) => [
      task.seq,
      task.section.ordinal,
      task.subsection?.ordinal ?? null,
      task.page,
      task.text,
      task.leaders,
      task.leadUnits,
      task.cooperatingUnits,
    ]);
    expect(rows).toEqual([
      [1, 1, 1, 7, "新增公办中小学学位5万个，扩大优质教育资源覆盖面。", ["李明华"], ["市教育局"], ["市发展改革委", "市财政局", "市规划和自然资源局", "各区政府"]],
      [2, 1, 1, 7, "建设10家社区医院，提升基层医疗卫生服务能力。", ["孙嘉怡"], ["市卫生健康委"], ["市财政局", "市住房城乡建设局", "各区政府"]],
      [3, 1, 1, 7, "推进医保服务站向村居延伸，实现镇街全覆盖。", ["孙嘉怡"], ["市医保局"], []],
      [4, 1, 2, 8, "开展职业技能培训20万人次，促进重点群体就业。", ["李明华"], ["市人力资源社会保障局"], ["市财政局", "广州市税务局"]],
      [5, 1, 2, 8, "新增长者饭堂100个。", ["李明华"], ["市民政局"], ["市残联", "各区政府"]],
      [6, 1, 2, 8, "推进居家养老服务提质扩面，新增家庭养老床位3000张。", ["李明华", "孙嘉怡"], ["市民政局", "市卫生健康委"], ["市医保局", "市财政局"]],
      [7, 2, 1, 8, "完善三防指挥体系。", ["王刚"], ["市防汛防旱防风总指挥部办公室"], ["市应急管理局", "市水务局", "市气象局", "各区政府"]],
      [8, 2, 1, 9, "完成30个内涝点整治，提升城市排水防涝能力。", ["王刚"], ["市水务局"], ["广州水投", "各区政府"]],
      [9, 2, 1, 9, "建设应急避护场所50个。", ["王刚"], ["市应急管理局"], ["市消防救援支队", "市规划和自然资源局"]],
      [10, 2, 2, 10, "优化公交线网，新开和优化公交线路60条。", ["赵文博"], ["市交通运输局"], ["广州地铁", "广州公交"]],
      [11, 2, 2, 10, "改造老旧小区120个。", ["赵文博"], ["市住房城乡建设局"], ["市城市管理综合执法局", "各区政府"]],
      [12, 2, 2, 10, "开展食品安全放心工程，抽检食品6万批次。", ["赵文博"], ["市市场监管局"], ["市食品安全办", "市农业农村局", "市商务局"]],
    ]);
  });

  it("notes the bodies the registry does not know", () => {
    expect(rule("unknown-unit").map((diagnostic) => [diagnostic.message, diagnostic.page])).toEqual([
      ['"市防汛防旱防风总指挥部办公室" is not in the unit registry', 8],
      ['"市食品安全办" is not in the unit registry', 10],
    ]);
  });

  it("reads the personnel notices under their deciding bodies", () => {
    if (personnel?.kind !== "personnel") throw new Error("not a personnel section");
    const committee = { body: "广州市人民代表大会常务委员会", term: 16, session: 3, date: null };
    const government = { body: "广州市人民政府", term: null, session: null, date: null };
    const docNumber = (serial: number) => ({ prefix: "穗人社任免", year: 2023, serial, text: `穗人社任免〔2023〕${serial}号` });
    const base = { concurrent: false, note: null, effectiveFrom: null };
    expect(personnel.notices.map(({ page: _page, position: _position, ...rest }) => rest)).toEqual([
      { ...base, action: "appoint", person: "王晓东", organization: "广州市水务局", post: "局长", decidedBy: committee, docNumber: docNumber(4) },
      { ...base, action: "appoint", person: "刘思远", organization: "广州市教育局", post: "局长", decidedBy: committee, docNumber: docNumber(4) },
      { ...base, action: "remove", person: "陈国强", organization: "广州市水务局", post: "局长", decidedBy: committee, docNumber: docNumber(4) },
      {
        ...base,
        action: "appoint",
        person: "黄志诚",
        organization: "广州南沙经济技术开发区管理委员会",
        post: "副主任",
        decidedBy: government,
        docNumber: docNumber(6),
      },
      { ...base, action: "remove", person: "林小梅", organization: "广州市民政局", post: "副局长", decidedBy: government, docNumber: docNumber(7) },
    ]);
    expect(personnel.notices.map((item) => item.page)).toEqual([11, 11, 11, 12, 12]);
  });
});

describe("synthetic issue 2023 No. 7: a decree", () => {
  const decreeText = readFileSync(fileURLToPath(new URL("../fixtures/synthetic-2023-07.txt", import.meta.url)), "utf8");
  const issue = parseGazette(decreeText);
  const [decree, notices] = issue.documents;
  const sourceOf = (position: { start: { offset: number }; end: { offset: number } }) => decreeText.slice(position.start.offset, position.end.offset);

  it("cuts the decree and the personnel notices apart, with nothing to report", () => {
    expect(GazetteSchema.parse(issue)).toBeTruthy();
    expect(issue.issue).toEqual({ title: "广州市人民政府公报", year: 2023, number: 7 });
    expect(issue.documents.map((document) => [document.kind, document.pages])).toEqual([
      ["regulation", { from: 1, to: 3 }],
      ["personnel", { from: 4, to: 4 }],
    ]);
    expect(issue.diagnostics).toEqual([]);
    expect(issue.coverage.unconsumed).toBe(0);
  });

  it("reads the decree's envelope: its number, signer, date and the title of what it issues", () => {
    expect(decree).toMatchObject({
      issuer: "广州市人民政府",
      docNumber: null,
      decreeNumber: 201,
      title: "广州市城市道路占用挖掘管理办法",
      signedBy: "市长郭永航",
      date: "2023-06-02",
      addressees: [],
    });
    expect(decree!.body.map((node) => node.paragraphs)).toEqual([
      ["《广州市城市道路占用挖掘管理办法》已于2023年5月8日经市人民政府第16届第21次常务会议审议通过，现予公布，自2023年8月1日起施行。"],
    ]);
  });

  it("reads the regulation it issues across the page breaks and the running header", () => {
    if (decree?.kind !== "regulation") throw new Error("not a regulation");
    const { chapters, effective, references } = decree.regulation;
    expect(chapters.map((chapter) => [chapter.number, chapter.title, chapter.articles.map((article) => [article.number, article.page])])).toEqual([
      [1, "总则", [[1, 1], [2, 1], [3, 2]]],
      [2, "占用管理", [[4, 2], [5, 2]]],
      [3, "附则", [[6, 3]]],
    ]);
    const article = (number: number) => chapters.flatMap((chapter) => chapter.articles).find((candidate) => candidate.number === number)!;
    expect(article(3).paragraphs).toEqual([
      "市城市管理部门负责全市城市道路占用、挖掘的监督管理工作。",
      "区城市管理部门按照职责分工负责本辖区城市道路占用、挖掘的监督管理工作。",
    ]);
    expect(article(5).paragraphs).toEqual(["临时占用城市道路的期限一般不超过一年。确需延长的，应当在期限届满前15日内申请延期。"]);
    expect(sourceOf(article(6).position)).toBe("第六条　 本办法自 ２０２３ 年 ８ 月 １ 日起施行ꎬ 有效期 ５ 年ꎮ");
    expect(effective).toEqual({ from: "2023-08-01", validYears: 5, until: "2028-07-31" });
    expect(references.map((reference) => [reference.text, reference.article])).toEqual([["《城市道路管理条例》", 1]]);
  });

  it("reads the personnel notices after it", () => {
    if (notices?.kind !== "personnel") throw new Error("not a personnel section");
    expect(notices.notices.map((notice) => [notice.action, notice.person, notice.organization, notice.post, notice.page])).toEqual([
      ["appoint", "李建华", "广州市城市管理和综合执法局", "副局长", 4],
      ["remove", "赵明", "广州市交通运输局", "副局长", 4],
    ]);
    expect(sourceOf(notices.notices[1]!.position)).toBe("免去赵明同志的广州市交通运输局副局长职务ꎮ (穗人社任免 〔２０２３〕 ９ 号)");
  });
});
