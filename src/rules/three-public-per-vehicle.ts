import { defineRule } from "./core/rule";
import { exact, quantity, ratioCheckOf, show } from "./core/relations";
import { Decimal } from "../model/decimal";
import { TP_YEARS, YEAR_LABEL } from "./core/three-public";

/**
 * 单车运行维护费 as stated against 公务用车运行维护费（实际）÷ 公务用车保有量 (template 1.4), as
 * reports state it: “公务用车保有量5辆，运行维护费12.60万元，单车运行维护费2.52万元”.
 */
export default defineRule({
  meta: {
    id: "three-public-per-vehicle",
    category: "ratio",
    severity: "error",
    description:
      "The stated 单车运行维护费 (万元 a vehicle) equals 公务用车运行维护费 (actual) ÷ 公务用车保有量, this and the previous year, within the rounding of the stated figures.",
    blanks:
      "Compared only when the cost per vehicle, the running cost and the number of vehicles are all stated; with 0 vehicles held it cannot be computed (an info finding), never a cost per vehicle of 0.",
    messages: {
      differs: {
        zh: "单车运行维护费（{{year}}）填报 {{stated}} 万元，但公务用车运行维护费 {{running}} 万元 ÷ 保有量 {{fleet}} 辆 = {{computed}} 万元，两者不符。",
        en: "Running cost per vehicle ({{yearEn}}) is stated as {{stated}}, but running {{running}} / {{fleet}} vehicles = {{computed}}.",
      },
      cannotCompute: {
        zh: "单车运行维护费（{{year}}）填报 {{stated}} 万元，但公务用车保有量为 0，无法计算单车费用，请核对保有量。",
        en: "Running cost per vehicle ({{yearEn}}) is stated as {{stated}}, but no vehicles are held: it cannot be computed; check the number of vehicles.",
      },
    },
  },
  check({ model, at, report }) {
    for (const y of TP_YEARS) {
      const { actual: running, fleet, perVehicle } = model.threePublic[y].vehicleRunning;
      if (perVehicle === undefined || running === undefined || fleet === undefined) continue;
      const data = { year: YEAR_LABEL[y].zh, yearEn: YEAR_LABEL[y].en, stated: perVehicle };
      const cells = [
        at(`threePublic.${y}.vehicleRunning.perVehicle`),
        at(`threePublic.${y}.vehicleRunning.actual`),
        at(`threePublic.${y}.vehicleRunning.fleet`),
      ];
      // A count of vehicles is exact: "5" stands for 5, not 4.5 to 5.5.
      const vehicles = { value: new Decimal(fleet), interval: exact(fleet) };
      const check = ratioCheckOf(quantity(running), vehicles, perVehicle);
      if (check.kind === "cannotCompute") {
        report({ messageId: "cannotCompute", severity: "info", data, cells });
      } else if (check.kind === "differs") {
        const computed = show(check.computed);
        report({
          messageId: "differs",
          data: { ...data, running, fleet, computed },
          cells,
          expected: computed,
          actual: perVehicle,
        });
      }
    }
  },
});
