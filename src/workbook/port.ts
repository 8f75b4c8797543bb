/**
 * The one small interface between the engine and a workbook host. Requests and writes are
 * batched so the Office.js adapter can serve a whole read in one `context.sync()` and a whole
 * write in one more; the ExcelJS adapter serves the CLI. Addresses are A1 strings on a named
 * sheet; nothing here knows the template — src/layout says what to read and write.
 */

/** A cell's content as the host stores it. Dates arrive as Excel serial numbers. */
export type CellValue = number | string | boolean | null | { error: string };

export interface CellRead {
  sheet: string;
  address: string;
  value: CellValue;
  /** Formula without the leading "=", when the cell holds one. */
  formula?: string;
  numFmt?: string;
  /** Solid fill RRGGBB, null for none; only on cells read with their format. */
  fill?: string | null;
  /** The cell's note, null for none; only on cells read with their format. */
  note?: string | null;
}

export interface CellAt {
  sheet: string;
  address: string;
}

export interface TableRead {
  name: string;
  sheet: string;
  /** Range including the header row, e.g. "A3:I33". */
  range: string;
  headers: string[];
  /** Data rows below the header, each cell with its address. */
  rows: CellRead[][];
}

export interface ReadRequest {
  names: string[];
  tables: string[];
  /** Single cells read with their fill and note (missing sheets are left out of the result). */
  cells?: CellAt[];
  /** Whole sheets' non-empty values (generated sheets, to see whether the user edited them). */
  sheetValues?: string[];
}

export interface ReadResult {
  sheets: string[];
  /** Absent: the name is not defined in the workbook (or points nowhere). */
  names: Record<string, CellRead | undefined>;
  tables: Record<string, TableRead | undefined>;
  /** The requested `cells`, keyed "sheet!A1". */
  cells: Record<string, CellRead>;
  /** The requested sheets' non-empty values by address; absent for a missing sheet. */
  sheetValues?: Record<string, Record<string, CellValue>>;
}

export const cellKey = (sheet: string, address: string) => `${sheet}!${address}`;

export interface Font {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

/** Cell formatting, colours as RRGGBB. */
export interface CellStyle {
  font?: Font;
  /** RRGGBB; null removes the fill. */
  fill?: string | null;
  numFmt?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: "thin";
  /** Locked cells cannot be typed into once the sheet is protected. */
  locked?: boolean;
}

export interface CellWrite {
  address: string;
  value?: CellValue;
  /** A live formula (without "=") and the result it gives, cached for hosts that do not recalculate. */
  formula?: { text: string; result: CellValue };
  style?: CellStyle;
  /** A note on the cell; null removes it. */
  note?: string | null;
}

export type WriteOp =
  | { op: "addSheet"; sheet: string; tabColor?: string; hidden?: boolean }
  /** Removes a sheet if it exists. */
  | { op: "deleteSheet"; sheet: string }
  | { op: "renameSheet"; sheet: string; to: string }
  | { op: "columns"; sheet: string; widths: number[] }
  | { op: "rowHeights"; sheet: string; heights: Record<number, number> }
  | { op: "cells"; sheet: string; cells: CellWrite[] }
  | { op: "merge"; sheet: string; range: string }
  | {
      op: "table";
      sheet: string;
      name: string;
      /** Top-left cell of the header row. */
      topLeft: string;
      headers: string[];
      rows: CellValue[][];
      /** Calculated columns: header → formula in the file's structured-reference syntax. */
      formulas?: Record<string, string>;
    }
  | { op: "defineName"; name: string; sheet: string; address: string }
  | { op: "listValidation"; sheet: string; range: string; choices: readonly string[] }
  | { op: "freeze"; sheet: string; rows: number }
  | {
      op: "pageSetup";
      sheet: string;
      orientation: "portrait" | "landscape";
      fitToWidth: boolean;
      printTitleRows?: [number, number];
    }
  /** Sheet protection without a password: guards computed cells against accidental typing. */
  | { op: "protect"; sheet: string };

export interface WorkbookPort {
  read(request: ReadRequest): Promise<ReadResult>;
  write(ops: WriteOp[]): Promise<void>;
}
