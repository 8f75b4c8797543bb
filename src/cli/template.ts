import type { Evaluation } from "../model/evaluation";
import { templateOps } from "../layout";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";

/** The standard workbook as .xlsx bytes: blank, or filled with a model. */
export async function templateXlsx(model?: Evaluation): Promise<Buffer> {
  const wb = XlsxWorkbook.create();
  await wb.write(templateOps(model));
  return wb.toBuffer();
}
