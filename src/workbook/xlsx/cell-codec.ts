/** Cell values, styles and notes between the port's vocabulary and ExcelJS's. */
import type ExcelJS from "exceljs";
import type { CellStyle, CellValue } from "../port";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86400000;
  if (typeof v === "object") {
    if ("error" in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
    if ("richText" in v)
      return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      return result === undefined ? null : toCellValue(result as ExcelJS.CellValue);
    }
    if ("text" in v && "hyperlink" in v) return (v as ExcelJS.CellHyperlinkValue).text;
  }
  return String(v);
}

export function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (v !== null && typeof v === "object")
    return { error: v.error as ExcelJS.CellErrorValue["error"] };
  return v;
}

export function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

/**
 * Styles already made, by the style a cell had and the style applied: equal results are one
 * object, as ExcelJS itself shares one style among the cells of a loaded format. Each styled cell of
 * a generated sheet had its own style, font, border and alignment objects.
 */
export type StyleCache = Map<string, Partial<ExcelJS.Style>>;

export function applyStyle(cell: ExcelJS.Cell, s: CellStyle, cache?: StyleCache): void {
  const key = cache && JSON.stringify([cell.style, s]);
  const made = key === undefined ? undefined : cache?.get(key);
  if (made) {
    cell.style = made;
    return;
  }
  // Never changed in place: a style may be shared, by ExcelJS or by the cache; copy first.
  cell.style = { ...cell.style };
  if (s.font) {
    cell.font = {
      name: s.font.name,
      size: s.font.size,
      bold: s.font.bold,
      italic: s.font.italic,
      color: s.font.color ? { argb: argb(s.font.color) } : undefined,
    };
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  else if (s.fill === null) cell.fill = { type: "pattern", pattern: "none" };
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.horizontal || s.vertical || s.wrap) {
    cell.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap };
  }
  if (s.border) {
    const side: Partial<ExcelJS.Border> = {
      style: s.border.style,
      color: { argb: argb(s.border.color) },
    };
    cell.border = { top: side, left: side, bottom: side, right: side };
  }
  if (s.locked !== undefined) cell.protection = { locked: s.locked };
  if (key !== undefined) cache?.set(key, cell.style);
}

export function removeNote(cell: ExcelJS.Cell): void {
  const c = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  c._comment = undefined;
  if (c._value?.model) delete c._value.model.comment;
}

export function noteText(note: ExcelJS.Cell["note"]): string | null {
  if (!note) return null;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}
