import type { Grammar } from "../src/grammar.js";
import { levyGrammar } from "./levy-table.js";
import { personnelGrammar } from "./personnel.js";
import { regulationGrammar } from "./regulation.js";
import { taskTableGrammar } from "./task-table.js";

/** The grammars of specific document kinds, asked in order; a document none claims is generic. */
export const grammars: readonly Grammar[] = [taskTableGrammar, levyGrammar, regulationGrammar, personnelGrammar];
