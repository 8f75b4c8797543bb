"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const decimal_1 = require("../model/decimal");
const rule_1 = require("./core/rule");
/** 内设机构数 equals the number of names listed (a name may hold 、 and brackets). */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "internal-body-count",
        category: "consistency",
        severity: "warning",
        description: "The stated number of internal bodies equals the number of names listed.",
        messages: {
            mismatch: {
                zh: "内设机构数填报 {{stated}} 个，但“机构职责”表列出 {{listed}} 个名称。",
                en: "{{stated}} internal bodies are stated, but {{listed}} names are listed.",
            },
        },
    },
    check({ model, at, report }) {
        const stated = model.profile.internalBodyCount;
        const names = model.profile.internalBodies;
        if (stated === undefined || names.length === 0)
            return;
        if (new decimal_1.Decimal(stated).eq(names.length))
            return;
        report({
            messageId: "mismatch",
            data: { stated, listed: names.length },
            cells: [
                at("profile.internalBodyCount"),
                ...names.map((_, i) => at(`profile.internalBodies.${i}`)),
            ],
            expected: String(names.length),
            actual: stated,
        });
    },
});
