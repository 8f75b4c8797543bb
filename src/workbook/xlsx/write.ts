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

/** How ExcelJS's ZipWriter is handed each part of the package. */
interface PartSink {
  append(data: unknown, options: { name: string; base64?: boolean }): void;
}

/** The two steps of ExcelJS's XLSX.write that append the parts we repair. */
interface XlsxSteps {
  addWorksheets(zip: PartSink, model: unknown): Promise<void>;
  addTables(zip: PartSink, model: unknown): Promise<void>;
}

/**
 * Repairs each XML part as ExcelJS appends it to its zip and keeps it as UTF-8 bytes, so the
 * package is written once: no second inflate, repair and deflate of the whole file, and a
 * sheet's XML is held as bytes rather than as a string of twice the size until ExcelJS zips.
 * The hook is on this workbook's own XLSX object and is taken off again afterwards.
 */
function repairingParts(
  workbook: ExcelJS.Workbook,
  repair: (path: string, xml: string) => string
): () => void {
  const steps = workbook.xlsx as unknown as XlsxSteps;
  const own = { addWorksheets: steps.addWorksheets, addTables: steps.addTables };
  const hooked = new WeakSet<PartSink>();
  const encoder = new TextEncoder();
  const hook = (zip: PartSink) => {
    if (hooked.has(zip)) return;
    hooked.add(zip);
    const append = zip.append.bind(zip);
    zip.append = (data, options) =>
      append(
        typeof data === "string" && !options.base64
          ? encoder.encode(repair(options.name, data))
          : data,
        options
      );
  };
  steps.addWorksheets = (zip, model) => {
    hook(zip);
    return own.addWorksheets.call(steps, zip, model);
  };
  steps.addTables = (zip, model) => {
    hook(zip);
    return own.addTables.call(steps, zip, model);
  };
  return () => {
    delete (steps as Partial<XlsxSteps>).addWorksheets;
    delete (steps as Partial<XlsxSteps>).addTables;
  };
}

/**
 * ExcelJS's writeBuffer, each XML part from the worksheets on passed through `repair` (the
 * package-level fixes of exceljs-defects.ts), its failures turned into an UnwritableWorkbookError.
 */
export async function writeWorkbook(
  workbook: ExcelJS.Workbook,
  repair: (path: string, xml: string) => string = (_path, xml) => xml
): Promise<Buffer> {
  const unhook = repairingParts(workbook, repair);
  try {
    // In Node ExcelJS's writeBuffer gives a Node Buffer (typed as its own Buffer interface).
    return (await workbook.xlsx.writeBuffer()) as unknown as Buffer;
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
  } finally {
    unhook();
  }
}
