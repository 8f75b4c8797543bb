/**
 * The VBA-style constants of WPS 表格's object model that the adapter and the fake use, with
 * the values of Excel's own enums (WPS keeps them: its JSAPI reference lists the same Xl*
 * enumerations, e.g. https://airsheet.wps.cn/pydocs/et_api/excel/workbook/FormatConditions/%E6%96%B9%E6%B3%95/Add%20%E6%96%B9%E6%B3%95.html
 * names XlFormatConditionType and XlFormatConditionOperator). A WPS add-in reads them from
 * `Application.Enum` where the host provides it; the adapter carries its own copy (the wpsjs
 * templates do the same with their WPS_Enum fallback).
 */
export const XL = {
  // XlSheetVisibility
  xlSheetVisible: -1,
  xlSheetHidden: 0,
  xlSheetVeryHidden: 2,
  // XlCalculation
  xlCalculationAutomatic: -4105,
  xlCalculationManual: -4135,
  xlCalculationSemiautomatic: 2,
  // XlFormatConditionType
  xlCellValue: 1,
  xlExpression: 2,
  // XlHAlign / XlVAlign
  xlLeft: -4131,
  xlCenter: -4108,
  xlRight: -4152,
  xlGeneral: 1,
  xlTop: -4160,
  xlBottom: -4107,
  // XlBordersIndex
  xlEdgeLeft: 7,
  xlEdgeTop: 8,
  xlEdgeBottom: 9,
  xlEdgeRight: 10,
  xlInsideVertical: 11,
  xlInsideHorizontal: 12,
  // XlLineStyle
  xlContinuous: 1,
  xlLineStyleNone: -4142,
  // Interior.ColorIndex = xlNone clears a fill
  xlNone: -4142,
  // XlEnableSelection
  xlNoRestrictions: 0,
  xlUnlockedCells: 1,
  xlNoSelection: -4142,
  // XlListObjectSourceType / XlYesNoGuess
  xlSrcRange: 1,
  xlYes: 1,
  // XlDVType / XlDVAlertStyle / XlFormatConditionOperator
  xlValidateList: 3,
  xlValidAlertStop: 1,
  xlValidAlertWarning: 2,
  xlValidAlertInformation: 3,
  xlBetween: 1,
  // XlCellType / XlSpecialCellsValue
  xlCellTypeConstants: 2,
  xlCellTypeFormulas: -4123,
  xlErrors: 16,
  // XlPageOrientation / XlPaperSize
  xlPortrait: 1,
  xlLandscape: 2,
  xlPaperA4: 9,
  // XlChartType
  xlPie: 5,
  xlBarClustered: 57,
  xlColumnClustered: 51,
} as const;

/**
 * Cell error values as COM hands them to script: a VT_ERROR whose SCODE is 0x800A0000 + the
 * xlErr code (CVErr), which JavaScript sees as a plain negative number — indistinguishable from
 * a figure unless the caller asks which cells hold errors (Range.SpecialCells(…, xlErrors)).
 */
export const XL_ERRORS: Record<string, number> = {
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
};
const SCODE_BASE = 0x800a0000 | 0; // as a signed 32-bit integer
export const errorScode = (text: string): number => SCODE_BASE + (XL_ERRORS[text] ?? 2015);
export const errorText = (scode: number): string | undefined =>
  Object.entries(XL_ERRORS).find(([, code]) => SCODE_BASE + code === scode)?.[0];
