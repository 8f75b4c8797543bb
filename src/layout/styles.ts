import {
  TEMPLATE_PROTECTION,
  pointsFromChars,
  type CellStyle,
  type Margins,
  type WriteOp,
} from "../model/sheet";
import type { Style, ValueType } from "./types";

/** 等线 is Office's default Chinese UI font since 2016; hosts without it substitute. */
export const FONT = "等线";

/** Input cells are pale yellow and unlocked, computed cells blue-grey and locked. */
export const INPUT_FILL = "FFF2CC";
export const CALC_FILL = "DDEBF7";
export const HEADER_FILL = "D9E1F2";
export const SECTION_FILL = "F2F2F2";
export const BORDER = { style: "thin", color: "BFBFBF" } as const;
export const TABLE_STYLE = "TableStyleLight1";

/** A4 with narrow margins (inches): the template and its sheets print on one page's width. */
export const PAGE_MARGINS: Margins = {
  left: 0.5,
  right: 0.5,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};

export function pageSetupOp(
  sheet: string,
  orientation: "portrait" | "landscape",
  printTitleRows?: [number, number],
  onePage = false
): WriteOp {
  return {
    op: "pageSetup",
    sheet,
    orientation,
    paper: "A4",
    margins: PAGE_MARGINS,
    fitToWidth: true,
    ...(onePage ? { fitToHeight: true } : {}),
    centerHorizontally: true,
    ...(printTitleRows ? { printTitleRows } : {}),
  };
}

/** Column widths given in characters, as the layout thinks of them. */
export function columnsOp(sheet: string, chars: readonly number[]): WriteOp {
  return { op: "columns", sheet, widths: chars.map(pointsFromChars) };
}

export function protectOp(sheet: string): WriteOp {
  return { op: "protect", sheet, options: TEMPLATE_PROTECTION };
}

export const LIST_ERROR = {
  errorTitle: "不在列表中",
  errorMessage: "请从下拉列表中选择。Please pick a value from the list.",
};

export const STYLES: Record<Style, CellStyle> = {
  title: {
    font: { name: FONT, size: 16, bold: true, color: "1F3864" },
    horizontal: "center",
    vertical: "middle",
    locked: true,
  },
  subtitle: { font: { name: FONT, size: 12, bold: true }, vertical: "middle", locked: true },
  section: {
    font: { name: FONT, size: 11, bold: true, color: "1F3864" },
    fill: SECTION_FILL,
    vertical: "middle",
    locked: true,
  },
  header: {
    font: { name: FONT, size: 10, bold: true },
    fill: HEADER_FILL,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: BORDER,
    locked: true,
  },
  label: {
    font: { name: FONT, size: 10 },
    vertical: "middle",
    wrap: true,
    border: BORDER,
    locked: true,
  },
  input: {
    font: { name: FONT, size: 10 },
    fill: INPUT_FILL,
    vertical: "middle",
    border: BORDER,
    locked: false,
  },
  inputText: {
    font: { name: FONT, size: 10 },
    fill: INPUT_FILL,
    vertical: "top",
    wrap: true,
    border: BORDER,
    locked: false,
    numFmt: "@",
  },
  calc: {
    font: { name: FONT, size: 10, italic: true, color: "1F4E79" },
    fill: CALC_FILL,
    vertical: "middle",
    border: BORDER,
    locked: true,
  },
  hint: {
    font: { name: FONT, size: 9, color: "595959" },
    vertical: "middle",
    wrap: true,
    locked: true,
  },
  meta: {
    font: { name: FONT, size: 10, color: "595959" },
    vertical: "middle",
    border: BORDER,
    locked: true,
    numFmt: "@",
  },
};

/** Number formats fix a stated figure's decimals (PRODUCT.md §4 "Rounding"). */
export const NUMBER_FORMATS: Record<ValueType, string | undefined> = {
  text: "@",
  longtext: "@",
  choice: "@",
  flag: "@",
  amount: "0.00",
  count: "0",
  year: "0",
  rate: "0%",
  date: 'yyyy"年"m"月"d"日"',
  value: "General",
};

export function inputStyle(type: ValueType): CellStyle {
  const base = type === "longtext" ? STYLES.inputText : STYLES.input;
  const numFmt = NUMBER_FORMATS[type];
  const horizontal =
    type === "amount" || type === "count" || type === "rate" || type === "year" || type === "value"
      ? "right"
      : undefined;
  return {
    ...base,
    numFmt,
    ...(horizontal ? { horizontal } : {}),
    // A 定性 target or actual is text in a "value" cell: wrapped, not clipped (numbers never wrap).
    ...(type === "text" || type === "choice" || type === "value" ? { wrap: true } : {}),
  };
}

export function calcStyle(type: "amount" | "count" | "rate"): CellStyle {
  return { ...STYLES.calc, numFmt: NUMBER_FORMATS[type], horizontal: "right" };
}
