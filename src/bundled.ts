import { fileURLToPath } from "node:url";

/**
 * The bundled issue (2022 No. 8), shipped in the package. This module sits one folder below the package
 * root both as source (`src/`) and bundled (`dist/`), so the same relative address finds the file.
 */
export const bundledIssuePath = (): string => fileURLToPath(new URL("../fixtures/gz-2022-08.txt", import.meta.url));
