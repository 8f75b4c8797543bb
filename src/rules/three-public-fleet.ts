import { defineRule } from "./core/rule";
import { Decimal } from "../model/decimal";
import { TP_YEARS, YEAR_LABEL } from "./core/three-public";

/**
 * Vehicles bought in the year against vehicles held and the purchase cost (template 1.4), as
 * reports state them: “年末公务用车保有量3辆，当年购置1辆，公务用车购置费22.50万元”.
 */
export default defineRule({
  meta: {
    id: "three-public-fleet",
    category: "consistency",
    severity: "warning",
    description:
      "Vehicles bought in the year (当年购置) are part of those held at year end (保有量), so no more than them; and a purchase cost goes with vehicles bought: vehicles bought with a 公务用车购置费 (实际) of 0, or a purchase cost with no vehicle bought, is reported.",
    blanks:
      "Each comparison needs both of its figures stated; a blank count or cost is not compared (blank is not zero).",
    messages: {
      moreBoughtThanHeld: {
        zh: "{{year}}当年购置公务用车 {{bought}} 辆，多于年末保有量 {{held}} 辆。当年购置的车辆应计入保有量，请核对。",
        en: "{{yearEn}}: {{bought}} vehicles bought, more than the {{held}} held at year end, which include them. Check the counts.",
      },
      boughtWithoutCost: {
        zh: "{{year}}当年购置公务用车 {{bought}} 辆，但公务用车购置费（实际）为 0，请核对购置数量或购置费。",
        en: "{{yearEn}}: {{bought}} vehicles bought but the purchase cost is 0. Check the count or the cost.",
      },
      costWithoutVehicle: {
        zh: "{{year}}公务用车购置费（实际）{{cost}} 万元，但当年购置数量为 0 辆，请核对购置数量或购置费。",
        en: "{{yearEn}}: a purchase cost of {{cost}} but no vehicle bought. Check the count or the cost.",
      },
    },
  },
  check({ model, at, report }) {
    for (const y of TP_YEARS) {
      const { vehicles: bought, actual: cost } = model.threePublic[y].vehiclePurchase;
      const held = model.threePublic[y].vehicleRunning.fleet;
      const year = { year: YEAR_LABEL[y].zh, yearEn: YEAR_LABEL[y].en };
      const path = (k: string) => at(`threePublic.${y}.${k}`);
      if (bought !== undefined && held !== undefined && new Decimal(bought).gt(held)) {
        report({
          messageId: "moreBoughtThanHeld",
          data: { ...year, bought, held },
          cells: [path("vehiclePurchase.vehicles"), path("vehicleRunning.fleet")],
          expected: `≤ ${held}`,
          actual: bought,
        });
      }
      if (bought === undefined || cost === undefined) continue;
      const cells = [path("vehiclePurchase.vehicles"), path("vehiclePurchase.actual")];
      const [someBought, someCost] = [new Decimal(bought).gt(0), new Decimal(cost).gt(0)];
      if (someBought && !someCost)
        report({ messageId: "boughtWithoutCost", data: { ...year, bought }, cells });
      else if (someCost && !someBought)
        report({
          messageId: "costWithoutVehicle",
          data: { ...year, cost },
          cells: cells.reverse(),
        });
    }
  },
});
