/**
 * The adapter shares one style object among cells given the same style (issue 24 item 5: the
 * report's 40,000 styled cells each had their own), and never changes a shared style in place.
 */
import type { CellStyle } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const BOXED: CellStyle = {
  font: { name: "仿宋_GB2312", size: 12, bold: true },
  border: { style: "thin", color: "000000" },
  horizontal: "center",
  wrap: true,
};

async function written(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.write([
    { op: "addSheet", sheet: "S", visibility: "visible" },
    {
      op: "cells",
      sheet: "S",
      cells: ["A1", "B2", "C3"].map((address) => ({ address, value: address, style: BOXED })),
    },
  ]);
  return wb;
}

describe("styles written by the ExcelJS adapter", () => {
  it("are one object among the cells given the same style", async () => {
    const ws = (await written()).workbook.getWorksheet("S")!;
    expect(ws.getCell("A1").style).toBe(ws.getCell("B2").style);
    expect(ws.getCell("B2").style).toBe(ws.getCell("C3").style);
    expect(ws.getCell("A1").font).toMatchObject({ name: "仿宋_GB2312", size: 12, bold: true });
  });

  it("are copied, not changed in place, when one of those cells is styled again", async () => {
    const wb = await written();
    await wb.write([
      { op: "cells", sheet: "S", cells: [{ address: "B2", style: { fill: "FF0000" } }] },
    ]);
    const ws = wb.workbook.getWorksheet("S")!;
    expect(ws.getCell("B2").fill).toMatchObject({ fgColor: { argb: "FFFF0000" } });
    expect(ws.getCell("A1").fill).toBeUndefined();
    expect(ws.getCell("C3").fill).toBeUndefined();
    expect(ws.getCell("B2").font).toMatchObject({ bold: true });
  });

  it("read back as written", async () => {
    const wb = await XlsxWorkbook.load(await (await written()).toBuffer());
    const ws = wb.workbook.getWorksheet("S")!;
    for (const a of ["A1", "B2", "C3"]) {
      expect(ws.getCell(a).font).toMatchObject({ name: "仿宋_GB2312", size: 12, bold: true });
      expect(ws.getCell(a).alignment).toMatchObject({ horizontal: "center", wrapText: true });
      expect(ws.getCell(a).border?.top).toMatchObject({ style: "thin" });
    }
  });
});
