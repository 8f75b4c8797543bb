import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Jixiao's own version, from its package.json (the same file `npm` and the exe builder read). */
export function jixiaoVersion(): string {
  try {
    const pkg: unknown = JSON.parse(
      readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")
    );
    if (pkg && typeof pkg === "object" && "version" in pkg && typeof pkg.version === "string")
      return pkg.version;
  } catch {
    // A copy without its package.json still names its template version below.
  }
  return "?";
}
