"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const decimal_1 = require("../model/decimal");
const rule_1 = require("./core/rule");
const relations_1 = require("./core/relations");
const helpers_1 = require("./core/helpers");
const KINDS = ["administrative", "politicalLegal", "institutional", "worker"];
/** 在职人员 ≤ 编制数合计 (seed: 10 ≤ 11); the 在职人员控制率 of the scoring. */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "active-within-staffing",
        category: "consistency",
        severity: "warning",
        description: "在职人员 does not exceed 编制数合计 (the posts by kind when the total is blank). Counts are exact.",
        messages: {
            overStaffed: {
                zh: "在职人员 {{active}} 人，超过编制数合计 {{staffing}} 人（超出 {{over}} 人）。请核对在职人数和编制数；如确有超编，请在报告中说明。",
                en: "{{active}} serving staff exceed the {{staffing}} authorised posts (by {{over}}). Check both figures; explain any overstaffing in the report.",
            },
        },
    },
    check(ctx) {
        const { people, staffing } = ctx.model.profile;
        if (people.active === undefined)
            return;
        const posts = staffing.total !== undefined
            ? [{ path: "profile.staffing.total", value: staffing.total }]
            : (0, helpers_1.figures)(ctx, (p) => (0, helpers_1.valueAt)(ctx.model, p), KINDS.map((k) => `profile.staffing.${k}`));
        if (posts.length === 0)
            return;
        const quota = (0, relations_1.sum)(posts.map((p) => p.value));
        if (new decimal_1.Decimal(people.active).lte(quota))
            return;
        ctx.report({
            messageId: "overStaffed",
            data: {
                active: people.active,
                staffing: quota.toFixed(),
                over: new decimal_1.Decimal(people.active).minus(quota).toFixed(),
            },
            cells: [ctx.at("profile.people.active"), ...posts.map((p) => ctx.at(p.path))],
            expected: `≤ ${quota.toFixed()}`,
            actual: people.active,
        });
    },
});
