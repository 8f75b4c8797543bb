import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  addMissingTableStyle,
  beforeLoad,
  numericBooleans,
  textInNumberCells,
  restoreCalculatedColumns,
  takeCalculatedColumns,
} from "../../../src/workbook/xlsx/exceljs-defects";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "other-programs");
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const TEMPLATE = readFileSync(join(__dirname, "..", "..", "..", "assets", "template.xlsx"));

async function tableXml(data: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    if (xml.includes(`name="${name}"`)) return xml;
  }
  throw new Error(`no table ${name}`);
}

/** Stock ExcelJS over a package, with none of our repairs. */
async function stockRoundTrip(data: Buffer): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  await wb.xlsx.writeBuffer();
}

describe("ExcelJS defect: a table without tableStyleInfo cannot be written", () => {
  const lo = fixture("libreoffice-template.xlsx");

  test("LibreOffice writes such tables, and stock ExcelJS fails saving them", async () => {
    expect(await tableXml(lo, "T_Bodies")).not.toContain("tableStyleInfo");
    await expect(stockRoundTrip(lo)).rejects.toThrow(/theme/);
  });

  test("the adapter loads and writes them, and the table keeps no named style", async () => {
    const out = await (await XlsxWorkbook.load(lo)).toBuffer();
    const xml = await tableXml(out, "T_Bodies");
    expect(xml).toMatch(/<tableStyleInfo showFirstColumn="0"/);
    expect(xml).not.toMatch(/<tableStyleInfo[^>]*\bname=/);
  });

  test("the style element goes where CT_Table puts it, before extLst, and only when missing", () => {
    const bare =
      '<table name="T"><tableColumns count="1"><tableColumn id="1" name="a"/></tableColumns><extLst/></table>';
    expect(addMissingTableStyle(bare)).toMatch(
      /<\/tableColumns><tableStyleInfo [^>]*\/><extLst\/>/
    );
    const noExt = '<table name="T"><tableColumns count="0"/></table>';
    expect(addMissingTableStyle(noExt)).toMatch(/<tableStyleInfo [^>]*\/><\/table>$/);
    const styled = '<table name="T"><tableStyleInfo name="TableStyleLight1"/></table>';
    expect(addMissingTableStyle(styled)).toBe(styled);
  });
});

describe("ExcelJS defect: calculatedColumnFormula (a tableColumn with children) cannot be loaded", () => {
  test("Excel's (and our) template carries them, and stock ExcelJS fails loading it", async () => {
    expect(await tableXml(TEMPLATE, "T_Projects")).toContain("<calculatedColumnFormula>");
    await expect(stockRoundTrip(TEMPLATE)).rejects.toThrow(/filterButton/);
  });

  test("they are taken out before loading and put back on save, unchanged", async () => {
    const zip = await JSZip.loadAsync(TEMPLATE);
    const taken = await beforeLoad(zip);
    expect(Object.keys(taken.get("T_Projects") ?? {})).not.toHaveLength(0);
    const before = await tableXml(TEMPLATE, "T_Projects");
    const out = await (await XlsxWorkbook.load(TEMPLATE)).toBuffer();
    const after = await tableXml(out, "T_Projects");
    const formulas = (xml: string) => xml.match(/<calculatedColumnFormula>[^<]*</g);
    expect(formulas(after)).toEqual(formulas(before));
  });

  test("take and restore are inverse on one part, escaped text included", () => {
    const xml =
      '<table name="T"><tableColumns count="2"><tableColumn id="1" name="a&amp;b"><calculatedColumnFormula>IF(1&lt;2,&quot;x&quot;,&quot;&quot;)</calculatedColumnFormula></tableColumn><tableColumn id="2" name="c"/></tableColumns></table>';
    const taken = takeCalculatedColumns(xml);
    expect(taken.name).toBe("T");
    expect(taken.formulas).toEqual({ "a&b": 'IF(1<2,"x","")' });
    expect(taken.xml).not.toContain("calculatedColumnFormula");
    expect(restoreCalculatedColumns(taken.xml, taken.formulas)).toBe(xml);
  });
});

describe('ExcelJS defect: booleans written "true"/"false" read as false', () => {
  const lo = fixture("libreoffice-sample.xlsx");

  test("LibreOffice spells them out, and stock ExcelJS loses sheet protection and print setup", async () => {
    const zip = await JSZip.loadAsync(lo);
    const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheet).toMatch(/<sheetProtection sheet="true"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(lo as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("基本信息")!;
    expect(
      (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
    ).toBeUndefined();
    expect(ws.pageSetup.fitToPage).toBe(false);
  });

  test("the adapter reads them as written: protection, unlocked cells, print setup", async () => {
    const x = await XlsxWorkbook.load(lo);
    const ws = x.workbook.getWorksheet("基本信息")!;
    const read = await x.read({ names: [], tables: [] });
    expect(read.sheetState["基本信息"].protection).not.toBeNull();
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.horizontalCentered).toBe(true);
    // B3 (单位名称) is an input cell: unlocked in the template, so in LibreOffice's save.
    expect(ws.getCell("B3").protection?.locked).toBe(false);
    const out = await JSZip.loadAsync(await x.toBuffer());
    const sheet = await out.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheet).toMatch(/<sheetProtection sheet="1"/);
  });

  test("only listed attributes inside tags change, never text", () => {
    expect(
      numericBooleans(
        '<row r="1" hidden="true" customHeight="false"><c><f>A1=" hidden="true"</f></c><x name="true"/></row>'
      )
    ).toBe(
      '<row r="1" hidden="1" customHeight="0"><c><f>A1=" hidden="true"</f></c><x name="true"/></row>'
    );
  });
});

describe("ExcelJS defect: text in a number cell loads as NaN", () => {
  test("stock ExcelJS reads <v>-</v> as NaN; the adapter reads the text", async () => {
    const zip = await JSZip.loadAsync(fixture("libreoffice-sample.xlsx"));
    const path = "xl/worksheets/sheet5.xml";
    const xml = await zip.file(path)!.async("string");
    const cell = /<c r="([A-Z]+\d+)" s="\d+" t="n"><v>[\d.]+<\/v><\/c>/.exec(xml);
    expect(cell).not.toBeNull();
    zip.file(path, xml.replace(cell![0], cell![0].replace(/<v>[\d.]+<\/v>/, "<v>-</v>")));
    const data = await zip.generateAsync({ type: "nodebuffer" });
    const stock = new ExcelJS.Workbook();
    await stock.xlsx.load(data as unknown as ArrayBuffer);
    const sheet = stock.worksheets[4].name;
    expect(stock.getWorksheet(sheet)!.getCell(cell![1]).value).toBeNaN();
    const x = await XlsxWorkbook.load(data);
    expect(x.workbook.getWorksheet(sheet)!.getCell(cell![1]).value).toBe("-");
  });

  test("only untyped or t=n cells with a non-number change; self-closing cells are left", () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" s="2"/><c r="B1"><v>1.5</v></c><c r="C1" t="n"><v>abc</v></c>' +
      '<c r="D1" t="e"><v>#N/A</v></c><c r="E1"><f>X</f><v>1e999</v></c><c r="F1" t="s"><v>0</v></c></row></sheetData>';
    expect(textInNumberCells(xml)).toBe(
      '<sheetData><row r="1"><c r="A1" s="2"/><c r="B1"><v>1.5</v></c><c r="C1" t="str"><v>abc</v></c>' +
        '<c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="str"><f>X</f><v>1e999</v></c><c r="F1" t="s"><v>0</v></c></row></sheetData>'
    );
  });
});

test("a write into a cell the user merged into an input leaves the input alone (ExcelJS writes a covered cell's master)", async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("支出汇总");
  ws.getCell("B4").value = 12.5;
  ws.mergeCells("B4:C4");
  const wb = await XlsxWorkbook.load(Buffer.from(await book.xlsx.writeBuffer()));
  await wb.write([
    {
      op: "cells",
      sheet: "支出汇总",
      cells: [{ address: "C4", formula: { text: "SUM(B4)", result: 12.5 } }],
    },
  ]);
  const back = await XlsxWorkbook.load(await wb.toBuffer());
  expect(back.workbook.getWorksheet("支出汇总")!.getCell("B4").value).toBe(12.5);
});
