"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unitSlips = unitSlips;
exports.slipPaths = slipPaths;
const decimal_1 = require("../../model/decimal");
const evaluation_1 = require("../../model/evaluation");
const helpers_1 = require("./helpers");
const expenditure_1 = require("./expenditure");
const income_1 = require("./income");
const relations_1 = require("./relations");
const three_public_1 = require("./three-public");
/** Beside a budget or last year, figures differ anyway: "about 10,000×" is a wide window. */
const LIKELY_LO = 3000;
const LIKELY_HI = 30000;
/** Only figures of 1,000 or more (10 million 元) are judged, as yuanSuspects does. */
function about10000(big, small) {
    if (small.isZero() || big.lt(1000))
        return false;
    const r = big.div(small);
    return r.gte(LIKELY_LO) && r.lte(LIKELY_HI);
}
const cache = new WeakMap();
/** Every unit slip of the model, in the order the catalog reads the workbook. */
function unitSlips(model) {
    let found = cache.get(model);
    if (!found) {
        found = findSlips(model);
        cache.set(model, found);
    }
    return found;
}
/** Paths of the figures under a slip finding (for "parts": the parts, not the total). */
function slipPaths(model) {
    return new Set(unitSlips(model).flatMap((s) => (s.basis === "parts" ? s.against.map((f) => f.path) : [s.path])));
}
function findSlips(model) {
    const slips = [];
    const slipped = new Set();
    const add = (s) => {
        const key = s.basis === "parts" ? s.against.map((f) => f.path) : [s.path];
        if (key.some((p) => slipped.has(p)))
            return;
        key.forEach((p) => slipped.add(p));
        slips.push(s);
    };
    const get = (p) => (0, helpers_1.valueAt)(model, p);
    /** The filled figures among `paths` (blank is not zero). */
    const figures = (paths) => paths.flatMap((path) => {
        const value = get(path);
        return value === undefined ? [] : [{ path, value }];
    });
    // 1. A figure 10,000 times the others of its column.
    const groups = [];
    for (const col of evaluation_1.AMOUNT_COLUMNS) {
        for (const category of ["人员支出", "公用支出", undefined])
            groups.push((0, expenditure_1.categoryItems)(model, category, col));
        groups.push((0, expenditure_1.projectFigures)(model, col));
    }
    for (const y of three_public_1.TP_YEARS)
        for (const m of three_public_1.TP_MEASURES)
            groups.push(figures(three_public_1.TP_ITEMS.map((k) => `threePublic.${y}.${k}.${m}`)));
    groups.push((0, income_1.incomeSources)(model));
    for (const group of groups) {
        for (const i of (0, helpers_1.yuanSuspects)(group.map((f) => f.value))) {
            const others = group.filter((_, j) => j !== i);
            add({ ...group[i], basis: "siblings", against: others });
        }
    }
    // 2. A figure 10,000 times another of its own row: 80000 spent against a budget of 8.
    const rows = [
        ...model.expenditure.items.map((_, i) => evaluation_1.AMOUNT_COLUMNS.map((c) => `expenditure.items.${i}.${c}`)),
        ...model.projects.map((_, i) => evaluation_1.AMOUNT_COLUMNS.map((c) => `projects.${i}.${c}`)),
        ...expenditure_1.TOTAL_KEYS.map((t) => evaluation_1.AMOUNT_COLUMNS.map((c) => `expenditure.stated.${t}.${c}`)),
        ...three_public_1.TP_YEARS.flatMap((y) => [...three_public_1.TP_ITEMS, "total"].map((k) => three_public_1.TP_MEASURES.map((m) => `threePublic.${y}.${k}.${m}`))),
        ["expenditure.execution.procurementBudget", "expenditure.execution.procurementActual"],
    ];
    for (const paths of rows) {
        const row = figures(paths).filter((f) => !new decimal_1.Decimal(f.value).isZero());
        for (const f of row) {
            const v = new decimal_1.Decimal(f.value).abs();
            const small = row.filter((o) => o !== f && about10000(v, new decimal_1.Decimal(o.value).abs()));
            if (small.length && !row.some((o) => o !== f && about10000(new decimal_1.Decimal(o.value).abs(), v)))
                add({ ...f, basis: "row", against: small, reference: new decimal_1.Decimal(small[0].value) });
        }
    }
    // 3. A figure 10,000 times last year's: 三公 by item and measure, income.
    const years = [
        ...[...three_public_1.TP_ITEMS, "total"].flatMap((k) => three_public_1.TP_MEASURES.map((m) => [
            `threePublic.current.${k}.${m}`,
            `threePublic.previous.${k}.${m}`,
        ])),
        ["income.total", "income.previousTotal"],
    ];
    for (const pair of years) {
        const [a, b] = figures(pair);
        if (!a || !b)
            continue;
        const [va, vb] = [new decimal_1.Decimal(a.value).abs(), new decimal_1.Decimal(b.value).abs()];
        if (about10000(va, vb))
            add({ ...a, basis: "previous", against: [b], reference: vb });
        else if (about10000(vb, va))
            add({ ...b, basis: "previous", against: [a], reference: va });
    }
    // 4. A stated total against its parts, where no part is itself a slip.
    const totals = [];
    for (const col of evaluation_1.AMOUNT_COLUMNS) {
        for (const t of expenditure_1.TOTAL_KEYS) {
            const parts = (0, expenditure_1.computedTotal)(model, t, col);
            totals.push({
                total: `expenditure.stated.${t}.${col}`,
                parts: parts?.figures,
                computed: parts?.value,
            });
        }
    }
    for (const y of three_public_1.TP_YEARS)
        for (const m of three_public_1.TP_MEASURES)
            totals.push({
                total: `threePublic.${y}.total.${m}`,
                parts: figures(three_public_1.TP_ITEMS.map((k) => `threePublic.${y}.${k}.${m}`)),
            });
    totals.push({ total: "income.total", parts: (0, income_1.incomeSources)(model) });
    for (const { total, parts, computed } of totals) {
        const value = get(total);
        if (value === undefined || !parts?.length || slipped.has(total))
            continue;
        if (parts.some((p) => slipped.has(p.path)))
            continue;
        const reference = computed ?? (0, relations_1.sum)(parts.map((p) => p.value));
        if (!(0, helpers_1.looksLikeYuan)(value, reference))
            continue;
        const high = new decimal_1.Decimal(value).abs().gt(reference.abs());
        add({ path: total, value, basis: high ? "total" : "parts", against: parts, reference });
    }
    return slips;
}
