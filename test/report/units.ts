import type { Evaluation } from "../../src/model/evaluation";
import { sampleModel } from "../helpers/workbooks";

/**
 * Two units besides the sample, for the report's sentences and the 自评表: one whose every
 * scored item has its data (a complete score), one with other shapes of text and figures.
 */

/** The sample with every figure the scoring needs: the score is complete. */
export function completeUnit(): Evaluation {
  const m = sampleModel();
  m.profile.reportTitle = "双清区人社局2021年度部门整体支出绩效自评报告";
  const s = m.expenditure.stated;
  s.total.actual = "234.98";
  s.basic.budgetInitial = "220.00";
  s.basic.budgetAdjusted = "230.00";
  s.project.budgetInitial = "8.00";
  s.personnel.fiscal = "125.94";
  s.public.fiscal = "101.04";
  s.basic.fiscal = "226.98";
  m.expenditure.shares.personnel = "0.555";
  m.expenditure.shares.public = "0.445";
  m.expenditure.execution = {
    additions: "10.00",
    carryoverEnd: "0",
    carryoverPrior: "0",
    procurementBudget: "3.30",
    procurementActual: "3.30",
  };
  const tp = m.threePublic;
  tp.current.reception.budget = "0.50";
  tp.current.abroad.budget = "0";
  tp.current.vehiclePurchase.budget = "0";
  tp.current.vehicleRunning.budget = "0";
  tp.previous.reception.budget = "0.60";
  tp.previous.abroad.budget = "0";
  tp.previous.vehiclePurchase.budget = "0";
  tp.previous.vehicleRunning.budget = "0";
  m.projects[0].key = true;
  m.scoring = {
    managementSystems: "4",
    fundCompliance: "4",
    disclosure: "2",
    assetManagement: "1.5",
  };
  m.narrative.overallGoal = "稳就业、保民生，完成城镇新增就业等年度任务。";
  m.narrative.goalCompletion = "各项就业任务全面完成。";
  m.indicators.push(
    {
      level1: "效益指标",
      level2: "社会效益指标",
      level3: "城镇调查失业率",
      unit: "%",
      direction: "≤",
      target: "5.5",
      actual: "5.1",
    },
    {
      level1: "满意度指标",
      level2: "服务对象满意度指标",
      level3: "服务对象满意度",
      unit: "%",
      direction: "≥",
      target: "90",
      actual: "86",
      deviationReason: "窗口服务高峰期等候时间较长",
    }
  );
  return m;
}

/** Another unit: text the preparer closed with "。", two projects, a shortfall, no staffing. */
export function otherUnit(): Evaluation {
  const m = sampleModel();
  m.profile.name = "某县农业农村局";
  m.profile.shortName = "县农业农村局";
  m.profile.year = "2022";
  m.profile.reportTitle = undefined;
  m.profile.staffing = {};
  m.profile.internalBodies = [];
  m.profile.internalBodyCount = undefined;
  m.projects = [
    {
      name: "高标准农田建设",
      budgetAdjusted: "120.00",
      actual: "96.00",
      purpose: "用于田块整治、灌溉排水设施建设和数据挂接。",
      result: "完成高标准农田0.8万亩，建成农田数据管理系统。",
    },
    {
      name: "动物防疫",
      budgetInitial: "30.00",
      actual: "30.00",
      purpose: "疫苗采购，",
      result: "",
    },
  ];
  m.narrative.achievements = [{ topic: "农业生产", text: "全年粮食播种面积稳定。" }];
  m.indicators = [
    {
      level1: "产出指标",
      level2: "数量指标",
      level3: "新建高标准农田",
      unit: "万亩",
      direction: "≥",
      target: "1.0",
      actual: "0.8",
      deviationReason: "部分项目因雨季延期开工。",
      topic: "农业生产",
    },
    {
      level1: "产出指标",
      level2: "质量指标",
      level3: "动物免疫密度",
      unit: "%",
      direction: "≥",
      target: "90",
      actual: "95",
    },
    {
      level1: "产出指标",
      level2: "质量指标",
      level3: "农产品质量安全抽检不合格率",
      unit: "%",
      direction: "≤",
      target: "2",
      actual: "1.2",
    },
    {
      level1: "效益指标",
      level2: "社会效益指标",
      level3: "农户满意情况",
      direction: "定性",
      actual: "农户普遍满意",
      assessment: "达成(100%-80%)",
    },
  ];
  m.narrative.problems = ["1、项目进度偏慢。", "资金拨付不及时"];
  m.narrative.suggestions = ["加快项目实施；"];
  return m;
}
