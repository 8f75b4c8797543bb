"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const decimal_1 = require("../model/decimal");
const rule_1 = require("./core/rule");
const relations_1 = require("./core/relations");
const shares_1 = require("./core/shares");
/** 人员经费占比 + 公用经费占比 = 100 %: basic expenditure is exactly personnel plus public. */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "shares-sum",
        category: "ratio",
        severity: "warning",
        description: "The stated personnel and public shares of basic expenditure add up to 100 %, allowing for their rounding (silent when share-ratio already finds a share wrong).",
        messages: {
            notHundred: {
                zh: "人员经费占比 {{personnel}} 与公用经费占比 {{public}} 相加为 {{sum}}，应为 100%（基本支出只由人员支出和公用支出组成）。",
                en: "The personnel share {{personnel}} and the public share {{public}} add up to {{sum}}; they should make 100 %.",
            },
        },
    },
    check({ model, at, report }) {
        const { personnel, public: pub } = model.expenditure.shares;
        if (personnel === undefined || pub === undefined)
            return;
        // One fault, one finding: a share that share-ratio finds wrong is reported there.
        if (["personnel", "public"].some((p) => (0, shares_1.shareRatio)(model, p).check?.kind === "differs"))
            return;
        const s = (0, relations_1.sumIntervals)([(0, relations_1.interval)(personnel), (0, relations_1.interval)(pub)]);
        // The interval rule: 71 % + 30 % may be 70.5 % + 29.5 %, which is 100 %.
        if (s.lo.lte(1) && s.hi.gte(1))
            return;
        const total = new decimal_1.Decimal(personnel).plus(pub);
        report({
            messageId: "notHundred",
            data: {
                personnel: (0, relations_1.statedPercent)(personnel),
                public: (0, relations_1.statedPercent)(pub),
                sum: (0, relations_1.percent)(total, 1),
            },
            cells: [at("expenditure.shares.personnel"), at("expenditure.shares.public")],
            expected: "100%",
            actual: (0, relations_1.percent)(total, 1),
        });
    },
});
