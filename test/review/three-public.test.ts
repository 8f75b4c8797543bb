import { ALL_METAS, RULES, runRules } from "../../src/rules";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { score } from "../../src/rules/scoring/score";
import { reviewWorkbookOps } from "../../src/review/sheets";
import { checkedUnit, type UnitSummary } from "../../src/review/unit";
import type { Evaluation } from "../../src/model/evaluation";
import { sampleModel } from "../helpers/workbooks";

/** The sample with the 三公 statement of test/layout/three-public-full.test.ts (template 1.4). */
function withThreePublic(): Evaluation {
  const m = sampleModel();
  m.threePublic.current = {
    abroad: { budget: "0.00", actual: "0.00" },
    vehiclePurchase: { budget: "15.00", actual: "14.50", vehicles: "1" },
    vehicleRunning: { budget: "10.00", actual: "8.60", fleet: "4", perVehicle: "2.15" },
    vehicle: { budget: "25.00", actual: "23.10" },
    reception: { budget: "5.00", actual: "3.96" },
    total: { budget: "30.00", actual: "27.06" },
  };
  return m;
}

const summaryOf = (file: string, m: Evaluation): UnitSummary =>
  checkedUnit(
    file,
    m,
    runRules(m, RULES, undefined, DEFAULT_PROFILE),
    score(m, DEFAULT_PROFILE),
    "1.4"
  );

/** 单位一览's values of the three 三公 columns, unit by unit. */
function columns(units: UnitSummary[]): Record<string, unknown[]> {
  const ops = reviewWorkbookOps(
    units,
    { when: "w", profileName: "p", templateVersion: "1.4", inputs: ["in"], toolVersion: "t" },
    ALL_METAS
  );
  const table = ops.flatMap((o) => (o.op === "table" ? [o] : []))[0];
  const col = (h: string) => {
    expect(table.headers).toContain(h);
    return table.rows.map((r) => r[table.headers.indexOf(h)]);
  };
  return Object.fromEntries(
    [
      "三公经费合计（万元）",
      "三公经费预算（万元）",
      "公务用车购置及运行费（万元）",
      "公务用车保有量（辆）",
    ].map((h) => [h, col(h)])
  );
}

test("单位一览: 三公经费预算, 公务用车购置及运行费 and 保有量 as stated; blank where blank, not 0", () => {
  const sample = sampleModel();
  const partsOnly = withThreePublic();
  delete partsOnly.threePublic.current.vehicle;
  partsOnly.threePublic.current.vehicleRunning.actual = "8.70";
  expect(
    columns([
      summaryOf("full.xlsx", withThreePublic()),
      summaryOf("parts.xlsx", partsOnly),
      summaryOf("sample.xlsx", sample),
    ])
  ).toEqual({
    "三公经费合计（万元）": [27.06, 27.06, 0.31],
    "三公经费预算（万元）": [30, 30, null],
    // Stated 23.10 wins; without it 购置 14.50 + 运行维护 8.70; the sample's two parts are 0.00.
    "公务用车购置及运行费（万元）": [23.1, 23.2, 0],
    "公务用车保有量（辆）": [4, 4, null],
  });
});
