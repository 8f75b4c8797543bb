import rule from "../../src/rules/staff-movement";
import { evaluation, ruleTester } from "./rule-tester";

const people = (p: Record<string, string>) => evaluation({ profile: { people: p } });
/** “年初实有在职人员25人，本年调入2人、调出1人、退休1人，年末实有在职25人” */
const STATEMENT = {
  activeLastYear: "25",
  transferredIn: "2",
  transferredOut: "1",
  retiredInYear: "1",
  active: "25",
};
const P = "profile.people";
/** The statement with one figure left blank. */
function without(key: keyof typeof STATEMENT, changes: Record<string, string> = {}) {
  const rest: Record<string, string> = { ...STATEMENT, ...changes };
  delete rest[key];
  return people(rest);
}

ruleTester(rule, {
  valid: [
    { name: "the statement: 25 + 2 − 1 − 1 = 25", model: people(STATEMENT) },
    { name: "nothing stated", model: evaluation() },
    {
      name: "last year's figure not stated: nothing to reconcile",
      model: without("activeLastYear"),
    },
  ],
  invalid: [
    {
      name: "年末 stated as 26: 25 + 2 − 1 − 1 is 25",
      model: people({ ...STATEMENT, active: "26" }),
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          paths: [
            `${P}.active`,
            `${P}.activeLastYear`,
            `${P}.transferredIn`,
            `${P}.transferredOut`,
            `${P}.retiredInYear`,
          ],
          expected: "25",
          actual: "26",
          says: ["在职人员填报 26 人", "计算为 25 人", "相差 1 人"],
        },
      ],
    },
    {
      name: "退休 blank, pinned down by the rest: a warning naming 1, never 0",
      model: without("retiredInYear"),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          expected: "1",
          paths: [
            `${P}.retiredInYear`,
            `${P}.active`,
            `${P}.activeLastYear`,
            `${P}.transferredIn`,
            `${P}.transferredOut`,
          ],
          says: ["本年退休（减少）未填", "应为 1 人"],
        },
      ],
    },
    {
      name: "调入 blank but 年末 27 needs 4 joiners: the warning names 4",
      model: without("transferredIn", { active: "27" }),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          expected: "4",
          paths: [
            `${P}.transferredIn`,
            `${P}.active`,
            `${P}.activeLastYear`,
            `${P}.transferredOut`,
            `${P}.retiredInYear`,
          ],
        },
      ],
    },
    {
      name: "调出 blank but 年末 27 exceeds 25 + 2 − 1 even with none out: an error",
      model: without("transferredOut", { active: "27" }),
      errors: [
        {
          messageId: "impliedNegative",
          severity: "error",
          paths: [
            `${P}.transferredOut`,
            `${P}.active`,
            `${P}.activeLastYear`,
            `${P}.transferredIn`,
            `${P}.retiredInYear`,
          ],
          actual: "-1",
          says: ["本年调出（减少）未填", "应为 -1 人"],
        },
      ],
    },
    {
      name: "two movements blank: one info finding",
      model: people({ activeLastYear: "25", transferredIn: "2", active: "25" }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          paths: [
            `${P}.transferredOut`,
            `${P}.retiredInYear`,
            `${P}.active`,
            `${P}.activeLastYear`,
            `${P}.transferredIn`,
          ],
        },
      ],
    },
  ],
});
