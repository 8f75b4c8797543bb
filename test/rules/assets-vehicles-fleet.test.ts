import rule from "../../src/rules/assets-vehicles-fleet";
import type { Assets } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (assets: Assets, fleet?: string) =>
  evaluation({ assets, threePublic: { current: { vehicleRunning: { fleet } } } });

/** “年末公务用车保有量0辆” beside a balance sheet that still carries vehicles. */
ruleTester(rule, {
  valid: [
    { name: "no fleet stated", model: model({ vehiclesBook: "12.00" }) },
    { name: "2 vehicles held, worth 12.00", model: model({ vehiclesBook: "12.00" }, "2") },
    { name: "none held, none worth anything", model: model({ vehicles: "0.00" }, "0") },
    {
      // Fully depreciated vehicles: a book value of 0 with vehicles held is no contradiction.
      name: "2 vehicles held at a book value of 0",
      model: model({ vehiclesBook: "0.00", basis: "原值", vehicles: "36.00" }, "2"),
    },
  ],
  invalid: [
    {
      name: "the seed's 公务用车 0 with 车辆账面价值 12.00",
      model: model({ vehiclesBook: "12.00" }, "0"),
      errors: [
        {
          messageId: "valueWithoutFleet",
          severity: "warning",
          says: ["资产中车辆账面价值 12.00 万元", "保有量为 0 辆"],
          paths: ["assets.vehiclesBook", "threePublic.current.vehicleRunning.fleet"],
        },
      ],
    },
    {
      name: "车辆原值 36.00 with no vehicle held",
      model: model({ basis: "原值", vehicles: "36.00" }, "0"),
      errors: [
        {
          messageId: "valueWithoutFleet",
          says: ["资产中车辆原值 36.00 万元"],
          paths: ["assets.vehicles", "threePublic.current.vehicleRunning.fleet"],
        },
      ],
    },
    {
      name: "2 vehicles held, 车辆原值 0",
      model: model({ basis: "原值", vehicles: "0.00" }, "2"),
      errors: [
        {
          messageId: "fleetWithoutValue",
          paths: ["assets.vehicles", "threePublic.current.vehicleRunning.fleet"],
        },
      ],
    },
  ],
});
