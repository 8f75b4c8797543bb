import type { CellValue } from "../model/sheet";
import type { Finding } from "../model/finding";
import type { ScoringProfile } from "../model/scoring-profile";
import type { Evaluation } from "../model/evaluation";
import type { Locations } from "../layout/locations";
import { score, type ScoreResult } from "./scoring/score";
import { scoreCells } from "./scoring/cells";
import type { Rule } from "./core/rule";
import { READING_RULES } from "./core/reading";
import { ENGINE_ERROR, runRules } from "./core/engine";
import { COMPUTED_OVERWRITTEN } from "./core/writing";
import { SCORING_PROFILE } from "./core/scoring-profile";
import { SHEET_LOCKED } from "./core/host";
import type { RuleMeta } from "./core/meta";
import activeWithinStaffing from "./active-within-staffing";
import amountInYuan from "./amount-in-yuan";
import basicTotal from "./basic-total";
import budgetAdjustment from "./budget-adjustment";
import budgetExecution from "./budget-execution";
import carryoverRate from "./carryover-rate";
import fiscalWithinActual from "./fiscal-within-actual";
import gradeSupported from "./grade-supported";
import incomeBalance from "./income-balance";
import incomeTotal from "./income-total";
import incomeTotalWithCarryover from "./income-total-with-carryover";
// Template 1.5 (issue 26): expenditure by fund type and the 决算 grand totals.
import expenditureByFund from "./expenditure-by-fund";
import fiscalExpenditureByFund from "./fiscal-expenditure-by-fund";
import expenditureTotalWithCarryover from "./expenditure-total-with-carryover";
import grandTotalsBalance from "./grand-totals-balance";
import indicatorAssessment from "./indicator-assessment";
import indicatorNotMet from "./indicator-not-met";
import indicatorRate from "./indicator-rate";
import indicatorTargetTooLow from "./indicator-target-too-low";
import indicatorValues from "./indicator-values";
import internalBodyCount from "./internal-body-count";
import itemCategoryCode from "./item-category-code";
import narrativeCompletionRate from "./narrative-completion-rate";
import narrativeGrowth from "./narrative-growth";
import narrativePartsOfWhole from "./narrative-parts-of-whole";
import narrativeRestatedFigure from "./narrative-restated-figure";
import narrativeShare from "./narrative-share";
import narrativeSumAfterParts from "./narrative-sum-after-parts";
import negativeAmount from "./negative-amount";
import peopleTotal from "./people-total";
import activeByKind from "./active-by-kind";
import staffMovement from "./staff-movement";
import personnelItemsTotal from "./personnel-items-total";
import projectExecution from "./project-execution";
import projectCount from "./project-count";
import projectScore from "./project-score";
import projectStatedRate from "./project-stated-rate";
import assetsFixedChange from "./assets-fixed-change";
import assetsFixedSum from "./assets-fixed-sum";
import assetsVehiclesFleet from "./assets-vehicles-fleet";
import assetsWithinTotal from "./assets-within-total";
import projectTotal from "./project-total";
import publicItemsTotal from "./public-items-total";
import reportDateYear from "./report-date-year";
import shareRatio from "./share-ratio";
import sharesSum from "./shares-sum";
import staffingTotal from "./staffing-total";
import staffByBody from "./staff-by-body";
import statedRate from "./stated-rate";
import threePublicFleet from "./three-public-fleet";
import threePublicPerVehicle from "./three-public-per-vehicle";
import threePublicShare from "./three-public-share";
import threePublicTotal from "./three-public-total";
import threePublicVehicleSum from "./three-public-vehicle-sum";
import threePublicWithinBudget from "./three-public-within-budget";
import totalExpenditure from "./total-expenditure";
import yearOnYearChange from "./year-on-year-change";
import { PROOFREAD_RULES, REPORT_ONLY_METAS } from "./narrative/proofreading";

/** Every rule of the catalog, in the order findings are listed: as the workbook reads, sheet by sheet. */
export const RULES: readonly Rule[] = [
  // 基本信息
  staffingTotal,
  peopleTotal,
  activeByKind,
  staffMovement,
  staffByBody,
  internalBodyCount,
  activeWithinStaffing,
  reportDateYear,
  // 支出明细, 项目 and 支出汇总
  personnelItemsTotal,
  publicItemsTotal,
  basicTotal,
  projectTotal,
  totalExpenditure,
  fiscalWithinActual,
  amountInYuan,
  negativeAmount,
  itemCategoryCode,
  shareRatio,
  sharesSum,
  budgetExecution,
  budgetAdjustment,
  projectExecution,
  // 项目 (template 1.5)
  projectCount,
  projectStatedRate,
  projectScore,
  // 收入
  incomeTotal,
  incomeTotalWithCarryover,
  incomeBalance,
  expenditureByFund,
  fiscalExpenditureByFund,
  expenditureTotalWithCarryover,
  grandTotalsBalance,
  // 三公经费
  threePublicTotal,
  threePublicVehicleSum,
  threePublicPerVehicle,
  threePublicFleet,
  threePublicShare,
  threePublicWithinBudget,
  // 资产 (template 1.5)
  assetsFixedSum,
  assetsWithinTotal,
  assetsVehiclesFleet,
  assetsFixedChange,
  // 上年对比
  yearOnYearChange,
  statedRate,
  carryoverRate,
  // 绩效指标
  indicatorValues,
  indicatorRate,
  indicatorNotMet,
  indicatorTargetTooLow,
  indicatorAssessment,
  // 评分
  gradeSupported,
  // 文字材料: figures inside the prose
  narrativePartsOfWhole,
  narrativeSumAfterParts,
  narrativeCompletionRate,
  narrativeShare,
  narrativeGrowth,
  narrativeRestatedFigure,
  ...PROOFREAD_RULES,
];

/** Metadata of everything that can produce a finding: reader, rules, engine. */
export const ALL_METAS: readonly RuleMeta[] = [
  ...READING_RULES,
  ...RULES.map((r) => r.meta),
  ...REPORT_ONLY_METAS,
  COMPUTED_OVERWRITTEN,
  SHEET_LOCKED,
  SCORING_PROFILE,
  ENGINE_ERROR,
];

export { runRules } from "./core/engine";

/**
 * The domain's verdict on one model, in one call: every rule's findings, the score and the
 * score's cells, all from the model's derived figures computed once (core/figures.ts).
 */
export interface Verdict {
  findings: Finding[];
  score: ScoreResult;
  /** The 评分 sheet's computed cells by name. */
  scoreCells: Map<string, CellValue>;
}

export function judge(model: Evaluation, where: Locations, profile: ScoringProfile): Verdict {
  const scored = score(model, profile);
  return {
    findings: runRules(model, RULES, where, profile),
    score: scored,
    scoreCells: scoreCells(scored, profile),
  };
}
