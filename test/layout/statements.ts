import { Evaluation, emptyEvaluation } from "../../src/model/evaluation";
import { TEMPLATE_VERSION } from "../../src/layout";

/**
 * Issue 26's statements, one per part of the widened template, shared by the layout, report and
 * full-statement tests.
 */

/**
 * Issue 26, 三公经费 in full (template 1.4). One statement in the pattern county departments
 * publish, every figure of it in a cell:
 * “2025年度三公经费预算30.00万元，支出27.06万元，完成预算的90.2%，较上年增加13.06万元，增长
 * 93.29%。其中：因公出国(境)费0万元；公务用车购置及运行费预算25.00万元、支出23.10万元（购置费
 * 预算15.00万元、支出14.50万元，当年购置1辆；运行维护费预算10.00万元、支出8.60万元，年末保有量
 * 4辆，单车运行维护费2.15万元；公务用车购置及运行费较上年增加13.90万元，增长151.09%）；公务接待费
 * 预算5.00万元、支出3.96万元。购置费、运行维护费、接待费分别占三公经费的53.58%、31.78%、
 * 14.63%。”
 */
export function threePublicStatement(): Evaluation {
  const m = emptyEvaluation(TEMPLATE_VERSION);
  m.threePublic.current = {
    abroad: { budget: "0.00", actual: "0.00" },
    vehiclePurchase: { budget: "15.00", actual: "14.50", vehicles: "1", share: "0.5358" },
    vehicleRunning: {
      budget: "10.00",
      actual: "8.60",
      fleet: "4",
      perVehicle: "2.15",
      share: "0.3178",
    },
    vehicle: { budget: "25.00", actual: "23.10" },
    reception: { budget: "5.00", actual: "3.96", share: "0.1463" },
    total: { budget: "30.00", actual: "27.06" },
  };
  m.threePublic.previous = {
    abroad: { budget: "0.00", actual: "0.00" },
    vehiclePurchase: { budget: "0.00", actual: "0.00", vehicles: "0" },
    vehicleRunning: { budget: "10.00", actual: "9.20", fleet: "4", perVehicle: "2.30" },
    vehicle: { budget: "10.00", actual: "9.20" },
    reception: { budget: "6.00", actual: "4.80" },
    total: { budget: "16.00", actual: "14.00" },
  };
  m.statedRates = { threePublicControl: "0.902" };
  m.yearOnYear = {
    changes: {
      threePublicTotal: { amount: "13.06", rate: "0.9329" },
      vehicle: { amount: "13.90", rate: "1.5109" },
    },
  };
  return m;
}

/**
 * Issue 26, staffing (template 1.4). One statement in the pattern county departments publish:
 * “核定编制12人，其中行政编制6人、事业编制4人、工勤编制2人。实有人数23人，其中在职10人、离休0人、
 * 退休13人；在职人员中行政6人、事业4人。年初实有在职人员10人，本年调入1人、调出0人、退休1人，
 * 年末实有在职10人。”
 */
export function staffingStatement(): Evaluation {
  const m = emptyEvaluation(TEMPLATE_VERSION);
  m.profile.staffing = {
    administrative: "6",
    politicalLegal: "0",
    institutional: "4",
    worker: "2",
    total: "12",
  };
  m.profile.people = {
    active: "10",
    retiredCadre: "0",
    retired: "13",
    total: "23",
    activeAdministrative: "6",
    activePoliticalLegal: "0",
    activeInstitutional: "4",
    activeWorker: "0",
    activeLastYear: "10",
    transferredIn: "1",
    transferredOut: "0",
    retiredInYear: "1",
  };
  return m;
}

/**
 * Issue 26, projects (template 1.5). One statement in the pattern county departments publish:
 * “2025年共实施项目3个。就业专项资金全年预算8.00万元，实际支出7.72万元，项目执行率96.5%，项目自评
 * 得分95分，评价等级为优；职业技能培训补贴全年预算20.00万元，实际支出19.50万元，项目执行率97.5%，
 * 自评得分92分，评价等级为优；人力资源市场建设年初预算5.00万元，实际支出4.00万元，项目执行率80%，
 * 因设备采购延期，资金结转下年使用，自评得分78分，评价等级为中。”
 */
export function projectsStatement(): Evaluation {
  const m = emptyEvaluation(TEMPLATE_VERSION);
  m.profile.year = "2025";
  m.expenditure.projectCount = "3";
  m.projects = [
    {
      name: "就业专项资金",
      budgetAdjusted: "8.00",
      actual: "7.72",
      statedRate: "0.965",
      score: "95.00",
      grade: "优",
    },
    {
      name: "职业技能培训补贴",
      budgetAdjusted: "20.00",
      actual: "19.50",
      statedRate: "0.975",
      score: "92.00",
      grade: "优",
    },
    {
      name: "人力资源市场建设",
      budgetInitial: "5.00",
      actual: "4.00",
      statedRate: "0.800",
      score: "78.00",
      grade: "中",
      result: "因设备采购延期，资金结转下年使用",
    },
  ];
  return m;
}

/**
 * Issue 26, assets (template 1.5). One statement in the pattern of county departments' 决算
 * 公开 (国有资产占用情况) and self-evaluation reports: “截至2025年12月31日，本部门资产总额
 * 1,520.40万元，其中固定资产1,235.60万元（账面价值），包括房屋及构筑物980.00万元、车辆45.30万元、
 * 其他固定资产210.30万元，较上年增加35.60万元（上年末1,200.00万元）；车辆账面价值45.30万元，
 * 公务用车保有量2辆。”
 */
export function assetsStatement(): Evaluation {
  const m = emptyEvaluation(TEMPLATE_VERSION);
  m.profile.year = "2025";
  m.threePublic.current.vehicleRunning.fleet = "2";
  m.assets = {
    basis: "账面价值",
    total: "1520.40",
    fixed: "1235.60",
    buildings: "980.00",
    vehicles: "45.30",
    otherFixed: "210.30",
    vehiclesBook: "45.30",
    previousFixed: "1200.00",
    fixedChange: "35.60",
  };
  return m;
}
