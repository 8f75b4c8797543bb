"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("./core/rule");
const relations_1 = require("./core/relations");
const helpers_1 = require("./core/helpers");
const expenditure_1 = require("./core/expenditure");
const exceeds = (row) => row.fiscal !== undefined && row.actual !== undefined && !(0, relations_1.atMost)(row.fiscal, row.actual);
const SHORT = {
    personnel: { zh: "人员", en: "personnel" },
    public: { zh: "公用", en: "public" },
    basic: { zh: "基本", en: "basic" },
    project: { zh: "项目", en: "projects" },
    total: { zh: "总计", en: "total" },
};
const statedRow = (ctx, t) => ({
    label: expenditure_1.TOTAL_LABEL[t],
    short: SHORT[t],
    path: `expenditure.stated.${t}`,
    figures: ctx.model.expenditure.stated[t],
});
/** 财政拨款 ≤ 实际支出 on every row; a faulty total is reported once, with its parts folded in. */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "fiscal-within-actual",
        category: "consistency",
        severity: "error",
        description: "其中财政拨款 is part of 实际支出 and cannot exceed it: stated totals, 支出明细 rows and projects. A faulty 基本支出 or 支出总计 is reported once, with its parts, not again for each part.",
        messages: {
            exceeds: {
                zh: "{{row}}中财政拨款 {{fiscal}} 万元{{fiscalParts}}超过实际支出 {{actual}} 万元{{actualParts}}。财政拨款是实际支出的一部分，不能大于实际支出；请核对两列是否取自决算表的同一行、同一口径。",
                en: "{{rowEn}}: the fiscal appropriation {{fiscal}}{{fiscalPartsEn}} exceeds the actual expenditure {{actual}}{{actualPartsEn}}; it is part of the actual expenditure and cannot exceed it. Check both come from the same line of the final accounts.",
            },
        },
    },
    check(ctx) {
        const st = ctx.model.expenditure.stated;
        const stated = (t, parts = []) => report(ctx, statedRow(ctx, t), parts.map((p) => statedRow(ctx, p)));
        if (exceeds(st.total))
            stated("total", ["basic", "project"]);
        else {
            if (exceeds(st.basic))
                stated("basic", ["personnel", "public"]);
            else
                for (const t of ["personnel", "public"])
                    if (exceeds(st[t]))
                        stated(t);
            if (exceeds(st.project))
                stated("project");
        }
        ctx.model.expenditure.items.forEach((figures, i) => {
            if (exceeds(figures))
                report(ctx, { label: (0, expenditure_1.itemLabel)(ctx.model, i), path: `expenditure.items.${i}`, figures });
        });
        ctx.model.projects.forEach((figures, i) => {
            if (exceeds(figures))
                report(ctx, { label: (0, expenditure_1.projectLabel)(ctx.model, i), path: `projects.${i}`, figures });
        });
    },
});
/** One finding at the row's 财政拨款, its parts' figures shown beside each side. */
function report(ctx, row, parts = []) {
    const side = (col, lang) => parts.flatMap((p) => p.figures[col] === undefined ? [] : [`${p.short?.[lang]} ${p.figures[col]}`]);
    const zh = (xs) => (xs.length ? `（${xs.join("、")}）` : "");
    const en = (xs) => (xs.length ? ` (${xs.join(", ")})` : "");
    const cellsOf = (r) => ["fiscal", "actual"]
        .filter((c) => r.figures[c] !== undefined)
        .map((c) => ctx.at(`${r.path}.${c}`));
    const fiscal = row.figures.fiscal;
    const actual = row.figures.actual;
    ctx.report({
        messageId: "exceeds",
        data: {
            row: row.label.zh,
            rowEn: (0, helpers_1.capitalized)(row.label.en),
            fiscal,
            actual,
            fiscalParts: zh(side("fiscal", "zh")),
            actualParts: zh(side("actual", "zh")),
            fiscalPartsEn: en(side("fiscal", "en")),
            actualPartsEn: en(side("actual", "en")),
        },
        cells: [row, ...parts].flatMap(cellsOf),
        expected: `≤ ${actual}`,
        actual: fiscal,
    });
}
