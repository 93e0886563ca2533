/** A zod issue's `path` as a JSON path: `["documents", 0, "tasks", 3, "seq"]` → `$.documents[0].tasks[3].seq`. */
export const jsonPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : `${text}.${String(key)}`), "$");
