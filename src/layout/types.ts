import type { Expr } from "./expr";

/**
 * The declarative description of the standard workbook. Only src/layout knows sheet names,
 * coordinates and defined names; reading, writing, the blank template and docs/template.md
 * are all derived from it.
 */

/** How a cell's content is typed, formatted and read. */
export type ValueType =
  | "text" // short text
  | "longtext" // a paragraph, wrapped
  | "amount" // 万元, 2 decimals
  | "count" // whole number: persons, groups, bodies
  | "year"
  | "rate" // percentage, stored as a fraction
  | "date"
  | "choice" // one of a list (dropdown)
  | "value" // a number, or text where a number is not meaningful (定性 targets)
  | "flag"; // 是 / 否

export interface FieldBase {
  /** Chinese label, as the sheet shows it. */
  label: string;
  en: string;
  type: ValueType;
  unit?: string;
  required?: boolean;
  /**
   * Required only by the report (单位简称, 报送对象, 报告日期): no check needs it, so at validate
   * the blank ones make one info line listing them, and 生成报告 asks for each (issue 25 item 2).
   */
  forReport?: boolean;
  choices?: readonly string[];
  /** Values accepted besides the dropdown's, e.g. 优 beside 优秀. */
  accepts?: readonly string[];
  /** A line of guidance for 填表说明 and docs. */
  hint?: string;
  /** A number format other than the type's, where reports state more decimals (0.00%). */
  numFmt?: string;
  /** Written by the add-in itself (the template version), not by the preparer. */
  system?: boolean;
  /**
   * The template version that added the field. A workbook of an older version lacks it: it is
   * optional there (no missing-name error) and `jixiao upgrade` adds it.
   */
  since?: string;
}

/** A scalar input: one cell with a workbook-scoped defined name, mapped to a model path. */
export interface Field extends FieldBase {
  kind: "input";
  name: string;
  /** Dotted path into the Evaluation, e.g. "profile.staffing.total". */
  path: string;
}

/** A computed cell: a live formula with a defined name of its own. */
export interface Calc {
  kind: "calc";
  name: string;
  label: string;
  en: string;
  type: "amount" | "count" | "rate";
  expr: Expr;
  /**
   * The formula a workbook older than `before` holds, where a later version widened it to names
   * it added (本年收入合计 over the 1.5 fund types): validate writes it there, since today's
   * would refer to names that workbook lacks (#NAME?), and accepts it in any version.
   */
  older?: { before: string; expr: Expr };
}

/** A cell the engine fills on validate with a value Excel cannot compute itself (scores). */
export interface Result {
  kind: "result";
  name: string;
  label: string;
  en: string;
  type: "amount" | "rate" | "text";
}

export interface Column extends Omit<FieldBase, "label"> {
  /** Header text; also the structured-reference column name. */
  header: string;
  /** Key in the row object of the model list; absent for computed columns. */
  key?: string;
  /** Computed column: a formula per row. */
  calc?: Expr;
}

/** A list: an Excel table whose rows map to an array in the model. */
export interface TableDef {
  name: string;
  label: string;
  en: string;
  /** Dotted path of the model array. */
  path: string;
  columns: Column[];
  /** Empty rows the blank template offers. */
  blankRows: number;
  /** Keys of which one must be filled for a row to count (preset rows without figures do not). */
  rowWhen?: string[];
  /** Rows the blank template starts with (e.g. the standard 经济分类 items). */
  presetRows?: Record<string, string>[];
  /**
   * The template version that added the table (see FieldBase.since): its model path is optional
   * in the JSON, so an empty table is read as absent. Such a table sits on a sheet of the same
   * version, which an older workbook lacks and `jixiao upgrade` adds.
   */
  since?: string;
}

export type Style =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "label"
  | "input"
  | "inputText"
  | "calc"
  | "hint"
  | "meta";

/** One cell of a laid-out row. `span` merges it over that many columns. */
export type CellSpec =
  /** `name`: a text the add-in reads back (the 评分方案's data), under a defined name. */
  | { t: "text"; text: string; style: Style; span?: number; name?: string }
  | { t: "field"; field: Field; span?: number }
  | { t: "calc"; calc: Calc; span?: number }
  | { t: "result"; result: Result; span?: number }
  | { t: "skip" };

export type RowSpec =
  /** `hidden`: data the add-in reads that a person need not see or print. */
  | {
      cells: CellSpec[];
      height?: number;
      hidden?: boolean;
      /** The template version that added the row, for rows of computed cells only (a row with
       * a field already follows its field's `since`). */
      since?: string;
    }
  /** Tables placed side by side from column A, separated by one gap column each. */
  | { tables: { table: TableDef; col: number }[] };

export interface SheetDef {
  name: string;
  /** The template version that added the sheet (see FieldBase.since). */
  since?: string;
  en: string;
  purpose: string;
  /** Column widths from A, in characters. */
  widths: number[];
  rows: RowSpec[];
  orientation: "portrait" | "landscape";
  /** Printed on one page (shrunk to fit), not only one page wide. */
  onePage?: boolean;
  /** Rows kept in view while scrolling and repeated on printed pages. */
  freezeRows?: number;
  tabColor?: string;
}
