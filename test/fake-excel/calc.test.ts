import { readFileSync } from "node:fs";
import { recalculate } from "./calc";
import { FakeExcel } from "./index";
import type { CellValue, WorkbookState } from "./state";
import { isError, keyCol, keyRow } from "./state";
import { translateStructuredRefs } from "./structured-refs";
import { cellA1 } from "./address";
import { loadXlsx } from "./xlsx";

function cached(state: WorkbookState): Map<string, CellValue | undefined> {
  const out = new Map<string, CellValue | undefined>();
  for (const s of state.sheets) {
    for (const [key, cell] of s.cells) {
      if (cell.formula !== undefined)
        out.set(`${s.name}!${cellA1(keyRow(key), keyCol(key))}`, cell.value);
    }
  }
  return out;
}

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9;
  if (isError(a) || isError(b)) return JSON.stringify(a) === JSON.stringify(b);
  return (a ?? "") === (b ?? "");
}

describe.each(["assets/sample.xlsx", "assets/template.xlsx"])("HyperFormula on %s", (file) => {
  test("every formula computes to the cached result the file carries", async () => {
    const state = await loadXlsx(readFileSync(file));
    const before = cached(state);
    expect(before.size).toBeGreaterThan(50);
    recalculate(state);
    const after = cached(state);
    const diffs = [...before]
      .filter(([k, v]) => !same(v, after.get(k)))
      .map(([k, v]) => `${k}: file ${JSON.stringify(v)}, fake ${JSON.stringify(after.get(k))}`);
    expect(diffs).toEqual([]);
  });
});

describe("structured references", () => {
  const tables = new Map([
    [
      "t_x",
      {
        name: "T_X",
        sheet: "支出明细",
        rect: { r0: 2, c0: 0, r1: 20, c1: 3 },
        headers: ["类别", "#", "a[b]", "it's @"],
      },
    ],
  ]);

  test.each([
    ["SUM(T_X[类别])", "SUM('支出明细'!$A$4:$A$21)"],
    ["T_X[[#This Row],[类别]]*2", "'支出明细'!$A$6*2"],
    ["T_X[@类别]", "'支出明细'!$A$6"],
    ["SUM(T_X['#])", "SUM('支出明细'!$B$4:$B$21)"],
    ["SUM(T_X[[#This Row],[a'[b']]])", "SUM('支出明细'!$C$6)"],
    ["T_X[[#This Row],[it''s '@]]", "'支出明细'!$D$6"],
    ["COUNTA(T_X[[#Headers],[类别]])", "COUNTA('支出明细'!$A$3)"],
    ["ROWS(T_X[[类别]:['#]])", "ROWS('支出明细'!$A$4:$B$21)"],
    ['IF(A1="T_X[类别]",1,0)', 'IF(A1="T_X[类别]",1,0)'],
    ["T_X[nope]", "#REF!"],
  ])("%s", (formula, expected) => {
    expect(translateStructuredRefs(formula, tables, 5)).toBe(expected);
  });
});

describe("calculation through the API", () => {
  test("Excel semantics: text is not counted, a blank cell is 0, HYPERLINK shows its text, names and tables work", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (c) => {
      const ws = c.workbook.worksheets.getItem("Sheet1");
      const data = ws.getRange("A1:B4");
      data.numberFormat = [
        ["@", "@"],
        ["General", "@"],
        ["General", "General"],
        ["General", "General"],
      ];
      data.values = [
        ["金额", "说明"],
        [1.5, "5"],
        ["", "x"],
        [2, "y"],
      ];
      ws.tables.add("A1:B4", true).name = "T_M";
      c.workbook.names.add("jx_one", ws.getRange("A2"));
      const f = ws.getRange("D1:D6");
      f.formulas = [
        ["=SUM(T_M[金额])"],
        ["=COUNT(T_M[说明])"],
        ["=A3+1"],
        ["=jx_one*2"],
        ['=HYPERLINK("#\'Sheet1\'!A1","去看看")'],
        ['=SUMPRODUCT(ISNUMBER(T_M[金额])*(T_M[说明]="y"))'],
      ];
      f.load("values");
      await c.sync();
      expect(f.values.map((r) => r[0])).toEqual([3.5, 0, 1, 3, "去看看", 1]);
    });
  });

  test("suspendApiCalculationUntilNextSync: reads in the same sync see old values; the next sync recalculates", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (c) => {
      const ws = c.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A2").formulas = [[1], ["=A1*10"]];
      await c.sync();
      c.application.suspendApiCalculationUntilNextSync();
      ws.getRange("A1").values = [[2]];
      const during = ws.getRange("A2").load("values");
      await c.sync();
      expect(during.values).toEqual([[10]]);
      const after = ws.getRange("A2").load("values");
      await c.sync();
      expect(after.values).toEqual([[20]]);
    });
  });
});
