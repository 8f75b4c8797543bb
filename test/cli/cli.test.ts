import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHEETS } from "../../src/layout";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

/** Runs the built CLI as a user would (`npm test` compiles it first). */
function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, ["bin/jixiao.js", ...args], {
    encoding: "utf8",
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "jixiao-cli-"));

describe("jixiao CLI", () => {
  test("template -o writes the blank template", async () => {
    const out = join(dir, "sub", "t.xlsx");
    const r = jixiao("template", "-o", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const wb = await XlsxWorkbook.load(readFileSync(out));
    expect(wb.workbook.worksheets.map((w) => w.name)).toEqual(SHEETS.map((s) => s.name));
  });

  test("a missing option is one clear line and exit code 2", () => {
    const r = jixiao("template");
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/--out/);
  });

  test("an unknown command exits 2", () => {
    const r = jixiao("frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });

  test("an unwritable output is one line, bilingual, no stack trace", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "x");
    const r = jixiao("template", "-o", join(file, "t.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误 Error: /);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("demo writes the template under the output folder and exits 0", () => {
    const out = join(dir, "demo");
    const r = jixiao("demo", "--out-dir", out);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, "template.xlsx"))).toBe(true);
  });
});
