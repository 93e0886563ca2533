/**
 * A decree (令) as GB/T 9704 prints it: `广州市人民政府令` / `第 186 号`, the sentence that issues it
 * (`《…》已经…常务会议通过，现予公布，自…起施行。`), the head of government's signature (`市　长：某某`),
 * its date, then what it issues.
 */
import { anchored, fragments, match } from "../../src/fragments.js";
import type { Adoption } from "../../src/schema/common.js";
import { isoOfParts } from "../../src/text/dates.js";
import { alternation, HEAD_POSTS } from "../../src/vocabulary.js";
import { XRegExp } from "../../src/xregexp.js";

/** `广州市人民政府令`: a decree's header (令), which a number without a year follows. */
export const DECREE_HEADER = anchored("(?<issuer>{{han}}{2,30}?)令", {}, "u");
/** `第185号`, `第 186 号` (normalised to `第186号`) on a line of its own, under a decree's header. */
export const DECREE_NUMBER = anchored("第(?<serial>{{digits}})号");
/**
 * `市长郭永航`, `市长：某某` (from `市　长：某某`, the post spaced out to the name's width), `代市长某某`:
 * the head of government who signs a decree, post and name.
 */
const SIGNER = anchored("(?<post>{{han}}{0,10}?{{head}})：?(?<name>{{han}}{2,4})", { head: alternation(HEAD_POSTS) }, "u");
/**
 * `》已经2023年3月2日市政府第16届45次常务会议通过`, `》已于2023年5月8日经市人民政府第16届第21次常务会议审议通过`,
 * `》已经市政府第15届134次常务会议审议通过`, `…会议讨论通过`: the meeting that adopted what a decree issues, and its date.
 */
const ADOPTION = XRegExp.build(
  "》(?:已经|已于|业经|经)(?:{{date}})?经?(?<meeting>{{han}}[^，。；：《》]{0,60}?会议)(?:审议|讨论)?通过",
  { date: fragments.date, han: fragments.han },
  "u",
);

/** `市长：某某` → `市长某某`; null for a line that is no head of government's signature. */
export function readSigner(text: string): string | null {
  const groups = match(SIGNER, text)?.groups;
  return groups ? `${groups.post!}${groups.name!}` : null;
}

/** The adoption a decree's issuing sentence prints; null when it prints none. */
export function readAdoption(sentence: string): Adoption | null {
  const groups = match(ADOPTION, sentence)?.groups;
  if (!groups) return null;
  const date = groups.year === undefined ? null : isoOfParts(groups.year, groups.month!, groups.day!);
  return { meeting: groups.meeting!, date };
}
