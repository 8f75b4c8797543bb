import type { Evaluation } from "../model/evaluation";
import type { ScoringProfile } from "../model/scoring-profile";
import { SHEETS, templateOps } from "../layout";
import { withProfile } from "../layout/template";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";

/** The standard workbook as .xlsx bytes: blank, or filled with a model; with a bureau's profile. */
export async function templateXlsx(model?: Evaluation, profile?: ScoringProfile): Promise<Buffer> {
  const wb = XlsxWorkbook.create();
  await wb.write(templateOps(model, profile ? withProfile(SHEETS, profile) : SHEETS));
  return wb.toBuffer();
}
