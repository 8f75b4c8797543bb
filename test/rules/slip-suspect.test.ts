import { readFileSync } from "node:fs";
import { Evaluation } from "../../src/model/evaluation";
import { layoutLocations } from "../../src/layout/locations";
import { RULES, runRules } from "../../src/rules";
import { effective, amountOf } from "../../src/rules/core/amounts";

/**
 * Issue 25 item 5: a 元 slip in one row must not hide another error. The pattern is the seed's
 * own (双清区人社局 2021): its one project, 劳动保障扩面工作经费 8.00 万元, typed as 80000 (元)
 * beside its budget of 8.00 and the stated 项目支出 8.00, while 支出总计 226.98 still disagrees
 * with 基本 226.98 + 项目 8.00 — an error that has nothing to do with the slip.
 */
const seed = Evaluation.parse(JSON.parse(readFileSync("assets/sample.json", "utf8")));
const where = layoutLocations(seed);
const found = (m: Evaluation) =>
  runRules(m, RULES).map((f) => `${f.severity} ${f.ruleId} ${f.sheet}!${f.cell}`);
const at = (severity: string, rule: string, path: string) =>
  `${severity} ${rule} ${where.get(path)!.sheet}!${where.get(path)!.cell}`;

test("a project typed in 元 is one error, and the unrelated 支出总计 mismatch is still reported", () => {
  const m = structuredClone(seed);
  m.projects[0].actual = "80000";
  const findings = found(m);
  expect(findings).toContain(at("error", "amount-in-yuan", "projects.0.actual"));
  expect(findings).toContain(at("error", "total-expenditure", "expenditure.stated.total.actual"));
  // One fault, one finding: nothing else is marked at the slipped project.
  expect(findings.filter((f) => f.endsWith(`!${where.get("projects.0.actual")!.cell}`))).toEqual([
    at("error", "amount-in-yuan", "projects.0.actual"),
  ]);
});

test("when the relations hold apart from the slip, the slip is the only error", () => {
  const m = structuredClone(seed);
  m.projects[0].actual = "80000";
  m.expenditure.stated.total.actual = "234.98";
  const errors = found(m).filter((f) => f.startsWith("error"));
  expect(errors).toEqual([
    at("error", "fiscal-within-actual", "expenditure.stated.basic.fiscal"),
    at("error", "amount-in-yuan", "projects.0.actual"),
  ]);
});

test("the stated figure is the suspect only when it is the high reading", () => {
  const parts = amountOf([{ path: "projects.0.actual", value: "80000" }]);
  expect(effective("expenditure.stated.project.actual", "8.00", parts)!.suspect).toBe(false);
  const small = amountOf([{ path: "projects.0.actual", value: "8.00" }]);
  expect(effective("expenditure.stated.project.actual", "80000", small)!.suspect).toBe(true);
});

test("with 项目支出 blank, the project typed in 元 is read as 8 and 支出总计 still disagrees", () => {
  const m = structuredClone(seed);
  m.projects[0].actual = "80000";
  m.expenditure.stated.project = {};
  const all = runRules(m, RULES);
  const total = all.filter((f) => f.ruleId === "total-expenditure");
  expect(total.map((f) => [f.severity, f.expected, f.actual])).toEqual([
    ["error", "234.98", "226.98"],
  ]);
  expect(total[0].message).toContain("项目支出 8.00 万元（按项目表合计）");
  // The slipped cell is the slip's alone: one fault, one finding.
  const slippedCell = where.get("projects.0.actual")!.cell;
  expect(
    all.filter((f) => f.cells.some((c) => c.cell === slippedCell)).map((f) => f.ruleId)
  ).toEqual(["amount-in-yuan"]);
  // Read in 万元 the relation holds: nothing but the slip (and the seed's fiscal error).
  m.expenditure.stated.total.actual = "234.98";
  expect(
    runRules(m, RULES)
      .filter((f) => f.severity === "error")
      .map((f) => f.ruleId)
  ).toEqual(["fiscal-within-actual", "amount-in-yuan"]);
});
