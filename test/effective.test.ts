import { describe, expect, it } from "vitest";
import { effectiveIn, isInForce, isoDate, lastDayOf, parseEffective } from "../grammars/effective.js";
import { isDateForm, isoOfParts } from "../src/text/dates.js";
import { joinLines } from "../src/text/run.js";
import { prepare, sourceAt } from "./support.js";

describe("parseEffective", () => {
  it("reads a start date and a period in years", () => {
    const text = "本办法自2022年3月1日起施行，有效期3年。";
    const reading = parseEffective(text);
    expect(reading?.effective).toEqual({ from: "2022-03-01", validYears: 3, until: "2025-02-28" });
    expect(text.slice(reading!.start, reading!.end)).toBe("自2022年3月1日起施行，有效期3年");
  });

  it("counts from the issue date for 自印发之日起 (the levy notice's 有效期5年)", () => {
    expect(parseEffective("本通知自印发之日起执行，有效期5年。", "2022-02-14")?.effective).toEqual({
      from: "2022-02-14",
      validYears: 5,
      until: "2027-02-13",
    });
    expect(parseEffective("本通知自印发之日起执行，有效期5年。")).toMatchObject({ effective: null, problem: { ruleId: "issue-date-unknown" } });
  });

  it("counts 自印发之日起 from the day printed and 自公布之日起 from the document's date", () => {
    // 穗府办规〔2021〕7号: dated 2021-04-13, printed 2021-04-16.
    expect(parseEffective("本通知自印发之日起施行，有效期5年。", "2021-04-13", "2021-04-16")?.effective).toEqual({
      from: "2021-04-16",
      validYears: 5,
      until: "2026-04-15",
    });
    expect(parseEffective("本规定自公布之日起施行。", "2023-03-20", "2023-03-24")?.effective).toEqual({ from: "2023-03-20", validYears: null, until: null });
    // Without a day printed, 印发 falls back to the document's date.
    expect(parseEffective("本通知自印发之日起施行。", "2021-04-13")?.effective?.from).toBe("2021-04-13");
  });

  it("reads Chinese numerals, an end date, and a clause without a period", () => {
    expect(parseEffective("自2023年1月1日起施行，有效期为五年")?.effective).toEqual({ from: "2023-01-01", validYears: 5, until: "2027-12-31" });
    expect(parseEffective("自2021年8月1日起实施，有效期至2026年7月31日")?.effective).toEqual({ from: "2021-08-01", validYears: null, until: "2026-07-31" });
    expect(parseEffective("本意见自2021年8月1日起实施。")?.effective).toEqual({ from: "2021-08-01", validYears: null, until: null });
  });

  it("reads the period in the sentence after, or before the start (本办法有效期5年，自…起施行)", () => {
    const fiveYears = { from: "2024-05-01", validYears: 5, until: "2029-04-30" };
    expect(parseEffective("本办法自2024年5月1日起施行。本办法有效期5年。")?.effective).toEqual(fiveYears);
    expect(parseEffective("本办法有效期5年，自2024年5月1日起施行。")?.effective).toEqual(fiveYears);
    expect(parseEffective("本通知有效期至2026年12月31日，自2024年5月1日起施行。")?.effective).toEqual({ from: "2024-05-01", validYears: null, until: "2026-12-31" });
  });

  it("reads a start some days after the day it counts from (自公布之日起30日后施行)", () => {
    // Printed 2024-08-14, in force 30 days later: 2024-09-13; five years from then end 2029-09-12.
    expect(parseEffective("本办法自印发之日起30日后施行，有效期5年。", "2024-08-12", "2024-08-14")?.effective).toEqual({ from: "2024-09-13", validYears: 5, until: "2029-09-12" });
    expect(parseEffective("本规定自公布之日起三十日后施行。", "2024-12-20")?.effective).toEqual({ from: "2025-01-19", validYears: null, until: null });
  });

  it("reports a count of days that is no number, and gives no start", () => {
    expect(parseEffective("本规定自公布之日起十十日后施行。", "2024-12-20")).toMatchObject({ effective: null, problem: { ruleId: "invalid-period" } });
  });

  it("reports a date the calendar does not have, and a period that is no number", () => {
    expect(parseEffective("自2022年2月30日起施行，有效期3年")).toMatchObject({ effective: null, problem: { ruleId: "invalid-date" } });
    expect(parseEffective("自2022年3月1日起施行，有效期零年")).toMatchObject({
      effective: { from: "2022-03-01", validYears: null, until: null },
      problem: { ruleId: "invalid-period" },
    });
  });

  it("gives null for a text without a clause", () => {
    expect(parseEffective("各区政府应当及时作出恢复供电的决定。")).toBeNull();
  });
});

describe("dates", () => {
  it("reads a date's parts as the one date reader does, the calendar checked", () => {
    expect([isoOfParts("2024", "7", "29"), isoOfParts(2024, 2, 29), isoOfParts("2023", "2", "29"), isoOfParts("2024", "0", "1")]).toEqual([
      "2024-07-29",
      "2024-02-29",
      null,
      null,
    ]);
    expect([isDateForm("2022年2月30日"), isDateForm("2022年2月"), isDateForm("2022年2月3日印发")]).toEqual([true, false, false]);
  });

  it("converts and checks Chinese dates", () => {
    expect([isoDate("2022年3月1日"), isoDate("2024年2月29日"), isoDate("2023年2月29日"), isoDate("2022年13月1日")]).toEqual([
      "2022-03-01",
      "2024-02-29",
      null,
      null,
    ]);
  });

  it("reads a date in Chinese numerals, as a signature's date was printed before 2012", () => {
    expect([isoDate("二〇二四年九月二十五日"), isoDate("二零一一年十二月三十一日"), isoDate("二〇一〇年一月十日"), isoDate("二〇二三年二月二十九日")]).toEqual([
      "2024-09-25",
      "2011-12-31",
      "2010-01-10",
      null,
    ]);
    // ○ (WHITE CIRCLE) as some texts print 〇.
    expect(isoDate("二○一一年九月二十五日")).toBe("2011-09-25");
    // A year of two digits, or a month written as a count (`十三`), is no date.
    expect([isDateForm("二四年九月五日"), isDateForm("二〇二四年十三月五日"), isDateForm("二〇二四年九月")]).toEqual([false, false, false]);
    expect(parseEffective("本办法自二〇一一年三月一日起施行，有效期五年。")?.effective).toEqual({ from: "2011-03-01", validYears: 5, until: "2016-02-29" });
  });

  it("ends a period the day before its anniversary, 29 February included", () => {
    expect([lastDayOf("2022-03-01", 3), lastDayOf("2024-02-29", 1), lastDayOf("2022-01-01", 5)]).toEqual(["2025-02-28", "2025-02-28", "2026-12-31"]);
  });
});

describe("isInForce", () => {
  const levy = { effective: { from: "2022-02-14", validYears: 5, until: "2027-02-13" } };
  it("is true from the first to the last day, inclusive", () => {
    expect(["2022-02-13", "2022-02-14", "2027-02-13", "2027-02-14"].map((day) => isInForce(levy, day))).toEqual([false, true, true, false]);
  });

  it("has no end without one, and is false when the period is unknown or the day is no date", () => {
    expect(isInForce({ effective: { from: "2021-08-01", validYears: null, until: null } }, "2099-01-01")).toBe(true);
    expect(isInForce({ effective: null }, "2022-03-01")).toBe(false);
    expect(isInForce(levy, "tomorrow")).toBe(false);
    expect(isInForce(levy, new Date(Number.NaN))).toBe(false);
  });
});

describe("effectiveIn", () => {
  it("reads the first clause of some paragraphs, and reports a bad date where it stands", () => {
    const text = "第一条 各区政府负责检查ꎮ\n\n第二条 本办法自 ２０２２ 年 ２ 月 ３０ 日起施行ꎬ 有效期 ３ 年ꎮ";
    const { lines, context } = prepare(text);
    const runs = lines.filter((line) => line.text !== "").map((line) => joinLines([line]));
    expect(effectiveIn(runs, { date: null, printedOn: null }, context)).toBeNull();
    const [diagnostic] = context.diagnostics.list.filter((d) => d.ruleId === "invalid-date");
    expect(diagnostic?.severity).toBe("error");
    expect(sourceAt(text, diagnostic!.place!)).toBe("自 ２０２２ 年 ２ 月 ３０ 日起施行ꎬ 有效期 ３ 年");
  });
});

describe("effectiveIn for the document's own clause", () => {
  it("takes a subject of several words (本实施方案, 本行动计划), not a text the body cites", () => {
    const { lines, context } = prepare(
      ["《广州市城市更新条例》自 ２０２１ 年 ７ 月 １ 日起施行以来ꎬ 成效明显ꎮ", "本实施方案自印发之日起施行ꎬ 有效期至 ２０２７ 年 １２ 月 ３１ 日ꎮ"].join("\n"),
    );
    const runs = lines.filter((line) => line.text !== "").map((line) => joinLines([line]));
    expect(effectiveIn(runs, { date: "2025-01-15", printedOn: null }, context, { ownOnly: true })).toEqual({ from: "2025-01-15", validYears: null, until: "2027-12-31" });
  });
});

describe("effectiveIn with a day printed", () => {
  it("counts 自印发之日起 from printedOn when the document prints one, else from its date", () => {
    const { lines, context } = prepare("第五十四条 本办法自印发之日起施行ꎬ 有效期 ５ 年ꎮ");
    const runs = lines.filter((line) => line.text !== "").map((line) => joinLines([line]));
    expect(effectiveIn(runs, { date: "2024-07-26", printedOn: "2024-07-29" }, context)).toEqual({ from: "2024-07-29", validYears: 5, until: "2029-07-28" });
    expect(effectiveIn(runs, { date: "2024-07-26", printedOn: null }, context)).toEqual({ from: "2024-07-26", validYears: 5, until: "2029-07-25" });
  });
});
