/**
 * The standard workbook's sheets, in the order they are laid out. Each sheet is described in its
 * own module under ./sheets, named after the sheet's English name:
 *
 * | sheet      | module                                |
 * | ---------- | ------------------------------------- |
 * | 填表说明   | sheets/instructions.ts                |
 * | 基本信息   | sheets/unit-profile.ts                |
 * | 机构职责   | sheets/bodies-and-duties.ts           |
 * | 分单位人员 | sheets/staff-by-body.ts               |
 * | 支出汇总   | sheets/expenditure-summary.ts         |
 * | 支出明细   | sheets/expenditure-items.ts           |
 * | 项目       | sheets/projects.ts                    |
 * | 收入       | sheets/income.ts                      |
 * | 三公经费   | sheets/three-public-expenses.ts       |
 * | 资产       | sheets/assets.ts                      |
 * | 上年对比   | sheets/year-on-year.ts                |
 * | 绩效指标   | sheets/indicators.ts                  |
 * | 评分       | sheets/scoring.ts                     |
 * | 评分方案   | sheets/scoring-profile.ts             |
 * | 文字材料   | sheets/narrative.ts                   |
 *
 * Shared pieces sit below the sheets: versions.ts, build-helpers.ts, amount-columns.ts, styles.ts.
 */
import { DEFAULT_PROFILE, type ScoringProfile } from "../model/scoring-profile";
import { assetsSheet } from "./sheets/assets";
import { bodiesAndDutiesSheet } from "./sheets/bodies-and-duties";
import { expenditureItemsSheet } from "./sheets/expenditure-items";
import { expenditureSummarySheet } from "./sheets/expenditure-summary";
import { incomeSheet } from "./sheets/income";
import { indicatorsSheet } from "./sheets/indicators";
import { instructionsSheet } from "./sheets/instructions";
import { narrativeSheet } from "./sheets/narrative";
import { projectsSheet } from "./sheets/projects";
import { scoringSheet, scoringSheetFor, SCORING_SHEET } from "./sheets/scoring";
import { PROFILE_SHEET, profileSheetDef } from "./sheets/scoring-profile";
import { staffByBodySheet } from "./sheets/staff-by-body";
import { threePublicSheet } from "./sheets/three-public-expenses";
import { unitProfileSheet } from "./sheets/unit-profile";
import { yearOnYearSheet } from "./sheets/year-on-year";
import type { SheetDef } from "./types";

export {
  SINCE_1_2,
  TEMPLATE_MARKER,
  TEMPLATE_VERSION,
  TEMPLATE_VERSIONS,
  VERSION_NAME,
} from "./versions";
export { bodiesTable, dutiesTable } from "./sheets/bodies-and-duties";
export { staffByBodyTable } from "./sheets/staff-by-body";
export { expenditureTable } from "./sheets/expenditure-items";
export { projectsTable } from "./sheets/projects";
export { execution, expenditureCalcs, expenditureStated } from "./sheets/expenditure-summary";
export { statedRateFields, yearOnYearFields } from "./sheets/year-on-year";
export { indicatorsTable } from "./sheets/indicators";
export { LEVEL_EN, SCORE_NAMES, SCORING_SHEET, SCORING_TEXT_COLUMNS } from "./sheets/scoring";
export { NARRATIVE_KINDS, narrativeTable } from "./sheets/narrative";

/** The sheets after 填表说明, which lists them. */
const SHEETS_BEFORE_GUIDE: SheetDef[] = [
  unitProfileSheet,
  bodiesAndDutiesSheet,
  staffByBodySheet,
  expenditureSummarySheet,
  expenditureItemsSheet,
  projectsSheet,
  incomeSheet,
  threePublicSheet,
  assetsSheet,
  yearOnYearSheet,
  indicatorsSheet,
  scoringSheet,
  profileSheetDef(DEFAULT_PROFILE),
  narrativeSheet,
];

export const SHEETS: readonly SheetDef[] = [
  instructionsSheet(SHEETS_BEFORE_GUIDE),
  ...SHEETS_BEFORE_GUIDE,
];

/**
 * The layout for a bureau's profile (jixiao template --profile): the 评分方案 sheet carries it,
 * and the 评分 sheet words its indicators as it does. Names and cells stay the template's.
 */
export function withProfile(
  sheets: readonly SheetDef[],
  profile: ScoringProfile
): readonly SheetDef[] {
  return sheets.map((s) =>
    s.name === PROFILE_SHEET
      ? profileSheetDef(profile)
      : s.name === SCORING_SHEET
        ? scoringSheetFor(profile)
        : s
  );
}
