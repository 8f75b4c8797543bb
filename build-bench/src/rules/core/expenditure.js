"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TOTAL_PARTS = exports.TOTAL_LABEL = exports.TOTAL_KEYS = void 0;
exports.categoryItems = categoryItems;
exports.projectFigures = projectFigures;
exports.amountOf = amountOf;
exports.combine = combine;
exports.computedTotal = computedTotal;
exports.effectiveTotal = effectiveTotal;
exports.effective = effective;
exports.describeTotal = describeTotal;
exports.checkComposite = checkComposite;
exports.itemLabel = itemLabel;
exports.projectLabel = projectLabel;
exports.amountLabel = amountLabel;
const decimal_1 = require("../../model/decimal");
const evaluation_1 = require("../../model/evaluation");
const helpers_1 = require("./helpers");
const relations_1 = require("./relations");
/** Filled figures of one column for the 支出明细 rows of a category (undefined: rows without one). */
function categoryItems(model, category, col) {
    return model.expenditure.items.flatMap((item, i) => item.category === category && item[col] !== undefined
        ? [{ path: `expenditure.items.${i}.${col}`, value: item[col] }]
        : []);
}
/** Filled figures of one column of the 项目 table. */
function projectFigures(model, col) {
    return model.projects.flatMap((p, i) => p[col] !== undefined ? [{ path: `projects.${i}.${col}`, value: p[col] }] : []);
}
exports.TOTAL_KEYS = ["personnel", "public", "basic", "project", "total"];
exports.TOTAL_LABEL = {
    personnel: { zh: "人员支出", en: "personnel expenditure" },
    public: { zh: "公用支出", en: "public expenditure" },
    basic: { zh: "基本支出", en: "basic expenditure" },
    project: { zh: "项目支出", en: "project expenditure" },
    total: { zh: "支出总计", en: "total expenditure" },
};
/** The totals a composite total adds up, as the template's computed cells do. */
exports.TOTAL_PARTS = { basic: ["personnel", "public"], total: ["basic", "project"] };
/** How a total is computed when its own cell is blank, for messages. */
const COMPUTED_FROM = {
    personnel: { zh: "按支出明细合计", en: "sum of items" },
    public: { zh: "按支出明细合计", en: "sum of items" },
    basic: { zh: "按人员、公用支出合计", en: "personnel + public" },
    project: { zh: "按项目表合计", en: "sum of projects" },
    total: { zh: "按基本、项目支出合计", en: "basic + project" },
};
/** The sum of filled figures; undefined when none is filled (blank is not zero). */
function amountOf(figs) {
    if (figs.length === 0)
        return undefined;
    const values = figs.map((f) => f.value);
    return {
        value: (0, relations_1.sum)(values),
        interval: (0, relations_1.sumIntervals)(values.map(relations_1.interval)),
        figures: figs,
        stated: false,
        suspect: (0, helpers_1.yuanSuspects)(values).size > 0,
    };
}
/** The sum of the given amounts, blanks left out; undefined when all are blank. */
function combine(parts) {
    const given = parts.filter(helpers_1.defined);
    if (given.length === 0)
        return undefined;
    return {
        value: given.reduce((s, a) => s.plus(a.value), new decimal_1.Decimal(0)),
        interval: (0, relations_1.sumIntervals)(given.map((a) => a.interval)),
        figures: given.flatMap((a) => a.figures),
        stated: false,
        suspect: given.some((a) => a.suspect),
    };
}
/** What the parts of a total give in one column, as the template's 计算 column shows it. */
function computedTotal(model, t, col) {
    switch (t) {
        case "personnel":
            return amountOf(categoryItems(model, "人员支出", col));
        case "public":
            return amountOf(categoryItems(model, "公用支出", col));
        case "project":
            return amountOf(projectFigures(model, col));
        default:
            return combine(exports.TOTAL_PARTS[t].map((p) => effectiveTotal(model, p, col)));
    }
}
/**
 * The effective value of a total: the stated figure if filled, else what its parts give if any
 * part is filled, else undefined — as the template's formulas use it downstream.
 */
function effectiveTotal(model, t, col) {
    const path = `expenditure.stated.${t}.${col}`;
    return effective(path, model.expenditure.stated[t][col], computedTotal(model, t, col));
}
/** A stated figure if filled (suspect when it looks like 元 beside its parts), else its parts. */
function effective(path, stated, parts) {
    if (stated === undefined)
        return parts;
    return {
        ...(0, relations_1.quantity)(stated),
        figures: [{ path, value: stated }],
        stated: true,
        suspect: parts !== undefined && !parts.suspect && (0, helpers_1.looksLikeYuan)(stated, parts.value),
    };
}
/** An amount for messages: as stated, or computed with how ("125.94（按支出明细合计）"). */
function describeTotal(a, t, decimals) {
    if (!a)
        return { zh: "未填", en: "blank" };
    const v = decimals === undefined ? (0, relations_1.show)(a.value) : (0, relations_1.fixed)(a.value, decimals);
    if (a.stated)
        return { zh: `${v} 万元`, en: v };
    return { zh: `${v} 万元（${COMPUTED_FROM[t].zh}）`, en: `${v} (${COMPUTED_FROM[t].en})` };
}
/**
 * A stated composite total against its effective parts, by intervals (基本 = 人员 + 公用,
 * 总计 = 基本 + 项目). Blank parts are left out; silent when none is filled or a 元 slip is in play.
 */
function checkComposite(ctx, t, col) {
    const stated = ctx.model.expenditure.stated[t][col];
    if (stated === undefined)
        return;
    const [a, b] = exports.TOTAL_PARTS[t];
    const parts = { [a]: effectiveTotal(ctx.model, a, col), [b]: effectiveTotal(ctx.model, b, col) };
    const computed = combine(Object.values(parts));
    if (!computed || computed.suspect)
        return;
    if ((0, relations_1.overlaps)(computed.interval, (0, relations_1.interval)(stated)) || (0, helpers_1.looksLikeYuan)(stated, computed.value))
        return;
    const dp = (0, relations_1.decimalsOfAll)([stated, ...computed.figures.map((f) => f.value)]);
    const described = { a: describeTotal(parts[a], a, dp), b: describeTotal(parts[b], b, dp) };
    ctx.report({
        messageId: "mismatch",
        data: {
            column: helpers_1.COLUMN_LABEL[col].zh,
            columnEn: helpers_1.COLUMN_LABEL[col].en,
            stated: (0, relations_1.fixed)(stated, dp),
            computed: (0, relations_1.fixed)(computed.value, dp),
            difference: (0, relations_1.fixed)(new decimal_1.Decimal(stated).minus(computed.value), dp),
            [a]: described.a.zh,
            [`${a}En`]: described.a.en,
            [b]: described.b.zh,
            [`${b}En`]: described.b.en,
        },
        cells: [
            ctx.at(`expenditure.stated.${t}.${col}`),
            ...computed.figures.map((f) => ctx.at(f.path)),
        ],
        expected: (0, relations_1.show)(computed.value),
        actual: stated,
    });
}
/** A 支出明细 row by its code and name, e.g. 支出明细“30101 工资支出”. */
function itemLabel(model, i) {
    const item = model.expenditure.items[i];
    const name = [item?.code, item?.name].filter((s) => s?.trim()).join(" ");
    return name
        ? { zh: `支出明细“${name}”`, en: `expenditure item “${name}”` }
        : { zh: `支出明细第 ${i + 1} 行`, en: `expenditure row ${i + 1}` };
}
/** A 项目 row by its name. */
function projectLabel(model, i) {
    const name = model.projects[i]?.name?.trim();
    return name
        ? { zh: `项目“${name}”`, en: `project “${name}”` }
        : { zh: `项目表第 ${i + 1} 行`, en: `project row ${i + 1}` };
}
/** The label of any amount cell: a field's template label, or a table row and its column. */
function amountLabel(model, path) {
    const m = /^(expenditure\.items|projects)\.(\d+)\.(\w+)$/.exec(path);
    const col = m?.[3];
    if (!m || !col || !evaluation_1.AMOUNT_COLUMNS.includes(col))
        return (0, helpers_1.fieldLabel)(path);
    const row = m[1] === "projects" ? projectLabel(model, Number(m[2])) : itemLabel(model, Number(m[2]));
    return { zh: `${row.zh}的${helpers_1.COLUMN_LABEL[col].zh}`, en: `${row.en}, ${helpers_1.COLUMN_LABEL[col].en}` };
}
