import rule from "../../src/rules/people-total";
import { evaluation, ruleTester } from "./rule-tester";

const people = (active: string, retiredCadre: string, retired: string, total: string) =>
  evaluation({ profile: { people: { active, retiredCadre, retired, total } } });

ruleTester(rule, {
  valid: [
    { name: "seed: 10 + 0 + 13 = 23", model: people("10", "0", "13", "23") },
    { name: "nothing stated", model: evaluation() },
  ],
  invalid: [
    {
      name: "10 + 0 + 13 stated as 22",
      model: people("10", "0", "13", "22"),
      errors: [
        {
          paths: [
            "profile.people.total",
            "profile.people.active",
            "profile.people.retiredCadre",
            "profile.people.retired",
          ],
          messageId: "mismatch",
          expected: "23",
          actual: "22",
          says: ["22", "23", "相差 -1 人"],
        },
      ],
    },
  ],
});
