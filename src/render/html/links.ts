import type { Position } from "../../schema/position.js";

/** The lines a position covers, its exclusive end standing at the start of a line not counted. */
export function lineRange(position: Position): { from: number; to: number } {
  const { start, end } = position;
  const to = end.line > start.line && end.column === 1 ? end.line - 1 : end.line;
  return { from: start.line, to: Math.max(start.line, to) };
}

/**
 * The values of the data pane that point into the source, each under an id: the data pane asks for the
 * attributes of a value (its id and its source lines), the source pane asks which value each line went
 * into, the innermost one where values nest.
 */
export class Links {
  private readonly spans: Array<{ id: string; from: number; to: number }> = [];

  /** `id="v12" data-from="665" data-to="675"` for a value at `position`. */
  attributes(position: Position): string {
    const id = `v${this.spans.length + 1}`;
    const { from, to } = lineRange(position);
    this.spans.push({ id, from, to });
    return `id="${id}" data-from="${from}" data-to="${to}"`;
  }

  /** Per line (index 0 is line 1), the id of the innermost value that covers it, if any. */
  ownersOfLines(lineCount: number): Array<string | undefined> {
    const owners = new Array<string | undefined>(lineCount).fill(undefined);
    const sizes = new Array<number>(lineCount).fill(Number.POSITIVE_INFINITY);
    for (const { id, from, to } of this.spans) {
      const size = to - from;
      for (let line = Math.max(1, from); line <= Math.min(to, lineCount); line += 1) {
        // Ties go to the later value: a part registered after the whole it belongs to.
        if (size <= sizes[line - 1]!) {
          sizes[line - 1] = size;
          owners[line - 1] = id;
        }
      }
    }
    return owners;
  }
}
