import { FakeExcel } from "./index";
import { cellOf, sheetOf } from "./helpers";
import { touchCell } from "./state";

describe("formats", () => {
  test("a multi-cell range reads null where its cells differ, the value where they agree", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B2").format.font.name = "等线";
      ws.getRange("A1").format.fill.color = "#FF0000";
      ws.getRange("A1").format.font.bold = true;
      const r = ws.getRange("A1:B2");
      r.load("format/fill/color,format/font/name,format/font/bold,format/wrapText");
      await context.sync();
      expect(r.format.fill.color).toBeNull();
      expect(r.format.font.bold).toBeNull();
      expect(r.format.font.name).toBe("等线");
      expect(r.format.wrapText).toBe(false);
    });
  });

  test("a theme fill reads back as its base RGB and its tint, with no theme index", async () => {
    const host = new FakeExcel({ profile: "m365" });
    const cell = touchCell(sheetOf(host.state, "Sheet1"), 0, 0);
    cell.format = { ...cell.format, fill: { type: "solid", color: { theme: 4, tint: 0.6 } } };
    await host.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill;
      fill.load("color,pattern,tintAndShade");
      await context.sync();
      expect([fill.color, fill.pattern, fill.tintAndShade]).toEqual(["#4472C4", "Solid", 0.6]);
    });
  });

  test("fill.clear(), pattern, tintAndShade, font, alignment, borders, locked, sizes", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.format.fill.color = "#FFFF00";
      r.format.fill.tintAndShade = 0.4;
      r.format.font.color = "#112233";
      r.format.font.size = 12;
      r.format.horizontalAlignment = "Center";
      r.format.verticalAlignment = "Top";
      r.format.wrapText = true;
      r.format.columnWidth = 120;
      r.format.rowHeight = 30;
      r.format.protection.locked = false;
      const top = r.format.borders.getItem("EdgeTop");
      top.style = "Continuous";
      top.color = "#BFBFBF";
      r.load("format/fill/color,format/fill/tintAndShade,format/columnWidth,format/rowHeight");
      top.load("style,color");
      await context.sync();
      expect(r.format.fill.tintAndShade).toBe(0.4);
      expect(r.format.columnWidth).toBe(120);
      expect(r.format.rowHeight).toBe(30);
      expect([top.style, top.color]).toEqual(["Continuous", "#BFBFBF"]);
      r.format.fill.clear();
      r.format.fill.load("color,pattern");
      await context.sync();
      expect([r.format.fill.color, r.format.fill.pattern]).toEqual([null, "None"]);
    });
    const a1 = cellOf(host, "Sheet1", "A1")!;
    expect(a1.format.locked).toBe(false);
    expect(a1.format.borders.top).toEqual({
      style: "Continuous",
      weight: "Thin",
      color: "#BFBFBF",
    });
    expect(cellOf(host, "Sheet1", "A2")!.format.borders.top).toBeUndefined();
    expect(sheetOf(host.state, "Sheet1").columnWidths.get(1)).toBe(120);
  });

  test("merge keeps the top-left value; data validation and conditional formats", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").values = [["keep", "drop"]];
      ws.getRange("A1:B1").merge();
      const dv = ws.getRange("C1:C3").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "优,良,中,差" } };
      dv.errorAlert = { showAlert: true, style: "Warning", title: "不在列表中", message: "请选择" };
      const cf = ws.getRange("D1:D3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=D1>1";
      cf.custom.format.fill.color = "#FFC7CE";
      cf.load("id,type");
      dv.load("rule,type,errorAlert");
      await context.sync();
      expect(dv.type).toBe("List");
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: "优,良,中,差" } });
      expect(dv.errorAlert).toEqual({
        showAlert: true,
        style: "Warning",
        title: "不在列表中",
        message: "请选择",
      });
      expect(cf.type).toBe("Custom");
      const list = ws.getRange("D2").conditionalFormats.load("items/id,items/type");
      const again = ws.getRange("D1:D3").conditionalFormats.getItem(cf.id);
      again.custom.rule.load("formula");
      const range = again.getRange().load("address");
      await context.sync();
      expect(list.items.map((i) => i.id)).toEqual([cf.id]);
      expect(again.custom.rule.formula).toBe("=D1>1");
      expect(range.address).toBe("Sheet1!D1:D3");
      again.delete();
      dv.clear();
      await context.sync();
    });
    const sheet = sheetOf(host.state, "Sheet1");
    expect(sheet.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 1 }]);
    expect(cellOf(host, "Sheet1", "B1")?.value).toBeUndefined();
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.validations.size).toBe(0);
  });

  test("worksheet properties: tab colour, freeze panes, page layout, print titles, charts", async () => {
    const host = new FakeExcel({ profile: "m365" });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.tabColor = "#4472C4";
      ws.freezePanes.freezeRows(3);
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.paperSize = "A4";
      ws.pageLayout.centerHorizontally = true;
      ws.pageLayout.leftMargin = 36;
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.setPrintTitleRows("$1:$3");
      ws.getRange("A1:B3").values = [
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ];
      const chart = ws.charts.add("Pie", ws.getRange("A1:B3"), "Columns");
      chart.title.text = "支出结构";
      chart.name = "结构";
      chart.setPosition("D2", "J20");
      await context.sync();
    });
    const s = sheetOf(host.state, "Sheet1");
    expect(s.tabColor).toBe("#4472C4");
    expect(s.freezeRows).toBe(3);
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      centerHorizontally: true,
      leftMargin: 36,
      printTitleRows: "$1:$3",
    });
    expect(s.charts[0]).toMatchObject({
      name: "结构",
      type: "Pie",
      title: "支出结构",
      position: { start: "D2", end: "J20" },
    });
  });
});
