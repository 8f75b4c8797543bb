import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import TableXform from "exceljs/lib/xlsx/xform/table/table-xform";
import { UnwritableWorkbookError } from "../../../src/workbook/xlsx/write";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const LO_TEMPLATE = readFileSync(
  join(__dirname, "..", "..", "fixtures", "other-programs", "libreoffice-template.xlsx")
);

/** The LibreOffice file as stock ExcelJS holds it: its tables have no style, so saving fails. */
async function unrepaired(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(LO_TEMPLATE as unknown as ArrayBuffer);
  return new XlsxWorkbook(wb);
}

async function failure(x: XlsxWorkbook): Promise<UnwritableWorkbookError> {
  try {
    await x.toBuffer();
  } catch (e) {
    if (e instanceof UnwritableWorkbookError) return e;
    throw e;
  }
  throw new Error("the workbook was written");
}

describe("an error raised while writing is one bilingual sentence naming what failed", () => {
  afterEach(() => jest.restoreAllMocks());

  test("a table ExcelJS cannot write is named with its sheet and what to do", async () => {
    const e = await failure(await unrepaired());
    expect(e.zh).toMatch(
      /^工作表“机构职责”中的表格 T_Bodies 无法写出（.*theme.*），未写入任何文件；请在 Excel/
    );
    expect(e.en).toMatch(
      /^Table T_Bodies on sheet 机构职责 cannot be written \(.*\); nothing was written\. Open/
    );
    expect(`${e.zh}${e.en}`).not.toMatch(/\n/);
  });

  test("a failure outside the tables still says what to do, without naming a table", async () => {
    const x = await XlsxWorkbook.load(LO_TEMPLATE);
    jest.spyOn(x.workbook.xlsx, "writeBuffer").mockRejectedValue(new Error("disk\nfull"));
    const e = await failure(x);
    expect(e.zh).toBe(
      "工作簿无法写出（disk），未写入任何文件；请在 Excel 或 WPS 中打开该工作簿另存为 .xlsx 后再试，或在 Excel 加载项中运行。"
    );
    expect(e.en).toMatch(/^The workbook cannot be written \(disk\); nothing was written\./);
  });

  test("a workbook that writes raises nothing (the table check runs only on failure)", async () => {
    const render = jest.spyOn(TableXform.prototype, "toXml");
    const x = await XlsxWorkbook.load(LO_TEMPLATE);
    await expect(x.toBuffer()).resolves.toBeInstanceOf(Buffer);
    // ExcelJS renders each table once; the search for a failing table adds none.
    const tables = x.workbook.worksheets.reduce(
      (n, ws) => n + Object.keys((ws as unknown as { tables: object }).tables).length,
      0
    );
    expect(tables).toBeGreaterThan(0);
    expect(render).toHaveBeenCalledTimes(tables);
  });
});
