import { difference, name, type Expr } from "./expr";
import type { Calc, CellSpec, Field, FieldBase, Result, RowSpec, Style, TableDef } from "./types";

/** Small constructors that keep the sheet descriptions readable. */

export function field(name: string, path: string, base: FieldBase): Field {
  return { kind: "input", name, path, ...base };
}

export function calc(
  name: string,
  label: string,
  en: string,
  type: Calc["type"],
  expr: Expr
): Calc {
  return { kind: "calc", name, label, en, type, expr };
}

export const text = (t: string, style: Style = "label", span?: number): CellSpec => ({
  t: "text",
  text: t,
  style,
  span,
});
export const input = (f: Field, span?: number): CellSpec => ({ t: "field", field: f, span });
export const computed = (c: Calc, span?: number): CellSpec => ({ t: "calc", calc: c, span });
export const skip: CellSpec = { t: "skip" };
export const result = (
  name: string,
  label: string,
  en: string,
  type: Result["type"],
  span?: number
): CellSpec => ({
  t: "result",
  result: { kind: "result", name, label, en, type },
  span,
});

export const row = (cells: CellSpec[], height?: number): RowSpec => ({ cells, height });
export const blankRow: RowSpec = { cells: [] };
export const tablesRow = (...tables: { table: TableDef; col: number }[]): RowSpec => ({ tables });

/** A title row merged across the sheet's width. */
export const titleRow = (title: string, width: number): RowSpec =>
  row([text(title, "title", width)], 30);
export const sectionRow = (title: string, width: number): RowSpec =>
  row([text(title, "section", width)], 22);
export const hintRow = (hint: string, width: number, height?: number): RowSpec =>
  row([text(hint, "hint", width)], height);

/**
 * A stated figure, the computed value beside it and their difference: 项目, 填报值, 计算值, 差额,
 * 说明 (基本信息, 收入).
 */
export function statedRow(f: Field, c: Calc, diffName: string): CellSpec[] {
  const diff = calc(
    diffName,
    `${f.label}差额`,
    `${f.en}, difference`,
    c.type === "rate" ? "rate" : c.type,
    difference(f.name, name(c.name))
  );
  return [
    text(f.label),
    input(f),
    computed(c),
    computed(diff),
    text(f.hint ?? f.unit ?? "", "hint"),
  ];
}

/** A stated figure with nothing computed beside it, in the same five columns as `statedRow`. */
export function plainRow(f: Field): CellSpec[] {
  return [text(f.label), input(f), skip, skip, text(f.hint ?? f.unit ?? "", "hint")];
}
