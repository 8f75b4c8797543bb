import { DECIMAL_PATTERN, decimalsOf } from "../model/decimal";
import type { Evaluation } from "../model/evaluation";
import type { CellStyle } from "../model/sheet";
import { tableObjects } from "./model-map";
import type { TableDef, ValueType } from "./types";

/**
 * Stated precision survives fill (PRODUCT.md §3 "Stated and computed"): a cell's number format
 * fixes the decimals the reader takes it to be stated with, so a figure whose decimals differ
 * from its type's default format ("8" points in a 0.00 cell, a target "0.50" in a General
 * cell) gets a format of its own. Figures the default already reads back unchanged keep it, so
 * the template and the sample stay as they are.
 */

/** Decimals the default format of a type fixes (a rate's 0% is two decimals of the fraction). */
const DEFAULT_DECIMALS: Partial<Record<ValueType, number>> = {
  amount: 2,
  count: 0,
  year: 0,
  rate: 2,
};

const fixedFormat = (d: number) => (d === 0 ? "0" : `0.${"0".repeat(d)}`);

/** The number format that keeps `stated` as written; undefined where the default already does. */
export function statedNumberFormat(type: ValueType, stated: unknown): string | undefined {
  if (typeof stated !== "string" || !DECIMAL_PATTERN.test(stated)) return undefined;
  const d = decimalsOf(stated);
  // A number in General is read back with its decimals open (it takes those of the figure it is
  // compared with, PRODUCT.md §4), so a filled value gets a format that fixes what it states.
  if (type === "value") return fixedFormat(d);
  const usual = DEFAULT_DECIMALS[type];
  if (usual === undefined || d === usual) return undefined;
  // A rate is stored as a fraction: 71.2% is "0.712", three decimals, shown as 0.0%.
  if (type === "rate" && d > 2) return `${fixedFormat(d - 2)}%`;
  return fixedFormat(d);
}

/** The format that shows `stated` with exactly its decimals (a rate as a percentage). */
function exactFormat(type: ValueType, stated: string): string {
  const d = decimalsOf(stated);
  if (type === "rate") return d > 2 ? `${fixedFormat(d - 2)}%` : "0%";
  return fixedFormat(d);
}

/**
 * An input cell's style with the number format its stated figure needs. A field with a format
 * of its own (a 0.00% change rate) gets the stated figure's exact format whenever it is filled.
 */
export function withStatedFormat(
  style: CellStyle,
  type: ValueType,
  stated: unknown,
  ownFormat?: string
): CellStyle {
  if (ownFormat && typeof stated === "string" && DECIMAL_PATTERN.test(stated))
    return { ...style, numFmt: exactFormat(type, stated) };
  const numFmt = statedNumberFormat(type, stated);
  return numFmt ? { ...style, numFmt } : style;
}

/** The stated values of a table's rows, by row and column, as the model holds them. */
export function statedRows(model: Evaluation | undefined, table: TableDef): unknown[][] {
  if (!model) return [];
  return tableObjects(model, table).map((o) =>
    table.columns.map((c) => (c.key ? o[c.key] : undefined))
  );
}
