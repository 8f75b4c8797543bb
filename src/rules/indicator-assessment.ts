import { defineRule } from "./core/rule";
import { capitalized } from "./core/helpers";
import { indicatorLabel, isQuantitative } from "./core/indicators";

/**
 * A 定性 indicator is scored on the preparer's band (达成 / 部分达成 / 未达成), so without one it
 * cannot be scored; a band on a quantitative indicator is ignored, which the preparer should know.
 */
export default defineRule({
  meta: {
    id: "indicator-assessment",
    category: "indicator",
    severity: "warning",
    description:
      "A qualitative (定性) indicator has its assessment band (定性评价), without which it cannot be scored; a band on a quantitative indicator is ignored (info), as it is scored from its figures.",
    messages: {
      missing: {
        zh: "{{indicator}}是定性指标，“定性评价”未选，无法计分。请按完成情况选择“达成”“部分达成”或“未达成”。",
        en: "{{indicatorEn}} is qualitative but no assessment band is chosen, so it cannot be scored. Choose 达成, 部分达成 or 未达成.",
      },
      ignored: {
        zh: "{{indicator}}是定量指标（方向“{{direction}}”），按目标值和实际值计分，所选定性评价“{{band}}”不参与计分。",
        en: "{{indicatorEn}} is quantitative (direction {{direction}}) and is scored from its target and actual; the assessment band “{{band}}” is ignored.",
      },
    },
  },
  check({ model, at, report }) {
    model.indicators.forEach((ind, i) => {
      const missing = ind.direction === "定性" && ind.assessment === undefined;
      const ignored = !missing && isQuantitative(ind) && ind.assessment !== undefined;
      // Most rows are neither: their label and cell are looked up only for a row reported.
      if (!missing && !ignored) return;
      const label = indicatorLabel(model, i);
      const name = { indicator: label.zh, indicatorEn: capitalized(label.en) };
      const cells = [at(`indicators.${i}.assessment`)];
      if (missing) {
        report({ messageId: "missing", data: name, cells, expected: "达成/部分达成/未达成" });
      } else if (isQuantitative(ind) && ind.assessment !== undefined) {
        report({
          messageId: "ignored",
          severity: "info",
          data: { ...name, direction: ind.direction, band: ind.assessment },
          cells,
          actual: ind.assessment,
        });
      }
    });
  },
});
