import { FakeExcel } from "./index";
import { cellOf, rejection, sheetOf } from "./helpers";

type Ctx = Excel.RequestContext;

async function codeOf(host: FakeExcel, batch: (context: Ctx) => void): Promise<string> {
  const e = await rejection(
    host.run(async (context) => {
      batch(context);
      await context.sync();
    })
  );
  return e.code;
}

function protectedHost(options?: Excel.WorksheetProtectionOptions): FakeExcel {
  const host = new FakeExcel({ profile: "m365" });
  const s = sheetOf(host.state, "Sheet1");
  s.protection = { protected: true, options: { ...s.protection.options, ...options } };
  return host;
}

const sheet1 = (c: Ctx) => c.workbook.worksheets.getItem("Sheet1");

describe("writes to a protected sheet are refused with AccessDenied", () => {
  test.each<[string, (c: Ctx) => void]>([
    ["values", (c) => (sheet1(c).getRange("A1").values = [[1]])],
    ["formulas", (c) => (sheet1(c).getRange("A1").formulas = [["=1"]])],
    ["numberFormat", (c) => (sheet1(c).getRange("A1").numberFormat = [["@"]])],
    ["fill", (c) => (sheet1(c).getRange("A1").format.fill.color = "#FF0000")],
    ["fill.clear", (c) => sheet1(c).getRange("A1").format.fill.clear()],
    ["font", (c) => (sheet1(c).getRange("A1").format.font.bold = true)],
    ["locked", (c) => (sheet1(c).getRange("A1").format.protection.locked = false)],
    ["merge", (c) => sheet1(c).getRange("A1:B1").merge()],
    ["table", (c) => sheet1(c).tables.add("A1:B2", true)],
    [
      "validation",
      (c) =>
        (sheet1(c).getRange("A1").dataValidation.rule = {
          list: { inCellDropDown: true, source: "a,b" },
        }),
    ],
    ["conditional format", (c) => sheet1(c).getRange("A1").conditionalFormats.add("Custom")],
    ["column width", (c) => (sheet1(c).getRange("A1").format.columnWidth = 80)],
    ["row height", (c) => (sheet1(c).getRange("3:3").format.rowHeight = 30)],
    ["row hidden", (c) => (sheet1(c).getRange("3:3").rowHidden = true)],
  ])("%s", async (_label, batch) => {
    expect(await codeOf(protectedHost(), batch)).toBe("AccessDenied");
  });

  test("format writes pass when the options allow formatting cells", async () => {
    const host = protectedHost({ allowFormatCells: true });
    await host.run(async (c) => {
      sheet1(c).getRange("A1").format.fill.color = "#FF0000";
      await c.sync();
    });
    expect(cellOf(host, "Sheet1", "A1")?.format.fill).toEqual({
      type: "solid",
      color: { rgb: "#FF0000" },
    });
  });

  test("rows hide when the options allow formatting rows, and read back hidden", async () => {
    const host = protectedHost({ allowFormatRows: true });
    const hidden = await host.run(async (c) => {
      sheet1(c).getRange("3:3").rowHidden = true;
      const row = sheet1(c).getRange("3:3");
      row.load("rowHidden");
      await c.sync();
      return row.rowHidden;
    });
    expect(hidden).toBe(true);
    expect([...sheetOf(host.state, "Sheet1").hiddenRows]).toEqual([2]);
  });

  test("unlocked cells of a protected sheet take values, as in Excel", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (c) => {
      sheet1(c).getRange("A1").format.protection.locked = false;
      sheet1(c).protection.protect();
      sheet1(c).getRange("A1").values = [["typed"]];
      await c.sync();
    });
    expect(cellOf(host, "Sheet1", "A1")?.value).toBe("typed");
  });
});

describe("protection state changes", () => {
  test("protect() on a protected sheet and unprotect() on an unprotected one: AccessDenied (office-js#6784)", async () => {
    expect(await codeOf(protectedHost(), (c) => sheet1(c).protection.protect())).toBe(
      "AccessDenied"
    );
    expect(
      await codeOf(new FakeExcel({ profile: "m365" }), (c) => sheet1(c).protection.unprotect())
    ).toBe("AccessDenied");
  });

  test("unprotect with a wrong password fails; the right one works; options survive", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (c) => {
      sheet1(c).protection.protect({ allowFormatColumns: true }, "secret");
      await c.sync();
    });
    expect(await codeOf(host, (c) => sheet1(c).protection.unprotect("wrong"))).toBe(
      "InvalidArgument"
    );
    expect(await codeOf(host, (c) => sheet1(c).protection.unprotect())).toBe("InvalidArgument");
    await host.run(async (c) => {
      const p = sheet1(c).protection;
      p.unprotect("secret");
      p.load("protected,options");
      await c.sync();
      expect(p.protected).toBe(false);
      expect(p.options.allowFormatColumns).toBe(true);
    });
  });
});

describe("sheets, names, tables, notes", () => {
  test("deleting a very hidden sheet: InvalidOperation until it is made hidden", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (c) => {
      c.workbook.worksheets.add("_jx_record").visibility = "VeryHidden";
      await c.sync();
    });
    expect(await codeOf(host, (c) => c.workbook.worksheets.getItem("_jx_record").delete())).toBe(
      "InvalidOperation"
    );
    await host.run(async (c) => {
      const ws = c.workbook.worksheets.getItem("_jx_record");
      ws.visibility = "Hidden";
      ws.delete();
      await c.sync();
    });
    expect(host.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("deleting or hiding the last visible sheet: InvalidOperation", async () => {
    const host = new FakeExcel({ profile: "m365" });
    expect(await codeOf(host, (c) => sheet1(c).delete())).toBe("InvalidOperation");
    expect(await codeOf(host, (c) => (sheet1(c).visibility = "Hidden"))).toBe("InvalidOperation");
  });

  test("existing sheet, name: ItemAlreadyExists", async () => {
    const host = new FakeExcel({ profile: "m365" });
    expect(await codeOf(host, (c) => c.workbook.worksheets.add("sheet1"))).toBe(
      "ItemAlreadyExists"
    );
    await host.run(async (c) => {
      c.workbook.names.add("jx_unit", sheet1(c).getRange("B3"));
      await c.sync();
    });
    expect(await codeOf(host, (c) => c.workbook.names.add("JX_UNIT", "=Sheet1!$B$4"))).toBe(
      "ItemAlreadyExists"
    );
  });

  test("overlapping tables: InvalidOperation", async () => {
    const host = new FakeExcel({ profile: "m365" });
    expect(
      await codeOf(host, (c) => {
        sheet1(c).tables.add("A1:B3", true);
        sheet1(c).tables.add("B2:C4", true);
      })
    ).toBe("InvalidOperation");
  });

  test("names: type, value, formula; a deleted sheet makes them #REF!; deleting the sheet drops its tables", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (c) => {
      const ws = c.workbook.worksheets.add("基本信息");
      c.workbook.worksheets.add("My Sheet");
      c.workbook.names.add("jx_unitName", ws.getRange("B3"));
      c.workbook.names.add("jx_other", "='My Sheet'!$A$1:$B$2");
      ws.getRange("A1:B2").values = [
        ["h1", "h2"],
        [1, 2],
      ];
      ws.tables.add("A1:B2", true).name = "T_X";
      const names = c.workbook.names.load("items/name,items/type,items/value,items/formula");
      await c.sync();
      expect(names.items.map((n) => [n.name, n.type, n.value, n.formula])).toEqual([
        ["jx_unitName", "Range", "基本信息!$B$3", "=基本信息!$B$3"],
        ["jx_other", "Range", "'My Sheet'!$A$1:$B$2", "='My Sheet'!$A$1:$B$2"],
      ]);
      c.workbook.worksheets.getItem("基本信息").delete();
      const n = c.workbook.names.getItem("jx_unitName").load("type,value");
      const range = c.workbook.names.getItem("jx_unitName").getRangeOrNullObject();
      const t = c.workbook.tables.getItemOrNullObject("T_X");
      await c.sync();
      expect([n.type, n.value]).toEqual(["Error", "#REF!"]);
      expect(range.isNullObject).toBe(true);
      expect(t.isNullObject).toBe(true);
    });
  });

  test("tables: header, body, range, style, filter button", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (c) => {
      const ws = sheet1(c);
      ws.getRange("B2:C4").values = [
        ["名称", "金额"],
        ["a", 1],
        ["b", 2],
      ];
      const t = ws.tables.add("B2:C4", true);
      t.name = "T_Items";
      t.style = "TableStyleLight1";
      t.showFilterButton = false;
      const h = t.getHeaderRowRange().load("address,values");
      const b = t.getDataBodyRange().load("address");
      const all = c.workbook.tables.getItem("t_items").getRange().load("address");
      const names = c.workbook.tables.load("items/name");
      await c.sync();
      expect([h.address, b.address, all.address]).toEqual([
        "Sheet1!B2:C2",
        "Sheet1!B3:C4",
        "Sheet1!B2:C4",
      ]);
      expect(h.values).toEqual([["名称", "金额"]]);
      expect(names.items.map((x) => x.name)).toEqual(["T_Items"]);
    });
    expect(host.state.tables[0]).toMatchObject({
      style: "TableStyleLight1",
      showFilterButton: false,
    });
  });
});
