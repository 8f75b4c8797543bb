import { formulaNormalForm, sameFormula } from "../../src/workbook/formula-meaning";

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
