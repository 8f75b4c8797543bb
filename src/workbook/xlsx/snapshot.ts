import type ExcelJS from "exceljs";
import { XlsxWorkbook } from "./xlsx-workbook";

/**
 * A workbook's content without the bytes that differ between writes (timestamps, zip order):
 * cell values, formulas, styles, notes, merges, names, tables, dropdowns, views, print setup
 * and protection. Two files with equal snapshots look and behave the same.
 */
export interface Snapshot {
  names: Record<string, string[]>;
  calculatedColumns: Record<string, Record<string, string>>;
  sheets: Record<string, SheetSnapshot>;
}

export interface SheetSnapshot {
  order: number;
  cells: Record<string, unknown>;
  merges: string[];
  tables: unknown[];
  validations: Record<string, unknown>;
  columns: (number | undefined)[];
  rowHeights: Record<number, number>;
  views: unknown;
  pageSetup: unknown;
  protection: unknown;
  tabColor: unknown;
}

function cellSnapshot(cell: ExcelJS.Cell): unknown {
  const s = cell.style ?? {};
  const out: Record<string, unknown> = {};
  if (cell.formula) {
    out.formula = cell.formula;
    out.result = cell.result ?? "";
  } else if (cell.value !== null && cell.value !== undefined) {
    out.value = cell.value;
  }
  if (cell.note) out.note = typeof cell.note === "string" ? cell.note : JSON.stringify(cell.note);
  if (s.numFmt) out.numFmt = s.numFmt;
  if (s.font) out.font = s.font;
  if (s.fill) out.fill = s.fill;
  if (s.alignment) out.alignment = s.alignment;
  if (s.border) out.border = s.border;
  if (s.protection) out.protection = s.protection;
  return Object.keys(out).length ? out : undefined;
}

export function snapshotOf(x: XlsxWorkbook): Snapshot {
  const wb = x.workbook;
  const names: Record<string, string[]> = {};
  for (const n of (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model) {
    names[n.name] = [...n.ranges].sort();
  }
  const sheets: Record<string, SheetSnapshot> = {};
  wb.worksheets.forEach((ws, order) => {
    const cells: Record<string, unknown> = {};
    const validations: Record<string, unknown> = {};
    const rowHeights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height) rowHeights[r] = row.height;
      row.eachCell({ includeEmpty: true }, (cell) => {
        const c = cellSnapshot(cell);
        if (c !== undefined) cells[cell.address] = c;
        if (cell.dataValidation) validations[cell.address] = cell.dataValidation;
      });
    });
    const model = ws.model as unknown as { merges?: string[] };
    const tables = Object.values(
      (
        ws as unknown as {
          tables: Record<
            string,
            { table: { name: string; tableRef?: string; ref: string; columns: { name: string }[] } }
          >;
        }
      ).tables ?? {}
    ).map(({ table }) => ({
      name: table.name,
      ref: table.tableRef ?? table.ref,
      columns: table.columns.map((c) => c.name),
    }));
    const columns: (number | undefined)[] = [];
    for (let i = 1; i <= ws.columnCount; i++) columns.push(ws.getColumn(i).width);
    sheets[ws.name] = {
      order,
      cells,
      merges: [...(model.merges ?? [])].sort(),
      tables,
      validations,
      columns,
      rowHeights,
      views: ws.views,
      pageSetup: ws.pageSetup,
      protection: (ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null,
      tabColor: ws.properties.tabColor ?? null,
    };
  });
  return { names, calculatedColumns: x.calculatedColumns(), sheets };
}

export async function snapshotOfFile(data: Buffer): Promise<Snapshot> {
  return snapshotOf(await XlsxWorkbook.load(data));
}
