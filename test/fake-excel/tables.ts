import type { Rect } from "./address";
import { rectsOverlap } from "./address";
import type { RangeRef } from "./cells";
import { apiValue } from "./cells";
import { notImplemented, richError } from "./errors";
import { guardWrite } from "./guards";
import { checkDefinedName } from "./names";
import type { SheetState, TableState, WorkbookState } from "./state";
import { getCell, newCell, storedCellsIn, touchCell } from "./state";

/** Excel tables (ListObjects): a header row and a data body; no totals row in this fake. */

export function findTable(state: WorkbookState, name: string): TableState | undefined {
  const lower = name.toLowerCase();
  return state.tables.find((t) => t.name.toLowerCase() === lower);
}

function defaultTableName(state: WorkbookState): string {
  for (let n = state.tables.length + 1; ; n++) {
    if (!findTable(state, `Table${n}`)) return `Table${n}`;
  }
}

/** Headers as Excel makes them: text, blanks become ColumnN, duplicates get a number. */
function makeHeaders(sheet: SheetState, rect: Rect): void {
  const seen = new Set<string>();
  for (let c = rect.c0; c <= rect.c1; c++) {
    const cell = touchCell(sheet, rect.r0, c);
    const raw = cell.value === undefined ? "" : String(apiValue(cell.value));
    let header = raw === "" ? `Column${c - rect.c0 + 1}` : raw;
    for (let k = 2; seen.has(header.toLowerCase()); k++) header = `${raw || "Column"}${k}`;
    seen.add(header.toLowerCase());
    cell.value = header;
    delete cell.formula;
  }
}

export function addTable(state: WorkbookState, ref: RangeRef, hasHeaders: boolean): TableState {
  if (!hasHeaders) throw notImplemented("tables.add(address, false)");
  guardWrite(ref.sheet, "tables");
  const rect = { ...ref.rect };
  if (rect.r0 === rect.r1) rect.r1 += 1;
  if (state.tables.some((t) => t.sheet === ref.sheet && rectsOverlap(t.rect, rect))) {
    throw richError("InvalidOperation", "A table can't overlap another table.");
  }
  if (ref.sheet.merges.some((m) => rectsOverlap(m, rect))) {
    throw richError(
      "InvalidOperation",
      "A table can't overlap a range that contains merged cells."
    );
  }
  makeHeaders(ref.sheet, rect);
  state.counters.table += 1;
  const table: TableState = {
    id: state.counters.table,
    name: defaultTableName(state),
    sheet: ref.sheet,
    rect,
    style: "TableStyleMedium2",
    showFilterButton: true,
  };
  state.tables.push(table);
  state.structureVersion += 1;
  state.calcDirty = true;
  return table;
}

export function renameTable(state: WorkbookState, table: TableState, name: unknown): void {
  table.name = checkDefinedName(state, name, table);
  state.structureVersion += 1;
  state.calcDirty = true;
}

/** Table.delete() removes the table with its cells' contents and formats (ListObject.Delete). */
export function deleteTable(state: WorkbookState, table: TableState): void {
  guardWrite(table.sheet, "tables");
  for (const [r, c] of [...storedCellsIn(table.sheet, table.rect)]) {
    table.sheet.cells.set(r * 16_384 + c, newCell());
  }
  state.tables = state.tables.filter((t) => t !== table);
  state.structureVersion += 1;
  state.calcDirty = true;
}

export function tableHeaders(table: TableState): string[] {
  const out: string[] = [];
  for (let c = table.rect.c0; c <= table.rect.c1; c++) {
    const v = getCell(table.sheet, table.rect.r0, c)?.value;
    out.push(v === undefined ? "" : String(apiValue(v)));
  }
  return out;
}

export function tableRange(table: TableState, part: "all" | "header" | "body"): RangeRef {
  const { r0, r1, c0, c1 } = table.rect;
  if (part === "header") return { sheet: table.sheet, rect: { r0, r1: r0, c0, c1 } };
  if (part === "body") return { sheet: table.sheet, rect: { r0: r0 + 1, r1, c0, c1 } };
  return { sheet: table.sheet, rect: { r0, r1, c0, c1 } };
}

/** `tables.getItem(key)`: "the name or ID of the table". */
export function isKey(table: TableState, key: string): boolean {
  return table.name.toLowerCase() === key.toLowerCase() || String(table.id) === key;
}
