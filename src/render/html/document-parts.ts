import type { LevyNoticeDocument, PersonnelDocument, RegulationDocument, TaskAssignmentDocument } from "../../schema/document.js";
import type { Article, Chapter } from "../../schema/regulation.js";
import type { Task } from "../../schema/task.js";
import { TASK_COLUMNS, TIER_COLUMNS } from "../columns.js";
import { element, escapeHtml } from "./escape.js";
import type { Links } from "./links.js";

/** What a document's kind adds, as a person reads it: the task table, the levy tiers, the articles, the notices. */

const headRow = (headers: readonly string[]): string => `<tr>${headers.map((header) => element("th", 'scope="col"', header)).join("")}</tr>`;

/** The tasks in runs of one section each, in the order printed. */
function sectionRuns(tasks: readonly Task[]): Task[][] {
  const runs: Task[][] = [];
  for (const task of tasks) {
    const run = runs.at(-1);
    if (run && run[0]!.section.ordinal === task.section.ordinal) run.push(task);
    else runs.push([task]);
  }
  return runs;
}

/** A section's table: its heading, then each row, under the heading of its subsection where it opens one. */
function sectionTable(tasks: readonly Task[], links: Links): string {
  const span = TASK_COLUMNS.length;
  const { section } = tasks[0]!;
  const rows = [`<tr class="section"><th colspan="${span}">${escapeHtml(`${section.numeral}、${section.title}`)}</th></tr>`];
  let subsection: number | null = null;
  for (const task of tasks) {
    const sub = task.subsection?.ordinal ?? null;
    if (task.subsection && sub !== subsection) {
      rows.push(`<tr class="subsection"><th colspan="${span}">${escapeHtml(`（${task.subsection.ordinal}）${task.subsection.title}`)}</th></tr>`);
    }
    subsection = sub;
    rows.push(`<tr class="task" ${links.attributes(task.position)}>${TASK_COLUMNS.map((column) => element("td", "", column.write(task))).join("")}</tr>`);
  }
  // Fixed column widths, the same in every section's table: the browser lays out a row without measuring the others.
  return [
    '<div class="scroll-x section-table"><table class="tasks"><colgroup><col class="seq"><col class="text"><col class="leaders"><col class="lead"><col></colgroup>',
    `<thead>${headRow(TASK_COLUMNS.map((column) => column.header))}</thead><tbody>`,
    rows.join("\n"),
    "</tbody></table></div>",
  ].join("\n");
}

/** The task table, one table per section, so that the browser lays out only the sections in view. */
export function taskPart(document: TaskAssignmentDocument, links: Links): string {
  return [
    element("h4", "", `tasks (${document.tasks.length}), sections (${document.sections.length})`),
    ...sectionRuns(document.tasks).map((run) => sectionTable(run, links)),
  ].join("\n");
}

export function levyPart(document: LevyNoticeDocument): string {
  const table = document.levyTable;
  const parts: string[] = [];
  if (table === null) parts.push(element("p", 'class="missing"', "no levy-rate table read"));
  else {
    const rows = table.tiers.map((tier) => `<tr class="tier">${TIER_COLUMNS.map((column) => element("td", "", column.write(tier))).join("")}</tr>`);
    parts.push(
      element("h4", "", `levy tiers (${table.tiers.length}), ${table.unit}`),
      `<div class="scroll-x"><table class="tiers"><thead>${headRow(TIER_COLUMNS.map((column) => column.header))}</thead><tbody>${rows.join("")}</tbody></table></div>`,
      element("p", "", `rules: round up to ${table.rules.roundUpToYuan ?? "—"} 元; minimum applies: ${table.rules.minimumApplies}`),
      `<ul class="notes">${table.notes.map((note) => element("li", "", note)).join("")}</ul>`,
    );
  }
  if (document.provincialFloors.length > 0) {
    const floors = document.provincialFloors.map(
      (floor) => `<tr>${[floor.level, floor.lowerExclusive ?? "", floor.upperInclusive ?? "", floor.ratePercent].map((cell) => element("td", "", String(cell))).join("")}</tr>`,
    );
    parts.push(
      element("h4", "", `provincial floors (${document.provincialFloors.length})`),
      `<div class="scroll-x"><table class="floors"><thead>${headRow(["level", "lowerExclusive", "upperInclusive", "ratePercent"])}</thead><tbody>${floors.join("")}</tbody></table></div>`,
    );
  }
  return parts.join("\n");
}

function articleBlock(article: Article, links: Links): string {
  const paragraphs = article.paragraphs.map((paragraph, index) => element("p", "", index === 0 ? `第${article.number}条　${paragraph}` : paragraph));
  return `<div class="article" ${links.attributes(article.position)}>${paragraphs.join("")}</div>`;
}

function chapterBlock(chapter: Chapter, links: Links): string {
  const sectionAt = new Map(chapter.sections.map((section) => [section.articles[0], section]));
  const blocks = chapter.articles.map((article) => {
    const section = sectionAt.get(article.number);
    return (section ? element("h6", "", `第${section.number}节 ${section.title}`) : "") + articleBlock(article, links);
  });
  const heading = chapter.number === 0 ? "" : element("h5", "", `第${chapter.number}章 ${chapter.title ?? ""}`);
  return `<section class="chapter">${heading}${blocks.join("\n")}</section>`;
}

export function regulationPart(document: RegulationDocument, links: Links): string {
  const { regulation } = document;
  const articles = regulation.chapters.reduce((sum, chapter) => sum + chapter.articles.length, 0);
  const effective = regulation.effective;
  return [
    element("h4", "", `${regulation.title}: chapters (${regulation.chapters.length}), articles (${articles})`),
    effective ? element("p", "", `effective from ${effective.from}${effective.until ? ` until ${effective.until}` : ""}`) : "",
    ...regulation.chapters.map((chapter) => chapterBlock(chapter, links)),
    regulation.references.length === 0
      ? ""
      : `<details><summary>references (${regulation.references.length})</summary><ul>${regulation.references
          .map((reference) => `<li ${links.attributes(reference.position)}>${escapeHtml(`${reference.kind}: ${reference.text}`)}</li>`)
          .join("")}</ul></details>`,
  ].join("\n");
}

const NOTICE_HEADERS = ["action", "person", "organization", "post", "concurrent", "note", "decidedBy", "docNumber", "effectiveFrom"];

export function personnelPart(document: PersonnelDocument, links: Links): string {
  const rows = document.notices.map((notice) => {
    const cells = [
      notice.action,
      notice.person,
      notice.organization ?? "",
      notice.post,
      notice.concurrent ? "yes" : "",
      notice.note ?? "",
      notice.decidedBy?.body ?? "",
      notice.docNumber?.text ?? "",
      notice.effectiveFrom ?? "",
    ];
    return `<tr class="notice" ${links.attributes(notice.position)}>${cells.map((cell) => element("td", "", cell)).join("")}</tr>`;
  });
  return [
    element("h4", "", `notices (${document.notices.length})`),
    `<div class="scroll-x"><table class="notices"><thead>${headRow(NOTICE_HEADERS)}</thead><tbody>${rows.join("\n")}</tbody></table></div>`,
  ].join("\n");
}
