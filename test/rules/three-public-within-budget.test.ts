import rule from "../../src/rules/three-public-within-budget";
import type { ThreePublicYear } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

type Year = Partial<ThreePublicYear>;
const model = (current: Year, previous: Year = {}) =>
  evaluation({ threePublic: { current, previous } });

ruleTester(rule, {
  valid: [
    {
      name: "seed: actuals only",
      model: model({ abroad: { actual: "0.00" }, reception: { actual: "0.31" } }),
    },
    {
      name: "within budget",
      model: model({
        reception: { budget: "0.50", actual: "0.31" },
        total: { budget: "0.50", actual: "0.31" },
      }),
    },
    {
      name: "rounding: 0.504 against 0.50",
      model: model({ reception: { budget: "0.50", actual: "0.504" } }),
    },
  ],
  invalid: [
    {
      name: "reception over budget",
      model: model({ reception: { budget: "0.30", actual: "0.31" } }),
      errors: [
        {
          messageId: "overBudget",
          severity: "warning",
          expected: "≤ 0.30",
          actual: "0.31",
          says: ["公务接待费（本年）实际支出 0.31 万元超过预算 0.30 万元"],
          paths: ["threePublic.current.reception.actual", "threePublic.current.reception.budget"],
        },
      ],
    },
    {
      name: "a total over budget is one finding naming the items",
      model: model(
        {},
        {
          reception: { budget: "0.30", actual: "0.50" },
          vehicleRunning: { budget: "2.00", actual: "1.90" },
          total: { budget: "2.30", actual: "2.40" },
        }
      ),
      errors: [
        {
          messageId: "overBudget",
          says: [
            "三公经费合计（上年）实际支出 2.40 万元超过预算 2.30 万元",
            "其中超出预算的有：公务接待费 0.50 / 0.30",
          ],
          paths: [
            "threePublic.previous.total.actual",
            "threePublic.previous.total.budget",
            "threePublic.previous.reception.actual",
            "threePublic.previous.reception.budget",
          ],
        },
      ],
    },
  ],
});
