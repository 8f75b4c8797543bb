/**
 * The default scoring profile (PRODUCT.md §4): level-1 groups, indicators and their points,
 * drawn from Hunan city tables (岳阳 2018–2021, 长沙雨花 2017). The engine that scores with it
 * comes with the scoring issue; the template already shows the table so preparers see it.
 */
export type ScoringSource =
  /** Scored by the engine from the workbook's figures. */
  | "computed"
  /** The preparer's assessment, typed into the 评分 sheet. */
  | "assessed"
  /** The 产出 / 效益 indicators of the 绩效指标 sheet, scaled to the group's points. */
  | "indicators";

export interface ProfileIndicator {
  id: string;
  level1: "投入" | "过程" | "产出" | "效益";
  name: string;
  points: number;
  source: ScoringSource;
  /** How points are given, in the words of the bureaus' tables. */
  method: string;
  /** Model path of the assessment for "assessed" indicators. */
  assessmentPath?: string;
}

export const DEFAULT_PROFILE: readonly ProfileIndicator[] = [
  {
    id: "staffControl",
    level1: "投入",
    name: "在职人员控制率",
    points: 5,
    source: "computed",
    method: "在职人数/编制数。≤100%得满分；每超1个百分点扣0.5分",
  },
  {
    id: "threePublicChange",
    level1: "投入",
    name: "三公经费变动率",
    points: 5,
    source: "computed",
    method: "(本年−上年)/上年（预算口径）。≤0得满分；每增1个百分点扣0.5分",
  },
  {
    id: "keySpending",
    level1: "投入",
    name: "重点支出安排率",
    points: 5,
    source: "computed",
    method: "重点项目支出/项目支出。≥90%得5分；80–90%得4分；70–80%得3分；60–70%得2分；<60%得0分",
  },
  {
    id: "execution",
    level1: "过程",
    name: "预算执行率",
    points: 8,
    source: "computed",
    method: "实际支出/全年预算。100%得满分；每低5个百分点扣2分",
  },
  {
    id: "adjustment",
    level1: "过程",
    name: "预算调整率",
    points: 3,
    source: "computed",
    method: "追加或调整/年初预算。0得3分；≤10%得2分；≤20%得1分；≤30%得0.5分；>30%得0分",
  },
  {
    id: "carryover",
    level1: "过程",
    name: "结转结余控制",
    points: 3,
    source: "computed",
    method: "无结转结余得3分；不超过上年结转得2分；否则0分",
  },
  {
    id: "threePublicControl",
    level1: "过程",
    name: "三公经费控制率",
    points: 6,
    source: "computed",
    method: "实际/预算。≤100%得满分；每超1个百分点扣1分",
  },
  {
    id: "procurement",
    level1: "过程",
    name: "政府采购执行率",
    points: 3,
    source: "computed",
    method: "实际/预算。3×min(执行率,100%)",
  },
  {
    id: "managementSystems",
    level1: "过程",
    name: "管理制度健全性",
    points: 4,
    source: "assessed",
    method: "单位自评",
    assessmentPath: "scoring.managementSystems",
  },
  {
    id: "fundCompliance",
    level1: "过程",
    name: "资金使用合规性",
    points: 4,
    source: "assessed",
    method: "单位自评",
    assessmentPath: "scoring.fundCompliance",
  },
  {
    id: "disclosure",
    level1: "过程",
    name: "预决算信息公开",
    points: 2,
    source: "assessed",
    method: "单位自评",
    assessmentPath: "scoring.disclosure",
  },
  {
    id: "assetManagement",
    level1: "过程",
    name: "资产管理",
    points: 2,
    source: "assessed",
    method: "单位自评",
    assessmentPath: "scoring.assetManagement",
  },
  {
    id: "outputs",
    level1: "产出",
    name: "产出指标（绩效指标表）",
    points: 30,
    source: "indicators",
    method: "按各指标分值折算为30分；定量指标完成得满分，未完成按完成比例；定性指标按评价档次",
  },
  {
    id: "outcomes",
    level1: "效益",
    name: "效益指标（含满意度）",
    points: 20,
    source: "indicators",
    method: "按各指标分值折算为20分；计分方法同产出指标",
  },
];
