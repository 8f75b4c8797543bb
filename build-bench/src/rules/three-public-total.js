"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("./core/rule");
const helpers_1 = require("./core/helpers");
const three_public_1 = require("./core/three-public");
/** 因公出国(境) + 公务用车购置 + 公务用车运行 + 公务接待 = 三公经费合计, per year, budget and actual. */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "three-public-total",
        category: "arithmetic",
        severity: "error",
        description: "The stated 三公经费合计 equals 因公出国(境) + 公务用车购置 + 公务用车运行维护 + 公务接待, for this and the previous year, budget and actual.",
        messages: {
            mismatch: {
                zh: "三公经费合计（{{year}}{{measure}}）填报 {{stated}} 万元，但因公出国(境)、公务用车购置、公务用车运行维护、公务接待四项相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
                en: "Three public expenses ({{yearEn}}, {{measureEn}}) are stated as {{stated}}, but the four items add up to {{computed}} (difference {{difference}} 万元).",
            },
        },
    },
    check(ctx) {
        for (const y of three_public_1.TP_YEARS) {
            for (const m of three_public_1.TP_MEASURES) {
                const total = ctx.model.threePublic[y].total[m];
                if (total === undefined)
                    continue;
                (0, helpers_1.checkSum)(ctx, {
                    total: { path: `threePublic.${y}.total.${m}`, value: total },
                    parts: (0, helpers_1.figures)(ctx, (p) => (0, helpers_1.valueAt)(ctx.model, p), three_public_1.TP_ITEMS.map((k) => `threePublic.${y}.${k}.${m}`)),
                    data: {
                        year: three_public_1.YEAR_LABEL[y].zh,
                        yearEn: three_public_1.YEAR_LABEL[y].en,
                        measure: three_public_1.MEASURE_LABEL[m].zh,
                        measureEn: three_public_1.MEASURE_LABEL[m].en,
                    },
                });
            }
        }
    },
});
