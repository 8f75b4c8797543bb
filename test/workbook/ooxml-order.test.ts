import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  childOrder,
  followsSequence,
  reorderWorksheet,
  worksheetPaths,
} from "../../src/workbook/xlsx/ooxml-order";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

async function sheetOrders(buf: Buffer | ArrayBuffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(buf);
  return Promise.all(
    worksheetPaths(zip).map(async (p) => childOrder(await zip.file(p)!.async("string")))
  );
}

function tableWithNote(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("表");
  ws.addTable({
    name: "T_X",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "名称" }, { name: "金额" }],
    rows: [["a", 1]],
  });
  ws.getCell("B2").note = "金额请填万元";
  ws.getCell("A5").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
  ws.pageSetup = { paperSize: 9, orientation: "landscape" };
}

describe("worksheet element order", () => {
  test("ExcelJS alone writes tableParts before legacyDrawing (the bug we repair)", async () => {
    const wb = new ExcelJS.Workbook();
    tableWithNote(wb);
    const [order] = await sheetOrders((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(order).toContain("legacyDrawing");
    expect(order.indexOf("tableParts")).toBeLessThan(order.indexOf("legacyDrawing"));
    expect(followsSequence(order)).toBe(false);
  });

  test("our writer puts every sheet in schema order", async () => {
    const wb = XlsxWorkbook.create();
    tableWithNote(wb.workbook);
    const orders = await sheetOrders(await wb.toBuffer());
    for (const o of orders) expect(followsSequence(o)).toBe(true);
    expect(orders[0].indexOf("legacyDrawing")).toBeLessThan(orders[0].indexOf("tableParts"));
  });

  test("reordering keeps every element and its content", () => {
    const xml =
      '<?xml version="1.0"?><worksheet xmlns="x"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
      '<tableParts count="1"><tablePart r:id="rId1"/></tableParts><legacyDrawing r:id="rId2"/><pageMargins left="0.7"/></worksheet>';
    const fixed = reorderWorksheet(xml);
    expect(childOrder(fixed)).toEqual(["sheetData", "pageMargins", "legacyDrawing", "tableParts"]);
    expect(fixed.length).toBe(xml.length);
    expect(fixed).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
  });

  test("followsSequence rejects unknown and out-of-order elements", () => {
    expect(followsSequence(["sheetData", "mergeCells", "dataValidations", "pageMargins"])).toBe(
      true
    );
    expect(followsSequence(["mergeCells", "sheetData"])).toBe(false);
    expect(followsSequence(["sheetData", "bogus"])).toBe(false);
  });
});
