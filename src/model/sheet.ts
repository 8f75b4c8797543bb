/**
 * The sheet vocabulary: what a workbook host reads and writes, shared by the domain (layout,
 * rules, report), the planners and the adapters. A leaf module: it imports nothing, so the
 * arrow runs down from every layer to here. Each write op is complete — an adapter executes it
 * as written and decides nothing (PRODUCT.md §8).
 */

/**
 * A cell's content. Written, a `string` is always text: adapters store it as text even where
 * the host would parse typing (Office.js turns "=1", "4.5%" or "2022/9/27" into formulas,
 * numbers and dates unless the cell is formatted "@"). Dates read as Excel serial numbers.
 */
export type CellValue = number | string | boolean | null | { error: string };

export type Visibility = "visible" | "hidden" | "veryHidden";

/** Sheet protection as Excel's options name it; what is not listed stays forbidden. */
export interface ProtectionOptions {
  selectLockedCells: boolean;
  selectUnlockedCells: boolean;
  formatCells: boolean;
  formatColumns: boolean;
  formatRows: boolean;
  insertColumns: boolean;
  insertRows: boolean;
  insertHyperlinks: boolean;
  deleteColumns: boolean;
  deleteRows: boolean;
  sort: boolean;
  autoFilter: boolean;
  pivotTables: boolean;
  editObjects: boolean;
  editScenarios: boolean;
}

/** The template's protection: computed cells guarded, widths and heights still adjustable. */
export const TEMPLATE_PROTECTION: ProtectionOptions = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: false,
  formatColumns: true,
  formatRows: true,
  insertColumns: false,
  insertRows: false,
  insertHyperlinks: false,
  deleteColumns: false,
  deleteRows: false,
  sort: false,
  autoFilter: false,
  pivotTables: false,
  editObjects: true,
  editScenarios: true,
};

/** Options in one key order, so records written by different hosts compare equal. */
export const canonicalProtection = (o: ProtectionOptions): ProtectionOptions =>
  Object.fromEntries(
    (Object.keys(TEMPLATE_PROTECTION) as (keyof ProtectionOptions)[]).map((k) => [k, o[k]])
  ) as unknown as ProtectionOptions;

export interface SheetState {
  visibility: Visibility;
  /** null: not protected. */
  protection: null | {
    options: ProtectionOptions;
    /** true: a password is set (nothing can unprotect it); undefined: the host cannot tell. */
    password?: boolean;
  };
}

/** A fill as a full description: a theme colour and tint is not an RGB. */
export type Fill =
  | { kind: "none" }
  | { kind: "solid"; color: string }
  | { kind: "theme"; theme: number; tint: number }
  | { kind: "other" };

export interface CellRead {
  sheet: string;
  address: string;
  value: CellValue;
  /** Formula without the leading "=", when the cell holds one. */
  formula?: string;
  numFmt?: string;
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
  /** Single cells (missing sheets are left out of the result). */
  cells?: CellAt[];
  /** Whole sheets' non-empty values (generated sheets, to see whether the user edited them). */
  sheetValues?: string[];
  /** Every note in the workbook (where the host has notes). */
  notes?: boolean;
}

export interface ReadResult {
  sheets: string[];
  /** Every workbook-scoped defined name, including those whose reference is broken. */
  definedNames: string[];
  /** Visibility and protection of every sheet, by name. */
  sheetState: Record<string, SheetState>;
  /** Workbook structure protected: no sheet can be added, deleted, renamed or hidden. */
  structureProtected?: boolean;
  /** Absent: the name is not defined in the workbook (or points nowhere). */
  names: Record<string, CellRead | undefined>;
  tables: Record<string, TableRead | undefined>;
  /** The requested `cells`, keyed "sheet!A1". */
  cells: Record<string, CellRead>;
  /** The requested sheets' non-empty values by address; absent for a missing sheet. */
  sheetValues?: Record<string, Record<string, CellValue>>;
  /** Note texts keyed "sheet!A1", when requested and the host has notes. */
  notes?: Record<string, string>;
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
  border?: { style: "thin"; color: string };
  /** Locked cells cannot be typed into once the sheet is protected. */
  locked?: boolean;
}

export interface CellWrite {
  address: string;
  value?: CellValue;
  /** A live formula (without "=") and the result it gives, cached for hosts that do not recalculate. */
  formula?: { text: string; result: CellValue };
  style?: CellStyle;
}

/** Page margins in inches, as both Excel's dialog and the file format state them. */
export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export type MarkSeverity = "error" | "warning" | "info";

/**
 * A mark is a conditional format with this always-true formula, so it never rewrites the
 * cell's own format (theme fills and the user's conditional formats survive) and is found again
 * by its formula on any host.
 */
export const markFormula = (severity: MarkSeverity) => `ISTEXT("绩效自评助手:${severity}")`;
export const isMarkFormula = (formula: string) =>
  /^=?ISTEXT\("绩效自评助手:(error|warning|info)"\)$/.test(formula.trim());

/** Column widths are declared in points; an Excel "character" of the default font is 7 px. */
export const pointsFromChars = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
export const charsFromPoints = (points: number) =>
  Math.round(((points / 0.75 - 5) / 7) * 100) / 100;

/** Excel's tallest row, in points; a taller height is refused. */
export const MAX_ROW_HEIGHT = 409;
export const rowHeight = (points: number) => Math.min(MAX_ROW_HEIGHT, points);

export type ChartKind = "pie" | "barClustered" | "columnClustered";

export type WriteOp =
  | { op: "addSheet"; sheet: string; tabColor?: string; visibility: Visibility }
  /** The sheet exists and is not very hidden (Excel refuses that; hide it first). */
  | { op: "deleteSheet"; sheet: string }
  | { op: "setVisibility"; sheet: string; visibility: Visibility }
  | { op: "renameSheet"; sheet: string; to: string }
  /** Widths in points, from column A. */
  | { op: "columns"; sheet: string; widths: number[] }
  /** Heights in points by 1-based row; `hidden`: 1-based rows to hide (data a person need not print). */
  | { op: "rowHeights"; sheet: string; heights: Record<number, number>; hidden?: number[] }
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
      style: string;
    }
  /** The name is not defined now. */
  | { op: "defineName"; name: string; sheet: string; address: string }
  /** The name is defined now (its reference may be broken). */
  | { op: "deleteName"; name: string }
  | {
      op: "listValidation";
      sheet: string;
      range: string;
      choices: readonly string[];
      /** A value off the list is allowed after this warning (a stop would lose pasted data). */
      errorTitle: string;
      errorMessage: string;
    }
  | { op: "freeze"; sheet: string; rows: number }
  | {
      op: "pageSetup";
      sheet: string;
      orientation: "portrait" | "landscape";
      paper: "A4";
      margins: Margins;
      fitToWidth: boolean;
      /** One page tall as well: a sheet read as a whole, such as 评分 with its 总分 and 等级. */
      fitToHeight?: boolean;
      centerHorizontally: boolean;
      printTitleRows?: [number, number];
    }
  /** The sheet is not protected now. */
  | { op: "protect"; sheet: string; options: ProtectionOptions }
  /** The sheet is protected without a password now. */
  | { op: "unprotect"; sheet: string }
  /** Adds a mark (see `markFormula`) on cells that have none. */
  | { op: "mark"; sheet: string; addresses: string[]; severity: MarkSeverity; fill: string }
  /** Removes every mark of ours on the sheet, whole (all its areas); other formats stay. */
  | { op: "unmark"; sheet: string }
  /** The cell has no note now (needs the notes capability). */
  | { op: "addNote"; sheet: string; address: string; text: string }
  /** The cell has a note now. */
  | { op: "deleteNote"; sheet: string; address: string }
  | {
      op: "chart";
      sheet: string;
      name: string;
      kind: ChartKind;
      title: string;
      /** Category labels and one series of values, with headers in the first row. */
      data: string;
      /** Where the chart sits: top-left and bottom-right cells. */
      from: string;
      to: string;
    }
  | { op: "activate"; sheet: string }
  | { op: "select"; sheet: string; address: string }
  /**
   * Everything before is applied before anything after: a host that applies writes in batches
   * ends a batch here. The record of what a run will change sits before the first one, so a run
   * that fails midway leaves what clear needs.
   */
  | { op: "checkpoint" };

/** What a host can do beyond the core every supported Excel has. */
export interface Capabilities {
  /** Cell notes (ExcelApi 1.18: Microsoft 365 and the web, not LTSC). */
  notes: boolean;
  /** Native charts (ExcelJS cannot write them). */
  charts: boolean;
  /** One run is one undo step (ExcelApi 1.20). */
  undoGroup: boolean;
}
