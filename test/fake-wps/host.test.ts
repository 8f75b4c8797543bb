/**
 * The fake WPS host pinned behaviour by behaviour. Each names what it copies: the WPS JSAPI
 * reference (airsheet.wps.cn, solution.wps.cn), the VBA object model WPS follows, or the WPS
 * JS-macro notes that show how values cross into JavaScript.
 */
import { createWorkbook } from "../fake-excel/state";
import { FakeWps, FakeWpsError, XL, errorScode } from "./index";

function host(sheets = ["Sheet1"]): FakeWps {
  return new FakeWps({ state: createWorkbook(sheets), currentYear: 2022 });
}
const sheet = (h: FakeWps, name = "Sheet1") => h.Application.ActiveWorkbook.Sheets.Item(name);
function thrown(run: () => unknown): FakeWpsError {
  try {
    run();
  } catch (e) {
    if (e instanceof FakeWpsError) return e;
    throw e;
  }
  throw new Error("expected the host to refuse");
}

describe("collections are 1-based, and a missing item is VBA's error 9", () => {
  test("Sheets.Item(1) is the first sheet; Item(0) and an unknown name are out of range", () => {
    const h = host(["一", "二"]);
    const sheets = h.Application.ActiveWorkbook.Sheets;
    expect([sheets.Count, sheets.Item(1).Name, sheets.Item(2).Name]).toEqual([2, "一", "二"]);
    expect(thrown(() => sheets.Item(0)).number).toBe(9);
    expect(thrown(() => sheets.Item("三")).number).toBe(9);
  });

  test("Sheets.Add(, after) puts the sheet after it and makes it active (VBA)", () => {
    const h = host(["一", "二"]);
    const sheets = h.Application.ActiveWorkbook.Sheets;
    const added = sheets.Add(undefined, sheets.Item(1));
    added.Name = "新";
    expect([sheets.Item(2).Name, h.Application.ActiveSheet?.Name]).toEqual(["新", "新"]);
  });
});

describe("values cross the bridge VBA-shaped", () => {
  test("one cell reads a scalar, several a 2-D array of rows; a blank is VT_EMPTY (undefined)", () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1:B2").Value2 = [
      [1, "x"],
      [null, true],
    ];
    expect(ws.Range("A1").Value2).toBe(1);
    expect(ws.Range("A1:B2").Value2).toEqual([
      [1, "x"],
      [undefined, true],
    ]);
  });

  test("an empty element clears its cell: there is no 'leave as is' in a VBA array write", () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1:B1").Value2 = [[1, 2]];
    ws.Range("A1:B1").Value2 = [[null, 3]];
    expect(ws.Range("A1:B1").Value2).toEqual([[undefined, 3]]);
  });

  test("an array smaller than the range leaves #N/A where it does not reach", () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1:C1").Value2 = [[1, 2]];
    expect(ws.Range("C1").Value2).toBe(errorScode("#N/A"));
    expect(ws.Range("C1").Text).toBe("#N/A");
  });

  test("an error value is its SCODE, a number: only SpecialCells(…, xlErrors) tells it apart", () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1:A3").Formula = [["=1/0"], [5], ["=A2*2"]];
    expect(ws.Range("A1:A3").Value2).toEqual([[-2146826281], [5], [10]]);
    const errors = ws.Range("A1:A3").SpecialCells(XL.xlCellTypeFormulas, XL.xlErrors);
    expect([errors.Areas.Count, errors.Address()]).toEqual([1, "$A$1"]);
    // None found is an error, not an empty range (VBA error 1004 "No cells were found").
    expect(
      thrown(() => ws.Range("A2:A3").SpecialCells(XL.xlCellTypeFormulas, XL.xlErrors)).number
    ).toBe(-2146827284);
  });

  test("SpecialCells on one cell searches the whole used range (a VBA quirk)", () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1:A2").Formula = [["=1/0"], [1]];
    expect(ws.Range("A2").SpecialCells(XL.xlCellTypeFormulas, XL.xlErrors).Address()).toBe("$A$1");
  });

  test('Formula reads formulas where there are, constants as Value2, blanks as ""', () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1:C1").Formula = [["=1+1", 6.7, null]];
    expect(ws.Range("A1:C1").Formula).toEqual([["=1+1", 6.7, ""]]);
  });

  test("NumberFormat of a range reads null when its cells differ (VBA)", () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1:B1").NumberFormat = "0.00";
    expect(ws.Range("A1:B1").NumberFormat).toBe("0.00");
    ws.Range("B1").NumberFormat = "@";
    expect(ws.Range("A1:B1").NumberFormat).toBeNull();
  });
});

describe("typing: a string is parsed as typed into WPS, unless the cell is text (@)", () => {
  test.each([
    ["4.5%", 0.045],
    ["1,234.5", 1234.5],
    ["2022/9/27", 44831],
    ["2022年9月27日", 44831],
    ["9月27日", 44831],
    ["'007", "007"],
    ["TRUE", true],
  ])("%s is stored as %p", (typed, stored) => {
    const h = host();
    sheet(h).Range("A1").Value2 = typed;
    expect(sheet(h).Range("A1").Value2).toBe(stored);
  });

  test('"=1" becomes a formula in a General cell and stays text in an "@" cell', () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1").Value2 = "=1";
    ws.Range("B1").NumberFormat = "@";
    ws.Range("B1").Value2 = "=1";
    expect([ws.Range("A1").Formula, ws.Range("A1").Value2]).toEqual(["=1", 1]);
    expect(ws.Range("B1").Value2).toBe("=1");
  });
});

describe("colours are BGR numbers", () => {
  test("Interior.Color = RGB(255,0,0) (= 255) is red; reading gives the same number", () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1").Interior.Color = 255;
    expect(h.state.sheets[0].cells.values().next().value?.format.fill).toEqual({
      type: "solid",
      color: { rgb: "#FF0000" },
    });
    expect(ws.Range("A1").Interior.Color).toBe(255);
  });
});

describe("refusals where WPS refuses", () => {
  test("a protected sheet refuses writes to locked cells, and marks; unprotected it takes them", () => {
    const h = host();
    const ws = sheet(h);
    ws.Protect();
    expect(thrown(() => (ws.Range("A1").Value2 = 1)).number).toBe(-2146827284);
    expect(
      thrown(() => ws.Range("A1").FormatConditions.Add(XL.xlExpression, undefined, "=TRUE"))
    ).toBeTruthy();
    ws.Unprotect();
    ws.Range("A1").Value2 = 1;
    expect(ws.Range("A1").Value2).toBe(1);
  });

  test("a sheet protected with a password refuses Unprotect() without it; Unprotect on an open sheet is a no-op", () => {
    const h = host();
    const ws = sheet(h);
    ws.Unprotect();
    ws.Protect("pw");
    expect(thrown(() => ws.Unprotect()).message).toMatch(/password/);
    expect(ws.ProtectContents).toBe(true);
  });

  test("Protect maps DrawingObjects/Scenarios and the Allow* flags; re-protecting is allowed", () => {
    const h = host();
    const ws = sheet(h);
    ws.Protect(undefined, false, true, false, false, false, true, true);
    ws.Protect(undefined, false, true, false, false, false, true, true);
    expect([
      ws.ProtectDrawingObjects,
      ws.Protection.AllowFormattingColumns,
      ws.Protection.AllowFormattingCells,
    ]).toEqual([false, true, false]);
  });

  test("a very hidden sheet cannot be deleted; hidden first, it can", () => {
    const h = host(["一", "二"]);
    h.Application.DisplayAlerts = false;
    const ws = sheet(h, "二");
    ws.Visible = XL.xlSheetVeryHidden;
    expect(thrown(() => ws.Delete())).toBeTruthy();
    ws.Visible = XL.xlSheetHidden;
    ws.Delete();
    expect(h.Application.ActiveWorkbook.Sheets.Count).toBe(1);
  });

  test("Delete while DisplayAlerts is on would wait for a confirmation: the fake refuses", () => {
    const h = host(["一", "二"]);
    expect(thrown(() => sheet(h, "二").Delete()).message).toMatch(/DisplayAlerts/);
  });

  test("a structure-protected workbook refuses adding, renaming and hiding sheets", () => {
    const h = host(["一", "二"]);
    const wb = h.Application.ActiveWorkbook;
    wb.Protect(undefined, true);
    expect(wb.ProtectStructure).toBe(true);
    expect(thrown(() => wb.Sheets.Add())).toBeTruthy();
    expect(thrown(() => (sheet(h, "二").Name = "三"))).toBeTruthy();
    expect(thrown(() => (sheet(h, "二").Visible = XL.xlSheetHidden))).toBeTruthy();
  });

  test("Range.Select works on the active sheet only", () => {
    const h = host(["一", "二"]);
    expect(thrown(() => sheet(h, "二").Range("A1").Select())).toBeTruthy();
    sheet(h, "二").Activate();
    sheet(h, "二").Range("B2").Select();
    expect(h.Application.Selection?.Address()).toBe("$B$2");
  });

  test("AddComment on a cell that has a comment fails; Delete removes it", () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1").AddComment("一");
    expect(thrown(() => ws.Range("A1").AddComment("二"))).toBeTruthy();
    expect(ws.Comments.Item(1).Text()).toBe("一");
    ws.Range("A1").Comment?.Delete();
    expect(ws.Range("A1").Comment).toBeNull();
  });

  test("Validation.Add where a rule exists fails: delete it first", () => {
    const h = host();
    const v = sheet(h).Range("A1:A3").Validation;
    v.Add(XL.xlValidateList, XL.xlValidAlertWarning, XL.xlBetween, "是,否");
    expect(
      thrown(() => v.Add(XL.xlValidateList, XL.xlValidAlertWarning, XL.xlBetween, "是"))
    ).toBeTruthy();
    v.Delete();
    v.Add(XL.xlValidateList, XL.xlValidAlertWarning, XL.xlBetween, "是");
  });
});

describe("calculation and the bridge", () => {
  test("under xlCalculationManual reads are stale; back to automatic they recalculate", () => {
    const h = host();
    const ws = sheet(h);
    ws.Range("A1:B1").Formula = [[1, "=A1*2"]];
    expect(ws.Range("B1").Value2).toBe(2);
    h.Application.Calculation = XL.xlCalculationManual;
    ws.Range("A1").Value2 = 5;
    expect(ws.Range("B1").Value2).toBe(2);
    h.Application.Calculation = XL.xlCalculationAutomatic;
    expect(ws.Range("B1").Value2).toBe(10);
  });

  test("every property and call crosses the bridge once; an injected failure refuses the n-th", () => {
    const h = host();
    const ws = sheet(h);
    const before = h.calls;
    void ws.Range("A1:J100").Value2;
    expect(h.calls - before).toBe(2); // Worksheet.Range, Range.Value2: one read for 1,000 cells
    h.failAt(2);
    expect(thrown(() => ws.Range("A1").Value2).message).toMatch(/injected/);
  });

  test("CreateTaskPane gives a pane with an ID; PluginStorage keeps it for the other pages", () => {
    const h = host();
    const pane = h.Application.CreateTaskPane("file:///addin/taskpane.html");
    h.Application.PluginStorage.setItem("taskpane_id", pane.ID);
    pane.Visible = true;
    expect(
      h.Application.GetTaskPane(String(h.Application.PluginStorage.getItem("taskpane_id"))).Visible
    ).toBe(true);
  });
});
