/**
 * The registry of bodies that responsibility tables name: canonical names as the tables print them,
 * with the aliases they also go by. Grammars use it to re-join names cut over lines and to split names
 * printed without a separator; other projects can validate their data against it.
 */

/** What kind of body a unit is. */
export type UnitKind =
  /** `市委宣传部`: an organ of the municipal Party committee. */
  | "party"
  /** `市商务局`: a department or office of the municipal government. */
  | "government"
  /** `白云区政府`: a district government. */
  | "district"
  /** `广州开发区管委会`: the management committee of a development zone. */
  | "zone"
  /** `市法院`, `广州仲裁委`: a court, procuratorate or arbitration body. */
  | "judicial"
  /** `广州海关`, `人民银行广州分行`: a central or provincial body in Guangzhou. */
  | "central-or-provincial"
  /** `团市委`, `市妇联`: a people's organisation. */
  | "people"
  /** `市土地开发中心`, `广州医科大学`: a public institution. */
  | "institution"
  /** `广州地铁`: a state-owned enterprise. */
  | "enterprise"
  /** `广清对口帮扶指挥部`: a coordinating or temporary body. */
  | "coordination";

export interface Unit {
  /** The name as responsibility tables print it. */
  name: string;
  /** Other names of the same body, full or short. */
  aliases: readonly string[];
  kind: UnitKind;
}

const unit = (name: string, kind: UnitKind, ...aliases: string[]): Unit => ({ name, aliases, kind });

export const units: readonly Unit[] = [
  unit("市工业和信息化局", "government", "广州市工业和信息化局"),
];
