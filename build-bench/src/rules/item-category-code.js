"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("./core/rule");
const expenditure_1 = require("./core/expenditure");
/** 301xx, 303xx are 人员支出; 302xx, 310xx are 公用支出 (支出经济分类). */
const CATEGORY_OF_CLASS = {
    "301": "人员支出",
    "303": "人员支出",
    "302": "公用支出",
    "310": "公用支出",
};
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "item-category-code",
        category: "consistency",
        severity: "warning",
        description: "A 支出明细 row's 类别 agrees with its 经济分类 code: 301, 303 are 人员支出; 302, 310 are 公用支出. Other codes are not checked.",
        messages: {
            wrongCategory: {
                zh: "{{item}}的类别填为“{{category}}”，但科目编码 {{code}} 属于{{expected}}（301、303 类为人员支出，302、310 类为公用支出）。类别决定该行计入哪一项合计，请改正。",
                en: "{{itemEn}} is filed under “{{category}}”, but code {{code}} belongs to {{expected}} (301, 303: personnel; 302, 310: public).",
            },
        },
    },
    check({ model, at, report }) {
        model.expenditure.items.forEach((item, i) => {
            const code = item.code?.trim();
            const expected = code ? CATEGORY_OF_CLASS[code.slice(0, 3)] : undefined;
            if (!expected || item.category === undefined || item.category === expected)
                return;
            const label = (0, expenditure_1.itemLabel)(model, i);
            report({
                messageId: "wrongCategory",
                data: { item: label.zh, itemEn: label.en, category: item.category, code: code, expected },
                cells: [at(`expenditure.items.${i}.category`), at(`expenditure.items.${i}.code`)],
                expected,
                actual: item.category,
            });
        });
    },
});
