import type { CellRef } from "../model/finding";
import type { Evaluation } from "../model/evaluation";
import { PLACEMENTS, addr, type Placements } from "./index";
import { tableObjects } from "./model-map";
import type { TableDef } from "./types";

/**
 * Model path → cell, keyed like "profile.staffing.total" and "expenditure.items.3.actual". A Map:
 * a workbook of 10,000 indicators has some 130,000 paths, and an object that large is a slow
 * dictionary.
 */
export type Locations = Map<string, CellRef>;

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
  const out: Locations = new Map();
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
