/** Writes into one ExcelJS sheet for the port's sheet ops (validation lists, page, marks, cells). */
import type ExcelJS from "exceljs";
import type { CellWrite, WriteOp } from "../port";
import { isMarkFormula, markFormula } from "../port";
import { applyStyle, argb, toExcelValue, type StyleCache } from "./cell-codec";

interface CfModel {
  ref: string;
  rules: { type: string; formulae?: string[] }[];
}

const conditionalFormats = (ws: ExcelJS.Worksheet): CfModel[] =>
  (ws as unknown as { conditionalFormattings: CfModel[] }).conditionalFormattings;

const isMark = (cf: CfModel) =>
  cf.rules.length > 0 && cf.rules.every((r) => (r.formulae ?? []).some(isMarkFormula));

export function addListValidation(
  ws: ExcelJS.Worksheet,
  op: Extract<WriteOp, { op: "listValidation" }>
): void {
  const [a, b] = op.range.split(":");
  const from = ws.getCell(a);
  const to = ws.getCell(b ?? a);
  for (let r = Number(from.row); r <= Number(to.row); r++) {
    for (let c = Number(from.col); c <= Number(to.col); c++) {
      ws.getCell(r, c).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${op.choices.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: op.errorTitle,
        error: op.errorMessage,
      };
    }
  }
}

export function setPage(ws: ExcelJS.Worksheet, op: Extract<WriteOp, { op: "pageSetup" }>): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: op.orientation,
    fitToPage: op.fitToWidth,
    fitToWidth: 1,
    fitToHeight: op.fitToHeight ? 1 : 0,
    horizontalCentered: op.centerHorizontally,
    // ExcelJS reads a missing firstPageNumber as 1 and then writes useFirstPageNumber: state it.
    firstPageNumber: 1,
    margins: { ...op.margins },
    printTitlesRow: op.printTitleRows
      ? `${op.printTitleRows[0]}:${op.printTitleRows[1]}`
      : undefined,
  };
}

export function addMarks(ws: ExcelJS.Worksheet, op: Extract<WriteOp, { op: "mark" }>): void {
  ws.addConditionalFormatting({
    ref: op.addresses.join(" "),
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [markFormula(op.severity)],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(op.fill) } },
          font: { color: { argb: "FFFFFFFF" }, bold: true },
        },
      },
    ],
  });
}

/** Every mark of ours goes, over all its areas; the user's formats stay as they are. */
export function removeMarks(ws: ExcelJS.Worksheet): void {
  const kept = conditionalFormats(ws).filter((cf) => !isMark(cf));
  (ws as unknown as { conditionalFormattings: CfModel[] }).conditionalFormattings = kept;
}

export function writeCell(ws: ExcelJS.Worksheet, c: CellWrite, styles?: StyleCache): void {
  const cell = ws.getCell(c.address);
  // A cell merged into another has no value of its own in ExcelJS: its value setter writes the
  // merge's top-left cell, which may be the user's input. Excel keeps the covered cell's value
  // apart and hidden, so nothing visible is lost by leaving the value alone (its style is its own).
  const covered = cell.isMerged && cell.master.address !== cell.address;
  if (c.formula && !covered) {
    cell.value = {
      formula: c.formula.text,
      result: toExcelValue(c.formula.result),
    } as ExcelJS.CellFormulaValue;
  } else if (c.value !== undefined && !covered) {
    cell.value = toExcelValue(c.value);
  }
  if (c.style) applyStyle(cell, c.style, styles);
}
