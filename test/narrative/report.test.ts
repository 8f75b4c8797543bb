import type { Evaluation } from "../../src/model/evaluation";
import { REPORT_SHEET } from "../../src/layout/results";
import { checkPassage, type CheckedRelation } from "../../src/rules/narrative";
import { planReport, reportRequest } from "../../src/workbook/report";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { templateXlsx } from "../../src/cli/template";
import { completedSample, sampleModel } from "../helpers/workbooks";

/** The text of every cell the report planner writes on the 报告 sheet. */
async function reportCells(model: Evaluation): Promise<string[]> {
  const wb = await XlsxWorkbook.load(await templateXlsx(model));
  const plan = planReport(await wb.read(reportRequest(wb.capabilities)));
  return plan.ops.flatMap((op) =>
    op.op === "cells" && op.sheet === REPORT_SHEET
      ? op.cells.flatMap((c) => (typeof c.value === "string" ? [c.value.trim()] : []))
      : []
  );
}

const relationsOf = (cells: string[], model: Evaluation) =>
  cells.flatMap((text) => checkPassage(text, model));
const failing = (rels: CheckedRelation[]) =>
  rels.filter((r) => !r.holds).map((r) => `${r.quote} — ${r.arithmetic}`);

/** The sample with figures that do not add up: the report still writes them as stated. */
function brokenSample(): Evaluation {
  const m = structuredClone(sampleModel());
  m.profile.staffing.total = "12";
  m.profile.people.total = "25";
  m.expenditure.stated.personnel.actual = "130.00";
  return m;
}

describe("the 报告's own sentences pass the narrative checker", () => {
  // Not vacuous: the generated 一、二 sections and the prose carry these kinds; growth only
  // where the workbook has last year's figures (the completed sample), which §二 then states.
  const KINDS = ["parts", "rate", "restated", "share", "sumAfter"];
  test.each([
    ["the sample", sampleModel, KINDS],
    ["the completed sample", completedSample, [...KINDS, "growth"]],
  ] as const)("%s", async (_name, make, kinds) => {
    const model = make();
    const rels = relationsOf(await reportCells(model), model);
    expect(failing(rels)).toEqual([]);
    expect([...new Set(rels.map((r) => r.kind))].sort()).toEqual([...kinds].sort());
    expect(rels.length).toBeGreaterThanOrEqual(20);
  });

  test("stated totals that disagree with their parts are written as stated, and the checker sees it", async () => {
    const model = brokenSample();
    const rels = relationsOf(await reportCells(model), model);
    expect(failing(rels)).toEqual([
      "实有人数25人，其中在职人员10人，离休人员0人，退休人员13人 — 25 ≠ 10 + 0 + 13 = 23",
      "12人（其中行政编制10人、政法编制0人、事业编制0人、工勤编制1人） — 12 ≠ 10 + 0 + 0 + 1 = 11",
      // Amounts are written with their stated decimals (PRODUCT.md §6: 36.90, not 36.9).
      expect.stringMatching(
        /^130\.00万元（工资支出36\.90万元.* — 130\.00 ≠ 36\.90 \+ 22\.76 .* = 125\.94$/
      ),
    ]);
  });
});
