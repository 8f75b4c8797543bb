/**
 * The lint boundary (eslint.config.mjs): WPS objects and the WPS adapter only in
 * src/workbook/wps and src/wps, as Excel.* only in src/workbook/office. Each probe is linted as
 * if it were a file at that path (eslint --stdin), so the real configuration decides.
 */
import { spawnSync } from "node:child_process";

const GLOBAL = "export const app = () => Application;\n";
const PROPERTY = "export const app = () => window.Application;\n";
const IMPORT =
  'import { WpsWorkbook } from "../workbook/wps/wps-workbook";\nexport const port = WpsWorkbook;\n';

/** The rules that refuse the probe at that path (none: allowed). */
function refusals(path: string, source: string): string[] {
  const run = spawnSync(
    "npx",
    ["eslint", "--stdin", "--stdin-filename", path, "--format", "json"],
    {
      input: source,
      encoding: "utf8",
    }
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return result.messages.map((m) => String(m.ruleId));
}

test.each([
  ["src/taskpane/probe.ts", PROPERTY, ["no-restricted-properties"]],
  ["src/rules/probe.ts", GLOBAL, ["no-restricted-globals"]],
  ["src/commands/probe.ts", IMPORT, ["no-restricted-imports"]],
  ["src/workbook/wps/probe.ts", GLOBAL, []],
  ["src/wps/probe.ts", PROPERTY, []],
])(
  "%s: %j is refused by %j",
  (path, source, rules) => {
    expect(refusals(path, source)).toEqual(rules);
  },
  60000
);
