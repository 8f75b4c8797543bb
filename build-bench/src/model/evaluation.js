"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Evaluation = exports.Narrative = exports.Achievement = exports.ScoringInput = exports.Indicator = exports.Project = exports.ThreePublic = exports.ThreePublicYear = exports.Income = exports.Expenditure = exports.ExpenditureItem = exports.UnitProfile = exports.AMOUNT_COLUMNS = exports.AmountColumns = exports.YES_NO = exports.AssessmentBand = exports.ASSESSMENT_BANDS = exports.Direction = exports.DIRECTIONS = exports.ExpenditureCategory = exports.EXPENDITURE_CATEGORIES = exports.Grade = exports.GRADES = exports.Rate = exports.Dec = void 0;
exports.emptyEvaluation = emptyEvaluation;
const zod_1 = require("zod");
const decimal_1 = require("./decimal");
/**
 * The evaluation as the unit states it: one year's 部门整体支出绩效自评 for one budget unit.
 * Every figure is optional because a blank cell is not zero; amounts are in 万元.
 */
/** A stated figure as a decimal string, keeping its stated decimals ("15.70"). */
exports.Dec = zod_1.z
    .string()
    .regex(decimal_1.DECIMAL_PATTERN, "a decimal number such as 226.98")
    .describe("decimal string, stated precision kept");
/** A rate as a decimal fraction: "1.02" is 102 %. Its decimals carry the stated precision. */
exports.Rate = exports.Dec.describe("rate as a fraction: 1.02 = 102%");
const opt = (t) => t.optional();
exports.GRADES = ["优", "良", "中", "差", "优秀", "良好", "中等", "较差"];
exports.Grade = zod_1.z.enum(exports.GRADES);
exports.EXPENDITURE_CATEGORIES = ["人员支出", "公用支出"];
/** 基本支出 is split into 人员支出 (301xx, 303xx) and 公用支出 (302xx, 310xx). */
exports.ExpenditureCategory = zod_1.z.enum(exports.EXPENDITURE_CATEGORIES);
exports.DIRECTIONS = ["≥", "≤", "=", "定性"];
exports.Direction = zod_1.z.enum(exports.DIRECTIONS);
exports.ASSESSMENT_BANDS = ["达成(100%-80%)", "部分达成(80%-60%)", "未达成(60%-0)"];
/** The preparer's band for a qualitative (定性) indicator, as a share of its points. */
exports.AssessmentBand = zod_1.z.enum(exports.ASSESSMENT_BANDS);
exports.YES_NO = ["是", "否"];
/** The four amount columns of 决算 tables; any may be blank. */
exports.AmountColumns = zod_1.z.object({
    /** 年初预算数 */
    budgetInitial: opt(exports.Dec),
    /** 全年预算数 (after adjustments) */
    budgetAdjusted: opt(exports.Dec),
    /** 实际支出 (决算数) */
    actual: opt(exports.Dec),
    /** 其中：财政拨款 */
    fiscal: opt(exports.Dec),
});
exports.AMOUNT_COLUMNS = ["budgetInitial", "budgetAdjusted", "actual", "fiscal"];
/** 基本信息 */
exports.UnitProfile = zod_1.z.object({
    /** 单位名称 */
    name: opt(zod_1.z.string()),
    /** 单位简称, used in the report title */
    shortName: opt(zod_1.z.string()),
    /** 单位编码 */
    code: opt(zod_1.z.string()),
    /** 主管部门 */
    supervisor: opt(zod_1.z.string()),
    /** 评价年度 */
    year: opt(exports.Dec),
    /** 报送对象, e.g. 区财政局 */
    addressee: opt(zod_1.z.string()),
    /** 单位性质, e.g. 行政单位 */
    unitType: opt(zod_1.z.string()),
    /** 经费形式, e.g. 全额拨款 */
    fundingType: opt(zod_1.z.string()),
    /** 填报人 */
    preparer: opt(zod_1.z.string()),
    /** 联系电话 */
    phone: opt(zod_1.z.string()),
    /** 报告日期, ISO yyyy-mm-dd */
    reportDate: opt(zod_1.z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    /** 自评等级 as stated */
    statedGrade: opt(exports.Grade),
    /** 自评得分 as stated */
    statedScore: opt(exports.Dec),
    /** 内设机构数 as stated */
    internalBodyCount: opt(exports.Dec),
    /** 内设机构名称 */
    internalBodies: zod_1.z.array(zod_1.z.string()),
    /** 编制数 by kind, with the stated total */
    staffing: zod_1.z.object({
        administrative: opt(exports.Dec),
        politicalLegal: opt(exports.Dec),
        institutional: opt(exports.Dec),
        worker: opt(exports.Dec),
        total: opt(exports.Dec),
    }),
    /** 实有人数 by kind, with the stated total */
    people: zod_1.z.object({
        /** 在职 */
        active: opt(exports.Dec),
        /** 离休 */
        retiredCadre: opt(exports.Dec),
        /** 退休 */
        retired: opt(exports.Dec),
        total: opt(exports.Dec),
    }),
    /** 主要职责 */
    duties: zod_1.z.array(zod_1.z.string()),
});
/** One row of the 支出明细 table, keyed by 支出经济分类 code. */
exports.ExpenditureItem = exports.AmountColumns.extend({
    category: opt(exports.ExpenditureCategory),
    /** 经济分类科目编码, e.g. 30101 */
    code: opt(zod_1.z.string()),
    /** 科目名称 */
    name: opt(zod_1.z.string()),
    /** 功能分类科目 (optional) */
    functionCode: opt(zod_1.z.string()),
    note: opt(zod_1.z.string()),
});
/** 支出 */
exports.Expenditure = zod_1.z.object({
    items: zod_1.z.array(exports.ExpenditureItem),
    /** Totals as the unit states them (copied from its 决算 tables or its report). */
    stated: zod_1.z.object({
        personnel: exports.AmountColumns,
        public: exports.AmountColumns,
        basic: exports.AmountColumns,
        project: exports.AmountColumns,
        total: exports.AmountColumns,
    }),
    /** Stated shares of basic expenditure and the column they are taken on. */
    shares: zod_1.z.object({
        basis: opt(zod_1.z.enum(["实际支出", "财政拨款"])),
        personnel: opt(exports.Rate),
        public: opt(exports.Rate),
    }),
    /** Budget execution figures the scoring needs. */
    execution: zod_1.z.object({
        /** 上年结转 */
        carryoverPrior: opt(exports.Dec),
        /** 本年追加/调整 */
        additions: opt(exports.Dec),
        /** 年末结转结余 */
        carryoverEnd: opt(exports.Dec),
        /** 政府采购预算 */
        procurementBudget: opt(exports.Dec),
        /** 政府采购实际 */
        procurementActual: opt(exports.Dec),
        /** 预算执行率低于90%的原因 */
        executionReason: opt(zod_1.z.string()),
    }),
});
/** 收入 (optional section) */
exports.Income = zod_1.z.object({
    /** 一般公共预算财政拨款 */
    fiscalGeneral: opt(exports.Dec),
    /** 政府性基金预算财政拨款 */
    fiscalFund: opt(exports.Dec),
    /** 国有资本经营预算财政拨款 */
    fiscalStateCapital: opt(exports.Dec),
    /** 其他收入 */
    other: opt(exports.Dec),
    /** 本年收入合计 as stated */
    total: opt(exports.Dec),
    /** 上年收入合计, for the 同比 change */
    previousTotal: opt(exports.Dec),
});
const BudgetActual = zod_1.z.object({ budget: opt(exports.Dec), actual: opt(exports.Dec) });
/** 三公经费 of one year */
exports.ThreePublicYear = zod_1.z.object({
    /** 因公出国(境) */
    abroad: BudgetActual.extend({ groups: opt(exports.Dec), persons: opt(exports.Dec) }),
    /** 公务用车购置 */
    vehiclePurchase: BudgetActual,
    /** 公务用车运行维护 */
    vehicleRunning: BudgetActual,
    /** 公务接待 */
    reception: BudgetActual.extend({ batches: opt(exports.Dec), persons: opt(exports.Dec) }),
    /** 三公经费合计 as stated */
    total: BudgetActual,
});
exports.ThreePublic = zod_1.z.object({ current: exports.ThreePublicYear, previous: exports.ThreePublicYear });
/** 项目支出 */
exports.Project = exports.AmountColumns.extend({
    name: opt(zod_1.z.string()),
    /** 重点项目 */
    key: opt(zod_1.z.boolean()),
    /** 资金用途 */
    purpose: opt(zod_1.z.string()),
    /** 实施成效 */
    result: opt(zod_1.z.string()),
});
/** 绩效指标 */
exports.Indicator = zod_1.z.object({
    /** 一级指标: 产出 / 效益 … */
    level1: opt(zod_1.z.string()),
    /** 二级指标: 数量指标, 质量指标 … */
    level2: opt(zod_1.z.string()),
    /** 三级指标: the indicator's name, as the report writes it */
    level3: opt(zod_1.z.string()),
    unit: opt(zod_1.z.string()),
    direction: opt(exports.Direction),
    /** 目标值: a decimal for quantitative indicators, free text for 定性 */
    target: opt(zod_1.z.string()),
    /** 实际完成值: as target */
    actual: opt(zod_1.z.string()),
    /** 完成率 as stated */
    statedRate: opt(exports.Rate),
    /** 分值 */
    points: opt(exports.Dec),
    /** 定性指标 assessment band */
    assessment: opt(exports.AssessmentBand),
    /** 偏差原因 */
    deviationReason: opt(zod_1.z.string()),
    /** 报告主题: the §四 topic the indicator sentence belongs to */
    topic: opt(zod_1.z.string()),
});
/** 评分: the preparer's assessment of the qualitative process indicators. */
exports.ScoringInput = zod_1.z.object({
    /** 管理制度健全性 */
    managementSystems: opt(exports.Dec),
    /** 资金使用合规性 */
    fundCompliance: opt(exports.Dec),
    /** 预决算公开 */
    disclosure: opt(exports.Dec),
    /** 资产管理 */
    assetManagement: opt(exports.Dec),
});
/** 工作成效: a paragraph of §四 under its topic heading. */
exports.Achievement = zod_1.z.object({ topic: opt(zod_1.z.string()), text: opt(zod_1.z.string()) });
/** 文字材料 */
exports.Narrative = zod_1.z.object({
    /** 年度总体目标 (自评表) */
    overallGoal: opt(zod_1.z.string()),
    /** 总体目标实际完成情况 (自评表) */
    goalCompletion: opt(zod_1.z.string()),
    /** 三、部门整体支出管理 */
    management: opt(zod_1.z.string()),
    /** 四、工作成效 paragraphs */
    achievements: zod_1.z.array(exports.Achievement),
    /** 存在问题 */
    problems: zod_1.z.array(zod_1.z.string()),
    /** 改进建议 */
    suggestions: zod_1.z.array(zod_1.z.string()),
});
exports.Evaluation = zod_1.z.object({
    templateVersion: zod_1.z.string(),
    profile: exports.UnitProfile,
    expenditure: exports.Expenditure,
    income: exports.Income,
    threePublic: exports.ThreePublic,
    projects: zod_1.z.array(exports.Project),
    indicators: zod_1.z.array(exports.Indicator),
    scoring: exports.ScoringInput,
    narrative: exports.Narrative,
});
/** An evaluation with nothing filled in: what a blank template reads as. */
function emptyEvaluation(templateVersion) {
    const year = () => ({
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
