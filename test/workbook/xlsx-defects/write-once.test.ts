/**
 * The package written once, its parts repaired as ExcelJS zips them (write.ts), against the way
 * it was written before issue 24 item 5: ExcelJS's package read back, repaired by `afterSave`
 * and zipped again. Same parts, same order, same XML.
 */
import JSZip from "jszip";
import { afterSave } from "../../../src/workbook/xlsx/exceljs-defects";
import { childOrder, followsSequence } from "../../../src/workbook/xlsx/ooxml-order";
import { writeWorkbook } from "../../../src/workbook/xlsx/write";
import type { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { generateReport } from "../../../src/workbook/report";
import { validate } from "../../../src/workbook/validate";
import { sampleWorkbook } from "../../helpers/workbooks";

/** The earlier toBuffer: write, read back, repair the package, zip again. */
async function writtenTwice(wb: XlsxWorkbook): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await writeWorkbook(wb.workbook));
  await afterSave(zip, new Map(Object.entries(wb.calculatedColumns())));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function parts(data: Buffer): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(data);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => [f.name, await f.async("string")] as [string, string]));
}

async function expectSameParts(wb: XlsxWorkbook): Promise<[string, string][]> {
  const [once, twice] = await Promise.all([
    wb.toBuffer().then(parts),
    writtenTwice(wb).then(parts),
  ]);
  expect(once.map(([name]) => name)).toEqual(twice.map(([name]) => name));
  expect(once).toEqual(twice);
  return once;
}

describe("the workbook written once, repaired part by part", () => {
  it("gives the validated and reported sample the package the repair after saving gave", async () => {
    const wb = await sampleWorkbook();
    await validate(wb, { notes: true });
    await generateReport(wb);
    const written = await expectSameParts(wb);
    const xml = (name: string) => written.find(([n]) => n === name)?.[1] ?? "";
    // Both repairs are at work here: calculated columns back in the template's tables, and a
    // sheet with notes and a table whose children ExcelJS writes out of order.
    expect(
      written.some(
        ([n, x]) => n.startsWith("xl/tables/") && x.includes("<calculatedColumnFormula>")
      )
    ).toBe(true);
    const sheets = written.filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.some(([, x]) => x.includes("<legacyDrawing") && x.includes("<tableParts"))).toBe(
      true
    );
    for (const [, x] of sheets) expect(followsSequence(childOrder(x))).toBe(true);
    expect(xml("xl/workbook.xml")).toContain("<sheets>");
  });

  it("leaves the workbook's own writer as it was (the hook is taken off)", async () => {
    const wb = await sampleWorkbook();
    await wb.toBuffer();
    expect(Object.prototype.hasOwnProperty.call(wb.workbook.xlsx, "addWorksheets")).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(wb.workbook.xlsx, "addTables")).toBe(false);
  });

  it("would show an unrepaired package apart (the comparison can fail)", async () => {
    const wb = await sampleWorkbook();
    await validate(wb, { notes: true });
    const [stock, twice] = await Promise.all([
      writeWorkbook(wb.workbook).then(parts),
      writtenTwice(wb).then(parts),
    ]);
    expect(stock).not.toEqual(twice);
  });
});
