/**
 * Pages whose footer the extraction lost: the footer lines of a text printed by `printBroken`, kept only
 * where `keep` says so (by their order, from 0). The next page's first line keeps its indent, which is
 * how the furniture finds such a page.
 */
export function dropFooters(text: string, keep: (index: number) => boolean): string {
  let index = 0;
  return text
    .split("\n")
    .filter((line) => !line.endsWith("(本文与正式文件同等效力)") || keep(index++))
    .join("\n");
}
