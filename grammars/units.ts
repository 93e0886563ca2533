/**
 * The registry of bodies that responsibility tables name: canonical names as the tables print them,
 * with the other names they go by. Grammars use it to re-join names cut over lines and to split names
 * printed without a separator; other projects can validate their data against it. A body missing here
 * is still read whole from the layout, with an `unknown-unit` note.
 */

/** What kind of body a unit is. */
export type UnitKind =
  /** `市委宣传部`: an organ of the municipal Party committee. */
  | "party"
  /** `市商务局`: a department or office of the municipal government, or of the People's Congress or CPPCC. */
  | "government"
  /** `白云区政府`: a district government. */
  | "district"
  /** `广州开发区管委会`: the management committee of a development zone or economic area. */
  | "zone"
  /** `市法院`, `广州仲裁委`: a court, procuratorate or arbitration body. */
  | "judicial"
  /** `广州海关`, `人民银行广州分行`: a central or provincial body in Guangzhou. */
  | "central-or-provincial"
  /** `团市委`, `市妇联`: a people's organisation. */
  | "people"
  /** `市土地开发中心`, `广州医科大学`: a public institution. */
  | "institution"
  /** `广州地铁`: a state-owned enterprise or a market operator. */
  | "enterprise"
  /** `广清对口帮扶指挥部`, `市新冠肺炎防控指挥办`: a coordinating or temporary body. */
  | "coordination";

export interface Unit {
  /** The name as responsibility tables print it. */
  name: string;
  /** Other names of the same body, full or short. */
  aliases: readonly string[];
  kind: UnitKind;
}

const unit = (name: string, kind: UnitKind, ...aliases: string[]): Unit => ({ name, aliases, kind });

/** A municipal body printed `市…`: its full name `广州市…` is always an alias. */
const municipal = (name: string, kind: UnitKind, ...aliases: string[]): Unit => unit(name, kind, `广州${name}`, ...aliases);

export const units: readonly Unit[] = [
  // Organs of the municipal Party committee.
  municipal("市委办公厅", "party"),
  municipal("市委组织部", "party"),
  municipal("市委宣传部", "party"),
  municipal("市委统战部", "party"),
  municipal("市委政法委", "party", "市委政法委员会"),
  municipal("市委政研室", "party", "市委政策研究室"),
  municipal("市委编办", "party", "市委机构编制委员会办公室"),
  municipal("市委网信办", "party", "市委网络安全和信息化委员会办公室"),
  municipal("市委深改委", "party", "市委全面深化改革委员会"),
  municipal("市委人才办", "party", "市委人才工作领导小组办公室"),
  municipal("市委老干部局", "party"),
  // The People's Congress and the CPPCC.
  municipal("市人大常委会办公厅", "government"),
  municipal("市政协办公厅", "government"),
  // Departments and offices of the municipal government.
  municipal("市政府办公厅", "government", "市人民政府办公厅"),
  municipal("市政府外办", "government", "市人民政府外事办公室"),
  municipal("市港澳办", "government", "市人民政府港澳事务办公室"),
  municipal("市发展改革委", "government", "市发展和改革委员会", "市大湾区办"),
  municipal("市教育局", "government"),
  municipal("市科技局", "government", "市科学技术局"),
  municipal("市工业和信息化局", "government"),
  municipal("市民族宗教局", "government", "市民族宗教事务局"),
  municipal("市公安局", "government"),
  municipal("市民政局", "government"),
  municipal("市司法局", "government"),
  municipal("市财政局", "government"),
  municipal("市人力资源社会保障局", "government", "市人力资源和社会保障局"),
  municipal("市规划和自然资源局", "government"),
  municipal("市生态环境局", "government"),
  municipal("市住房城乡建设局", "government", "市住房和城乡建设局"),
  municipal("市交通运输局", "government"),
  municipal("市水务局", "government"),
  municipal("市农业农村局", "government"),
  municipal("市商务局", "government"),
  municipal("市文化广电旅游局", "government"),
  municipal("市卫生健康委", "government", "市卫生健康委员会"),
  municipal("市退役军人事务局", "government"),
  municipal("市应急管理局", "government"),
  municipal("市审计局", "government"),
  municipal("市国资委", "government", "市人民政府国有资产监督管理委员会"),
  municipal("市市场监管局", "government", "市市场监督管理局"),
  municipal("市体育局", "government"),
  municipal("市统计局", "government"),
  municipal("市医保局", "government", "市医疗保障局"),
  municipal("市地方金融监管局", "government", "市地方金融监督管理局"),
  municipal("市城市管理综合执法局", "government", "市城市管理和综合执法局"),
  municipal("市政务服务数据管理局", "government"),
  municipal("市港务局", "government"),
  municipal("市林业园林局", "government", "市林业和园林局"),
  municipal("市来穗人员服务管理局", "government"),
  municipal("市信访局", "government"),
  municipal("市社会组织管理局", "government"),
  municipal("市协作办", "government"),
  municipal("市国家档案馆", "government"),
  municipal("市烟草专卖局", "government"),
  municipal("市气象局", "government"),
  municipal("市邮政管理局", "government"),
  municipal("市供销总社", "government", "市供销合作总社"),
  municipal("市消防救援支队", "government"),
  // District governments.
  unit("越秀区政府", "district", "越秀区人民政府"),
  unit("海珠区政府", "district", "海珠区人民政府"),
  unit("荔湾区政府", "district", "荔湾区人民政府"),
  unit("天河区政府", "district", "天河区人民政府"),
  unit("白云区政府", "district", "白云区人民政府"),
  unit("黄埔区政府", "district", "黄埔区人民政府"),
  unit("番禺区政府", "district", "番禺区人民政府"),
  unit("花都区政府", "district", "花都区人民政府"),
  unit("南沙区政府", "district", "南沙区人民政府"),
  unit("从化区政府", "district", "从化区人民政府"),
  unit("增城区政府", "district", "增城区人民政府"),
  // Development zones and economic areas.
  unit("广州开发区管委会", "zone", "广州经济技术开发区管理委员会"),
  unit("南沙开发区管委会", "zone", "广州南沙经济技术开发区管理委员会"),
  unit("增城开发区管委会", "zone", "增城经济技术开发区管理委员会"),
  unit("广州空港经济区管委会", "zone", "广州空港经济区管理委员会"),
  // Courts, procuratorates and arbitration.
  municipal("市法院", "judicial", "市中级人民法院"),
  municipal("市检察院", "judicial", "市人民检察院"),
  unit("广州互联网法院", "judicial"),
  unit("广州仲裁委", "judicial", "广州仲裁委员会"),
  // Central and provincial bodies in Guangzhou.
  unit("广州市税务局", "central-or-provincial", "国家税务总局广州市税务局"),
  unit("广州海关", "central-or-provincial"),
  unit("黄埔海关", "central-or-provincial"),
  unit("人民银行广州分行", "central-or-provincial", "中国人民银行广州分行"),
  unit("国家外汇管理局广东省分局", "central-or-provincial"),
  unit("广东银保监局", "central-or-provincial", "中国银保监会广东监管局"),
  unit("广东证监局", "central-or-provincial", "中国证监会广东监管局"),
  unit("广州海事局", "central-or-provincial"),
  unit("广州边检总站", "central-or-provincial", "广州出入境边防检查总站"),
  unit("民航中南地区管理局", "central-or-provincial", "中国民用航空中南地区管理局"),
  unit("中国铁路广州局集团", "central-or-provincial", "中国铁路广州局集团有限公司"),
  unit("省通信管理局", "central-or-provincial", "广东省通信管理局"),
  unit("省通信管理局广州管理办", "central-or-provincial"),
  unit("广州供电局", "central-or-provincial"),
  unit("省机场集团", "central-or-provincial", "广东省机场管理集团有限公司"),
  // People's organisations.
  unit("团市委", "people", "共青团广州市委员会"),
  municipal("市总工会", "people"),
  municipal("市妇联", "people", "市妇女联合会"),
  municipal("市残联", "people", "市残疾人联合会"),
  municipal("市工商联", "people", "市工商业联合会"),
  municipal("市科协", "people", "市科学技术协会"),
  municipal("市贸促会", "people", "中国国际贸易促进委员会广州市委员会"),
  municipal("市红十字会", "people"),
  municipal("市关工委", "people", "市关心下一代工作委员会"),
  // Public institutions.
  municipal("市土地开发中心", "institution"),
  municipal("市重点项目管理中心", "institution"),
  unit("广州住房公积金管理中心", "institution"),
  municipal("市社科院", "institution", "市社会科学院"),
  municipal("市农科院", "institution", "市农业科学院"),
  unit("广州医科大学", "institution"),
  unit("广州大学", "institution"),
  unit("广州日报社", "institution"),
  unit("广州广播电视台", "institution"),
  unit("广州市通建办", "institution"),
  // State-owned enterprises and market operators.
  unit("广州地铁", "enterprise", "广州地铁集团有限公司"),
  unit("广州城投", "enterprise", "广州市城市建设投资集团有限公司"),
  unit("广州交投", "enterprise", "广州交通投资集团有限公司"),
  unit("广州水投", "enterprise", "广州市水务投资集团有限公司"),
  unit("广州发展", "enterprise", "广州发展集团股份有限公司"),
  unit("广州公交", "enterprise", "广州公交集团"),
  unit("广州港集团", "enterprise", "广州港集团有限公司"),
  unit("越秀集团", "enterprise", "广州越秀集团股份有限公司"),
  unit("广药集团", "enterprise", "广州医药集团有限公司"),
  unit("白云机场股份公司", "enterprise", "广州白云国际机场股份有限公司"),
  unit("广州电子口岸公司", "enterprise", "广州电子口岸管理有限公司"),
  unit("广东湾区建设投资有限公司", "enterprise"),
  unit("广州期货交易所", "enterprise"),
  unit("广州电信", "enterprise"),
  unit("广州移动", "enterprise"),
  unit("广州联通", "enterprise"),
  unit("广州铁塔", "enterprise"),
  // Coordinating and temporary bodies.
  unit("广清对口帮扶指挥部", "coordination"),
  municipal("市新冠肺炎防控指挥办", "coordination"),
];
