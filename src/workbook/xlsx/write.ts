import type ExcelJS from "exceljs";
import TableXform from "exceljs/lib/xlsx/xform/table/table-xform";

/**
 * A loaded workbook that ExcelJS cannot write: one bilingual sentence naming the table or sheet
 * concerned and what the user can do. Nothing has been written when it is raised.
 */
export class UnwritableWorkbookError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string
  ) {
    super(`${zh} ${en}`);
  }
}

interface LoadedTable {
  table?: { name?: string };
  model?: unknown;
}

/** The first table ExcelJS fails to render on its own, with its sheet, if any does. */
function failingTable(workbook: ExcelJS.Workbook): { sheet: string; table: string } | undefined {
  for (const ws of workbook.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, LoadedTable> }).tables ?? {};
    for (const [key, t] of Object.entries(tables)) {
      const model = t.model ?? t.table;
      try {
        const xform = new TableXform();
        xform.prepare(model, {});
        xform.toXml(model);
      } catch {
        return { sheet: ws.name, table: t.table?.name ?? key };
      }
    }
  }
  return undefined;
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0];

/** ExcelJS's writeBuffer, its failures turned into an UnwritableWorkbookError. */
export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<ArrayBuffer> {
  try {
    return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
  } catch (e) {
    const detail = firstLine(e);
    const at = failingTable(workbook);
    if (at) {
      throw new UnwritableWorkbookError(
        `工作表“${at.sheet}”中的表格 ${at.table} 无法写出（${detail}），未写入任何文件；请在 Excel 或 WPS 中打开该工作簿另存为 .xlsx 后再试，或在 Excel 加载项中运行。`,
        `Table ${at.table} on sheet ${at.sheet} cannot be written (${detail}); nothing was written. Open the workbook in Excel or WPS, save it as .xlsx and try again, or run this in the Excel add-in.`
      );
    }
    throw new UnwritableWorkbookError(
      `工作簿无法写出（${detail}），未写入任何文件；请在 Excel 或 WPS 中打开该工作簿另存为 .xlsx 后再试，或在 Excel 加载项中运行。`,
      `The workbook cannot be written (${detail}); nothing was written. Open it in Excel or WPS, save it as .xlsx and try again, or run this in the Excel add-in.`
    );
  }
}
