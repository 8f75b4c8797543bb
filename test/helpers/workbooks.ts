import { readFileSync } from "node:fs";
import { Evaluation } from "../../src/model/evaluation";
import { PLACEMENTS, addr } from "../../src/layout";
import { templateXlsx } from "../../src/cli/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

export const sampleModel = (): Evaluation =>
  Evaluation.parse(JSON.parse(readFileSync("assets/sample.json", "utf8")));

let sampleBytes: Buffer | undefined;
/** A fresh, independent copy of the sample workbook. */
export async function sampleWorkbook(): Promise<XlsxWorkbook> {
  sampleBytes ??= await templateXlsx(sampleModel());
  return XlsxWorkbook.load(sampleBytes);
}

/** Where a defined input sits. */
export function at(name: string): { sheet: string; address: string } {
  const p = PLACEMENTS.fields.get(name) ?? PLACEMENTS.calcs.get(name);
  if (!p) throw new Error(`no name ${name}`);
  return { sheet: p.sheet, address: p.address };
}

/** A cell of a table: data row `row` (1-based) under the header `header`. */
export function tableCell(
  table: string,
  row: number,
  header: string
): { sheet: string; address: string } {
  const p = PLACEMENTS.tables.get(table)!;
  const j = p.table.columns.findIndex((c) => c.header === header);
  if (j < 0) throw new Error(`no column ${header}`);
  return { sheet: p.sheet, address: addr(p.col + j, p.headerRow + row) };
}

export function setCell(
  wb: XlsxWorkbook,
  where: { sheet: string; address: string },
  value: unknown
): void {
  wb.workbook.getWorksheet(where.sheet)!.getCell(where.address).value = value as never;
}

/** The sample with what the seed leaves out filled in: budgets, last year's 三公, assessments. */
export function completedSample(): Evaluation {
  const m = structuredClone(sampleModel());
  m.expenditure.stated.basic.budgetAdjusted = "226.98";
  m.expenditure.stated.basic.budgetInitial = "220.00";
  m.projects[0].budgetInitial = "8.00";
  m.projects[0].key = true;
  m.expenditure.execution = {
    carryoverPrior: "5.00",
    additions: "6.98",
    carryoverEnd: "0.00",
    procurementBudget: "10.00",
    procurementActual: "9.50",
  };
  m.threePublic.current.reception.budget = "0.50";
  m.threePublic.previous.reception = { budget: "0.60", actual: "0.45" };
  m.scoring = {
    managementSystems: "4",
    fundCompliance: "4",
    disclosure: "2",
    assetManagement: "2",
  };
  m.indicators.push({
    level1: "效益指标",
    level2: "服务对象满意度指标",
    level3: "服务对象满意度",
    unit: "%",
    direction: "≥",
    target: "90",
    actual: "95",
  });
  return m;
}
