"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.capitalized = exports.defined = exports.COLUMN_LABEL = void 0;
exports.counted = counted;
exports.valueAt = valueAt;
exports.fieldLabel = fieldLabel;
exports.figures = figures;
exports.yuanSuspects = yuanSuspects;
exports.looksLikeYuan = looksLikeYuan;
exports.checkSum = checkSum;
const decimal_1 = require("../../model/decimal");
const layout_1 = require("../../layout");
const relations_1 = require("./relations");
/** Chinese and English names of the four amount columns, for messages. */
exports.COLUMN_LABEL = {
    budgetInitial: { zh: "年初预算", en: "initial budget" },
    budgetAdjusted: { zh: "全年预算", en: "adjusted budget" },
    actual: { zh: "实际支出", en: "actual" },
    fiscal: { zh: "财政拨款", en: "fiscal appropriation" },
};
const defined = (v) => v !== undefined;
exports.defined = defined;
/** An English count with its noun and verb in the right number: "1 indicator lacks", "2 indicators lack". */
function counted(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** An English label at the start of a sentence. */
const capitalized = (s) => s.charAt(0).toUpperCase() + s.slice(1);
exports.capitalized = capitalized;
/** The stated value at a model path ("income.total", "projects.0.actual"); undefined when blank. */
function valueAt(model, path) {
    let v = model;
    for (const key of path.split(".")) {
        if (v === null || typeof v !== "object")
            return undefined;
        v = v[key];
    }
    return typeof v === "string" ? v : undefined;
}
let fieldLabels;
/** The label the template gives a scalar field, e.g. 支出总计（实际支出）. */
function fieldLabel(path) {
    fieldLabels ?? (fieldLabels = new Map([...layout_1.PLACEMENTS.fields.values()].map(({ field }) => [
        field.path,
        { zh: field.label, en: field.en },
    ])));
    return fieldLabels.get(path) ?? { zh: path, en: path };
}
/** Figures of `paths` that are filled in (blank is not zero: blanks are left out). */
function figures(ctx, get, paths) {
    return paths.flatMap((path) => {
        const value = get(path);
        return value === undefined ? [] : [{ path, value }];
    });
}
/**
 * A figure typed in 元 where 万元 belong stands about 10,000 times above its neighbours.
 * Shared by the plausibility rule and the sum rules, so one fault yields one finding.
 */
function yuanSuspects(values) {
    const out = new Set();
    const sorted = values
        .map((v, i) => ({ v: new decimal_1.Decimal(v).abs(), i }))
        .filter((x) => !x.v.isZero())
        .sort((a, b) => a.v.cmp(b.v));
    if (sorted.length < 3)
        return out;
    // The median of the others: one sort, then for each figure the middle of the list without it
    // (a list of thousands of items was sorted once per item before).
    const middle = Math.floor((sorted.length - 1) / 2);
    sorted.forEach(({ v, i }, rank) => {
        const median = sorted[middle < rank ? middle : middle + 1].v;
        if (v.gte(median.times(1000)) && v.gte(1000))
            out.add(i);
    });
    return out;
}
/** Stated total about 10,000 times what its parts give (or the other way round). */
function looksLikeYuan(stated, computed) {
    const s = new decimal_1.Decimal(stated).abs();
    const c = computed.abs();
    if (s.isZero() || c.isZero())
        return false;
    const r = s.gt(c) ? s.div(c) : c.div(s);
    return r.gte(9000) && r.lte(11000);
}
/**
 * Parts add up to a stated total, by the interval rule. Reports at the total with every part's
 * cell; stays silent when nothing is stated, no part is filled, or a part is a 元/万元 slip
 * (reported by amount-in-yuan instead).
 */
function checkSum(ctx, c) {
    if (c.parts.length === 0)
        return;
    const values = c.parts.map((p) => p.value);
    if (yuanSuspects(values).size > 0)
        return;
    const computed = (0, relations_1.sum)(values);
    if (c.exact ? computed.eq(c.total.value) : (0, relations_1.sumHolds)(values, c.total.value))
        return;
    if (looksLikeYuan(c.total.value, computed))
        return;
    const cells = [ctx.at(c.total.path), ...c.parts.map((p) => ctx.at(p.path))];
    // Every figure of the message is written with the decimals of the finest one compared.
    const dp = (0, relations_1.decimalsOfAll)([c.total.value, ...values]);
    ctx.report({
        messageId: c.messageId ?? "mismatch",
        data: {
            stated: (0, relations_1.fixed)(c.total.value, dp),
            computed: (0, relations_1.fixed)(computed, dp),
            difference: (0, relations_1.fixed)(new decimal_1.Decimal(c.total.value).minus(computed), dp),
            ...c.data,
        },
        cells,
        expected: (0, relations_1.show)(computed),
        actual: c.total.value,
    });
}
