import "./zod"; // the message locale, before any schema
import * as z from "zod/mini";
import { DECIMAL_PATTERN } from "./decimal";

/**
 * The evaluation as the unit states it: one year's 部门整体支出绩效自评 for one budget unit.
 * Every figure is optional because a blank cell is not zero; amounts are in 万元.
 */

/** A stated figure as a decimal string, keeping its stated decimals ("15.70"). */
export const Dec = z
  .string()
  .check(
    z.regex(DECIMAL_PATTERN, "a decimal number such as 226.98"),
    z.describe("decimal string, stated precision kept")
  );
export type Dec = z.infer<typeof Dec>;

/** A rate as a decimal fraction: "1.02" is 102 %. Its decimals carry the stated precision. */
export const Rate = Dec.check(z.describe("rate as a fraction: 1.02 = 102%"));

const opt = <T extends z.ZodMiniType>(t: T) => z.optional(t);

export const GRADES = ["优", "良", "中", "差", "优秀", "良好", "中等", "较差"] as const;
export const Grade = z.enum(GRADES);

export const EXPENDITURE_CATEGORIES = ["人员支出", "公用支出"] as const;
/** 基本支出 is split into 人员支出 (301xx, 303xx) and 公用支出 (302xx, 310xx). */
export const ExpenditureCategory = z.enum(EXPENDITURE_CATEGORIES);

export const DIRECTIONS = ["≥", "≤", "=", "定性"] as const;
export const Direction = z.enum(DIRECTIONS);

export const ASSESSMENT_BANDS = ["达成(100%-80%)", "部分达成(80%-60%)", "未达成(60%-0)"] as const;
/** The preparer's band for a qualitative (定性) indicator, as a share of its points. */
export const AssessmentBand = z.enum(ASSESSMENT_BANDS);

export const YES_NO = ["是", "否"] as const;

/** The four amount columns of 决算 tables; any may be blank. */
export const AmountColumns = z.object({
  /** 年初预算数 */
  budgetInitial: opt(Dec),
  /** 全年预算数 (after adjustments) */
  budgetAdjusted: opt(Dec),
  /** 实际支出 (决算数) */
  actual: opt(Dec),
  /** 其中：财政拨款 */
  fiscal: opt(Dec),
});
export type AmountColumns = z.infer<typeof AmountColumns>;
export const AMOUNT_COLUMNS = ["budgetInitial", "budgetAdjusted", "actual", "fiscal"] as const;
export type AmountColumn = (typeof AMOUNT_COLUMNS)[number];

/** 基本信息 */
/** One row of 分单位人员: a body (机关, or a 下属单位 by name) and its 编制 and 在职 counts. */
export const StaffOfBody = z.object({
  name: opt(z.string()),
  /** 编制数 */
  staffing: opt(Dec),
  /** 在职人数 */
  active: opt(Dec),
});
export type StaffOfBody = z.infer<typeof StaffOfBody>;

export const UnitProfile = z.object({
  /** 单位名称 */
  name: opt(z.string()),
  /** 单位简称, used in the report title */
  shortName: opt(z.string()),
  /** 报告标题; blank means the common form {单位名称}{年度}年度部门整体支出绩效自评报告 */
  reportTitle: opt(z.string()),
  /** 单位编码 */
  code: opt(z.string()),
  /** 主管部门 */
  supervisor: opt(z.string()),
  /** 评价年度 */
  year: opt(Dec),
  /** 报送对象, e.g. 区财政局 */
  addressee: opt(z.string()),
  /** 单位性质, e.g. 行政单位 */
  unitType: opt(z.string()),
  /** 经费形式, e.g. 全额拨款 */
  fundingType: opt(z.string()),
  /** 填报人 */
  preparer: opt(z.string()),
  /** 联系电话 */
  phone: opt(z.string()),
  /** 报告日期, ISO yyyy-mm-dd */
  reportDate: opt(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** 自评等级 as stated */
  statedGrade: opt(Grade),
  /** 自评得分 as stated */
  statedScore: opt(Dec),
  /** 内设机构数 as stated */
  internalBodyCount: opt(Dec),
  /** 内设机构名称 */
  internalBodies: z.array(z.string()),
  /** 下属二级单位数 (template 1.1): not 内设机构, never counted with them */
  subUnitCount: opt(Dec),
  /** 编制数 by kind, with the stated total */
  staffing: z.object({
    administrative: opt(Dec),
    politicalLegal: opt(Dec),
    institutional: opt(Dec),
    worker: opt(Dec),
    total: opt(Dec),
  }),
  /** 实有人数 by kind, with the stated total */
  people: z.object({
    /** 在职 */
    active: opt(Dec),
    /** 离休 */
    retiredCadre: opt(Dec),
    /** 退休 */
    retired: opt(Dec),
    total: opt(Dec),
    /** 在职 by kind (template 1.4): “在职人员中行政6人、事业4人” */
    activeAdministrative: opt(Dec),
    activePoliticalLegal: opt(Dec),
    activeInstitutional: opt(Dec),
    activeWorker: opt(Dec),
    /** The year's movements (template 1.4): 上年末实有在职 + 调入 − 调出 − 退休 = 在职 */
    activeLastYear: opt(Dec),
    transferredIn: opt(Dec),
    transferredOut: opt(Dec),
    retiredInYear: opt(Dec),
  }),
  /** 主要职责 */
  duties: z.array(z.string()),
  /** 分单位人员 (template 1.2): 机关 and each 下属单位; optional in the JSON */
  staffByBody: opt(z.array(StaffOfBody)),
});
export type UnitProfile = z.infer<typeof UnitProfile>;

/** One row of the 支出明细 table, keyed by 支出经济分类 code. */
export const ExpenditureItem = z.extend(AmountColumns, {
  category: opt(ExpenditureCategory),
  /** 经济分类科目编码, e.g. 30101 */
  code: opt(z.string()),
  /** 科目名称 */
  name: opt(z.string()),
  /** 功能分类科目 (optional) */
  functionCode: opt(z.string()),
  note: opt(z.string()),
});
export type ExpenditureItem = z.infer<typeof ExpenditureItem>;

/** 支出 */
export const Expenditure = z.object({
  items: z.array(ExpenditureItem),
  /** Totals as the unit states them (copied from its 决算 tables or its report). */
  stated: z.object({
    personnel: AmountColumns,
    public: AmountColumns,
    basic: AmountColumns,
    project: AmountColumns,
    total: AmountColumns,
  }),
  /** Stated shares of basic expenditure and the column they are taken on. */
  shares: z.object({
    basis: opt(z.enum(["实际支出", "财政拨款"])),
    personnel: opt(Rate),
    public: opt(Rate),
  }),
  /**
   * 项目表为部分列示 (template 1.3): the unit lists only some projects (主要项目, 其中, a list
   * ending in 等), so their sum is no complete 项目支出 — it may not exceed it, nothing more.
   */
  projectsPartial: opt(z.boolean()),
  /** 项目个数 as the report states it (template 1.5): “共实施项目5个” */
  projectCount: opt(Dec),
  /** Budget execution figures the scoring needs. */
  execution: z.object({
    /** 上年结转 */
    carryoverPrior: opt(Dec),
    /** 本年追加/调整 */
    additions: opt(Dec),
    /** 本年追加/调整 of 基本支出 (template 1.2) */
    additionsBasic: opt(Dec),
    /** 本年追加/调整 of 项目支出 (template 1.2) */
    additionsProject: opt(Dec),
    /** 年末结转结余 */
    carryoverEnd: opt(Dec),
    /** 政府采购预算 */
    procurementBudget: opt(Dec),
    /** 政府采购实际 */
    procurementActual: opt(Dec),
    /** 预算执行率低于90%的原因 */
    executionReason: opt(z.string()),
  }),
  /**
   * 本年支出 by the source of the funds (template 1.5), as 部门决算 states it (财政拨款收入支出决算
   * 总表 for the three appropriations, 收入支出决算总表 for the rest); they add up to 本年支出合计
   * (实际支出). Optional in the JSON.
   */
  byFund: opt(
    z.object({
      /** 一般公共预算财政拨款支出 */
      fiscalGeneral: opt(Dec),
      /** 政府性基金预算财政拨款支出 */
      fiscalFund: opt(Dec),
      /** 国有资本经营预算财政拨款支出 */
      fiscalStateCapital: opt(Dec),
      /** 财政专户管理资金支出 */
      fiscalSpecial: opt(Dec),
      /** 其他资金支出: what 事业收入、经营收入 and other income paid for */
      other: opt(Dec),
      /** 支出总计 as stated, including 年末结转结余: 本年支出合计 + 年末结转结余 */
      totalWithCarryover: opt(Dec),
    })
  ),
});
export type Expenditure = z.infer<typeof Expenditure>;

/** 收入 (optional section) */
export const Income = z.object({
  /** 一般公共预算财政拨款 */
  fiscalGeneral: opt(Dec),
  /** 政府性基金预算财政拨款 */
  fiscalFund: opt(Dec),
  /** 国有资本经营预算财政拨款 */
  fiscalStateCapital: opt(Dec),
  /** 财政专户管理资金收入 (template 1.5) */
  fiscalSpecial: opt(Dec),
  /** 事业收入 (template 1.5) */
  service: opt(Dec),
  /** 经营收入 (template 1.5) */
  business: opt(Dec),
  /** 其他收入 */
  other: opt(Dec),
  /** 本年收入合计 as stated (without 上年结转) */
  total: opt(Dec),
  /** 收入总计 as stated, including 上年结转 (template 1.1): 本年收入合计 + 上年结转 */
  totalWithCarryover: opt(Dec),
  /** 上年收入合计, for the 同比 change */
  previousTotal: opt(Dec),
  /** 上年财政拨款收入 (all sources), for the 同比 change (template 1.1) */
  previousFiscal: opt(Dec),
});
export type Income = z.infer<typeof Income>;

const BudgetActual = z.object({ budget: opt(Dec), actual: opt(Dec) });

/** One of the four 三公 items: with its share of the total 实际 as stated (template 1.4). */
const ThreePublicItem = z.extend(BudgetActual, { share: opt(Rate) });

/** 三公经费 of one year */
export const ThreePublicYear = z.object({
  /** 因公出国(境) */
  abroad: z.extend(ThreePublicItem, { groups: opt(Dec), persons: opt(Dec) }),
  /** 公务用车购置, with 当年购置 vehicles (template 1.4) */
  vehiclePurchase: z.extend(ThreePublicItem, { vehicles: opt(Dec) }),
  /**
   * 公务用车运行维护, with 公务用车保有量 at year end and 单车运行维护费 as stated (万元 a vehicle,
   * actual basis), both template 1.4
   */
  vehicleRunning: z.extend(ThreePublicItem, { fleet: opt(Dec), perVehicle: opt(Dec) }),
  /** 公务用车购置及运行费 as stated (template 1.4): 购置 + 运行维护; optional in the JSON */
  vehicle: opt(BudgetActual),
  /** 公务接待 */
  reception: z.extend(ThreePublicItem, { batches: opt(Dec), persons: opt(Dec) }),
  /** 三公经费合计 as stated */
  total: BudgetActual,
});
export type ThreePublicYear = z.infer<typeof ThreePublicYear>;

export const ThreePublic = z.object({ current: ThreePublicYear, previous: ThreePublicYear });
export type ThreePublic = z.infer<typeof ThreePublic>;

/** 项目支出 */
export const Project = z.extend(AmountColumns, {
  name: opt(z.string()),
  /** 重点项目 */
  key: opt(z.boolean()),
  /** 资金用途 */
  purpose: opt(z.string()),
  /** 实施成效 */
  result: opt(z.string()),
  /** 执行率 as the report states it (template 1.5): “项目执行率96.5%” */
  statedRate: opt(Rate),
  /** 项目自评得分 as stated (template 1.5), 0–100 */
  score: opt(Dec),
  /** 项目自评等级 as stated (template 1.5) */
  grade: opt(Grade),
});
export type Project = z.infer<typeof Project>;

/** 绩效指标 */
export const Indicator = z.object({
  /** 一级指标: 产出 / 效益 … */
  level1: opt(z.string()),
  /** 二级指标: 数量指标, 质量指标 … */
  level2: opt(z.string()),
  /** 三级指标: the indicator's name, as the report writes it */
  level3: opt(z.string()),
  unit: opt(z.string()),
  direction: opt(Direction),
  /** 目标值: a decimal for quantitative indicators, free text for 定性 */
  target: opt(z.string()),
  /** 实际完成值: as target */
  actual: opt(z.string()),
  /** 完成率 as stated */
  statedRate: opt(Rate),
  /** 分值 */
  points: opt(Dec),
  /** 定性指标 assessment band */
  assessment: opt(AssessmentBand),
  /** 偏差原因 */
  deviationReason: opt(z.string()),
  /** 报告主题: the §四 topic the indicator sentence belongs to */
  topic: opt(z.string()),
  /**
   * Figures read from a cell that does not fix their decimals (a number in General format, not
   * typed as text): 5.0 typed there is stored as 5. Such a figure takes the decimals of the one
   * it is compared with, never fewer than its own (PRODUCT.md §4 "Rounding").
   */
  decimalsOpen: opt(z.array(z.enum(["target", "actual"]))),
});
export type Indicator = z.infer<typeof Indicator>;

/** 评分: the preparer's assessment of the qualitative process indicators. */
export const ScoringInput = z.object({
  /** 管理制度健全性 */
  managementSystems: opt(Dec),
  /** 资金使用合规性 */
  fundCompliance: opt(Dec),
  /** 预决算公开 */
  disclosure: opt(Dec),
  /** 资产管理 */
  assetManagement: opt(Dec),
});
export type ScoringInput = z.infer<typeof ScoringInput>;

/** 工作成效: a paragraph of §四 under its topic heading. */
export const Achievement = z.object({ topic: opt(z.string()), text: opt(z.string()) });

/** 文字材料 */
export const Narrative = z.object({
  /** 年度总体目标 (自评表) */
  overallGoal: opt(z.string()),
  /** 总体目标实际完成情况 (自评表) */
  goalCompletion: opt(z.string()),
  /** 三、部门整体支出管理 */
  management: opt(z.string()),
  /** 四、工作成效 paragraphs */
  achievements: z.array(Achievement),
  /** 存在问题 */
  problems: z.array(z.string()),
  /** 改进建议 */
  suggestions: z.array(z.string()),
});
export type Narrative = z.infer<typeof Narrative>;

/** A change on the previous year as the report states it: 较上年增加61.20万元，增长13.56%. */
export const StatedChange = z.object({
  /** 增减额 in 万元; a decrease is negative */
  amount: opt(Dec),
  /** 增减率 as a fraction; a decrease is negative */
  rate: opt(Rate),
});
export type StatedChange = z.infer<typeof StatedChange>;

export const YEAR_ON_YEAR_FIGURES = [
  "incomeTotal",
  "fiscalIncome",
  "expenditureTotal",
  "basic",
  "project",
  "threePublicTotal",
  "abroad",
  "vehiclePurchase",
  "vehicleRunning",
  "reception",
  /** 公务用车购置及运行费 (template 1.4) */
  "vehicle",
  /** 收入总计 (含上年结转, template 1.5) */
  "incomeGrand",
  /** 支出总计 (含年末结转结余, template 1.5) */
  "expenditureGrand",
] as const;
export type YearOnYearFigure = (typeof YEAR_ON_YEAR_FIGURES)[number];

/**
 * 上年对比 (template 1.1): last year's expenditure (实际支出) and the changes the report states,
 * figure by figure. 三公 figures of last year live in threePublic.previous, last year's income
 * total in income.previousTotal. Every field is optional: blank is not zero.
 */
export const YearOnYear = z.object({
  /** 上年支出 (实际) by total */
  previous: opt(
    z.object({
      total: opt(Dec),
      basic: opt(Dec),
      project: opt(Dec),
      /** 上年收入总计 (含上年结转, template 1.5) */
      incomeGrand: opt(Dec),
      /** 上年支出总计 (含年末结转结余, template 1.5) */
      expenditureGrand: opt(Dec),
    })
  ),
  /** Stated changes on the previous year (三公 figures on the actual basis) */
  changes: opt(
    z.object(
      Object.fromEntries(YEAR_ON_YEAR_FIGURES.map((k) => [k, opt(StatedChange)])) as Record<
        YearOnYearFigure,
        z.ZodMiniOptional<typeof StatedChange>
      >
    )
  ),
});
export type YearOnYear = z.infer<typeof YearOnYear>;

export const STATED_RATES = [
  "execution",
  "adjustment",
  "staffControl",
  "threePublicControl",
  "procurement",
  /** 基本支出 and 项目支出 预算执行率, each 实际 ÷ 全年预算 (template 1.5) */
  "basicExecution",
  "projectExecution",
] as const;
export type StatedRateKey = (typeof STATED_RATES)[number];

/**
 * Rates the report states (template 1.1), compared with the ones the scoring computes: 预算执行率,
 * 预算调整率, 在职人员控制率, 三公经费控制率, 政府采购执行率; fractions, 0.9660 = 96.60 %. Beside
 * them 结转结余率 (template 1.3), checked against 1 − 执行率 or 结转结余 ÷ 预算.
 */
export const StatedRates = z.object({
  ...(Object.fromEntries(STATED_RATES.map((k) => [k, opt(Rate)])) as Record<
    StatedRateKey,
    z.ZodMiniOptional<typeof Rate>
  >),
  /** 结转结余率 as stated (template 1.3) */
  carryover: opt(Rate),
});
export type StatedRates = z.infer<typeof StatedRates>;

/** The basis 固定资产 and its parts are stated on (template 1.5). */
export const ASSET_BASES = ["账面价值", "原值"] as const;

/**
 * 资产 (template 1.5, optional), at year end, in 万元, as the 决算's 资产情况表 and reports state
 * them: “年末资产总额X万元，其中固定资产Y万元（房屋及构筑物A万元、车辆B万元、其他C万元）”.
 */
export const Assets = z.object({
  /** 固定资产 and its parts are stated at 账面价值 (blank: 账面价值) or at 原值 */
  basis: opt(z.enum(ASSET_BASES)),
  /** 资产总额 (账面价值) */
  total: opt(Dec),
  /** 固定资产 as stated */
  fixed: opt(Dec),
  /** 房屋及构筑物 */
  buildings: opt(Dec),
  /** 车辆 */
  vehicles: opt(Dec),
  /** 其他固定资产: 通用设备, 专用设备, 家具… */
  otherFixed: opt(Dec),
  /** 车辆账面价值 (净值), whatever the basis */
  vehiclesBook: opt(Dec),
  /** 上年末固定资产, on the same basis */
  previousFixed: opt(Dec),
  /** 固定资产较上年增减额 as stated (减少 negative) */
  fixedChange: opt(Dec),
});
export type Assets = z.infer<typeof Assets>;

export const Evaluation = z.object({
  templateVersion: z.string(),
  profile: UnitProfile,
  expenditure: Expenditure,
  income: Income,
  threePublic: ThreePublic,
  projects: z.array(Project),
  indicators: z.array(Indicator),
  scoring: ScoringInput,
  narrative: Narrative,
  /** 上年对比, new in template 1.1: optional in the JSON */
  yearOnYear: opt(YearOnYear),
  /** 报告中写的比率, new in template 1.1: optional in the JSON */
  statedRates: opt(StatedRates),
  /** 资产, new in template 1.5: optional in the JSON */
  assets: opt(Assets),
});
export type Evaluation = z.infer<typeof Evaluation>;

/** An evaluation with nothing filled in: what a blank template reads as. */
export function emptyEvaluation(templateVersion: string): Evaluation {
  const year = (): ThreePublicYear => ({
    abroad: {},
    vehiclePurchase: {},
    vehicleRunning: {},
    reception: {},
    total: {},
  });
  return {
    templateVersion,
    profile: { internalBodies: [], staffing: {}, people: {}, duties: [] },
    expenditure: {
      items: [],
      stated: { personnel: {}, public: {}, basic: {}, project: {}, total: {} },
      shares: {},
      execution: {},
    },
    income: {},
    threePublic: { current: year(), previous: year() },
    projects: [],
    indicators: [],
    scoring: {},
    narrative: { achievements: [], problems: [], suggestions: [] },
  };
}
