import { readFileSync } from "node:fs";
import type { PagedLine } from "../src/text/run.js";
import { describe, expect, it } from "vitest";
import { isInForce, readRegulation, regulationGrammar } from "../grammars/regulation.js";
import { parseGazette } from "../src/parse.js";
import { RegulationSchema, type Regulation } from "../src/schema/regulation.js";
import { manyArticles, printBroken, type Block } from "./broken-layout.js";
import { fixtureLines, fixtureText, prepare, segmentOf, sourceAt } from "./support.js";

const NOTICE_TITLE = "广州市工业和信息化局关于印发广州市电动汽车充电基础设施安全管理办法的通知";

/** The charging regulation as segmentation hands it over: its title lines down to its last article. */
function fixtureRegulation() {
  const { lines, context } = fixtureLines(3411, 3652);
  const annex = lines.filter((line) => line.number >= 3432 && line.number <= 3651);
  const segment = segmentOf({ lines, annex, title: NOTICE_TITLE });
  return { segment, context, regulation: readRegulation(segment, context) };
}

/** The regulation's lines from its first chapter on: without its title (`广州市电动汽车充电基础设施安全` / `管理办法`). */
const withoutTitle = (annex: readonly PagedLine[]) => annex.slice(annex.findIndex((line) => line.text.startsWith("第一章")));

const errors = (context: { diagnostics: { list: Array<{ severity: string }> } }) =>
  context.diagnostics.list.filter((diagnostic) => diagnostic.severity === "error");
const articlesOf = (regulation: Regulation) => regulation.chapters.flatMap((chapter) => chapter.articles);
const articleOf = (regulation: Regulation, number: number) => articlesOf(regulation).find((article) => article.number === number)!;

describe("the charging regulation of the fixture", () => {
  const { segment, context, regulation } = fixtureRegulation();

  it("is claimed, and validates", () => {
    expect(regulationGrammar.claims(segment)).toBe(true);
    expect(RegulationSchema.parse(regulation)).toEqual(regulation);
    expect(errors(context)).toEqual([]);
  });

  it("has its title and five chapters of 3, 7, 3, 4 and 2 articles, 19 in all, numbered in order", () => {
    expect(regulation.title).toBe("广州市电动汽车充电基础设施安全管理办法");
    expect(regulation.chapters.map((chapter) => [chapter.number, chapter.title, chapter.articles.length])).toEqual([
      [1, "总则", 3],
      [2, "安全主体职责", 7],
      [3, "监管职责分工", 3],
      [4, "追责处置机制", 4],
      [5, "附则", 2],
    ]);
    expect(articlesOf(regulation).map((article) => article.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it("rebuilds the paragraphs from the layout", () => {
    expect([2, 12, 13, 15].map((number) => articleOf(regulation, number).paragraphs.length)).toEqual([4, 10, 2, 3]);
    const twelve = articleOf(regulation, 12).paragraphs;
    expect(twelve[0]).toBe("对充电设施的安全监管职责，各部门分工如下：");
    expect(twelve.slice(1).map((paragraph) => paragraph.slice(0, 4))).toEqual([
      "市工业和",
      "市应急管",
      "市住房城",
      "市交通运",
      "市公安机",
      "市城市管",
      "市林业和",
      "市消防救",
      "市供电部",
    ]);
    // A paragraph that runs over a page footer is whole.
    expect(articleOf(regulation, 7).paragraphs).toEqual([
      "公用、专用充电设施运营企业（法人单位、团体）应对管理人员和作业人员进行安全生产教育和岗位技能培训，使其掌握充电安全知识、用电安全规范、应急处理方法等，并应对相关人员进行考核，合格后方可上岗。",
    ]);
  });

  it("matches the golden copy, verified by eye against the source", () => {
    const golden = JSON.parse(readFileSync(new URL("../fixtures/regulation.golden.json", import.meta.url), "utf8"));
    const actual = {
      title: regulation.title,
      effective: regulation.effective,
      chapters: regulation.chapters.map((chapter) => ({
        number: chapter.number,
        title: chapter.title,
        articles: chapter.articles.map((article) => ({
          number: article.number,
          page: article.page,
          line: article.position.start.line,
          paragraphs: article.paragraphs,
        })),
      })),
      references: regulation.references.map((reference) => ({
        kind: reference.kind,
        text: reference.text,
        article: reference.article,
        line: reference.position.start.line,
      })),
    };
    expect(actual).toEqual(golden);
  });

  it("finds the laws, documents and standards cited, with the citing article", () => {
    expect(regulation.references.map(({ kind, text, article }) => [kind, text, article])).toEqual([
      ["title", "《中华人民共和国安全生产法》", 1],
      ["title", "《消防安全责任制实施办法》", 1],
      ["doc-number", "国办发〔2017〕87号", 1],
      ["title", "《电动汽车充电站设计规范》", 10],
      ["standard", "GB 50966", 10],
    ]);
  });

  it("reads when it is in force", () => {
    expect(regulation.effective).toEqual({ from: "2022-03-01", validYears: 3, until: "2025-02-28" });
    const document = { regulation };
    expect([isInForce(document, "2022-02-28"), isInForce(document, "2022-03-01"), isInForce(document, "2025-02-28")]).toEqual([false, true, true]);
    expect(isInForce(document, new Date(Date.UTC(2025, 2, 1)))).toBe(false);
  });

  it("points every article and reference at its source text", () => {
    for (const article of articlesOf(regulation)) {
      const source = sourceAt(fixtureText, article.position);
      expect(source.startsWith("第")).toBe(true);
      expect(source).toContain("条\u3000");
    }
    expect(sourceAt(fixtureText, articleOf(regulation, 19).position)).toBe("第十九条\u3000 本办法自 ２０２２ 年 ３ 月 １ 日起施行ꎬ 有效期 ３ 年ꎮ");
    expect(regulation.references.map((reference) => sourceAt(fixtureText, reference.position))).toEqual([
      "«中华人民共和国安全生产法»",
      "«消防安全责任制\n\n实施办法»",
      "国办发 〔２０１７〕 ８７ 号",
      "«电\n\n动汽车充电站设计规范»",
      "ＧＢ ５０９６６",
    ]);
  });

  it("gives each article the page its heading is printed on", () => {
    expect([1, 2, 8, 12, 15].map((number) => articleOf(regulation, number).page)).toEqual([43, 44, 45, 45, 47]);
  });
});

describe("claims", () => {
  it("wants articles starting at 第一条 and a regulation's name", () => {
    const { segment } = fixtureRegulation();
    const withoutArticles = { ...segment, annex: segment.annex.filter((line) => !line.text.startsWith("第")) };
    expect(regulationGrammar.claims(withoutArticles)).toBe(false);
    const notARegulation = { ...segment, annex: withoutTitle(segment.annex), envelope: { ...segment.envelope, title: "关于做好安全生产工作的通知" } };
    expect(regulationGrammar.claims(notARegulation)).toBe(false);
  });

  it("knows the other names of text in articles (规则, 规范, 准则, 章程)", () => {
    const { segment } = fixtureRegulation();
    for (const name of ["议事规则", "管理规范", "行为准则", "章程"]) {
      const annex = withoutTitle(segment.annex);
      expect(regulationGrammar.claims({ ...segment, annex, envelope: { ...segment.envelope, title: `关于印发广州市充电设施${name}的通知` } })).toBe(true);
    }
  });
});

describe("measures (措施) written in articles", () => {
  const blocks: Block[] = [
    { centred: "穗商务规字〔2024〕2号" },
    { centred: "广州市商务局关于印发广州市促进会展业高质量发展若干措施的通知" },
    { paragraph: "各区商务主管部门，各有关单位：" },
    { paragraph: "现将《广州市促进会展业高质量发展若干措施》印发给你们，请遵照执行。" },
    { centred: "广州市商务局" },
    { centred: "2024年5月6日" },
    { centred: "广州市促进会展业高质量发展若干措施" },
    { lead: "第一条", paragraph: "为促进本市会展业高质量发展，打造国际会展之都，制定本措施。" },
    { lead: "第二条", paragraph: "本措施适用于在本市行政区域内举办的展览面积在5000平方米以上的展览活动。" },
    { lead: "第三条", paragraph: "本措施自印发之日起施行，有效期3年。" },
    { paragraph: "公开方式：主动公开" },
    { paragraph: "广州市商务局办公室　　2024年5月8日印发" },
  ];

  it("are read as a regulation: its title, three articles, and three years from the day printed", () => {
    const [document] = parseGazette(printBroken(blocks, { columns: 66, linesPerPage: 37 })).documents;
    const regulation = document!.kind === "regulation" ? document!.regulation : null;
    expect(regulation?.title).toBe("广州市促进会展业高质量发展若干措施");
    expect(regulation?.chapters.flatMap((chapter) => chapter.articles).map((article) => article.paragraphs)).toEqual([
      ["为促进本市会展业高质量发展，打造国际会展之都，制定本措施。"],
      ["本措施适用于在本市行政区域内举办的展览面积在5000平方米以上的展览活动。"],
      ["本措施自印发之日起施行，有效期3年。"],
    ]);
    expect(regulation?.effective).toEqual({ from: "2024-05-08", validYears: 3, until: "2027-05-07" });
  });
});

/** A regulation written for these tests: chapters with sections, items, 22 articles, other citations. */
const PARKING: Block[] = [
  { centred: "广州市示范公共停车场" },
  { centred: "安全管理规定" },
  { centred: "第一章\u3000 总\u3000 则" },
  {
    lead: "第一条",
    paragraph:
      "为加强本市公共停车场安全管理，保障人身和财产安全，根据《中华人民共和国安全生产法》《广东省安全生产条例》等法律法规和《广州市人民政府关于加强停车管理的通知》（穗府〔2021〕12号）的规定，结合本市实际，制定本规定。",
  },
  { lead: "第二条", paragraph: "本规定适用于本市行政区域内公共停车场的安全管理活动。" },
  { paragraph: "本规定所称公共停车场，是指为社会公众提供停放服务的停车场所，包括独立建设的停车场和建筑物配建的对外开放停车场。" },
  {
    lead: "第三条",
    paragraph: "市交通运输主管部门负责全市公共停车场安全管理的统筹协调和监督指导。区人民政府负责本辖区内公共停车场的安全监督管理。",
  },
  { centred: "第二章\u3000 经营者责任" },
  { centred: "第一节\u3000 一般规定" },
  { lead: "第四条", paragraph: "公共停车场经营者应当履行下列安全管理义务：" },
  { paragraph: "（一）建立健全安全管理制度和操作规程；" },
  { paragraph: "（二）配备与停车场规模相适应的专职或者兼职安全管理人员，并对其进行岗位培训；" },
  { paragraph: "（三）每月至少开展一次安全检查，及时消除发现的隐患；" },
  { paragraph: "（四）法律、法规和规章规定的其他义务。" },
  { lead: "第五条", paragraph: "经营者应当在停车场出入口显著位置公示安全管理责任人及其联系方式。" },
  { lead: "第六条", paragraph: "经营者应当建立安全检查台账，如实记录检查时间、检查内容、发现的问题及整改情况，台账保存期限不少于两年。" },
  { centred: "第二节\u3000 设施设备" },
  {
    lead: "第七条",
    paragraph: "停车场的消防设施应当符合《汽车库、修车库、停车场设计防火规范》(GB 50067)和《建筑设计防火规范》(GB 50016-2014)的要求。",
  },
  { lead: "第八条", paragraph: "停车场应当设置下列设施：" },
  { paragraph: "（一）照明设施，其中：" },
  { paragraph: "1.车行道照度不低于50勒克斯；" },
  { paragraph: "2.出入口照度不低于100勒克斯。" },
  { paragraph: "（二）视频监控设施，监控图像保存期限不少于30日。" },
  { lead: "第九条", paragraph: "设置电动汽车充电设施的停车场，应当划定专门区域，并配备相应的灭火器材。" },
  { centred: "第三章\u3000 监督管理" },
  { lead: "第十条", paragraph: "区交通运输主管部门应当每年至少组织一次对辖区内公共停车场的安全检查。" },
  { lead: "第十一条", paragraph: "消防救援机构依法对停车场的消防安全实施监督检查。" },
  { lead: "第十二条", paragraph: "任何单位和个人发现停车场安全隐患的，可以通过12345热线投诉举报。" },
  { paragraph: "接到投诉举报的部门应当及时核查处理，并将处理结果告知投诉举报人。" },
  { lead: "第十三条", paragraph: "市交通运输主管部门应当建立公共停车场安全信用记录，并依法向社会公开。" },
  { centred: "第四章\u3000 法律责任" },
  { lead: "第十四条", paragraph: "经营者违反本规定第四条规定，未履行安全管理义务的，由区交通运输主管部门责令限期改正。" },
  { lead: "第十五条", paragraph: "经营者违反本规定第六条规定，未建立安全检查台账的，由区交通运输主管部门责令改正。" },
  { lead: "第十六条", paragraph: "违反本规定，造成安全事故的，依法追究法律责任；构成犯罪的，依法追究刑事责任。" },
  { lead: "第十七条", paragraph: "有关部门工作人员在停车场安全监督管理工作中玩忽职守、滥用职权、徇私舞弊的，依法给予处分。" },
  { lead: "第十八条", paragraph: "本规定规定的行政处罚，由区交通运输主管部门依法实施。" },
  { centred: "第五章\u3000 附\u3000 则" },
  { lead: "第十九条", paragraph: "本规定下列用语的含义：" },
  { paragraph: "（一）经营者，是指依法从事公共停车场经营的单位和个人；" },
  { paragraph: "（二）配建停车场，是指建筑物依照规定配套建设的停车场。" },
  { lead: "第二十条", paragraph: "各区人民政府可以根据本规定制定实施细则。" },
  { lead: "第二十一条", paragraph: "本规定实施前已经投入使用的公共停车场，应当自本规定施行之日起六个月内达到本规定的要求。" },
  { lead: "第二十二条", paragraph: "本规定自2023年1月1日起施行，有效期五年。" },
];

/** The paragraphs each article of a printed text should come back with. */
function expectedParagraphs(blocks: readonly Block[]): string[][] {
  const articles: string[][] = [];
  for (const block of blocks) {
    if ("centred" in block) continue;
    if (block.lead !== undefined) articles.push([]);
    articles.at(-1)!.push(block.paragraph);
  }
  return articles;
}

/** Prints blocks in the broken layout and reads them as a regulation annex. */
function readPrinted(blocks: readonly Block[], columns: number) {
  const text = printBroken(blocks, { columns, linesPerPage: 24 });
  const { lines, context } = prepare(text);
  const segment = segmentOf({ lines, annex: lines, title: "关于印发示范规定的通知" });
  return { text, segment, context, regulation: readRegulation(segment, context) };
}

describe("a regulation never seen, in the same broken layout", () => {
  const { text, segment, context, regulation } = readPrinted(PARKING, 60);

  it("is printed the way the gazette's extraction gives it", () => {
    expect(text).toContain("第二十二条\u3000 本规定自 ２０２３ 年 １ 月 １ 日起施行ꎬ 有效期五年ꎮ");
    expect(text).toContain("(本文与正式文件同等效力)\n ");
  });

  it("reads chapters, sections within them, and more than twenty articles", () => {
    expect(regulationGrammar.claims(segment)).toBe(true);
    expect(errors(context)).toEqual([]);
    expect(regulation.title).toBe("广州市示范公共停车场安全管理规定");
    expect(regulation.chapters.map((chapter) => [chapter.number, chapter.title, chapter.articles.map((article) => article.number)])).toEqual([
      [1, "总则", [1, 2, 3]],
      [2, "经营者责任", [4, 5, 6, 7, 8, 9]],
      [3, "监督管理", [10, 11, 12, 13]],
      [4, "法律责任", [14, 15, 16, 17, 18]],
      [5, "附则", [19, 20, 21, 22]],
    ]);
    expect(regulation.chapters[1]!.sections).toEqual([
      { number: 1, title: "一般规定", articles: [4, 5, 6] },
      { number: 2, title: "设施设备", articles: [7, 8, 9] },
    ]);
  });

  it("gives every article back its paragraphs, whole and in order", () => {
    expect(articlesOf(regulation).map((article) => article.paragraphs)).toEqual(expectedParagraphs(PARKING));
  });

  it("reads items and sub-items", () => {
    expect(articleOf(regulation, 4).items.map(({ marker, level, number, paragraph }) => [marker, level, number, paragraph])).toEqual([
      ["（一）", 1, 1, 1],
      ["（二）", 1, 2, 2],
      ["（三）", 1, 3, 3],
      ["（四）", 1, 4, 4],
    ]);
    expect(articleOf(regulation, 8).items.map(({ marker, level, number }) => [marker, level, number])).toEqual([
      ["（一）", 1, 1],
      ["1.", 2, 1],
      ["2.", 2, 2],
      ["（二）", 1, 2],
    ]);
  });

  it("finds citations and the validity in Chinese numerals", () => {
    expect(regulation.references.map(({ kind, text, article }) => [kind, text, article])).toEqual([
      ["title", "《中华人民共和国安全生产法》", 1],
      ["title", "《广东省安全生产条例》", 1],
      ["title", "《广州市人民政府关于加强停车管理的通知》", 1],
      ["doc-number", "穗府〔2021〕12号", 1],
      ["title", "《汽车库、修车库、停车场设计防火规范》", 7],
      ["standard", "GB 50067", 7],
      ["title", "《建筑设计防火规范》", 7],
      ["standard", "GB 50016-2014", 7],
    ]);
    for (const reference of regulation.references) {
      expect(sourceAt(text, reference.position).replace(/[\s«»()]/g, "")).not.toBe("");
    }
    expect(regulation.effective).toEqual({ from: "2023-01-01", validYears: 5, until: "2027-12-31" });
  });

  it("learns the line width instead of assuming one", () => {
    const narrow = readPrinted(PARKING, 44);
    expect(errors(narrow.context)).toEqual([]);
    expect(articlesOf(narrow.regulation).map((article) => article.paragraphs)).toEqual(expectedParagraphs(PARKING));
  });
});

describe("a regulation without chapters", () => {
  // Every line differs: a line printed at the top of several pages would be taken for a table header.
  const blocks: Block[] = [{ centred: "广州市示范条例实施细则" }, ...manyArticles(102)];
  const { context, regulation } = readPrinted(blocks, 60);

  it("has one implicit chapter, numbered 0 without a title, of 102 articles", () => {
    expect(errors(context)).toEqual([]);
    expect(regulation.chapters).toHaveLength(1);
    expect(regulation.chapters[0]).toMatchObject({ number: 0, title: null, sections: [] });
    expect(articlesOf(regulation).map((article) => article.number)).toEqual(Array.from({ length: 102 }, (_, i) => i + 1));
    expect(articleOf(regulation, 100).paragraphs).toHaveLength(2);
    expect(articlesOf(regulation).map((article) => article.paragraphs)).toEqual(expectedParagraphs(blocks));
  });

  // How its time grows with the size is measured by `npm run bench`, not here.
  it("reads 9,000 articles (over half a megabyte)", () => {
    const big = printBroken([{ centred: "广州市示范条例实施细则" }, ...manyArticles(9000)], { columns: 60, linesPerPage: 24 });
    expect(big.length).toBeGreaterThan(500_000);
    const { lines, context: bigContext } = prepare(big);
    const read = readRegulation(segmentOf({ lines, annex: lines }), bigContext);
    expect(articlesOf(read).map((article) => article.number)).toEqual(Array.from({ length: 9000 }, (_, i) => i + 1));
    expect(errors(bigContext)).toEqual([]);
  });
});

describe("a regulation with sub-items numbered `1、` that repeals a decree", () => {
  const blocks: Block[] = [
    { centred: "广州市户外广告设置管理办法" },
    { lead: "第一条", paragraph: "申请设置户外广告设施的，应当提交下列材料：" },
    { paragraph: "（一）申请人身份证明，包括：" },
    { paragraph: "1、居民身份证或者营业执照；" },
    { paragraph: "2、法定代表人授权委托书。" },
    { paragraph: "（二）设置场地使用权证明。" },
    { lead: "第二条", paragraph: "设置方案的公示期为1.5个月。" },
    { lead: "第三条", paragraph: "本办法自2024年11月1日起施行。《广州市户外广告和招牌设置管理办法》（广州市人民政府令第80号）同时废止。" },
  ];

  it("records them as level-2 items, as `1.` is, and a decimal's point as none", () => {
    const { context, regulation } = readPrinted(blocks, 60);
    expect(errors(context)).toEqual([]);
    expect(articleOf(regulation, 1).paragraphs).toEqual(expectedParagraphs(blocks)[0]);
    expect(articleOf(regulation, 1).items).toEqual([
      { marker: "（一）", level: 1, number: 1, paragraph: 1 },
      { marker: "1、", level: 2, number: 1, paragraph: 2 },
      { marker: "2、", level: 2, number: 2, paragraph: 3 },
      { marker: "（二）", level: 1, number: 2, paragraph: 4 },
    ]);
    expect(articleOf(regulation, 2).items).toEqual([]);
  });

  it("cites the decree it repeals by its number in brackets, pointed at its source", () => {
    const { text, regulation } = readPrinted(blocks, 60);
    expect(regulation.references.map(({ kind, text: cited, article }) => [kind, cited, article])).toEqual([
      ["title", "《广州市户外广告和招牌设置管理办法》", 3],
      ["decree-number", "广州市人民政府令第80号", 3],
    ]);
    expect(sourceAt(text, regulation.references[1]!.position).replace(/\s/g, "")).toBe("广州市人民政府令第８０号");
  });
});

describe("a regulation that prints a table of contents (目录)", () => {
  const chapters = ["第一章\u3000总\u3000\u3000则", "第二章\u3000设置管理", "第三章\u3000附\u3000\u3000则"];
  const blocks: Block[] = [
    { centred: "广州市人民政府令" },
    { centred: "第 220 号" },
    { paragraph: "《广州市户外广告设置管理办法》已经2024年9月10日市政府第16届140次常务会议审议通过，现予公布，自2024年11月1日起施行。" },
    { paragraph: "市长　某某" },
    { paragraph: "2024年9月25日" },
    { centred: "广州市户外广告设置管理办法" },
    { centred: "目\u3000\u3000录" },
    ...chapters.map((centred) => ({ centred })),
    { centred: chapters[0]! },
    { lead: "第一条", paragraph: "为了规范户外广告设置，改善城市容貌，根据有关法律、法规，结合本市实际，制定本办法。" },
    { lead: "第二条", paragraph: "本办法适用于本市行政区域内户外广告设施的设置及其监督管理。" },
    { centred: chapters[1]! },
    { lead: "第三条", paragraph: "设置户外广告设施，应当符合户外广告设施设置专项规划。" },
    { centred: chapters[2]! },
    { lead: "第四条", paragraph: "本办法自2024年11月1日起施行。" },
  ];

  it("reads it as furniture: the title without it, each chapter once, every line accounted for", () => {
    for (const columns of [66, 44]) {
      const gazette = parseGazette(printBroken(blocks, { columns, linesPerPage: 12 }));
      const [document] = gazette.documents;
      expect(gazette.diagnostics.filter((diagnostic) => diagnostic.severity !== "info")).toEqual([]);
      if (document?.kind !== "regulation") throw new Error(`read as ${document?.kind}`);
      expect(document.regulation.title).toBe("广州市户外广告设置管理办法");
      expect(document.regulation.chapters.map((chapter) => [chapter.number, chapter.title, chapter.articles.map((article) => article.number)])).toEqual([
        [1, "总则", [1, 2]],
        [2, "设置管理", [3]],
        [3, "附则", [4]],
      ]);
    }
  });
});

describe("checks", () => {
  const withArticle = (blocks: readonly Block[], lead: string, replacement: Block[]): Block[] =>
    blocks.flatMap((block) => ("lead" in block && block.lead === lead ? replacement : [block]));

  it("reports a gap in the article numbering at the article after it", () => {
    const { text, context } = readPrinted(withArticle(PARKING, "第五条", []), 60);
    const gap = context.diagnostics.list.filter((diagnostic) => diagnostic.ruleId === "article-numbering");
    expect(gap).toHaveLength(1);
    expect(gap[0]!.severity).toBe("error");
    expect(sourceAt(text, gap[0]!.place!).startsWith("第六条")).toBe(true);
  });

  it("reports a gap in the chapter numbering", () => {
    const blocks = PARKING.map((block) => ("centred" in block && block.centred.startsWith("第三章") ? { centred: "第七章\u3000 监督管理" } : block));
    const { context } = readPrinted(blocks, 60);
    expect(context.diagnostics.list.filter((diagnostic) => diagnostic.ruleId === "chapter-numbering")).toHaveLength(2);
  });

  it("reports text that stands outside any article", () => {
    const blocks = PARKING.flatMap((block) =>
      "centred" in block && block.centred.startsWith("第二章") ? [block, { paragraph: "本章规定经营者的安全责任。" }] : [block],
    );
    const { text, context, regulation } = readPrinted(blocks, 60);
    const unconsumed = context.diagnostics.list.filter((diagnostic) => diagnostic.ruleId === "unconsumed-text");
    expect(unconsumed.map((diagnostic) => [diagnostic.severity, sourceAt(text, diagnostic.place!)])).toEqual([["error", "本章规定经营者的安全责任ꎮ"]]);
    expect(articlesOf(regulation)).toHaveLength(22);
  });

  it("reports a date that does not exist", () => {
    const { context, regulation } = readPrinted(
      withArticle(PARKING, "第二十二条", [{ lead: "第二十二条", paragraph: "本规定自2023年2月30日起施行。" }]),
      60,
    );
    expect(regulation.effective).toBeNull();
    expect(context.diagnostics.list.filter((diagnostic) => diagnostic.ruleId === "invalid-date").map((d) => d.severity)).toEqual(["error"]);
  });

  it("reports a numeral the converter does not know, and goes on", () => {
    const { context, regulation } = readPrinted(withArticle(PARKING, "第十条", [{ lead: "第十十条", paragraph: "区交通运输主管部门负责检查。" }]), 60);
    expect(context.diagnostics.list.filter((diagnostic) => diagnostic.ruleId === "bad-numeral").map((d) => d.severity)).toEqual(["error"]);
    expect(articleOf(regulation, 10).paragraphs).toEqual(["区交通运输主管部门负责检查。"]);
  });

  it("never throws on input that is not a regulation", () => {
    for (const text of ["", "第", "第一条", "第一章\n\n第一节\n\n第一条\n\n（一）", "《《《\n\n自2022年13月1日起施行", "\u3000\n\n第〇条　 无"]) {
      const { lines, context } = prepare(text);
      const regulation = readRegulation(segmentOf({ lines, annex: lines }), context);
      expect(RegulationSchema.safeParse(regulation).success).toBe(true);
    }
  });
});

describe("a regulation that a notice attaches (附件)", () => {
  const TITLE = "广州市停车场管理办法";
  const text = printBroken(
    [
      { centred: "广州市人民政府办公厅文件" },
      { centred: "穗府办规〔2024〕9号" },
      { centred: `广州市人民政府办公厅关于印发${TITLE}的通知` },
      { paragraph: "各区人民政府，市政府各部门、各直属机构：" },
      { paragraph: `经市人民政府同意，现将《${TITLE}》印发给你们，请认真贯彻执行。` },
      { paragraph: `附件：${TITLE}` },
      { centred: "广州市人民政府办公厅" },
      { centred: "2024年5月6日" },
      { centred: "附件" },
      { centred: TITLE },
      { lead: "第一条", paragraph: "为了加强停车场管理，制定本办法。" },
      { lead: "第二条", paragraph: "本办法自印发之日起施行，有效期5年。" },
      { paragraph: "公开方式：主动公开" },
    ],
    { columns: 60, linesPerPage: 30 },
  );

  it("reads its title without the label above it, and lists it in the envelope", () => {
    const gazette = parseGazette(text);
    const [document] = gazette.documents;
    expect(gazette.diagnostics).toEqual([]);
    if (document?.kind !== "regulation") throw new Error(`read as ${document?.kind}`);
    expect(document.attachments).toEqual([TITLE]);
    expect(document.regulation.title).toBe(TITLE);
    expect(document.regulation.chapters[0]!.articles.map((article) => article.number)).toEqual([1, 2]);
  });
});

describe("the lines under a regulation's title", () => {
  const read = (title: Block[], columns: number) => {
    const text = printBroken([...title, { lead: "第一条", paragraph: "为了加强城市道路占用、挖掘管理，制定本办法。" }], { columns, linesPerPage: 30 });
    const { lines, context } = prepare(text);
    return { regulation: readRegulation(segmentOf({ lines, annex: lines, source: context.source }), context), errors: errors(context) };
  };

  it("keep a note in brackets apart from the title, also wrapped over two lines", () => {
    for (const columns of [40, 70]) {
      const { regulation, errors: found } = read([{ centred: "广州市城市道路占用挖掘管理办法" }, { centred: "（2024年7月5日广州市人民政府令第203号公布　自2024年9月1日起施行）" }], columns);
      expect(found).toEqual([]);
      expect(regulation.title).toBe("广州市城市道路占用挖掘管理办法");
      expect(regulation.note).toBe("2024年7月5日广州市人民政府令第203号公布自2024年9月1日起施行");
    }
  });

  it("take a bracket without a date as part of the title", () => {
    const { regulation, errors: found } = read([{ centred: "广州市城市道路占用挖掘管理办法" }, { centred: "（试行）" }], 60);
    expect(found).toEqual([]);
    expect([regulation.title, regulation.note]).toEqual(["广州市城市道路占用挖掘管理办法（试行）", null]);
  });
});
