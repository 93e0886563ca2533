/**
 * The words the grammars depend on, as data, each list in one place. A new issue's new word is a
 * one-line change here (with a test), and every rule that needs the idea reads the same list.
 */

/**
 * The fifteen kinds of 公文 (党政机关公文处理工作条例, 第八条): 决议 决定 命令（令） 公报 公告 通告 意见 通知 通报
 * 报告 请示 批复 议案 函 纪要. A title ends with one of them.
 */
export const DOCUMENT_KINDS: readonly string[] = [
  "决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要",
];

/** `…管理办法`, `…实施细则`, `…议事规则`: the names of a text made of articles (规范性文件 and 规章). */
export const REGULATION_NAMES: readonly string[] = ["办法", "规定", "条例", "细则", "实施细则", "规则", "规范", "准则", "章程"];

/**
 * `目录` (printed `目　　录`): the heading of the table of contents that a long regulation prints between its
 * title and its first chapter.
 */
export const CONTENTS_HEADINGS: readonly string[] = ["目录"];

/** `…实施方案`, `…工作要点`, `…责任分工`: what a document issues that is neither a kind of 公文 nor a regulation. */
export const ISSUED_NAMES: readonly string[] = [
  "方案", "规划", "计划", "要点", "纲要", "措施", "指引", "指南", "清单", "目录", "名单", "分工", "标准", "制度",
];

/**
 * `…任务分工表`, `…监测指标体系`: words that end an attachment's title (a table, a system of indicators),
 * after which a full line's title does not go on (`…分工表` over `序号` is a title over a table's header).
 */
export const ATTACHMENT_TITLE_ENDINGS: readonly string[] = ["表", "体系"];

/** `关于`: the word that opens the matter of a title (发文机关 + 关于 + 事由 + 文种). */
export const TITLE_ABOUT = "关于";
/** `转发`: a document that forwards another (`…转发…的通知`, `现将…转发给你们`). */
export const FORWARD_WORD = "转发";
/** `同意`: before `转发`, a reply that approves forwarding (`关于同意转发…的批复`), which prints nothing forwarded. */
export const APPROVE_WORD = "同意";

/** Every word a document's title may end with. */
export const TITLE_ENDINGS: readonly string[] = [...DOCUMENT_KINDS, ...REGULATION_NAMES, ...ISSUED_NAMES];

/**
 * `市商务局`, `市卫生健康委`, `广州开发区管委会`, `白云区政府`, `市政府办公厅`: the words an organisation's name
 * ends with.
 */
export const ORGANISATION_ENDINGS: readonly string[] = [
  "政府", "办公厅", "办公室", "委员会", "管委会", "常委会", "中心", "集团", "公司", "大学", "学校",
  "局", "委", "会", "办", "厅", "部", "府", "院", "室", "处", "署", "所", "站", "队", "社", "馆", "台", "校", "行",
  // `市妇联`, `市科协`, `市直机关`, `广州地铁集团有限公司`, `团市委`.
  "联", "协", "关", "司", "团",
];

/** `广州市人民政府批准：`, `…人民代表大会常务委员会…决定：`: how the name of a body that decides appointments ends. */
export const DECIDING_BODY_ENDINGS: readonly string[] = ["政府", "委员会", "常委会", "委", "会议", "党组", "部"];

/** `各区人民政府`, `市政府各部门`, `各直属机构`: the words that name a group of bodies. */
export const BODY_GROUPS: readonly string[] = ["部门", "单位", "机构", "机关"];

/** `白云区`, `从化区`, `太和镇`: the words a place's name ends with, where a place stands for its government. */
export const PLACE_ENDINGS: readonly string[] = ["区", "市", "县", "镇", "乡", "街道"];

/**
 * `局长`, `常务副主任`, `一级巡视员`: post titles, with which an office ends. Ranks (`一级`, `常务`) and `副`
 * may stand before them.
 */
export const POSTS: readonly string[] = [
  "主任委员", "主任", "局长", "秘书长", "主席", "院长", "庭长", "检察长", "市长", "区长", "县长", "镇长", "书记",
  "总经理", "经理", "董事长", "董事", "理事长", "监事", "校长", "馆长", "所长", "行长", "处长", "部长", "厅长",
  "会长", "社长", "台长", "总编辑", "总工程师", "总经济师", "总会计师", "巡视员", "调研员", "委员", "成员",
  "审判员", "检察员", "参事",
  // `市农业农村局总农艺师`, `市教育局总督学`, `市人民政府督学`, `市审计局总审计师`, `…消防救援支队支队长`.
  "总农艺师", "总规划师", "总审计师", "总督学", "督学", "支队长", "大队长",
];

/**
 * `广州市…`, `市…`, `中共…`: how an office's name begins. Where a notice prints a name without `同志` or `的`
 * before the office (`免去陈志明市交通运输局局长职务`), the name ends where one of these begins.
 */
export const OFFICE_OPENINGS: readonly string[] = ["广州", "广东", "中共", "市", "省"];

/**
 * `免去…职务，退休`, `…，另有任用`: why a notice acts, printed as a clause of its own after the office it
 * speaks of.
 */
export const NOTICE_REMARKS: readonly string[] = ["退休", "另有任用"];

/** `党组书记`, `党委副书记`: the party groups whose posts a notice lists after an office of their body. */
export const PARTY_GROUPS: readonly string[] = ["党组", "党委", "党工委"];

/** `常务`, `一级`, `代理` (acting: `副市长、代理市长`): what may stand before a post title. */
export const POST_RANKS: readonly string[] = ["一级", "二级", "常务", "专职", "执行", "第一", "代理"];

/** `市长`, `区长`: the posts of a government's head, who signs its decrees (令). */
export const HEAD_POSTS: readonly string[] = ["市长", "省长", "区长", "县长", "主任", "主席"];

/** `2022年市政府工作报告部署工作责任分工`, `…重点工作任务分工`: how a responsibility table names itself. */
export const TASK_TABLE_NAMES: readonly string[] = ["责任分工", "任务分工"];

/**
 * The headings of a responsibility table's columns (责任分工), by the field each fills: `序号`, `重点工作`
 * (`重点任务`, `重点工作任务`, `工作任务` in other years), `分管市领导` (2022) or `市政府分管领导` (2021),
 * `牵头单位` or `牵头部门`, `配合单位` or `配合部门`, and in some years `完成时限` (`完成期限`) and `备注`.
 */
export const TASK_TABLE_COLUMNS = {
  seq: ["序号"],
  text: ["重点工作", "重点任务", "重点工作任务", "工作任务", "主要任务", "工作内容"],
  leaders: ["分管市领导", "市政府分管领导", "分管领导", "责任市领导", "市领导"],
  lead: ["牵头单位", "牵头部门", "责任单位"],
  cooperating: ["配合单位", "配合部门", "协办单位"],
  deadline: ["完成时限", "完成期限", "完成时间", "时限要求"],
  remark: ["备注"],
} as const satisfies Record<string, readonly string[]>;

/**
 * The pieces a column heading is printed in over lines: `分管` / `市领导`, `市政府` / `分管领导`, `完成` /
 * `时限`, `完成` / `期限`.
 */
export const TASK_TABLE_HEADING_PIECES: readonly string[] = ["分管", "市领导", "市政府", "分管领导", "完成", "时限", "期限"];

/**
 * The words of a deadline (完成时限) beside its date, by what each does: `长期`, `每年` stand for a date or
 * before one (`每年12月底前`); `上半年`, `第三季度` are parts of a year (`2024年上半年`); `底` is a year's or a
 * month's end (`2024年底`, `12月底`); `至` joins a range of years (`2024年至2026年`); `前`, `内`, `止` say by,
 * within or until the date (`2024年12月底前`, `2025年内`, `2024年底止`); and a deadline may end in what is
 * done by then (`2024年12月底前完成`, `持续推进`, `长期坚持`).
 */
export const DEADLINE_WORDS = {
  standing: ["长期", "每年", "每季度", "每月"],
  parts: ["上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度"],
  end: ["底"],
  through: ["至"],
  bounds: ["前", "内", "止"],
  actions: ["推进", "坚持", "完成"],
} as const satisfies Record<string, readonly string[]>;

/** `说明：`, `注：`, `备注：`: the labels over the notes under a levy-rate table. */
export const LEVY_NOTES_LABELS: readonly string[] = ["说明", "备注", "注"];

/** `无`: a word that fills a levy-rate table's minimum cell where the tier has no minimum. */
export const NO_MINIMUM_WORDS: readonly string[] = ["无"];

/**
 * Words as a regular-expression alternation, longest first so that `实施细则` is tried before `细则`.
 * The words hold no metacharacters; they are Han characters.
 */
export function alternation(words: readonly string[]): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).join("|")})`;
}
