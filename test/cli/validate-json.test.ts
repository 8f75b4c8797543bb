import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { cliRunner } from "../helpers/cli";

/**
 * Issue 25 item 10: `validate --json` carries what the 校验结果 sheet carries — each finding's
 * explanation, fingerprint and cells, and (with --summary) the counts apart from the explained
 * ones, the score and the grade; the screen output counts explained warnings as the sheet does.
 */
let dir: string;
let jixiao: ReturnType<typeof cliRunner>;
let checked: string;
const EXPLANATION = "超额完成：年中追加培训任务";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-json-"));
  jixiao = cliRunner(dir);
  checked = join(dir, "checked.xlsx");
  expect(jixiao("validate", "assets/sample.xlsx", "-o", checked).code).toBe(1);
  // The preparer explains the first too-low target on 校验结果 (说明 is its 8th column).
  const wb = await XlsxWorkbook.load(readFileSync(checked));
  const sheet = wb.workbook.getWorksheet("校验结果")!;
  let explained = false;
  sheet.eachRow((row) => {
    if (!explained && row.getCell(7).value === "indicator-target-too-low") {
      row.getCell(8).value = EXPLANATION;
      explained = true;
    }
  });
  expect(explained).toBe(true);
  writeFileSync(checked, await wb.toBuffer());
}, 120000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonFinding {
  ruleId: string;
  severity: string;
  cells: string[];
  explanation: string | null;
  fingerprint: string;
}

test("--json --summary: counts apart from the explained, score and grade, and each finding's explanation", () => {
  const r = jixiao("validate", checked, "--json", "--summary");
  expect(r.code).toBe(1);
  const out = JSON.parse(r.stdout) as {
    file: string;
    summary: {
      counts: Record<string, number>;
      explained: Record<string, number>;
      score: { value: string; complete: boolean; grade: string | null; missing: string[] };
    };
    findings: JsonFinding[];
  };
  expect(out.file).toBe(checked);
  // The sample: 2 errors, 4 too-low targets and the grade warning; one target explained; the
  // seed's own prose slips (截止, half-width commas, 单位单位 …) as 11 proofreading notes.
  expect(out.summary.counts).toEqual({ error: 2, warning: 4, info: 11 });
  expect(out.summary.explained).toEqual({ error: 0, warning: 1, info: 0, total: 1 });
  expect(out.summary.score.complete).toBe(false);
  expect(out.summary.score.grade).toBeNull();
  expect(Number(out.summary.score.value)).toBeGreaterThan(0);
  expect(out.summary.score.missing.length).toBeGreaterThan(0);
  const withText = out.findings.filter((f) => f.explanation !== null);
  expect(withText.map((f) => [f.ruleId, f.explanation])).toEqual([
    ["indicator-target-too-low", EXPLANATION],
  ]);
  for (const f of out.findings) {
    expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(f.cells.length).toBeGreaterThan(0);
  }
});

test("--json alone stays the list of findings, now with explanation and fingerprint", () => {
  const list = JSON.parse(jixiao("validate", checked, "--json").stdout) as JsonFinding[];
  expect(Array.isArray(list)).toBe(true);
  expect(list.filter((f) => f.explanation === EXPLANATION)).toHaveLength(1);
  expect(new Set(list.map((f) => f.fingerprint)).size).toBe(list.length);
});

test("the screen counts explained warnings apart, as 校验结果 does", () => {
  const r = jixiao("validate", checked);
  expect(r.stdout).toContain("错误 2 个，警告 4 个，提示 11 个，已说明 1 个");
  expect(r.stdout).toContain(`（已说明：${EXPLANATION}）`);
});
