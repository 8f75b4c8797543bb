import rule from "../../src/rules/three-public-per-vehicle";
import type { ThreePublicYear } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

type Year = Partial<ThreePublicYear>;
const model = (current: Year, previous: Year = {}) =>
  evaluation({ threePublic: { current, previous } });
const CELLS = (y: string) => [
  `threePublic.${y}.vehicleRunning.perVehicle`,
  `threePublic.${y}.vehicleRunning.actual`,
  `threePublic.${y}.vehicleRunning.fleet`,
];

/** “公务用车保有量5辆，运行维护费12.60万元，单车运行维护费2.52万元”. */
ruleTester(rule, {
  valid: [
    {
      name: "12.60 / 5 = 2.52",
      model: model({ vehicleRunning: { actual: "12.60", fleet: "5", perVehicle: "2.52" } }),
    },
    {
      // 10.00 / 3 = 3.333…: stated to one decimal as 3.3, within its rounding.
      name: "10.00 / 3 stated as 3.3",
      model: model({}, { vehicleRunning: { actual: "10.00", fleet: "3", perVehicle: "3.3" } }),
    },
    {
      name: "no cost per vehicle stated",
      model: model({ vehicleRunning: { actual: "12.60", fleet: "5" } }),
    },
  ],
  invalid: [
    {
      // The cost per vehicle worked out on the 预算 (15.00 / 5 = 3.00) and stated beside the 实际.
      name: "12.60 / 5 = 2.52 stated as 3.00",
      model: model({ vehicleRunning: { actual: "12.60", fleet: "5", perVehicle: "3.00" } }),
      errors: [
        {
          messageId: "differs",
          expected: "2.52",
          actual: "3.00",
          says: ["单车运行维护费（本年）填报 3.00 万元", "12.60 万元 ÷ 保有量 5 辆 = 2.52 万元"],
          paths: CELLS("current"),
        },
      ],
    },
    {
      name: "a cost per vehicle with no vehicle held: cannot compute, info",
      model: model({}, { vehicleRunning: { actual: "1.20", fleet: "0", perVehicle: "1.20" } }),
      errors: [
        {
          messageId: "cannotCompute",
          severity: "info",
          says: ["保有量为 0"],
          paths: CELLS("previous"),
        },
      ],
    },
  ],
});
