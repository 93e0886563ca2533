import { z } from "zod";

/** A place in the input: 1-based line and column, 0-based offset, all in UTF-16 code units as JavaScript strings count them. */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof PointSchema>;

/** A span of the input, `end` exclusive: `input.slice(start.offset, end.offset)` is the source text. */
export const PositionSchema = z.object({ start: PointSchema, end: PointSchema });
export type Position = z.infer<typeof PositionSchema>;
