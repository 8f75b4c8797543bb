import rule from "../../src/rules/assets-fixed-sum";
import type { Assets } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const model = (assets: Assets) => evaluation({ assets });

/** “年末固定资产1,235.60万元，其中房屋及构筑物980.00万元、车辆45.30万元、其他210.30万元”. */
ruleTester(rule, {
  valid: [
    { name: "nothing stated", model: model({}) },
    {
      name: "1235.60 = 980.00 + 45.30 + 210.30",
      model: model({
        fixed: "1235.60",
        buildings: "980.00",
        vehicles: "45.30",
        otherFixed: "210.30",
      }),
    },
    { name: "固定资产 alone: nothing to add", model: model({ fixed: "1235.60" }) },
  ],
  invalid: [
    {
      name: "1235.60 stated, the parts give 1225.60",
      model: model({
        fixed: "1235.60",
        buildings: "970.00",
        vehicles: "45.30",
        otherFixed: "210.30",
      }),
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          expected: "1225.6",
          actual: "1235.60",
          says: ["固定资产填报 1235.60 万元", "相加为 1225.60 万元", "10.00"],
          paths: ["assets.fixed", "assets.buildings", "assets.vehicles", "assets.otherFixed"],
        },
      ],
    },
    {
      name: "其他 left blank: pinned down at 210.30",
      model: model({ fixed: "1235.60", buildings: "980.00", vehicles: "45.30" }),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          expected: "210.30",
          paths: ["assets.otherFixed", "assets.fixed", "assets.buildings", "assets.vehicles"],
        },
      ],
    },
  ],
});
