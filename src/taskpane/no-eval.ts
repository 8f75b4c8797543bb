/**
 * The pane's CSP allows no eval. zod compiles object parsers with `new Function` where it may,
 * and probes for that when a schema is created — a CSP violation on every load. Turning its JIT
 * off before any schema module runs keeps the page within its policy (zod then parses the same,
 * without generated code). Imported first by the entry for that reason.
 */
import { config } from "zod";

config({ jitless: true });
