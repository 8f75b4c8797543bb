"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SHEETS = exports.narrativeTable = exports.NARRATIVE_KINDS = exports.SCORE_NAMES = exports.LEVEL_EN = exports.indicatorsTable = exports.execution = exports.expenditureCalcs = exports.expenditureStated = exports.projectsTable = exports.expenditureTable = exports.dutiesTable = exports.bodiesTable = exports.VERSION_NAME = exports.TEMPLATE_MARKER = exports.TEMPLATE_VERSION = void 0;
const evaluation_1 = require("../model/evaluation");
const scoring_profile_1 = require("../model/scoring-profile");
const expr_1 = require("./expr");
const build_helpers_1 = require("./build-helpers");
/** Bump when names, tables or headers change: the reader refuses versions it does not know. */
exports.TEMPLATE_VERSION = "1.0";
exports.TEMPLATE_MARKER = "jixiao-template";
exports.VERSION_NAME = "jx_templateVersion";
const YEAR_HINT = "填报年度，如 2021";
// ------------------------------------------------------------------------------------------
// 填表说明
const versionField = (0, build_helpers_1.field)(exports.VERSION_NAME, "templateVersion", {
    label: "模板版本",
    en: "Template version",
    type: "text",
    hint: "由绩效自评助手写入，请勿修改",
    system: true,
});
// ------------------------------------------------------------------------------------------
// 基本信息
const P = (n, path, base) => (0, build_helpers_1.field)(`jx_${n}`, `profile.${path}`, base);
const profile = {
    name: P("unitName", "name", { label: "单位名称", en: "Unit name", type: "text", required: true }),
    shortName: P("unitShortName", "shortName", {
        label: "单位简称",
        en: "Short name",
        type: "text",
        required: true,
        hint: "用于报告标题，如“双清区人社局”",
    }),
    code: P("unitCode", "code", { label: "单位编码", en: "Unit code", type: "text" }),
    supervisor: P("supervisor", "supervisor", {
        label: "主管部门",
        en: "Supervising department",
        type: "text",
    }),
    year: P("year", "year", {
        label: "评价年度",
        en: "Evaluation year",
        type: "year",
        required: true,
        hint: YEAR_HINT,
    }),
    addressee: P("addressee", "addressee", {
        label: "报送对象",
        en: "Addressee",
        type: "text",
        required: true,
        hint: "如“区财政局”",
    }),
    unitType: P("unitType", "unitType", {
        label: "单位性质",
        en: "Unit type",
        type: "choice",
        choices: ["行政单位", "参照公务员法管理事业单位", "事业单位", "其他"],
    }),
    fundingType: P("fundingType", "fundingType", {
        label: "经费形式",
        en: "Funding type",
        type: "choice",
        choices: ["全额拨款", "差额拨款", "自收自支"],
    }),
    preparer: P("preparer", "preparer", { label: "填报人", en: "Prepared by", type: "text" }),
    phone: P("phone", "phone", { label: "联系电话", en: "Phone", type: "text" }),
    reportDate: P("reportDate", "reportDate", {
        label: "报告日期",
        en: "Report date",
        type: "date",
        required: true,
    }),
    statedScore: P("statedScore", "statedScore", {
        label: "自评得分",
        en: "Stated score",
        type: "amount",
        unit: "分",
    }),
    statedGrade: P("statedGrade", "statedGrade", {
        label: "自评等级",
        en: "Stated grade",
        type: "choice",
        choices: ["优秀", "良好", "中等", "较差"],
        accepts: evaluation_1.GRADES,
        hint: "优秀≥90，良好80–90，中等60–80，较差<60",
    }),
    bodyCount: P("internalBodyCount", "internalBodyCount", {
        label: "内设机构数",
        en: "Internal bodies",
        type: "count",
        unit: "个",
        hint: "名称填在“机构职责”表",
    }),
    staffing: {
        administrative: P("staffAdministrative", "staffing.administrative", {
            label: "行政编制",
            en: "Administrative posts",
            type: "count",
            unit: "人",
        }),
        politicalLegal: P("staffPoliticalLegal", "staffing.politicalLegal", {
            label: "政法编制",
            en: "Political-legal posts",
            type: "count",
            unit: "人",
        }),
        institutional: P("staffInstitutional", "staffing.institutional", {
            label: "事业编制",
            en: "Public-institution posts",
            type: "count",
            unit: "人",
        }),
        worker: P("staffWorker", "staffing.worker", {
            label: "工勤编制",
            en: "Worker posts",
            type: "count",
            unit: "人",
        }),
        total: P("staffTotal", "staffing.total", {
            label: "编制数合计",
            en: "Authorised posts, total",
            type: "count",
            unit: "人",
        }),
    },
    people: {
        active: P("peopleActive", "people.active", {
            label: "在职人员",
            en: "Serving staff",
            type: "count",
            unit: "人",
        }),
        retiredCadre: P("peopleRetiredCadre", "people.retiredCadre", {
            label: "离休人员",
            en: "Retired cadres (离休)",
            type: "count",
            unit: "人",
        }),
        retired: P("peopleRetired", "people.retired", {
            label: "退休人员",
            en: "Retired staff (退休)",
            type: "count",
            unit: "人",
        }),
        total: P("peopleTotal", "people.total", {
            label: "实有人数合计",
            en: "Actual headcount, total",
            type: "count",
            unit: "人",
        }),
    },
};
// ------------------------------------------------------------------------------------------
// 机构职责 (lists)
exports.bodiesTable = {
    name: "T_Bodies",
    label: "内设机构",
    en: "Internal bodies",
    path: "profile.internalBodies",
    blankRows: 8,
    columns: [
        {
            header: "内设机构名称",
            en: "Internal body",
            key: "$value",
            type: "text",
            hint: "每行一个机构；名称可含顿号、括号",
        },
    ],
};
exports.dutiesTable = {
    name: "T_Duties",
    label: "主要职责",
    en: "Main duties",
    path: "profile.duties",
    blankRows: 14,
    columns: [
        {
            header: "主要职责",
            en: "Duty",
            key: "$value",
            type: "longtext",
            hint: "每行一条，按报告中的顺序；序号由报告生成",
        },
    ],
};
const profileCalcs = {
    bodyCount: (0, build_helpers_1.calc)("jx_calc_internalBodyCount", "内设机构数（按名称计）", "Internal bodies counted", "count", (0, expr_1.countCol)(exports.bodiesTable.name, "内设机构名称")),
    staffTotal: (0, build_helpers_1.calc)("jx_calc_staffTotal", "编制数合计（计算）", "Posts, computed", "count", (0, expr_1.add)((0, expr_1.name)(profile.staffing.administrative.name), (0, expr_1.name)(profile.staffing.politicalLegal.name), (0, expr_1.name)(profile.staffing.institutional.name), (0, expr_1.name)(profile.staffing.worker.name))),
    peopleTotal: (0, build_helpers_1.calc)("jx_calc_peopleTotal", "实有人数合计（计算）", "Headcount, computed", "count", (0, expr_1.add)((0, expr_1.name)(profile.people.active.name), (0, expr_1.name)(profile.people.retiredCadre.name), (0, expr_1.name)(profile.people.retired.name))),
};
/** A stated figure, the computed value beside it and their difference. */
function statedRow(f, c, diffName) {
    const diff = (0, build_helpers_1.calc)(diffName, `${f.label}差额`, `${f.en}, difference`, c.type === "rate" ? "rate" : c.type, (0, expr_1.difference)(f.name, (0, expr_1.name)(c.name)));
    return [
        (0, build_helpers_1.text)(f.label),
        (0, build_helpers_1.input)(f),
        (0, build_helpers_1.computed)(c),
        (0, build_helpers_1.computed)(diff),
        (0, build_helpers_1.text)(f.hint ?? f.unit ?? "", "hint"),
    ];
}
function plainRow(f) {
    return [(0, build_helpers_1.text)(f.label), (0, build_helpers_1.input)(f), build_helpers_1.skip, build_helpers_1.skip, (0, build_helpers_1.text)(f.hint ?? f.unit ?? "", "hint")];
}
const profileSheet = {
    name: "基本信息",
    en: "Unit profile",
    purpose: "单位基本情况、机构与人员（报告一（一））",
    widths: [22, 30, 16, 12, 44],
    orientation: "portrait",
    freezeRows: 2,
    tabColor: "1F4E79",
    rows: [
        (0, build_helpers_1.titleRow)("基本信息", 5),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("项目", "header"),
            (0, build_helpers_1.text)("填报值", "header"),
            (0, build_helpers_1.text)("计算值", "header"),
            (0, build_helpers_1.text)("差额", "header"),
            (0, build_helpers_1.text)("说明", "header"),
        ]),
        (0, build_helpers_1.row)(plainRow(profile.name)),
        (0, build_helpers_1.row)(plainRow(profile.shortName)),
        (0, build_helpers_1.row)(plainRow(profile.code)),
        (0, build_helpers_1.row)(plainRow(profile.supervisor)),
        (0, build_helpers_1.row)(plainRow(profile.year)),
        (0, build_helpers_1.row)(plainRow(profile.addressee)),
        (0, build_helpers_1.row)(plainRow(profile.unitType)),
        (0, build_helpers_1.row)(plainRow(profile.fundingType)),
        (0, build_helpers_1.row)(plainRow(profile.preparer)),
        (0, build_helpers_1.row)(plainRow(profile.phone)),
        (0, build_helpers_1.row)(plainRow(profile.reportDate)),
        (0, build_helpers_1.row)(plainRow(profile.statedScore)),
        (0, build_helpers_1.row)(plainRow(profile.statedGrade)),
        (0, build_helpers_1.sectionRow)("机构与人员", 5),
        (0, build_helpers_1.row)(statedRow(profile.bodyCount, profileCalcs.bodyCount, "jx_diff_internalBodyCount")),
        (0, build_helpers_1.row)(plainRow(profile.staffing.administrative)),
        (0, build_helpers_1.row)(plainRow(profile.staffing.politicalLegal)),
        (0, build_helpers_1.row)(plainRow(profile.staffing.institutional)),
        (0, build_helpers_1.row)(plainRow(profile.staffing.worker)),
        (0, build_helpers_1.row)(statedRow(profile.staffing.total, profileCalcs.staffTotal, "jx_diff_staffTotal")),
        (0, build_helpers_1.row)(plainRow(profile.people.active)),
        (0, build_helpers_1.row)(plainRow(profile.people.retiredCadre)),
        (0, build_helpers_1.row)(plainRow(profile.people.retired)),
        (0, build_helpers_1.row)(statedRow(profile.people.total, profileCalcs.peopleTotal, "jx_diff_peopleTotal")),
    ],
};
const listsSheet = {
    name: "机构职责",
    en: "Bodies and duties",
    purpose: "内设机构名称与单位主要职责（报告一（一）（二））",
    widths: [40, 3, 100],
    orientation: "landscape",
    freezeRows: 2,
    tabColor: "1F4E79",
    rows: [
        (0, build_helpers_1.titleRow)("内设机构与主要职责", 3),
        (0, build_helpers_1.tablesRow)({ table: exports.bodiesTable, col: 0 }, { table: exports.dutiesTable, col: 2 }),
    ],
};
// ------------------------------------------------------------------------------------------
// 支出明细 and 项目 (lists)
const AMOUNT_HEADERS = {
    budgetInitial: { header: "年初预算", en: "Initial budget" },
    budgetAdjusted: { header: "全年预算", en: "Adjusted budget" },
    actual: { header: "实际支出", en: "Actual (final accounts)" },
    fiscal: { header: "其中财政拨款", en: "Of which fiscal appropriation" },
};
const AMOUNT_KEYS = ["budgetInitial", "budgetAdjusted", "actual", "fiscal"];
const amountColumns = () => AMOUNT_KEYS.map((k) => ({
    header: AMOUNT_HEADERS[k].header,
    en: AMOUNT_HEADERS[k].en,
    key: k,
    type: "amount",
    unit: "万元",
}));
/** The standard 支出经济分类 items most units have, so figures can be pasted row by row. */
const STANDARD_ITEMS = [
    ["人员支出", "30101", "基本工资"],
    ["人员支出", "30102", "津贴补贴"],
    ["人员支出", "30103", "奖金"],
    ["人员支出", "30106", "伙食补助费"],
    ["人员支出", "30107", "绩效工资"],
    ["人员支出", "30108", "机关事业单位基本养老保险缴费"],
    ["人员支出", "30109", "职业年金缴费"],
    ["人员支出", "30110", "职工基本医疗保险缴费"],
    ["人员支出", "30112", "其他社会保障缴费"],
    ["人员支出", "30113", "住房公积金"],
    ["人员支出", "30199", "其他工资福利支出"],
    ["人员支出", "30302", "退休费"],
    ["人员支出", "30399", "其他对个人和家庭的补助"],
    ["公用支出", "30201", "办公费"],
    ["公用支出", "30202", "印刷费"],
    ["公用支出", "30207", "邮电费"],
    ["公用支出", "30211", "差旅费"],
    ["公用支出", "30213", "维修(护)费"],
    ["公用支出", "30217", "公务接待费"],
    ["公用支出", "30226", "劳务费"],
    ["公用支出", "30227", "委托业务费"],
    ["公用支出", "30228", "工会经费"],
    ["公用支出", "30231", "公务用车运行维护费"],
    ["公用支出", "30239", "其他交通费用"],
    ["公用支出", "30299", "其他商品和服务支出"],
    ["公用支出", "31002", "办公设备购置"],
];
exports.expenditureTable = {
    name: "T_Expenditure",
    label: "基本支出明细",
    en: "Basic expenditure items",
    path: "expenditure.items",
    blankRows: 4,
    rowWhen: ["budgetInitial", "budgetAdjusted", "actual", "fiscal", "note"],
    presetRows: STANDARD_ITEMS.map(([category, code, itemName]) => ({
        category,
        code,
        name: itemName,
    })),
    columns: [
        {
            header: "类别",
            en: "Category",
            key: "category",
            type: "choice",
            choices: evaluation_1.EXPENDITURE_CATEGORIES,
            required: true,
            hint: "人员支出：301、303类；公用支出：302、310类",
        },
        { header: "经济分类科目编码", en: "Economic classification code", key: "code", type: "text" },
        { header: "科目名称", en: "Item", key: "name", type: "text", required: true },
        { header: "功能分类科目", en: "Functional classification", key: "functionCode", type: "text" },
        ...amountColumns(),
        { header: "备注", en: "Note", key: "note", type: "text" },
    ],
};
exports.projectsTable = {
    name: "T_Projects",
    label: "项目支出",
    en: "Projects",
    path: "projects",
    blankRows: 6,
    columns: [
        { header: "项目名称", en: "Project", key: "name", type: "text", required: true },
        { header: "重点项目", en: "Key project", key: "key", type: "flag", choices: evaluation_1.YES_NO },
        ...amountColumns(),
        {
            header: "执行率",
            en: "Execution rate",
            type: "rate",
            // 全年预算, else 年初预算: the same budget the project-execution rule uses.
            calc: (0, expr_1.ratio)((0, expr_1.thisRow)("T_Projects", "实际支出"), (0, expr_1.iff)((0, expr_1.isNumber)((0, expr_1.thisRow)("T_Projects", "全年预算")), (0, expr_1.thisRow)("T_Projects", "全年预算"), (0, expr_1.thisRow)("T_Projects", "年初预算"))),
        },
        { header: "资金用途", en: "Use of funds", key: "purpose", type: "longtext" },
        { header: "实施成效", en: "Results", key: "result", type: "longtext" },
    ],
};
// ------------------------------------------------------------------------------------------
// 支出汇总
const TOTALS = [
    ["personnel", "人员支出合计", "Personnel expenditure"],
    ["public", "公用支出合计", "Public (operating) expenditure"],
    ["basic", "基本支出合计", "Basic expenditure"],
    ["project", "项目支出合计", "Project expenditure"],
    ["total", "支出总计", "Total expenditure"],
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const statedName = (t, k) => `jx_exp${cap(t)}_${k}`;
const calcName = (t, k) => `jx_calc_exp${cap(t)}_${k}`;
const diffName = (t, k) => `jx_diff_exp${cap(t)}_${k}`;
exports.expenditureStated = Object.fromEntries(TOTALS.map(([t, label, en]) => [
    t,
    Object.fromEntries(AMOUNT_KEYS.map((k) => [
        k,
        (0, build_helpers_1.field)(statedName(t, k), `expenditure.stated.${t}.${k}`, {
            label: `${label}（${AMOUNT_HEADERS[k].header}）`,
            en: `${en}, ${AMOUNT_HEADERS[k].en.toLowerCase()}`,
            type: "amount",
            unit: "万元",
        }),
    ])),
]));
function totalExpr(t, k) {
    const col = AMOUNT_HEADERS[k].header;
    const eff = (x) => (0, expr_1.effective)(statedName(x, k), (0, expr_1.name)(calcName(x, k)));
    switch (t) {
        case "personnel":
            return (0, expr_1.sumCol)(exports.expenditureTable.name, col, { column: "类别", equals: "人员支出" });
        case "public":
            return (0, expr_1.sumCol)(exports.expenditureTable.name, col, { column: "类别", equals: "公用支出" });
        case "basic":
            return (0, expr_1.add)(eff("personnel"), eff("public"));
        case "project":
            return (0, expr_1.sumCol)(exports.projectsTable.name, col);
        case "total":
            return (0, expr_1.add)(eff("basic"), eff("project"));
    }
}
const TOTAL_SOURCES = {
    personnel: "支出明细中类别为“人员支出”的行之和",
    public: "支出明细中类别为“公用支出”的行之和",
    basic: "人员支出 + 公用支出",
    project: "项目表之和",
    total: "基本支出 + 项目支出",
};
exports.expenditureCalcs = Object.fromEntries(TOTALS.map(([t, label, en]) => [
    t,
    Object.fromEntries(AMOUNT_KEYS.map((k) => [
        k,
        (0, build_helpers_1.calc)(calcName(t, k), `${label}（${AMOUNT_HEADERS[k].header}，计算：${TOTAL_SOURCES[t]}）`, `${en}, ${AMOUNT_HEADERS[k].en.toLowerCase()}, computed`, "amount", totalExpr(t, k)),
    ])),
]));
const expenditureDiffs = (t, k) => (0, build_helpers_1.calc)(diffName(t, k), `${exports.expenditureStated[t][k].label}差额`, `${exports.expenditureStated[t][k].en}, difference`, "amount", (0, expr_1.difference)(statedName(t, k), (0, expr_1.name)(calcName(t, k))));
const shareBasis = (0, build_helpers_1.field)("jx_shareBasis", "expenditure.shares.basis", {
    label: "占比口径",
    en: "Basis of shares",
    type: "choice",
    choices: ["实际支出", "财政拨款"],
    hint: "占比按哪一列计算；空白按实际支出",
});
const shareFields = {
    personnel: (0, build_helpers_1.field)("jx_sharePersonnel", "expenditure.shares.personnel", {
        label: "人员经费占基本支出比例",
        en: "Personnel share of basic expenditure",
        type: "rate",
    }),
    public: (0, build_helpers_1.field)("jx_sharePublic", "expenditure.shares.public", {
        label: "公用经费占基本支出比例",
        en: "Public share of basic expenditure",
        type: "rate",
    }),
};
function shareExpr(part) {
    const on = (k) => (0, expr_1.ratio)((0, expr_1.effective)(statedName(part, k), (0, expr_1.name)(calcName(part, k))), (0, expr_1.effective)(statedName("basic", k), (0, expr_1.name)(calcName("basic", k))));
    return (0, expr_1.iff)((0, expr_1.eq)((0, expr_1.name)(shareBasis.name), (0, expr_1.str)("财政拨款")), on("fiscal"), on("actual"));
}
const shareCalcs = {
    personnel: (0, build_helpers_1.calc)("jx_calc_sharePersonnel", "人员经费占比（计算）", "Personnel share, computed", "rate", shareExpr("personnel")),
    public: (0, build_helpers_1.calc)("jx_calc_sharePublic", "公用经费占比（计算）", "Public share, computed", "rate", shareExpr("public")),
};
const E = (n, path, base) => (0, build_helpers_1.field)(`jx_${n}`, `expenditure.execution.${path}`, base);
exports.execution = {
    carryoverPrior: E("carryoverPrior", "carryoverPrior", {
        label: "上年结转",
        en: "Carried over from the previous year",
        type: "amount",
        unit: "万元",
    }),
    additions: E("budgetAdditions", "additions", {
        label: "本年追加/调整预算",
        en: "In-year additions and adjustments",
        type: "amount",
        unit: "万元",
    }),
    carryoverEnd: E("carryoverEnd", "carryoverEnd", {
        label: "年末结转结余",
        en: "Carried forward at year end",
        type: "amount",
        unit: "万元",
    }),
    procurementBudget: E("procurementBudget", "procurementBudget", {
        label: "政府采购预算",
        en: "Government procurement, budget",
        type: "amount",
        unit: "万元",
    }),
    procurementActual: E("procurementActual", "procurementActual", {
        label: "政府采购实际",
        en: "Government procurement, actual",
        type: "amount",
        unit: "万元",
    }),
    executionReason: E("executionReason", "executionReason", {
        label: "预算执行率低于90%的原因",
        en: "Reason for execution below 90%",
        type: "longtext",
    }),
};
const eff = (t, k) => (0, expr_1.effective)(statedName(t, k), (0, expr_1.name)(calcName(t, k)));
const executionCalcs = {
    executionRate: (0, build_helpers_1.calc)("jx_calc_executionRate", "预算执行率（实际支出/全年预算）", "Budget execution rate", "rate", 
    // Every unit has basic expenditure: a budget total without it is incomplete, not small.
    (0, expr_1.iff)((0, expr_1.isNumber)(eff("basic", "budgetAdjusted")), (0, expr_1.ratio)(eff("total", "actual"), eff("total", "budgetAdjusted")), expr_1.BLANK)),
    adjustmentRate: (0, build_helpers_1.calc)("jx_calc_adjustmentRate", "预算调整率（追加调整/年初预算）", "Budget adjustment rate", "rate", (0, expr_1.iff)((0, expr_1.isNumber)(eff("basic", "budgetInitial")), (0, expr_1.ratio)((0, expr_1.name)(exports.execution.additions.name), eff("total", "budgetInitial")), expr_1.BLANK)),
    procurementRate: (0, build_helpers_1.calc)("jx_calc_procurementRate", "政府采购执行率", "Procurement execution rate", "rate", (0, expr_1.ratio)((0, expr_1.name)(exports.execution.procurementActual.name), (0, expr_1.name)(exports.execution.procurementBudget.name))),
};
const SUMMARY_WIDTH = 13;
const summarySheet = {
    name: "支出汇总",
    en: "Expenditure summary",
    purpose: "填报的支出合计与按明细计算的合计并列，差额一目了然（报告一（三）、二）",
    widths: [30, ...Array(12).fill(11)],
    orientation: "landscape",
    freezeRows: 3,
    tabColor: "833C0B",
    rows: [
        (0, build_helpers_1.titleRow)("支出汇总（万元）", SUMMARY_WIDTH),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("项目", "header"),
            ...AMOUNT_KEYS.flatMap((k) => [(0, build_helpers_1.text)(AMOUNT_HEADERS[k].header, "header", 3)]),
        ]),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("", "header"),
            ...AMOUNT_KEYS.flatMap(() => [
                (0, build_helpers_1.text)("填报", "header"),
                (0, build_helpers_1.text)("计算", "header"),
                (0, build_helpers_1.text)("差额", "header"),
            ]),
        ]),
        ...TOTALS.map(([t, label]) => (0, build_helpers_1.row)([
            (0, build_helpers_1.text)(label),
            ...AMOUNT_KEYS.flatMap((k) => [
                (0, build_helpers_1.input)(exports.expenditureStated[t][k]),
                (0, build_helpers_1.computed)(exports.expenditureCalcs[t][k]),
                (0, build_helpers_1.computed)(expenditureDiffs(t, k)),
            ]),
        ])),
        (0, build_helpers_1.hintRow)("“填报”列照抄部门决算表或报告中的数字；“计算”列由明细自动汇总：人员/公用支出来自“支出明细”，项目支出来自“项目”，基本支出=人员+公用，总计=基本+项目（填报为空时以计算值代替）。", SUMMARY_WIDTH, 32),
        build_helpers_1.blankRow,
        (0, build_helpers_1.sectionRow)("基本支出结构", SUMMARY_WIDTH),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("项目", "header"),
            (0, build_helpers_1.text)("填报", "header"),
            (0, build_helpers_1.text)("计算", "header"),
            (0, build_helpers_1.text)("差额", "header"),
        ]),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)(shareBasis.label),
            (0, build_helpers_1.input)(shareBasis),
            build_helpers_1.skip,
            build_helpers_1.skip,
            (0, build_helpers_1.text)(shareBasis.hint ?? "", "hint", 9),
        ]),
        ...["personnel", "public"].map((p) => (0, build_helpers_1.row)([
            (0, build_helpers_1.text)(shareFields[p].label),
            (0, build_helpers_1.input)(shareFields[p]),
            (0, build_helpers_1.computed)(shareCalcs[p]),
            (0, build_helpers_1.computed)((0, build_helpers_1.calc)(`jx_diff_share${cap(p)}`, `${shareFields[p].label}差额`, `${shareFields[p].en}, difference`, "rate", (0, expr_1.difference)(shareFields[p].name, (0, expr_1.name)(shareCalcs[p].name)))),
        ])),
        build_helpers_1.blankRow,
        (0, build_helpers_1.sectionRow)("预算执行", SUMMARY_WIDTH),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)("项目", "header"), (0, build_helpers_1.text)("填报", "header"), (0, build_helpers_1.text)("计算", "header")]),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(exports.execution.carryoverPrior.label), (0, build_helpers_1.input)(exports.execution.carryoverPrior)]),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(exports.execution.additions.label), (0, build_helpers_1.input)(exports.execution.additions)]),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(exports.execution.carryoverEnd.label), (0, build_helpers_1.input)(exports.execution.carryoverEnd)]),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(exports.execution.procurementBudget.label), (0, build_helpers_1.input)(exports.execution.procurementBudget)]),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(exports.execution.procurementActual.label), (0, build_helpers_1.input)(exports.execution.procurementActual)]),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(executionCalcs.executionRate.label), build_helpers_1.skip, (0, build_helpers_1.computed)(executionCalcs.executionRate)]),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(executionCalcs.adjustmentRate.label), build_helpers_1.skip, (0, build_helpers_1.computed)(executionCalcs.adjustmentRate)]),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)(executionCalcs.procurementRate.label),
            build_helpers_1.skip,
            (0, build_helpers_1.computed)(executionCalcs.procurementRate),
        ]),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(exports.execution.executionReason.label), (0, build_helpers_1.input)(exports.execution.executionReason, 12)], 48),
    ],
};
const expenditureSheet = {
    name: "支出明细",
    en: "Expenditure items",
    purpose: "按支出经济分类逐行填列基本支出（可从部门决算表粘贴）",
    widths: [11, 12, 30, 16, 12, 12, 12, 12, 24],
    orientation: "landscape",
    freezeRows: 3,
    tabColor: "833C0B",
    rows: [
        (0, build_helpers_1.titleRow)("基本支出明细（万元）", 9),
        (0, build_helpers_1.hintRow)("已列出常用经济分类科目，无数的行留空即可；可插入行或在表格下方续填。空白不等于零。", 9),
        (0, build_helpers_1.tablesRow)({ table: exports.expenditureTable, col: 0 }),
    ],
};
const projectsSheet = {
    name: "项目",
    en: "Projects",
    purpose: "项目支出（报告二（二））",
    widths: [30, 10, 12, 12, 12, 12, 10, 36, 36],
    orientation: "landscape",
    freezeRows: 3,
    tabColor: "833C0B",
    rows: [
        (0, build_helpers_1.titleRow)("项目支出（万元）", 9),
        (0, build_helpers_1.hintRow)("每个项目一行；重点项目用于计算重点支出安排率。执行率=实际支出/全年预算，自动计算。", 9),
        (0, build_helpers_1.tablesRow)({ table: exports.projectsTable, col: 0 }),
    ],
};
// ------------------------------------------------------------------------------------------
// 收入
const I = (n, path, label, en) => (0, build_helpers_1.field)(`jx_${n}`, `income.${path}`, { label, en, type: "amount", unit: "万元" });
const income = {
    fiscalGeneral: I("incomeFiscalGeneral", "fiscalGeneral", "一般公共预算财政拨款收入", "General budget appropriation"),
    fiscalFund: I("incomeFiscalFund", "fiscalFund", "政府性基金预算财政拨款收入", "Government fund appropriation"),
    fiscalStateCapital: I("incomeFiscalStateCapital", "fiscalStateCapital", "国有资本经营预算财政拨款收入", "State capital appropriation"),
    other: I("incomeOther", "other", "其他收入", "Other income"),
    total: I("incomeTotal", "total", "本年收入合计", "Total income"),
    previousTotal: I("incomePreviousTotal", "previousTotal", "上年收入合计", "Previous year's total income"),
};
const incomeCalcs = {
    total: (0, build_helpers_1.calc)("jx_calc_incomeTotal", "本年收入合计（计算）", "Total income, computed", "amount", (0, expr_1.add)((0, expr_1.name)(income.fiscalGeneral.name), (0, expr_1.name)(income.fiscalFund.name), (0, expr_1.name)(income.fiscalStateCapital.name), (0, expr_1.name)(income.other.name))),
};
const incomeEff = (0, expr_1.effective)(income.total.name, (0, expr_1.name)(incomeCalcs.total.name));
const incomeDerived = {
    change: (0, build_helpers_1.calc)("jx_calc_incomeChange", "收入同比变动率", "Income change on the previous year", "rate", (0, expr_1.change)(incomeEff, (0, expr_1.name)(income.previousTotal.name))),
    balance: (0, build_helpers_1.calc)("jx_calc_balanceGap", "收支平衡差额（上年结转+收入−支出−年末结转结余）", "Balance gap", "amount", (0, expr_1.iff)(
    // Blank carry-overs count as none, as the income-balance rule reads them.
    (0, expr_1.and)((0, expr_1.isNumber)(incomeEff), (0, expr_1.isNumber)(eff("total", "actual"))), (0, expr_1.sub)((0, expr_1.add)((0, expr_1.name)(exports.execution.carryoverPrior.name), incomeEff), (0, expr_1.add)(eff("total", "actual"), (0, expr_1.name)(exports.execution.carryoverEnd.name))), expr_1.BLANK)),
};
const incomeSheet = {
    name: "收入",
    en: "Income",
    purpose: "收入情况（可选），用于收支平衡与同比分析",
    widths: [34, 14, 14, 12, 44],
    orientation: "portrait",
    freezeRows: 2,
    tabColor: "375623",
    rows: [
        (0, build_helpers_1.titleRow)("收入（万元，可选）", 5),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("项目", "header"),
            (0, build_helpers_1.text)("填报", "header"),
            (0, build_helpers_1.text)("计算", "header"),
            (0, build_helpers_1.text)("差额", "header"),
            (0, build_helpers_1.text)("说明", "header"),
        ]),
        (0, build_helpers_1.row)(plainRow(income.fiscalGeneral)),
        (0, build_helpers_1.row)(plainRow(income.fiscalFund)),
        (0, build_helpers_1.row)(plainRow(income.fiscalStateCapital)),
        (0, build_helpers_1.row)(plainRow(income.other)),
        (0, build_helpers_1.row)(statedRow(income.total, incomeCalcs.total, "jx_diff_incomeTotal")),
        (0, build_helpers_1.row)(plainRow(income.previousTotal)),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)(incomeDerived.change.label),
            build_helpers_1.skip,
            (0, build_helpers_1.computed)(incomeDerived.change),
            build_helpers_1.skip,
            (0, build_helpers_1.text)("(本年−上年)/上年", "hint"),
        ]),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("收支平衡差额"),
            build_helpers_1.skip,
            (0, build_helpers_1.computed)(incomeDerived.balance),
            build_helpers_1.skip,
            (0, build_helpers_1.text)("上年结转+本年收入−支出总计（实际）−年末结转结余，应为0；上年结转与年末结转结余填在“支出汇总”", "hint"),
        ], 32),
    ],
};
const TP_LABEL = {
    abroad: ["因公出国(境)费", "Official travel abroad"],
    vehiclePurchase: ["公务用车购置费", "Official vehicle purchase"],
    vehicleRunning: ["公务用车运行维护费", "Official vehicle running"],
    reception: ["公务接待费", "Official reception"],
    total: ["三公经费合计（填报）", "Three public expenses, total"],
};
const TP_MEASURE = {
    budget: ["预算", "budget", "amount", "万元"],
    actual: ["实际", "actual", "amount", "万元"],
    groups: ["团组数", "groups", "count", "个"],
    persons: ["人数", "persons", "count", "人"],
    batches: ["接待批次", "batches", "count", "批"],
};
const YEAR_LABEL = {
    current: ["本年", "this year"],
    previous: ["上年", "previous year"],
};
function tp(item, year, m) {
    const [label, en] = TP_LABEL[item];
    const [mLabel, mEn, type, unit] = TP_MEASURE[m];
    const [yLabel, yEn] = YEAR_LABEL[year];
    return (0, build_helpers_1.field)(`jx_tp_${year}_${item}_${m}`, `threePublic.${year}.${item}.${m}`, {
        label: `${label}${item === "total" ? "" : ""}（${yLabel}${mLabel}）`,
        en: `${en}, ${yEn} ${mEn}`,
        type,
        unit,
    });
}
const TP_YEARS = ["current", "previous"];
const MONEY = ["budget", "actual"];
const tpCalcName = (y, m) => `jx_calc_tp_${y}_total_${m}`;
const tpTotalCalc = (y, m) => (0, build_helpers_1.calc)(tpCalcName(y, m), `三公经费合计（${YEAR_LABEL[y][0]}${TP_MEASURE[m][0]}，计算）`, `Three public expenses, ${YEAR_LABEL[y][1]} ${m}, computed`, "amount", (0, expr_1.add)(...["abroad", "vehiclePurchase", "vehicleRunning", "reception"].map((i) => (0, expr_1.name)(tp(i, y, m).name))));
const tpEff = (y, m) => (0, expr_1.effective)(tp("total", y, m).name, (0, expr_1.name)(tpCalcName(y, m)));
/** Columns B–E: 本年预算, 本年实际, 上年预算, 上年实际. */
function tpMoneyRow(item) {
    return (0, build_helpers_1.row)([
        (0, build_helpers_1.text)(TP_LABEL[item][0]),
        ...TP_YEARS.flatMap((y) => MONEY.map((m) => (0, build_helpers_1.input)(tp(item, y, m)))),
    ]);
}
function tpCountRow(item, m) {
    return (0, build_helpers_1.row)([
        (0, build_helpers_1.text)(`\u3000其中：${TP_MEASURE[m][0]}（${TP_MEASURE[m][3]}）`),
        ...TP_YEARS.flatMap((y) => [build_helpers_1.skip, (0, build_helpers_1.input)(tp(item, y, m))]),
    ]);
}
const threePublicSheet = {
    name: "三公经费",
    en: "Three public expenses",
    purpose: "因公出国(境)、公务用车、公务接待，本年与上年（报告二（一）、评分）",
    widths: [30, 13, 13, 13, 13, 40],
    orientation: "portrait",
    freezeRows: 3,
    tabColor: "7030A0",
    rows: [
        (0, build_helpers_1.titleRow)("三公经费（万元）", 6),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("项目", "header"),
            (0, build_helpers_1.text)("本年", "header", 2),
            (0, build_helpers_1.text)("上年", "header", 2),
            (0, build_helpers_1.text)("说明", "header"),
        ]),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("", "header"),
            (0, build_helpers_1.text)("预算", "header"),
            (0, build_helpers_1.text)("实际", "header"),
            (0, build_helpers_1.text)("预算", "header"),
            (0, build_helpers_1.text)("实际", "header"),
            (0, build_helpers_1.text)("", "header"),
        ]),
        tpMoneyRow("abroad"),
        tpCountRow("abroad", "groups"),
        tpCountRow("abroad", "persons"),
        tpMoneyRow("vehiclePurchase"),
        tpMoneyRow("vehicleRunning"),
        tpMoneyRow("reception"),
        tpCountRow("reception", "batches"),
        tpCountRow("reception", "persons"),
        tpMoneyRow("total"),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("三公经费合计（计算）"),
            ...TP_YEARS.flatMap((y) => MONEY.map((m) => (0, build_helpers_1.computed)(tpTotalCalc(y, m)))),
        ]),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("差额"),
            ...TP_YEARS.flatMap((y) => MONEY.map((m) => (0, build_helpers_1.computed)((0, build_helpers_1.calc)(`jx_diff_tp_${y}_total_${m}`, `三公经费合计（${YEAR_LABEL[y][0]}${TP_MEASURE[m][0]}）差额`, `Three public total, ${y} ${m}, difference`, "amount", (0, expr_1.difference)(tp("total", y, m).name, (0, expr_1.name)(tpCalcName(y, m))))))),
        ]),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("变动率（本年较上年）"),
            (0, build_helpers_1.computed)((0, build_helpers_1.calc)("jx_calc_tpChange_budget", "三公经费变动率（预算口径）", "Three public change, budget basis", "rate", (0, expr_1.change)(tpEff("current", "budget"), tpEff("previous", "budget")))),
            (0, build_helpers_1.computed)((0, build_helpers_1.calc)("jx_calc_tpChange_actual", "三公经费变动率（实际口径）", "Three public change, actual basis", "rate", (0, expr_1.change)(tpEff("current", "actual"), tpEff("previous", "actual")))),
            build_helpers_1.skip,
            build_helpers_1.skip,
            (0, build_helpers_1.text)("(本年−上年)/上年，上年为0时无法计算", "hint"),
        ]),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("控制率（实际/预算）"),
            build_helpers_1.skip,
            (0, build_helpers_1.computed)((0, build_helpers_1.calc)("jx_calc_tpControl_current", "三公经费控制率（本年）", "Three public control, this year", "rate", (0, expr_1.ratio)(tpEff("current", "actual"), tpEff("current", "budget")))),
            build_helpers_1.skip,
            (0, build_helpers_1.computed)((0, build_helpers_1.calc)("jx_calc_tpControl_previous", "三公经费控制率（上年）", "Three public control, previous year", "rate", (0, expr_1.ratio)(tpEff("previous", "actual"), tpEff("previous", "budget")))),
            (0, build_helpers_1.text)("预算为0时无法计算", "hint"),
        ]),
    ],
};
// ------------------------------------------------------------------------------------------
// 绩效指标
const IND = "T_Indicators";
exports.indicatorsTable = {
    name: IND,
    label: "绩效指标",
    en: "Performance indicators",
    path: "indicators",
    blankRows: 15,
    columns: [
        {
            header: "一级指标",
            en: "Level 1",
            key: "level1",
            type: "choice",
            choices: ["产出指标", "效益指标", "满意度指标"],
            required: true,
        },
        {
            header: "二级指标",
            en: "Level 2",
            key: "level2",
            type: "choice",
            choices: [
                "数量指标",
                "质量指标",
                "时效指标",
                "成本指标",
                "经济效益指标",
                "社会效益指标",
                "生态效益指标",
                "可持续影响指标",
                "服务对象满意度指标",
            ],
        },
        {
            header: "三级指标",
            en: "Indicator",
            key: "level3",
            type: "text",
            required: true,
            hint: "报告中使用的指标名称，如“城镇新增就业人员”",
        },
        {
            header: "单位",
            en: "Unit",
            key: "unit",
            type: "text",
            hint: "人、万元、% 等；% 指标填 4.5 表示 4.5%",
        },
        {
            header: "方向",
            en: "Direction",
            key: "direction",
            type: "choice",
            choices: evaluation_1.DIRECTIONS,
            required: true,
            hint: "≥ 越大越好；≤ 越小越好；= 恰好；定性",
        },
        {
            header: "目标值",
            en: "Target",
            key: "target",
            type: "value",
            hint: "定量指标填数字；定性指标可填文字",
        },
        { header: "实际值", en: "Actual", key: "actual", type: "value" },
        {
            header: "填报完成率",
            en: "Stated completion rate",
            key: "statedRate",
            type: "rate",
            hint: "报告中写的完成率，如 102%",
        },
        {
            header: "计算完成率",
            en: "Computed completion rate",
            type: "rate",
            calc: (0, expr_1.iff)((0, expr_1.eq)((0, expr_1.thisRow)(IND, "方向"), (0, expr_1.str)("≤")), (0, expr_1.ratio)((0, expr_1.thisRow)(IND, "目标值"), (0, expr_1.thisRow)(IND, "实际值")), (0, expr_1.iff)((0, expr_1.eq)((0, expr_1.thisRow)(IND, "方向"), (0, expr_1.str)("定性")), expr_1.BLANK, (0, expr_1.ratio)((0, expr_1.thisRow)(IND, "实际值"), (0, expr_1.thisRow)(IND, "目标值")))),
            hint: "≥、=：实际/目标；≤：目标/实际；定性不计算",
        },
        { header: "分值", en: "Points", key: "points", type: "amount", unit: "分" },
        {
            header: "定性评价",
            en: "Assessment (qualitative)",
            key: "assessment",
            type: "choice",
            choices: evaluation_1.ASSESSMENT_BANDS,
        },
        { header: "偏差原因", en: "Reason for deviation", key: "deviationReason", type: "longtext" },
        {
            header: "报告主题",
            en: "Report topic",
            key: "topic",
            type: "text",
            hint: "该指标在报告四中所属的主题，与“文字材料”中的主题一致",
        },
    ],
};
const indicatorsSheet = {
    name: "绩效指标",
    en: "Indicators",
    purpose: "年度绩效指标：目标、实际、完成率、分值（报告四、自评表）",
    widths: [11, 14, 30, 8, 7, 11, 11, 11, 11, 8, 17, 30, 24],
    orientation: "landscape",
    freezeRows: 3,
    tabColor: "BF8F00",
    rows: [
        (0, build_helpers_1.titleRow)("绩效指标", 13),
        (0, build_helpers_1.hintRow)("每个指标一行。目标值、实际值填数字（单位见“单位”列）；“计算完成率”自动计算，与“填报完成率”比对。", 13),
        (0, build_helpers_1.tablesRow)({ table: exports.indicatorsTable, col: 0 }),
    ],
};
// ------------------------------------------------------------------------------------------
// 评分
const assessedFields = Object.fromEntries(scoring_profile_1.DEFAULT_PROFILE.indicators.flatMap((p) => p.method.kind === "assessed"
    ? [
        [
            p.id,
            (0, build_helpers_1.field)(`jx_assess_${p.id}`, p.method.path, {
                label: `${p.name}（自评得分）`,
                en: `${p.id}, assessed points`,
                type: "amount",
                unit: "分",
                hint: `满分${p.points}分`,
            }),
        ],
    ]
    : []));
exports.LEVEL_EN = {
    投入: "inputs",
    过程: "process",
    产出: "outputs",
    效益: "outcomes",
};
/** Names of the cells validate fills from the score (PRODUCT.md §4, scoring profile). */
exports.SCORE_NAMES = {
    points: (id) => `jx_scorePoints_${id}`,
    rate: (id) => `jx_scoreRate_${id}`,
    earned: (id) => `jx_score_${id}`,
    note: (id) => `jx_scoreNote_${id}`,
    level: (level1) => `jx_scoreLevel_${exports.LEVEL_EN[level1]}`,
    levelPoints: (level1) => `jx_scoreLevelPoints_${exports.LEVEL_EN[level1]}`,
    total: "jx_scoreTotal",
    grade: "jx_scoreGrade",
    status: "jx_scoreStatus",
};
const LEVELS = [...new Set(scoring_profile_1.DEFAULT_PROFILE.indicators.map((p) => p.level1))];
const scoringSheet = {
    name: "评分",
    en: "Scoring",
    purpose: "评分表：评分方案的指标、分值与得分；定性指标由单位自评，其余由校验按数据计分",
    widths: [9, 22, 7, 46, 11, 11, 10, 40],
    orientation: "landscape",
    freezeRows: 2,
    tabColor: "C00000",
    rows: [
        (0, build_helpers_1.titleRow)("评分表", 8),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("一级指标", "header"),
            (0, build_helpers_1.text)("指标", "header"),
            (0, build_helpers_1.text)("分值", "header"),
            (0, build_helpers_1.text)("评分方法", "header"),
            (0, build_helpers_1.text)("自评得分", "header"),
            (0, build_helpers_1.text)("计算值", "header"),
            (0, build_helpers_1.text)("得分", "header"),
            (0, build_helpers_1.text)("说明", "header"),
        ]),
        ...scoring_profile_1.DEFAULT_PROFILE.indicators.map((p) => (0, build_helpers_1.row)([
            (0, build_helpers_1.text)(p.level1),
            (0, build_helpers_1.text)(p.name),
            (0, build_helpers_1.result)(exports.SCORE_NAMES.points(p.id), `${p.name}分值`, `${p.id} points`, "amount"),
            (0, build_helpers_1.text)(p.description, "hint"),
            p.method.kind === "assessed" ? (0, build_helpers_1.input)(assessedFields[p.id]) : (0, build_helpers_1.text)("", "label"),
            (0, build_helpers_1.result)(exports.SCORE_NAMES.rate(p.id), `${p.name}计算值`, `${p.id} rate`, "rate"),
            (0, build_helpers_1.result)(exports.SCORE_NAMES.earned(p.id), `${p.name}得分`, `${p.id} points earned`, "amount"),
            (0, build_helpers_1.result)(exports.SCORE_NAMES.note(p.id), `${p.name}说明`, `${p.id} note`, "text"),
        ], 44)),
        (0, build_helpers_1.sectionRow)("合计", 8),
        ...LEVELS.map((l) => (0, build_helpers_1.row)([
            (0, build_helpers_1.text)(l),
            (0, build_helpers_1.text)(`${l}小计`),
            (0, build_helpers_1.result)(exports.SCORE_NAMES.levelPoints(l), `${l}分值`, `${exports.LEVEL_EN[l]} points`, "amount"),
            (0, build_helpers_1.text)("", "label"),
            (0, build_helpers_1.text)("", "label"),
            (0, build_helpers_1.text)("", "label"),
            (0, build_helpers_1.result)(exports.SCORE_NAMES.level(l), `${l}得分`, `${exports.LEVEL_EN[l]} points earned`, "amount"),
            (0, build_helpers_1.text)("", "label"),
        ])),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("总分", "subtitle"),
            build_helpers_1.skip,
            build_helpers_1.skip,
            build_helpers_1.skip,
            build_helpers_1.skip,
            build_helpers_1.skip,
            (0, build_helpers_1.result)(exports.SCORE_NAMES.total, "总分", "Total score", "amount"),
            (0, build_helpers_1.result)(exports.SCORE_NAMES.status, "评分说明", "Scoring status", "text"),
        ], 60),
        (0, build_helpers_1.row)([
            (0, build_helpers_1.text)("等级", "subtitle"),
            build_helpers_1.skip,
            build_helpers_1.skip,
            build_helpers_1.skip,
            build_helpers_1.skip,
            build_helpers_1.skip,
            (0, build_helpers_1.result)(exports.SCORE_NAMES.grade, "等级", "Grade", "text"),
        ]),
        (0, build_helpers_1.hintRow)("“自评得分”由单位填写（不超过分值）；其余得分在校验时按“支出”“三公经费”“项目”“绩效指标”等表中的数字计算，缺少数据的指标不计分并在“说明”中列出，此时总分不完整。等级：优≥90，良80–90，中60–80，差<60。各指标的评分方法见“评分方法”列；财政部门另有评分方案的，按其方案计分（校验时在本表下方列出方案中的其他指标）。", 8, 44),
    ],
};
// ------------------------------------------------------------------------------------------
// 文字材料
const N = (n, path, label, en, hint) => (0, build_helpers_1.field)(`jx_${n}`, `narrative.${path}`, { label, en, type: "longtext", hint });
const narrative = {
    overallGoal: N("overallGoal", "overallGoal", "年度总体目标", "Overall annual goal", "用于自评表"),
    goalCompletion: N("goalCompletion", "goalCompletion", "总体目标实际完成情况", "Completion of the overall goal", "用于自评表"),
    management: N("managementText", "management", "部门整体支出管理", "Management of expenditure", "报告第三部分"),
};
exports.NARRATIVE_KINDS = ["工作成效", "存在问题", "改进建议"];
exports.narrativeTable = {
    name: "T_Narrative",
    label: "文字段落",
    en: "Narrative paragraphs",
    path: "narrative.$paragraphs",
    blankRows: 12,
    columns: [
        {
            header: "部分",
            en: "Part",
            key: "kind",
            type: "choice",
            choices: exports.NARRATIVE_KINDS,
            required: true,
            hint: "工作成效（报告四）、存在问题、改进建议（报告五）",
        },
        {
            header: "主题",
            en: "Topic",
            key: "topic",
            type: "text",
            hint: "工作成效的小标题，如“稳步推进就业创业工作”；同一主题的段落放在一起",
        },
        {
            header: "内容",
            en: "Text",
            key: "text",
            type: "longtext",
            required: true,
            hint: "一行一段；序号由报告生成",
        },
    ],
};
const narrativeSheet = {
    name: "文字材料",
    en: "Narrative",
    purpose: "报告中需要人工撰写的文字（报告三、四、五；自评表）",
    widths: [14, 28, 100],
    orientation: "landscape",
    freezeRows: 0,
    tabColor: "595959",
    rows: [
        (0, build_helpers_1.titleRow)("文字材料", 3),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(narrative.overallGoal.label), (0, build_helpers_1.input)(narrative.overallGoal, 2)], 60),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(narrative.goalCompletion.label), (0, build_helpers_1.input)(narrative.goalCompletion, 2)], 60),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(narrative.management.label), (0, build_helpers_1.input)(narrative.management, 2)], 60),
        build_helpers_1.blankRow,
        (0, build_helpers_1.sectionRow)("工作成效、存在问题、改进建议（每行一段）", 3),
        (0, build_helpers_1.tablesRow)({ table: exports.narrativeTable, col: 0 }),
    ],
};
// ------------------------------------------------------------------------------------------
// 填表说明
const SHEETS_BEFORE_GUIDE = [
    profileSheet,
    listsSheet,
    summarySheet,
    expenditureSheet,
    projectsSheet,
    incomeSheet,
    threePublicSheet,
    indicatorsSheet,
    scoringSheet,
    narrativeSheet,
];
const GUIDE_LINES = [
    "1. 本工作簿是部门整体支出绩效自评的标准模板。黄色单元格由单位填写；蓝灰色单元格为自动计算，请勿改写。",
    "2. 金额单位一律为万元，保留两位小数；人数、个数填整数；比例填百分数（如 71%）。空白表示未填，不等于零。",
    "3. 填报值照抄部门决算表或报告中的数字，与计算值不一致时“差额”列显示差额，校验时会提示。",
    "4. 列表（内设机构、主要职责、支出明细、项目、绩效指标、文字段落）是 Excel 表格，可在中间插入行，或在表格下方紧接着续填。",
    "5. 请勿删除工作表、重命名工作表中的名称或表格；工作表可以调整顺序。",
    "6. 填完后在加载项中点击“校验”，按提示修改，直至没有错误；再点击“生成报告”。",
];
const guideSheet = {
    name: "填表说明",
    en: "Instructions",
    purpose: "填表说明、单元格样式图例、模板版本",
    widths: [24, 96],
    orientation: "portrait",
    tabColor: "404040",
    rows: [
        (0, build_helpers_1.titleRow)("部门整体支出绩效自评 — 填表说明", 2),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)(versionField.label), (0, build_helpers_1.input)(versionField)]),
        build_helpers_1.blankRow,
        ...GUIDE_LINES.map((l) => (0, build_helpers_1.row)([(0, build_helpers_1.text)(l, "hint", 2)], 34)),
        build_helpers_1.blankRow,
        (0, build_helpers_1.sectionRow)("单元格样式", 2),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)("填写", "input"), (0, build_helpers_1.text)("由单位填写的单元格（浅黄）", "hint")]),
        (0, build_helpers_1.row)([(0, build_helpers_1.text)("自动计算", "calc"), (0, build_helpers_1.text)("由公式计算的单元格（蓝灰），校验时自动恢复公式", "hint")]),
        build_helpers_1.blankRow,
        (0, build_helpers_1.sectionRow)("工作表", 2),
        ...SHEETS_BEFORE_GUIDE.map((s) => (0, build_helpers_1.row)([(0, build_helpers_1.text)(s.name), (0, build_helpers_1.text)(s.purpose, "hint")])),
    ],
};
exports.SHEETS = [guideSheet, ...SHEETS_BEFORE_GUIDE];
