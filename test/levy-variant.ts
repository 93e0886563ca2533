import type { DocumentSegment, GrammarContext } from "../src/grammar.js";
import { fixtureText, prepare, segmentOf } from "./support.js";

/**
 * Another city's table in the same broken layout: full-width digits, the private-use decimal point,
 * spaces between scripts, rows cut over lines, and the levels and tiers in scrambled order. Its notes
 * round to 十元.
 */
export const VARIANT = ` 附件

示例市征地社保费计提比例表

平均区片价

省的划分范围 示例市的划分范围

征地社保费
计提比例

本档最低
计提标准
(万元 /亩)

第五档: １５ 万至 ２０ 万元 (含 ２０ 万元) /亩 １３％ ２\u{1001B0} ４０

第三级
１０ 万至 １５ 万元
(含 １５ 万元) /亩

第一级
５ 万元

(含５万元) /亩以下
第二档: ３ 万至 ５ 万元 (含 ５ 万元) /亩 ２０％ ０\u{1001B0} ６０

第七档: ３０ 万元 /亩以上 １０％ ３\u{1001B0} ３

第一档: ３ 万元 (含 ３ 万元) /亩以下 ２０％ —

第五级 ２０ 万元 /亩以上
第四档: １０ 万至 １５ 万元 (含 １５ 万元)
/亩 １６％ １\u{1001B0} ８０

第二级
５ 万至 １０ 万元

(含 １０ 万元) /亩

第六档: ２０ 万至 ３０ 万元 (含 ３０ 万元) /亩 １１％ ２\u{1001B0} ６０

第三档: ５ 万至 １０ 万元 (含 １０ 万元) /亩 １８％ １\u{1001B0} ００

第四级
１５ 万至 ２０ 万元
(含 ２０ 万元) /亩

说明: １\u{1001B0} 征地社保费按照所在区的平均区片价乘以对应档次的计提比例计算ꎮ 计算结果向上取

整ꎬ 精确到十元ꎮ
２\u{1001B0} 根据计提比例计算的征地社保费低于本档最低计提标准的ꎬ 按本档最低计提标准执行ꎮ
`;

/** The fixture's own table (input lines 3348–3406), from its `附件` to note 2, for variants of it. */
export const FIXTURE_TABLE = fixtureText.split("\n").slice(3347, 3406).join("\n");

/** The opinion's floors sentence, as the fixture prints it (input lines 3144–3152). */
const FLOORS = fixtureText.split("\n").slice(3143, 3152).join("\n");

/** A notice whose annex is `table` and which forwards an opinion stating `floors`. */
export function variantSegment(table: string, floors = FLOORS): { segment: DocumentSegment; context: GrammarContext; text: string } {
  const text = `${floors}\n${table}`;
  const { lines, context } = prepare(text);
  const floorLines = floors.split("\n").length;
  const opinion = segmentOf({ lines, body: lines.filter((line) => line.number <= floorLines) });
  const annex = lines.filter((line) => line.number > floorLines);
  return { segment: segmentOf({ lines, annex, forwarded: [segmentOf({ lines, forwarded: [opinion] })] }), context, text };
}
