import rule from "../../src/rules/three-public-fleet";
import type { ThreePublicYear } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

type Year = Partial<ThreePublicYear>;
const model = (current: Year, previous: Year = {}) =>
  evaluation({ threePublic: { current, previous } });

/** “年末公务用车保有量3辆，当年购置1辆，公务用车购置费22.50万元”. */
ruleTester(rule, {
  valid: [
    {
      name: "3 held, 1 bought for 22.50",
      model: model({
        vehiclePurchase: { actual: "22.50", vehicles: "1" },
        vehicleRunning: { fleet: "3" },
      }),
    },
    {
      name: "none bought, no purchase cost",
      model: model({
        vehiclePurchase: { actual: "0", vehicles: "0" },
        vehicleRunning: { fleet: "2" },
      }),
    },
    { name: "blank count: not compared", model: model({ vehiclePurchase: { actual: "22.50" } }) },
  ],
  invalid: [
    {
      name: "2 bought, 1 held",
      model: model({
        vehiclePurchase: { actual: "40.00", vehicles: "2" },
        vehicleRunning: { fleet: "1" },
      }),
      errors: [
        {
          messageId: "moreBoughtThanHeld",
          expected: "≤ 1",
          actual: "2",
          says: ["本年当年购置公务用车 2 辆，多于年末保有量 1 辆"],
          paths: [
            "threePublic.current.vehiclePurchase.vehicles",
            "threePublic.current.vehicleRunning.fleet",
          ],
        },
      ],
    },
    {
      name: "a purchase cost with 0 vehicles bought",
      model: model({}, { vehiclePurchase: { actual: "22.50", vehicles: "0" } }),
      errors: [
        {
          messageId: "costWithoutVehicle",
          says: ["上年公务用车购置费（实际）22.50 万元，但当年购置数量为 0 辆"],
          paths: [
            "threePublic.previous.vehiclePurchase.actual",
            "threePublic.previous.vehiclePurchase.vehicles",
          ],
        },
      ],
    },
    {
      name: "1 vehicle bought with a purchase cost of 0",
      model: model({ vehiclePurchase: { actual: "0.00", vehicles: "1" } }),
      errors: [
        {
          messageId: "boughtWithoutCost",
          paths: [
            "threePublic.current.vehiclePurchase.vehicles",
            "threePublic.current.vehiclePurchase.actual",
          ],
        },
      ],
    },
  ],
});
