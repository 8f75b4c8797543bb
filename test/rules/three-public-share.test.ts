import rule from "../../src/rules/three-public-share";
import type { ThreePublicYear } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

type Year = Partial<ThreePublicYear>;
const model = (current: Year, previous: Year = {}) =>
  evaluation({ threePublic: { current, previous } });
/** 三公经费支出27.06万元：因公出国(境)费0、公务用车购置费14.50、运行维护费8.60、公务接待费3.96. */
const ITEMS: Year = {
  abroad: { actual: "0.00" },
  vehiclePurchase: { actual: "14.50" },
  vehicleRunning: { actual: "8.60" },
  reception: { actual: "3.96" },
};

/** “公务接待费3.96万元，占三公经费支出的14.63%”. */
ruleTester(rule, {
  valid: [
    {
      name: "3.96 / 27.06 = 14.63%, the total stated",
      model: model({
        ...ITEMS,
        reception: { actual: "3.96", share: "0.1463" },
        total: { actual: "27.06" },
      }),
    },
    {
      name: "14.50 / 27.06 = 53.6%, the total from the four items",
      model: model({ ...ITEMS, vehiclePurchase: { actual: "14.50", share: "0.536" } }),
    },
    {
      // A blank item may hold anything: 3.96 over the three filled items is no share to check.
      name: "an item blank and no total stated: not compared",
      model: model({
        vehiclePurchase: { actual: "14.50" },
        vehicleRunning: { actual: "8.60" },
        reception: { actual: "3.96", share: "0.50" },
      }),
    },
  ],
  invalid: [
    {
      // The share worked out on the budget (3.96 / 30.00 = 13.20%) and written beside the 实际.
      name: "13.20% stated, 3.96 / 27.06 = 14.63%",
      model: model({
        ...ITEMS,
        reception: { actual: "3.96", share: "0.1320" },
        total: { actual: "27.06" },
      }),
      errors: [
        {
          messageId: "differs",
          expected: "14.63%",
          actual: "13.20%",
          says: [
            "公务接待费占三公经费比重（本年）填报 13.20%",
            "3.96 万元 ÷ 三公经费合计 27.06 万元 = 14.63%",
          ],
          paths: [
            "threePublic.current.reception.share",
            "threePublic.current.reception.actual",
            "threePublic.current.total.actual",
          ],
        },
      ],
    },
    {
      name: "a share of a total of 0: cannot compute, info",
      model: model({}, { reception: { actual: "0.00", share: "0" }, total: { actual: "0.00" } }),
      errors: [
        {
          messageId: "cannotCompute",
          severity: "info",
          paths: [
            "threePublic.previous.reception.share",
            "threePublic.previous.reception.actual",
            "threePublic.previous.total.actual",
          ],
        },
      ],
    },
  ],
});
