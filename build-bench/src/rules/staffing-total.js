"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("./core/rule");
const helpers_1 = require("./core/helpers");
const KINDS = ["administrative", "politicalLegal", "institutional", "worker"];
/** 行政 + 政法 + 事业 + 工勤编制 = 编制数合计 (seed: 10 + 0 + 0 + 1 = 11). */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "staffing-total",
        category: "arithmetic",
        severity: "error",
        description: "编制数合计 equals the sum of the posts by kind (行政、政法、事业、工勤).",
        messages: {
            mismatch: {
                zh: "编制数合计填报 {{stated}} 人，按行政、政法、事业、工勤编制相加为 {{computed}} 人（相差 {{difference}} 人）。",
                en: "Authorised posts total {{stated}}, but the posts by kind add up to {{computed}} (difference {{difference}} persons).",
            },
        },
    },
    check(ctx) {
        const s = ctx.model.profile.staffing;
        if (s.total === undefined)
            return;
        const get = (p) => s[p.split(".").pop()];
        (0, helpers_1.checkSum)(ctx, {
            total: { path: "profile.staffing.total", value: s.total },
            exact: true,
            parts: (0, helpers_1.figures)(ctx, get, KINDS.map((k) => `profile.staffing.${k}`)),
        });
    },
});
