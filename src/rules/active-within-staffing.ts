import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { sum } from "./core/relations";
import { figures, valueAt } from "./core/helpers";

const KINDS = ["administrative", "politicalLegal", "institutional", "worker"] as const;

/** 在职人员 ≤ 编制数合计 (seed: 10 ≤ 11); the 在职人员控制率 of the scoring. */
export default defineRule({
  meta: {
    id: "active-within-staffing",
    category: "consistency",
    severity: "warning",
    description:
      "在职人员 does not exceed 编制数合计 (the posts by kind when the total is blank). Counts are exact.",
    blanks:
      "Needs 在职人员 and a 编制 total (stated, else the filled kinds); with blank kinds the filled ones are a lower bound, so only an excess over a stated total is judged.",
    messages: {
      overStaffed: {
        zh: "在职人员 {{active}} 人，超过编制数合计 {{staffing}} 人（超出 {{over}} 人）。请核对在职人数和编制数；如确有超编，请在报告中说明。",
        en: "{{active}} serving staff exceed the {{staffing}} authorised posts (by {{over}}). Check both figures; explain any overstaffing in the report.",
      },
    },
  },
  check(ctx) {
    const { people, staffing } = ctx.model.profile;
    if (people.active === undefined) return;
    const posts =
      staffing.total !== undefined
        ? [{ path: "profile.staffing.total", value: staffing.total }]
        : figures(
            ctx,
            (p) => valueAt(ctx.model, p),
            KINDS.map((k) => `profile.staffing.${k}`)
          );
    if (posts.length === 0) return;
    const quota = sum(posts.map((p) => p.value));
    if (new Decimal(people.active).lte(quota)) return;
    ctx.report({
      messageId: "overStaffed",
      data: {
        active: people.active,
        staffing: quota.toFixed(),
        over: new Decimal(people.active).minus(quota).toFixed(),
      },
      cells: [ctx.at("profile.people.active"), ...posts.map((p) => ctx.at(p.path))],
      expected: `≤ ${quota.toFixed()}`,
      actual: people.active,
    });
  },
});
