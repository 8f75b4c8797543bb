/** The WPS adapter against the fake WPS host: what it reads, how it writes, what it restores. */
import { createWorkbook } from "../fake-excel/state";
import { FakeWps, XL } from "../fake-wps";
import { WpsWorkbook } from "../../src/workbook/wps/wps-workbook";
import { SheetLockedError, TEMPLATE_PROTECTION } from "../../src/workbook/port";
import { validate } from "../../src/workbook/validate";
import { applicationOf, openInWps } from "../contract/wps-ports";
import { sampleBytes } from "../contract/ports";

function setUp(sheets = ["表"]) {
  const fake = new FakeWps({ state: createWorkbook(sheets), currentYear: 2022 });
  const ws = fake.Application.ActiveWorkbook.Sheets.Item(sheets[0]);
  return { fake, ws, port: new WpsWorkbook(applicationOf(fake)) };
}

describe("reads", () => {
  test("a named cell with its value, formula and number format; an error as its text; text '=x' is no formula", async () => {
    const { fake, ws, port } = setUp();
    ws.Range("A1:A2").NumberFormat = "0.00";
    ws.Range("A1:A2").Formula = [[6.7], ["=1/0"]];
    ws.Range("B1").NumberFormat = "@";
    ws.Range("B1").Value2 = "=x";
    const names = fake.Application.ActiveWorkbook.Names;
    names.Add("金额", "='表'!$A$1");
    names.Add("错", "='表'!$A$2");
    names.Add("文", "='表'!$B$1");
    const read = await port.read({ names: ["金额", "错", "文", "无"], tables: [] });
    expect(read.names["金额"]).toEqual({ sheet: "表", address: "A1", value: 6.7, numFmt: "0.00" });
    expect(read.names["错"]).toEqual({
      sheet: "表",
      address: "A2",
      value: { error: "#DIV/0!" },
      formula: "1/0",
      numFmt: "0.00",
    });
    expect(read.names["文"]).toEqual({ sheet: "表", address: "B1", value: "=x", numFmt: "@" });
    expect(read.names["无"]).toBeUndefined();
    expect(read.definedNames.sort()).toEqual(["文", "金额", "错"].sort());
  });

  test("a number that only looks like an SCODE is a number where no error is", async () => {
    const { ws, port } = setUp();
    ws.Range("A1").Value2 = -2146826281;
    const read = await port.read({
      names: [],
      tables: [],
      cells: [{ sheet: "表", address: "A1" }],
    });
    expect(read.cells["表!A1"].value).toBe(-2146826281);
  });

  test("validate on the sample costs calls by names and ranges, not by cells", async () => {
    const wb = await openInWps(sampleBytes());
    const before = wb.fake.trace.length;
    await validate(wb.port());
    const trace = wb.fake.trace.slice(before);
    const cells = wb.fake.state.sheets.reduce((n, s) => n + s.cells.size, 0);
    const names = wb.fake.state.names.length;
    const perName = trace.filter((t) => t.startsWith("Name")).length;
    // Printed for the report: calls per validate against the cells the workbook holds.
    process.stdout.write(
      `WPS validate on the sample: ${trace.length} bridge calls (${perName} for ${names} defined names), ${cells} stored cells\n`
    );
    // The object model has no bulk read of names: three calls each (Names.Item, Name, RefersTo).
    expect(perName).toBeLessThanOrEqual(3 * names + 2);
    // Everything else goes by whole ranges: fewer calls than cells (cell by cell would be 3+ each).
    expect(trace.length - perName).toBeLessThan(cells);
    expect(trace.filter((t) => t === "Range.Value2" || t === "Range.Formula").length).toBeLessThan(
      60
    );
  });
});

describe("writes", () => {
  test("text stays text, a cell outside the op is never cleared, formulas are live", async () => {
    const { ws, port } = setUp();
    ws.Range("B1").Value2 = "keep";
    await port.write([
      {
        op: "cells",
        sheet: "表",
        cells: [
          { address: "A1", value: "4.5%" },
          { address: "C1", formula: { text: "A2*2", result: 6 } },
          { address: "A2", value: 3, style: { numFmt: "0.00" } },
        ],
      },
    ]);
    expect(ws.Range("A1:C2").Value2).toEqual([
      ["4.5%", "keep", 6],
      [3, undefined, undefined],
    ]);
    expect(ws.Range("A2").NumberFormat).toBe("0.00");
  });

  test("screen updating, calculation and alerts are suspended while writing and given back", async () => {
    const { fake, port } = setUp();
    const during: unknown[] = [];
    const app = fake.Application;
    app.Calculation = XL.xlCalculationSemiautomatic; // the user's own setting
    await port.write([{ op: "cells", sheet: "表", cells: [{ address: "A1", value: 1 }] }]);
    for (const what of [
      "Application.ScreenUpdating=",
      "Application.Calculation=",
      "Application.DisplayAlerts=",
    ])
      during.push(fake.trace.filter((t) => t === what).length);
    expect(during).toEqual([2, 3, 2]);
    expect([fake.screenUpdating, fake.calculation, fake.displayAlerts]).toEqual([
      true,
      XL.xlCalculationSemiautomatic,
      true,
    ]);
  });

  test("… and given back when a write fails midway", async () => {
    const { fake, port } = setUp();
    fake.failAt(6);
    await expect(
      port.write([
        { op: "cells", sheet: "表", cells: [{ address: "A1", value: 1 }] },
        { op: "cells", sheet: "表", cells: [{ address: "A2", value: 2 }] },
      ])
    ).rejects.toThrow(/injected/);
    expect([fake.screenUpdating, fake.calculation, fake.displayAlerts]).toEqual([
      true,
      XL.xlCalculationAutomatic,
      true,
    ]);
  });

  test("a sheet protected with a password: SheetLockedError, not a raw host error", async () => {
    const { ws, port } = setUp();
    ws.Protect("secret");
    await expect(port.write([{ op: "unprotect", sheet: "表" }])).rejects.toBeInstanceOf(
      SheetLockedError
    );
  });

  test("protect then read gives the template's options back", async () => {
    const { port } = setUp();
    await port.write([{ op: "protect", sheet: "表", options: TEMPLATE_PROTECTION }]);
    const read = await port.read({ names: [], tables: [] });
    expect(read.sheetState["表"].protection?.options).toEqual(TEMPLATE_PROTECTION);
  });

  test("a new sheet goes last and the user's sheet stays active; a very hidden one can be deleted after hiding", async () => {
    const { fake, port } = setUp(["一", "二"]);
    await port.write([{ op: "addSheet", sheet: "记录", visibility: "veryHidden" }]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["一", "二", "记录"]);
    expect(fake.state.activeSheet?.name).toBe("一");
    await port.write([
      { op: "setVisibility", sheet: "记录", visibility: "hidden" },
      { op: "deleteSheet", sheet: "记录" },
    ]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["一", "二"]);
  });

  test("a new sheet the host refuses to name is taken away again, not left as “Sheet3”", async () => {
    const { fake, port } = setUp(["一", "二"]);
    const start = fake.trace.length;
    await port.write([{ op: "addSheet", sheet: "记录", visibility: "veryHidden" }]);
    const nameAt = fake.trace.slice(start).indexOf("Worksheet.Name=") + 1;
    expect(nameAt).toBeGreaterThan(0);
    const again = setUp(["一", "二"]);
    again.fake.failAt(nameAt);
    await expect(
      again.port.write([{ op: "addSheet", sheet: "记录", visibility: "veryHidden" }])
    ).rejects.toThrow(/injected failure at Worksheet\.Name=/);
    expect(again.fake.state.sheets.map((s) => s.name)).toEqual(["一", "二"]);
  });

  test("marks: one expression format per rectangle, in BGR; unmark removes only ours", async () => {
    const { fake, ws, port } = setUp();
    ws.Range("D1").FormatConditions.Add(XL.xlExpression, undefined, "=A1>1");
    await port.write([
      {
        op: "mark",
        sheet: "表",
        addresses: ["A1", "A2", "B1", "B2"],
        severity: "error",
        fill: "C00000",
      },
    ]);
    const marks = fake.state.sheets[0].conditionalFormats;
    expect(marks.map((m) => [m.formula, m.fill])).toEqual([
      ['=ISTEXT("绩效自评助手:error")', { rgb: "#C00000" }],
      ["=A1>1", null],
    ]);
    await port.write([{ op: "unmark", sheet: "表" }]);
    expect(fake.state.sheets[0].conditionalFormats.map((m) => m.formula)).toEqual(["=A1>1"]);
  });
});
