import type { Command } from "../command.js";
import { check } from "./check.js";
import { levy } from "./levy.js";
import { parse } from "./parse.js";
import { schema } from "./schema.js";
import { validate } from "./validate.js";
import { report } from "./report.js";

/** The CLI's commands, in the order the help lists them. */
export const commands: readonly Command[] = [parse, check, report, levy, schema, validate];
