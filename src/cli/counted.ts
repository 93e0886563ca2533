/** `1 document`, `48 pages`, `0 errors`: a count and its noun, singular for one. */
export const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? "" : "s"}`;
