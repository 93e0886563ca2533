import type { Command } from "../command.js";
import { check } from "./check.js";
import { levy } from "./levy.js";
import { parse } from "./parse.js";

/** The CLI's commands, in the order the help lists them. */
export const commands: readonly Command[] = [parse, check, levy];
