import rule from "../../src/rules/three-public-vehicle-sum";
import type { ThreePublicYear } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

type Year = Partial<ThreePublicYear>;
const model = (current: Year, previous: Year = {}) =>
  evaluation({ threePublic: { current, previous } });
const PARTS = [
  "threePublic.current.vehiclePurchase.actual",
  "threePublic.current.vehicleRunning.actual",
];

/**
 * The statement pattern “公务用车购置及运行费12.60万元，其中：公务用车购置费0万元，公务用车运行
 * 维护费12.60万元” (三公经费 决算 statements of county departments).
 */
ruleTester(rule, {
  valid: [
    { name: "nothing stated", model: model({ vehicleRunning: { actual: "12.60" } }) },
    {
      name: "12.60 = 0 + 12.60",
      model: model({
        vehicle: { actual: "12.60" },
        vehiclePurchase: { actual: "0" },
        vehicleRunning: { actual: "12.60" },
      }),
    },
    {
      name: "previous year's budget 30.00 = 22.00 + 8.00",
      model: model(
        {},
        {
          vehicle: { budget: "30.00" },
          vehiclePurchase: { budget: "22.00" },
          vehicleRunning: { budget: "8.00" },
        }
      ),
    },
  ],
  invalid: [
    {
      // A slip of the pattern: 购置费 22.50 and 运行费 8.10 stated, the sum written as 31.60.
      name: "31.60 stated, 22.50 + 8.10 = 30.60",
      model: model({
        vehicle: { actual: "31.60" },
        vehiclePurchase: { actual: "22.50" },
        vehicleRunning: { actual: "8.10" },
      }),
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          expected: "30.6",
          actual: "31.60",
          says: ["公务用车购置及运行费（本年实际）填报 31.60 万元", "相加为 30.60 万元", "1.00"],
          paths: ["threePublic.current.vehicle.actual", ...PARTS],
        },
      ],
    },
    {
      name: "购置费 left blank with 运行费 and the sum stated: pinned down at 10.00",
      model: model({ vehicle: { actual: "22.60" }, vehicleRunning: { actual: "12.60" } }),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          expected: "10.00",
          says: ["公务用车购置费（本年实际）未填", "应为 10.00 万元"],
          paths: [
            "threePublic.current.vehiclePurchase.actual",
            "threePublic.current.vehicle.actual",
            "threePublic.current.vehicleRunning.actual",
          ],
        },
      ],
    },
  ],
});
