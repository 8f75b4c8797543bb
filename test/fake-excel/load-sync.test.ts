import { FakeExcel } from "./index";
import { cellOf, rejection } from "./helpers";

describe("load and sync: Microsoft's client over the host", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  test("writes are queued and applied at sync, in order", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      range.values = [[2]];
      expect(cellOf(host, "Sheet1", "A1")).toBeUndefined();
      await context.sync();
      expect(cellOf(host, "Sheet1", "A1")?.value).toBe(2);
    });
  });

  test("Excel.run sends what is still queued when the batch ends", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["x"]];
    });
    expect(cellOf(host, "Sheet1", "B2")?.value).toBe("x");
    // The write, then Microsoft's client releasing the range it kept during the run.
    expect(host.stats.syncs).toBe(2);
  });

  test("load accepts strings, arrays, select objects, option objects and navigation paths", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.format.fill.color = "#FFFF00";
      r.load("address, rowCount");
      r.load(["columnCount"]);
      r.load({ select: "values" });
      r.load({ numberFormat: true, format: { fill: { color: true } } });
      r.load("format/font/name");
      await context.sync();
      expect(r.address).toBe("Sheet1!A1:B2");
      expect([r.rowCount, r.columnCount]).toEqual([2, 2]);
      expect(r.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(r.numberFormat).toEqual([
        ["General", "General"],
        ["General", "General"],
      ]);
      expect(r.format.fill.color).toBe("#FFFF00");
      expect(r.format.font.name).toBe("Calibri");
    });
  });

  test("collections: items after load, names of their items", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("基本信息");
      sheets.load("items/name,items/visibility,items/position");
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ["Sheet1", "Visible", 0],
        ["基本信息", "Visible", 1],
      ]);
      expect(() => sheets.items[0].tabColor).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  test("objects returned by methods resolve at sync time (add, then use, in one batch)", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.add("报告");
      ws.getRange("A1").values = [["标题"]];
      ws.load("name,position");
      await context.sync();
      expect([ws.name, ws.position]).toEqual(["报告", 1]);
    });
    expect(cellOf(host, "报告", "A1")?.value).toBe("标题");
  });

  test("*OrNullObject: isNullObject after sync; using a null object fails with ItemNotFound", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      missing.getRange("A1").values = [[1]];
      const e = await rejection(context.sync());
      expect(e.code).toBe("ItemNotFound");
    });
  });

  test("loading a null object gives null properties, no error", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const n = context.workbook.names.getItemOrNullObject("jx_none");
      n.load("name,type");
      await context.sync();
      expect(n.isNullObject).toBe(true);
      // Microsoft's client: a null object's properties read as undefined, without an error.
      expect(n.name).toBeUndefined();
    });
  });

  test("getItem on a missing sheet fails at the first operation that uses it", async () => {
    const host = new FakeExcel({ profile: "m365" });
    const e = await rejection(
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("missing");
        ws.load("name");
        await context.sync();
      })
    );
    expect(e.name).toBe("RichApi.Error");
    expect(e.code).toBe("ItemNotFound");
    expect(e.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  test("a set property reads back locally before sync, as Office.js keeps it", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [["4.5%"]];
      expect(r.values).toEqual([["4.5%"]]);
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([[0.045]]);
    });
  });

  test("getCell, getResizedRange, getOffsetRange, worksheet", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      const cell = base.getCell(1, 1).load("address");
      const resized = base.getResizedRange(1, -1).load("address");
      const offset = base.getOffsetRange(2, 0).load("address");
      const ws = base.worksheet.load("name");
      await context.sync();
      expect([cell.address, resized.address, offset.address, ws.name]).toEqual([
        "Sheet1!C3",
        "Sheet1!B2:B4",
        "Sheet1!B4:C5",
        "Sheet1",
      ]);
    });
  });

  test("Range.address quotes sheet names that need it, not Chinese ones", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const a = context.workbook.worksheets.add("基本信息").getRange("B3").load("address");
      const b = context.workbook.worksheets.add("My Sheet").getRange("A1:A2").load("address");
      await context.sync();
      expect(a.address).toBe("基本信息!B3");
      expect(b.address).toBe("'My Sheet'!A1:A2");
    });
  });
});
