import rule from "../../src/rules/active-within-staffing";
import type { UnitProfile } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const profile = (active: string | undefined, staffing: UnitProfile["staffing"]) =>
  evaluation({ profile: { people: { active }, staffing } });

ruleTester(rule, {
  valid: [
    {
      name: "seed: 10 ≤ 11",
      model: profile("10", { administrative: "10", worker: "1", total: "11" }),
    },
    { name: "exactly at the quota", model: profile("11", { total: "11" }) },
    {
      name: "posts by kind when the total is blank",
      model: profile("11", { administrative: "10", worker: "1" }),
    },
    { name: "no posts filled", model: profile("10", {}) },
    { name: "no serving staff filled", model: profile(undefined, { total: "11" }) },
  ],
  invalid: [
    {
      name: "12 serving staff for 11 posts",
      model: profile("12", { administrative: "10", worker: "1", total: "11" }),
      errors: [
        {
          messageId: "overStaffed",
          severity: "warning",
          expected: "≤ 11",
          actual: "12",
          says: ["在职人员 12 人，超过编制数合计 11 人（超出 1 人）"],
          paths: ["profile.people.active", "profile.staffing.total"],
        },
      ],
    },
    {
      name: "the posts by kind stand in for a blank total",
      model: profile("12", { administrative: "10", worker: "1" }),
      errors: [
        {
          messageId: "overStaffed",
          data: { active: "12", staffing: "11", over: "1" },
          paths: [
            "profile.people.active",
            "profile.staffing.administrative",
            "profile.staffing.worker",
          ],
        },
      ],
    },
  ],
});
