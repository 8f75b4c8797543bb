"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("./core/rule");
const helpers_1 = require("./core/helpers");
const KINDS = ["active", "retiredCadre", "retired"];
/** 在职 + 离休 + 退休 = 实有人数合计 (seed: 10 + 0 + 13 = 23). */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "people-total",
        category: "arithmetic",
        severity: "error",
        description: "实有人数合计 equals 在职 + 离休 + 退休.",
        messages: {
            mismatch: {
                zh: "实有人数合计填报 {{stated}} 人，按在职、离休、退休人员相加为 {{computed}} 人（相差 {{difference}} 人）。",
                en: "Headcount total {{stated}}, but serving, retired cadres and retired staff add up to {{computed}} (difference {{difference}} persons).",
            },
        },
    },
    check(ctx) {
        const p = ctx.model.profile.people;
        if (p.total === undefined)
            return;
        const get = (path) => p[path.split(".").pop()];
        (0, helpers_1.checkSum)(ctx, {
            total: { path: "profile.people.total", value: p.total },
            exact: true,
            parts: (0, helpers_1.figures)(ctx, get, KINDS.map((k) => `profile.people.${k}`)),
        });
    },
});
