import { ALL_METAS, RULES, runRules } from "../../src/rules";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { score } from "../../src/rules/scoring/score";
import { reviewWorkbookOps } from "../../src/review/sheets";
import { checkedUnit, type UnitSummary } from "../../src/review/unit";
import type { Evaluation } from "../../src/model/evaluation";
import { sampleModel } from "../helpers/workbooks";
import { statement } from "../layout/funds-statement";

const summaryOf = (file: string, m: Evaluation): UnitSummary =>
  checkedUnit(
    file,
    m,
    runRules(m, RULES, undefined, DEFAULT_PROFILE),
    score(m, DEFAULT_PROFILE),
    m.templateVersion
  );

const HEADERS = [
  "编制数合计",
  "在职人员",
  "实有人数",
  "本年收入合计（万元）",
  // 本年支出合计 is the 支出总计（万元） column, which 单位一览 already had.
  "支出总计（万元）",
];

/** 单位一览's values of the staffing and fund-type columns, unit by unit. */
function columns(units: UnitSummary[]): Record<string, unknown[]> {
  const ops = reviewWorkbookOps(
    units,
    { when: "w", profileName: "p", templateVersion: "1.5", inputs: ["in"], toolVersion: "t" },
    ALL_METAS
  );
  const table = ops.flatMap((o) => (o.op === "table" ? [o] : []))[0];
  return Object.fromEntries(
    HEADERS.map((h) => {
      expect(table.headers).toContain(h);
      return [h, table.rows.map((r) => r[table.headers.indexOf(h)])];
    })
  );
}

test("单位一览: staffing and fund-type totals as filled; blank where blank, not 0", () => {
  // Income by fund type with no stated total: the sum of the types given.
  const partsOnly = statement();
  delete partsOnly.income.total;
  partsOnly.income.service = "16.00";
  // 编制 by kind only, and 实有 as its parts.
  partsOnly.profile.staffing = { administrative: "10", worker: "1" };
  partsOnly.profile.people = { active: "10", retiredCadre: "0", retired: "13" };
  expect(
    columns([
      summaryOf("sample.xlsx", sampleModel()),
      summaryOf("funds.xlsx", statement()),
      summaryOf("parts.xlsx", partsOnly),
    ])
  ).toEqual({
    编制数合计: [11, null, 11],
    在职人员: [10, null, 10],
    实有人数: [23, null, 23],
    "本年收入合计（万元）": [null, 426.98, 436.98],
    "支出总计（万元）": [226.98, 429.3, 429.3],
  });
});
