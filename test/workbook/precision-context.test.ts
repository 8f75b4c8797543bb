import { readWorkbook } from "../../src/workbook/reader";
import { RULES, runRules } from "../../src/rules";
import { score } from "../../src/rules/scoring/score";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { sampleWorkbook, tableCell } from "../helpers/workbooks";

/**
 * Precision from context (issue 15 item 7, PRODUCT.md §4 "Rounding"): 5.0 typed into a General
 * cell is stored as 5; read as 5 ± 0.5 it would overlap a target of ≤ 4.5 and a real miss would
 * pass and score full points. It takes the target's decimals instead.
 */
const UNEMPLOYMENT = 5; // 城镇登记失业率 ≤ 4.5, the sample's fifth indicator

async function withActual(value: number | string, numFmt?: string) {
  const wb = await sampleWorkbook();
  const where = tableCell("T_Indicators", UNEMPLOYMENT, "实际值");
  const cell = wb.workbook.getWorksheet(where.sheet)!.getCell(where.address);
  cell.value = value;
  // A fresh style object: ExcelJS shares one between cells written alike.
  if (numFmt) cell.style = { ...cell.style, numFmt };
  const read = await readWorkbook(wb);
  return { ...read, where };
}

describe("a value whose cell does not fix its decimals takes its target's", () => {
  test("5.0 typed in General against ≤ 4.5: not met, a finding, and points lost", async () => {
    const { model, findings, where } = await withActual(5, "General");
    const ind = model.indicators[UNEMPLOYMENT - 1];
    expect([ind.level3, ind.actual, ind.decimalsOpen]).toEqual(["城镇登记失业率", "5", ["actual"]]);
    expect(findings).toEqual([]);
    const notMet = runRules(model, RULES).filter((f) => f.ruleId === "indicator-not-met");
    expect(notMet).toHaveLength(1);
    expect(notMet[0].cells.map((c) => c.cell)).toContain(where.address);
    const outputs = (m: typeof model) =>
      score(m, DEFAULT_PROFILE)
        .indicators.find((i) => i.id === "outputs")!
        .earned!.toNumber();
    const { model: sample } = await withActual(4.3);
    expect(outputs(sample)).toBe(22); // all 13 met, four targets too low
    expect(outputs(model)).toBeLessThan(22);
  });

  test("a fixed format or typed text states the decimals itself", async () => {
    // 5 in a 0 cell, or the text "5": stated to whole units, 4.5–5.5, which may meet ≤ 4.5.
    for (const [value, fmt] of [
      [5, "0"],
      ["5", undefined],
    ] as const) {
      const { model } = await withActual(value, fmt);
      expect(model.indicators[UNEMPLOYMENT - 1].decimalsOpen).toBeUndefined();
      expect(runRules(model, RULES).filter((f) => f.ruleId === "indicator-not-met")).toEqual([]);
    }
    // 5.0 in a 0.0 cell is stated to one decimal: not met.
    const { model } = await withActual(5, "0.0");
    expect(runRules(model, RULES).filter((f) => f.ruleId === "indicator-not-met")).toHaveLength(1);
  });

  test("a rounded figure still passes: 71% stated for 299.95 / 421.30, 71% + 29%", async () => {
    const { model } = await withActual(4.3);
    expect(model.expenditure.shares).toMatchObject({ personnel: "0.71", public: "0.29" });
    const shares = runRules(model, RULES).filter((f) => f.ruleId.startsWith("share"));
    expect(shares).toEqual([]);
  });
});
