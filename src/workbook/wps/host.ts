/**
 * The slice of WPS 表格's JS object model (开放平台 JSAPI, VBA-shaped and synchronous) that the
 * adapter calls, typed by hand: the `wps-jsapi` typings are not a dependency of this project.
 * Only src/workbook/wps and the src/wps entry files may touch these objects (lint-enforced).
 */
export type Variant = number | string | boolean | null | undefined;

export interface WpsRange {
  Value2: Variant | Variant[][];
  Formula: Variant | Variant[][];
  /** null when the cells' formats differ. */
  NumberFormat: string | null;
  readonly Text: string | null;
  Address(): string;
  readonly Areas: { Count: number; Item(i: number): WpsRange };
  SpecialCells(type: number, value?: number): WpsRange;
  readonly Interior: { Color: number | null; ColorIndex: number };
  readonly Font: { Name: string; Size: number; Bold: boolean; Italic: boolean; Color: number };
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  Locked: boolean;
  readonly Borders: { Item(index: number): { LineStyle: number; Color: number } };
  ColumnWidth: number;
  RowHeight: number;
  readonly EntireRow: { Hidden: boolean };
  readonly Left: number;
  readonly Top: number;
  Merge(): void;
  Select(): void;
  AddComment(text: string): unknown;
  readonly Comment: { Text(): string; Delete(): void } | null;
  readonly FormatConditions: WpsFormatConditions;
  readonly Validation: {
    Add(type: number, alertStyle: number, operator: number, formula1: string): void;
    Delete(): void;
    ErrorTitle: string;
    ErrorMessage: string;
    InCellDropdown: boolean;
  };
}

export interface WpsFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: { Color: number };
  readonly Font: { Color: number; Bold: boolean };
  Delete(): void;
}

export interface WpsFormatConditions {
  readonly Count: number;
  Item(i: number): WpsFormatCondition;
  Add(type: number, operator?: number, formula1?: string): WpsFormatCondition;
}

export interface WpsWorksheet {
  Name: string;
  Visible: number;
  Range(address: string): WpsRange;
  readonly Cells: WpsRange;
  readonly UsedRange: WpsRange;
  Activate(): void;
  Delete(): void;
  readonly Tab: { Color: number };
  readonly ProtectContents: boolean;
  readonly ProtectDrawingObjects: boolean;
  readonly ProtectScenarios: boolean;
  EnableSelection: number;
  readonly Protection: Record<string, boolean>;
  Protect(
    password?: string,
    drawingObjects?: boolean,
    contents?: boolean,
    scenarios?: boolean,
    userInterfaceOnly?: boolean,
    ...allow: boolean[]
  ): void;
  Unprotect(password?: string): void;
  readonly ListObjects: {
    Count: number;
    Item(i: number | string): WpsListObject;
    Add(
      sourceType: number,
      source: WpsRange,
      linkSource?: unknown,
      hasHeaders?: number
    ): WpsListObject;
  };
  readonly Comments: {
    Count: number;
    Item(i: number): { Text(): string; readonly Parent: WpsRange };
  };
  ChartObjects(): {
    Add(
      left: number,
      top: number,
      width: number,
      height: number
    ): {
      Name: string;
      readonly Chart: {
        SetSourceData(source: WpsRange): void;
        ChartType: number;
        HasTitle: boolean;
        readonly ChartTitle: { Text: string };
      };
    };
  };
  readonly PageSetup: {
    Orientation: number;
    PaperSize: number;
    LeftMargin: number;
    RightMargin: number;
    TopMargin: number;
    BottomMargin: number;
    HeaderMargin: number;
    FooterMargin: number;
    CenterHorizontally: boolean;
    Zoom: number | false;
    FitToPagesWide: number;
    FitToPagesTall: number | false;
    PrintTitleRows: string;
  };
}

export interface WpsListObject {
  Name: string;
  readonly Range: WpsRange;
  TableStyle: string;
}

export interface WpsWorkbook {
  readonly Sheets: {
    readonly Count: number;
    Item(index: number | string): WpsWorksheet;
    Add(before?: WpsWorksheet, after?: WpsWorksheet): WpsWorksheet;
  };
  readonly Names: {
    readonly Count: number;
    Item(index: number | string): {
      readonly Name: string;
      readonly RefersTo: string;
      Delete(): void;
    };
    Add(name: string, refersTo: string): unknown;
  };
  readonly ProtectStructure: boolean;
}

export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook | null;
  readonly ActiveSheet: WpsWorksheet | null;
  ScreenUpdating: boolean;
  Calculation: number;
  DisplayAlerts: boolean;
  readonly ActiveWindow: { SplitRow: number; SplitColumn: number; FreezePanes: boolean };
}
