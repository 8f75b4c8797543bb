/**
 * Imported first by each browser entry (task pane, ribbon commands): they share it, so it lives
 * beside the schemas it configures, below both. Their pages' CSP allows no eval, and zod compiles
 * object parsers with `new Function` where it may, probing for that when a schema is created — a
 * CSP violation on every load. Turning its JIT off before any schema module runs keeps the pages
 * within their policy (zod then parses the same, without generated code).
 */
import { config } from "zod/mini";

config({ jitless: true });
