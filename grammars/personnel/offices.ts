import { anchored, match, matches } from "../../src/fragments.js";
import { alternation, ORGANISATION_ENDINGS, PARTY_GROUPS, PLACE_ENDINGS, POST_RANKS, POSTS } from "../../src/vocabulary.js";

/*
 * An office (职务) as a notice names it: an organization, then a post. The clauses find where an office
 * ends by what follows it; this module says what an office is made of and where its post begins.
 */

/**
 * `广州开发区管委会主任`: a stretch of an office's name without punctuation that ends, lists or brackets it.
 * It does not end with `的`, which belongs to `…的职务`.
 */
const OFFICE_TEXT = "[^，。；、：（）]{0,59}[^，。；、：（）的]";
/** `市政府办公厅（市政府研究室）副主任`: an office; a bracketed part inside it belongs to it. */
const OFFICE = `${OFFICE_TEXT}(?:（[^（）]{1,40}）${OFFICE_TEXT}){0,3}`;
/** `广州市司法局局长、广州市农业农村局局长`: offices listed with `、`. */
export const OFFICES = `(?<offices>${OFFICE}(?:、${OFFICE}){0,19})`;
/** `（挂职一年）`: a note after an office; a bracketed document number is not one. */
export const NOTE = "(?:（(?<note>[^（）〔]{1,40})）)?";

/** `常务副主任`, `局长`, `一级巡视员`: a post title, with which an office ends. */
const POST = `${alternation(POST_RANKS)}?副?${alternation(POSTS)}`;
/** `广州市司法局`, `市发展改革委`, `广州日报报业集团`, `白云区`: how an organization's name ends. */
const ORGANIZATION_END = alternation([...ORGANISATION_ENDINGS, ...PLACE_ENDINGS]);
/** `（市政府研究室）`: the other name of an organization that has two. */
const ORGANIZATION_ALIAS = "(?:（[^（）]{1,40}）)?";
/**
 * `广州开发区管委会主任` → `广州开发区管委会` + `主任`. The organization is the shortest head that ends like
 * one and leaves a post title: `广州日报报业集团` is an organization, but `管委会委员` is no post.
 */
const OFFICE_PARTS = anchored(`(?<organization>.{1,80}?${ORGANIZATION_END}${ORGANIZATION_ALIAS})(?<post>${POST})`, {}, "u");

/** `党组书记`, `副局长`: an office printed as a post alone, after another office of the same body. */
const BARE_POST = anchored(`${alternation(PARTY_GROUPS)}?${POST}`, {}, "u");

/** `办公厅`, `办公室`: an organization named by an ending alone, a part of the body of the office before it. */
const BODY_PART = anchored(alternation(ORGANISATION_ENDINGS), {}, "u");

interface SplitOffice {
  organization: string | null;
  post: string;
}

/** `广州开发区管委会主任` → organization and post; the whole office is the post where they cannot be told apart. */
function splitOffice(office: string): SplitOffice {
  const parts = match(OFFICE_PARTS, office);
  if (!parts?.groups) return { organization: null, post: office };
  return { organization: parts.groups.organization!, post: parts.groups.post! };
}

/**
 * Offices listed with `、`, split. A post printed alone belongs to the organization of the office before
 * it: `广州市交通运输局局长、党组书记` → `党组书记` of `广州市交通运输局`; first in a list, it has none. So
 * does an organization named by an ending alone: `广州市人民政府副秘书长、办公厅主任` → `主任` of
 * `广州市人民政府办公厅`.
 */
export function splitOffices(offices: readonly string[]): SplitOffice[] {
  let organization: string | null = null;
  return offices.map((office) => {
    // `党委副书记` is a post, not the organization `党委` with the post `副书记`.
    if (match(BARE_POST, office) !== null) return { organization, post: office };
    const split = splitOffice(office);
    if (organization !== null && split.organization !== null && matches(BODY_PART, split.organization)) organization += split.organization;
    else organization = split.organization;
    return { organization, post: split.post };
  });
}
