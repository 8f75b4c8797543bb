import type { CellRef } from "../model/finding";
import type { Evaluation } from "../model/evaluation";
import { PLACEMENTS, addr, type Placements } from "./index";
import { tableObjects } from "./model-map";
import type { TableDef } from "./types";

/** A table row's cells by column key, as the reader found them. */
export type RowCells = Readonly<Record<string, Cell>>;
type Cell = { readonly sheet: string; readonly address: string };

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
/** A row index as `${i}` writes it. */
const ROW_INDEX = /^(0|[1-9]\d*)$/;

/**
 * Model path → cell, asked like "profile.staffing.total" and "expenditure.items.3.actual".
 * Fields and rows of lists keep one entry per path; a table's rows are kept as the reader's own
 * records of their cells, column by column, and a path into them is resolved when asked. A
 * workbook of 10,000 indicators has some 130,000 paths: one map entry, one path string and one
 * object per cell were a tenth of the engine's time (building them, and collecting them).
 */
export class Locations {
  private readonly paths = new Map<string, CellRef>();
  /** Each table's cell of row n and column key, by the table's path. */
  private readonly tables = new Map<string, (row: number, key: string) => Cell | undefined>();

  get(path: string): CellRef | undefined {
    return this.paths.get(path) ?? this.inTable(path);
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  set(path: string, at: CellRef): this {
    this.paths.set(path, at);
    return this;
  }

  /**
   * The rows of the table at `tablePath` ("indicators"): row i's cell of column key k is
   * "indicators.i.k". A path set by `set` comes first.
   */
  setRows(tablePath: string, rows: readonly RowCells[]): this {
    this.tables.set(tablePath, (row, key) => {
      const cells = rows[row];
      return cells && own(cells, key) ? cells[key] : undefined;
    });
    return this;
  }

  /**
   * setRows of rows as the reader has them, with no record per row: row i's cell of column key
   * k is `rows[i][columns.get(k)]` (none when that is missing).
   */
  setColumns(
    tablePath: string,
    rows: readonly (readonly (Cell | undefined)[])[],
    columns: ReadonlyMap<string, number>
  ): this {
    this.tables.set(tablePath, (row, key) => {
      const at = columns.get(key);
      const cell = at === undefined ? undefined : rows[row]?.[at];
      return cell || undefined;
    });
    return this;
  }

  /** "<table path>.<row>.<key>" in a table's rows (a key has no dot). */
  private inTable(path: string): CellRef | undefined {
    if (this.tables.size === 0) return undefined;
    const last = path.lastIndexOf(".");
    const before = last > 0 ? path.lastIndexOf(".", last - 1) : -1;
    if (before < 0) return undefined;
    const cellOf = this.tables.get(path.slice(0, before));
    const index = path.slice(before + 1, last);
    if (!cellOf || !ROW_INDEX.test(index)) return undefined;
    const cell = cellOf(Number(index), path.slice(last + 1));
    return cell && { sheet: cell.sheet, cell: cell.address };
  }
}

/** Model path prefix of each table row: narrative rows land in three lists. */
export function rowPaths(model: Evaluation, table: TableDef): string[] {
  if (table.path === "narrative.$paragraphs") {
    const n = model.narrative;
    return [
      ...n.achievements.map((_, i) => `narrative.achievements.${i}`),
      ...n.problems.map((_, i) => `narrative.problems.${i}`),
      ...n.suggestions.map((_, i) => `narrative.suggestions.${i}`),
    ];
  }
  return tableObjects(model, table).map((_, i) => `${table.path}.${i}`);
}

/** The column key whose value a row path addresses directly (lists of strings). */
export function cellPath(rowPath: string, key: string, table: TableDef): string {
  if (key === "$value") return rowPath;
  if (table.path === "narrative.$paragraphs") {
    if (key === "kind") return `${rowPath}.$kind`;
    return rowPath.startsWith("narrative.achievements") ? `${rowPath}.${key}` : rowPath;
  }
  return `${rowPath}.${key}`;
}

/** Where each figure of `model` sits in a workbook the template writer fills with it. */
export function layoutLocations(model: Evaluation, p: Placements = PLACEMENTS): Locations {
  const out = new Locations();
  for (const { field, sheet, address } of p.fields.values())
    out.set(field.path, { sheet, cell: address });
  for (const { table, sheet, col, headerRow } of p.tables.values()) {
    rowPaths(model, table).forEach((rowPath, i) => {
      table.columns.forEach((c, j) => {
        if (!c.key) return;
        const path = cellPath(rowPath, c.key, table);
        // A narrative problem's "text" and its row share the path; the text cell wins.
        if (out.has(path) && c.key !== "text") return;
        out.set(path, { sheet, cell: addr(col + j, headerRow + 1 + i) });
      });
    });
  }
  return out;
}
