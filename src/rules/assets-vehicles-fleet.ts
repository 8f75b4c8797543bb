import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { atBookValue } from "./assets-within-total";

/**
 * Vehicles on the balance sheet against the fleet on the 三公经费 sheet (template 1.5): a unit
 * holding no official vehicle at year end (“公务用车保有量0辆”) has no vehicle worth anything, and
 * one holding vehicles has them at a 原值 above 0. A fully depreciated vehicle is worth 0 at book
 * value, so a fleet with a book value of 0 is no contradiction.
 */
export default defineRule({
  meta: {
    id: "assets-vehicles-fleet",
    category: "consistency",
    severity: "warning",
    description:
      "车辆账面价值 (else 车辆 at 账面价值) above 0 while 公务用车保有量 (本年) is 0, or 车辆 at 原值 of 0 while vehicles are held, is reported. 车辆 counts every vehicle of the unit, not only 公务用车, so this is a warning to check, not an error. A book value of 0 with vehicles held is fine (fully depreciated).",
    blanks: "Needs 公务用车保有量 and the vehicle value stated; a blank is not compared.",
    messages: {
      valueWithoutFleet: {
        zh: "资产中车辆{{basis}} {{value}} 万元，但三公经费表中公务用车保有量为 0 辆。请核对车辆价值或保有量（非公务用车如执法、业务用车请在说明中注明）。",
        en: "Vehicles are worth {{value}} ({{basisEn}}), yet no official vehicle is held at year end. Check either figure.",
      },
      fleetWithoutValue: {
        zh: "三公经费表中公务用车保有量 {{fleet}} 辆，但资产中车辆原值为 0 万元，请核对。",
        en: "{{fleet}} official vehicles are held, yet the vehicles' original cost is 0. Check either figure.",
      },
    },
  },
  check({ model, at, report }) {
    const fleet = model.threePublic.current.vehicleRunning.fleet;
    const a = model.assets;
    if (fleet === undefined || a === undefined) return;
    const fleetCell = at("threePublic.current.vehicleRunning.fleet");
    const book = a.vehiclesBook ?? (atBookValue(model) ? a.vehicles : undefined);
    const bookPath = a.vehiclesBook !== undefined ? "assets.vehiclesBook" : "assets.vehicles";
    if (new Decimal(fleet).isZero()) {
      const value = book ?? a.vehicles;
      if (value === undefined || !new Decimal(value).gt(0)) return;
      const byBook = book !== undefined;
      report({
        messageId: "valueWithoutFleet",
        data: {
          value,
          basis: byBook ? "账面价值" : "原值",
          basisEn: byBook ? "book value" : "original cost",
        },
        cells: [at(byBook ? bookPath : "assets.vehicles"), fleetCell],
        expected: "0",
        actual: value,
      });
      return;
    }
    if (atBookValue(model) || a.vehicles === undefined || !new Decimal(a.vehicles).isZero()) return;
    report({
      messageId: "fleetWithoutValue",
      data: { fleet },
      cells: [at("assets.vehicles"), fleetCell],
      expected: "> 0",
      actual: a.vehicles,
    });
  },
});
