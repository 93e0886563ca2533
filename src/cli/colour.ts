/**
 * Whether output to `stream` is coloured. As Node decides for its own output: `FORCE_COLOR` (other than
 * `0` or `false`) colours and takes precedence, `NO_COLOR` (not empty, no-color.org) does not colour,
 * and otherwise a terminal that is not `TERM=dumb` is coloured and a pipe or a file is not.
 */
export function colourWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true && env.TERM !== "dumb";
}
