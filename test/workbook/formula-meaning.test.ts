import type ExcelJS from "exceljs";
import { formulaNormalForm, sameFormula } from "../../src/workbook/formula-meaning";
import { olderFormulas } from "../../src/workbook/formula-history";
import { validate } from "../../src/workbook/validate";
import { TEMPLATE_MARKER, TEMPLATE_VERSION, VERSION_NAME } from "../../src/layout";
import type { Finding } from "../../src/model/finding";
import { at, sampleWorkbook } from "../helpers/workbooks";

describe("sameFormula compares by meaning", () => {
  const ours =
    'IF(ISNUMBER(T_Projects[[#This Row],[实际支出]]),T_Projects[[#This Row],[实际支出]]/2,"")';

  test("Excel's [@列] inside the table, T[@列] outside, [@[列]]: all one reference", () => {
    expect(sameFormula('IF(ISNUMBER([@实际支出]),[@实际支出]/2,"")', ours, "T_Projects")).toBe(
      true
    );
    expect(
      sameFormula('IF(ISNUMBER(T_Projects[@实际支出]),T_Projects[@实际支出]/2,"")', ours)
    ).toBe(true);
    expect(sameFormula('IF(ISNUMBER([@[实际支出]]),[@[实际支出]]/2,"")', ours, "T_Projects")).toBe(
      true
    );
  });

  test("a bare [@列] belongs to the cell's own table, not another", () => {
    expect(sameFormula('IF(ISNUMBER([@实际支出]),[@实际支出]/2,"")', ours, "T_Other")).toBe(false);
  });

  test("case, spaces, _xlfn. and sheet-name quoting do not change the meaning", () => {
    expect(sameFormula("=_xlfn.IFS( a1>0 ,'支出汇总'!b2)", "ifs(A1>0,支出汇总!B2)")).toBe(true);
    expect(sameFormula('IF(ISNUMBER(a),a,"x y")', 'IF(ISNUMBER(a),a,"x y")')).toBe(true);
  });

  test("text inside strings, and a different column or table, do change it", () => {
    expect(sameFormula('IF(ISNUMBER(a),a,"x y")', 'IF(ISNUMBER(a),a,"xy")')).toBe(false);
    expect(sameFormula('IF(A1,"Ab")', 'IF(A1,"AB")')).toBe(false);
    expect(sameFormula("T_Projects[@年初预算]", "T_Projects[@实际支出]")).toBe(false);
    expect(sameFormula("T_A[@x]", "T_B[@x]")).toBe(false);
    expect(sameFormula(undefined, "A1")).toBe(false);
  });

  test("the normal form is the normal form of itself", () => {
    const n = formulaNormalForm(ours);
    expect(n).toBe('IF(ISNUMBER(T_PROJECTS[@实际支出]),T_PROJECTS[@实际支出]/2,"")');
    expect(formulaNormalForm(n)).toBe(n);
  });
});

describe("the formulas of the template version the workbook was made from", () => {
  const OLD_RATE = olderFormulas("1.1", "jx_calc_executionRate")[0];

  /** The sample with 预算执行率 holding what a 1.1 build wrote, marked as `version`. */
  async function withOldRate(version: string) {
    const wb = await sampleWorkbook();
    const rate = at("jx_calc_executionRate");
    const cell = wb.workbook.getWorksheet(rate.sheet)!.getCell(rate.address);
    cell.value = { formula: OLD_RATE, result: 0.9 } as ExcelJS.CellFormulaValue;
    const marker = at(VERSION_NAME);
    wb.workbook.getWorksheet(marker.sheet)!.getCell(marker.address).value =
      `${TEMPLATE_MARKER} ${version}`;
    return wb;
  }
  const overwritten = (all: Finding[]) =>
    all.filter((f) => f.ruleId === "computed-overwritten").map((f) => f.cell);

  test("a 1.1 workbook holding a 1.1 build's formula: not reported as overwritten", async () => {
    const { all } = await validate(await withOldRate("1.1"));
    expect(overwritten(all)).toEqual([]);
  });

  test("the same formula in a workbook of today's version: reported", async () => {
    const { all } = await validate(await withOldRate(TEMPLATE_VERSION));
    expect(overwritten(all)).toEqual([at("jx_calc_executionRate").address]);
  });
});
