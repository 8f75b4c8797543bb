import rule from "../../src/rules/three-public-total";
import type { ThreePublicYear } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

type Year = Partial<ThreePublicYear>;
const model = (current: Year, previous: Year = {}) =>
  evaluation({ threePublic: { current, previous } });
const SEED: Year = {
  abroad: { actual: "0.00" },
  vehiclePurchase: { actual: "0.00" },
  vehicleRunning: { actual: "0.00" },
  reception: { actual: "0.31" },
};

ruleTester(rule, {
  valid: [
    { name: "seed: no total stated", model: model(SEED) },
    { name: "seed items, total 0.31", model: model({ ...SEED, total: { actual: "0.31" } }) },
    {
      // Issue 25 item 3: the blank item is pinned to 0 (within rounding): nothing to say.
      name: "one blank item the total leaves at 0: silent",
      model: model({
        abroad: { actual: "0.00" },
        vehicleRunning: { actual: "5.00" },
        reception: { actual: "0.31" },
        total: { actual: "5.31" },
      }),
    },
    {
      name: "previous year's budget",
      model: model(
        {},
        {
          abroad: { budget: "1.00" },
          vehicleRunning: { budget: "2.50" },
          reception: { budget: "0.50" },
          total: { budget: "4.00" },
        }
      ),
    },
  ],
  invalid: [
    {
      // Issue 25 item 3, the common 三公 statement pattern "三公经费支出5.39万元，其中公务用车运行
      // 维护费5.00万元、公务接待费0.31万元，因公出国(境)费0" with 公务用车购置费 not written.
      name: "one blank item pinned down by the total: 公务用车购置费 should be 0.08",
      model: model({
        abroad: { actual: "0.00" },
        vehicleRunning: { actual: "5.00" },
        reception: { actual: "0.31" },
        total: { actual: "5.39" },
      }),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          expected: "0.08",
          says: ["公务用车购置费（本年实际）未填；按", "应为 0.08 万元——如为 0 请填 0"],
          paths: [
            "threePublic.current.vehiclePurchase.actual",
            "threePublic.current.total.actual",
            "threePublic.current.abroad.actual",
            "threePublic.current.vehicleRunning.actual",
            "threePublic.current.reception.actual",
          ],
        },
      ],
    },
    {
      name: "this year's actual: 0.31 stated as 0.13",
      model: model({ ...SEED, total: { actual: "0.13" } }),
      errors: [
        {
          messageId: "mismatch",
          expected: "0.31",
          actual: "0.13",
          says: ["三公经费合计（本年实际）填报 0.13 万元", "0.31"],
          paths: [
            "threePublic.current.total.actual",
            "threePublic.current.abroad.actual",
            "threePublic.current.vehiclePurchase.actual",
            "threePublic.current.vehicleRunning.actual",
            "threePublic.current.reception.actual",
          ],
        },
      ],
    },
    {
      name: "issue 15: blank items could make up 1.00 + 0.50 against 2.00: info at the first blank",
      model: model(
        {},
        { abroad: { budget: "1.00" }, reception: { budget: "0.50" }, total: { budget: "2.00" } }
      ),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          says: ["未能核对：公务用车购置费（上年预算）、公务用车运行维护费（上年预算）未填"],
          paths: [
            "threePublic.previous.vehiclePurchase.budget",
            "threePublic.previous.vehicleRunning.budget",
            "threePublic.previous.total.budget",
            "threePublic.previous.abroad.budget",
            "threePublic.previous.reception.budget",
          ],
        },
      ],
    },
    {
      name: "filled items already exceed the total: an error whatever the blanks hold",
      model: model(
        {},
        { abroad: { budget: "1.00" }, reception: { budget: "1.50" }, total: { budget: "2.00" } }
      ),
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          says: ["上年预算", "2.50"],
          paths: [
            "threePublic.previous.total.budget",
            "threePublic.previous.abroad.budget",
            "threePublic.previous.reception.budget",
          ],
        },
      ],
    },
  ],
});
