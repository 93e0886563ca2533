import { describe, expect, it } from "vitest";
import { z } from "zod";
import { gazetteSchema, GazetteSchema, grammars, parseChineseNumeral, parseGazette, type Grammar } from "../src/index.js";
import { fromMarkdown, toMarkdown } from "../src/markdown.js";
import { printBroken } from "./broken-layout.js";

/**
 * A grammar as a project outside the package would write it, with the package's public exports only:
 * a notice (通告) whose body is numbered clauses (`一、…`).
 */
const ClausesSchema = z.object({
  clauses: z.array(z.object({ number: z.number().int().min(1), text: z.string().min(1) })),
});
/** `一、自2024年10月1日起…。`: a clause, its Chinese number and its text. */
const CLAUSE = /^([一二三四五六七八九十]+)、(.+)$/;

const clausesGrammar: Grammar<"clauses-notice", z.infer<typeof ClausesSchema>> = {
  kind: "clauses-notice",
  schema: ClausesSchema,
  claims: (segment) => (segment.envelope.title ?? "").endsWith("通告"),
  parse(segment) {
    const clauses: Array<{ number: number; text: string }> = [];
    for (const line of segment.body) {
      const found = CLAUSE.exec(line.text);
      const numeral = found ? parseChineseNumeral(found[1]!) : null;
      if (found && numeral?.ok) clauses.push({ number: numeral.value, text: found[2]! });
      else if (clauses.length > 0 && line.text !== "") clauses.at(-1)!.text += line.text;
    }
    return { clauses };
  },
};

const CLAUSES = [
  "自2024年10月1日起，每日18时至24时，广州塔周边道路禁止货车通行。",
  "执行任务的警车、消防车、救护车、工程救险车不受前款限制。",
  "本通告自发布之日起施行，有效期1年。",
];
const text = printBroken(
  [
    { centred: "广州市人民政府文件" },
    { centred: "穗府〔2024〕9号" },
    { centred: "广州市人民政府关于在广州塔周边区域实施交通管制的通告" },
    { paragraph: "为保障广州塔周边区域道路交通安全畅通，根据《中华人民共和国道路交通安全法》等规定，现通告如下：" },
    ...CLAUSES.map((clause, i) => ({ paragraph: `${"一二三"[i]}、${clause}` })),
    { centred: "广州市人民政府" },
    { centred: "2024年9月20日" },
    { centred: "公开方式：主动公开" },
  ],
  { columns: 60, linesPerPage: 12 },
);
const withClauses = [...grammars, clausesGrammar];

describe("a grammar that a project adds", () => {
  const gazette = parseGazette(text, { grammars: withClauses });
  const [document] = gazette.documents;

  it("claims and reads its kind, over a page break, with no diagnostic", () => {
    expect(gazette.pages).toBe(2);
    expect(gazette.diagnostics).toEqual([]);
    expect(document).toMatchObject({ kind: "clauses-notice", title: "广州市人民政府关于在广州塔周边区域实施交通管制的通告", date: "2024-09-20" });
    expect((document as unknown as z.infer<typeof ClausesSchema>).clauses).toEqual(CLAUSES.map((clause, i) => ({ number: i + 1, text: clause })));
  });

  it("gives a result that the schema built from the grammars accepts, and the closed built-in one refuses", () => {
    expect(gazetteSchema(withClauses).safeParse(gazette).success).toBe(true);
    expect(GazetteSchema.safeParse(gazette).success).toBe(false);
    expect(JSON.stringify(z.toJSONSchema(gazetteSchema(withClauses), { io: "output" }))).toContain('"const":"clauses-notice"');
  });

  it("is a generic document without the grammar", () => {
    const plain = parseGazette(text);
    expect(plain.documents[0]!.kind).toBe("generic");
    expect(plain.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(["unknown-document-kind"]);
  });

  it("renders to Markdown with its fields and reads back", () => {
    const markdown = toMarkdown(gazette, { grammars: withClauses });
    expect(markdown).toContain("kind: clauses-notice");
    for (const clause of CLAUSES) expect(markdown).toContain(clause);
    const back = fromMarkdown(markdown, { grammars: withClauses });
    expect(back.diagnostics).toEqual([]);
    expect((back.documents[0] as unknown as z.infer<typeof ClausesSchema>).clauses).toEqual(CLAUSES.map((clause, i) => ({ number: i + 1, text: clause })));
  });

  it("costs only its document when it throws or gives what its schema refuses", () => {
    const failing: Grammar[] = [
      { ...clausesGrammar, parse: () => { throw new Error("no clauses here"); } },
      { ...clausesGrammar, parse: () => ({ clauses: [{ number: 0, text: "" }] }) },
    ];
    for (const grammar of failing) {
      const result = parseGazette(text, { grammars: [grammar] });
      expect(result.documents.map((each) => each.kind)).toEqual(["generic"]);
      const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
      expect(errors.map((error) => [error.ruleId, error.line])).toEqual([["internal-error", 1]]);
      expect(errors[0]!.message).toContain("clauses-notice grammar");
    }
  });
});

describe("text that a grammar leaves out", () => {
  /** A notice that issues a list of names after its signature (名单), one a line. */
  const NAMES = ["广州市第一中学", "广州市第二中学", "广州市第三中学"];
  const listed = printBroken(
    [
      { centred: "广州市教育局文件" },
      { centred: "穗教〔2024〕3号" },
      { centred: "广州市教育局关于公布2024年广州市示范性高中名单的通知" },
      { paragraph: "各区教育局：" },
      { paragraph: "经评审，现将2024年广州市示范性高中名单公布如下。" },
      { centred: "广州市教育局" },
      { centred: "2024年5月6日" },
      { centred: "2024年广州市示范性高中名单" },
      ...NAMES.map((name) => ({ centred: name })),
    ],
    { columns: 60, linesPerPage: 40 },
  );
  /** A grammar with a defect: it takes the title and every name but the last, and forgets that one. */
  const forgetful: Grammar<"school-list", { schools: string[] }> = {
    kind: "school-list",
    schema: z.object({ schools: z.array(z.string()) }),
    claims: (segment) => segment.annex.some((line) => line.text.endsWith("名单")),
    parse(segment, context) {
      const filled = segment.annex.filter((line) => line.text !== "");
      context.consumed.lines(filled.slice(0, -1));
      return { schools: filled.slice(1, -1).map((line) => line.text) };
    },
  };

  it("is reported as unconsumed text with its span and page, and counted so", () => {
    const gazette = parseGazette(listed, { grammars: [forgetful] });
    expect(gazette.documents[0]).toMatchObject({ kind: "school-list", schools: NAMES.slice(0, -1) });
    const unread = gazette.diagnostics.filter((diagnostic) => diagnostic.ruleId === "unconsumed-text");
    expect(unread).toHaveLength(1);
    expect(listed.slice(unread[0]!.place!.start.offset, unread[0]!.place!.end.offset)).toBe(NAMES.at(-1));
    expect(unread[0]).toMatchObject({ severity: "error", page: 1 });
    expect(gazette.coverage.unconsumed).toBe([...NAMES.at(-1)!].length);
  });

  it("is not reported when the grammar marks all it reads", () => {
    const careful = { ...forgetful, parse: (segment: Parameters<typeof forgetful.parse>[0], context: Parameters<typeof forgetful.parse>[1]) => {
      context.consumed.lines(segment.annex);
      return { schools: segment.annex.filter((line) => line.text !== "").slice(1).map((line) => line.text) };
    } };
    const gazette = parseGazette(listed, { grammars: [careful] });
    expect(gazette.diagnostics).toEqual([]);
    expect(gazette.coverage.unconsumed).toBe(0);
  });
});
