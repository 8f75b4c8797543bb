import type { Evaluation } from "../model/evaluation";
import { defineRule } from "./core/rule";
import { capitalized } from "./core/helpers";
import { figureKind, indicatorLabel, isQuantitative, type FigureKey } from "./core/indicators";

const FIELD: Record<FigureKey, { zh: string; en: string }> = {
  target: { zh: "目标值", en: "target" },
  actual: { zh: "实际值", en: "actual" },
};

/**
 * A ≥, ≤ or = indicator is judged and scored on its figures, so both must be numbers. The reader
 * accepts any text in these columns because a 定性 indicator may state 逐步提高; this rule is
 * where text on a quantitative indicator is caught.
 */
export default defineRule({
  meta: {
    id: "indicator-values",
    category: "indicator",
    severity: "error",
    description:
      "A quantitative indicator (direction ≥, ≤ or =) has numbers as target and actual: text that is no number is an error at that cell; a blank target or actual is a warning, since the indicator can then be neither assessed nor scored.",
    messages: {
      notANumber: {
        zh: "{{indicator}}的方向为“{{direction}}”，是定量指标，{{field}}应填数字，现为“{{text}}”。若这是定性指标，请把方向改为“定性”。",
        en: "{{indicatorEn}} has direction {{direction}}, so it is quantitative and its {{fieldEn}} must be a number; found “{{text}}”. If it is qualitative, set the direction to 定性.",
      },
      blank: {
        zh: "{{indicator}}是定量指标（方向“{{direction}}”），{{fields}}未填，无法判断是否完成，也无法计分。",
        en: "{{indicatorEn}} is quantitative (direction {{direction}}) but its {{fieldsEn}} left blank, so it can be neither assessed nor scored.",
      },
    },
  },
  check({ model, at, report }) {
    model.indicators.forEach((ind, i) => {
      if (!isQuantitative(ind)) return;
      // The label is written only for a row reported (most rows have both figures).
      const base = () => named(model, i, ind.direction);
      const blank: FigureKey[] = [];
      for (const key of ["target", "actual"] as const) {
        const f = figureKind(ind, key);
        if (f.kind === "blank") blank.push(key);
        if (f.kind !== "text") continue;
        report({
          messageId: "notANumber",
          data: { ...base(), field: FIELD[key].zh, fieldEn: FIELD[key].en, text: f.text },
          cells: [at(`indicators.${i}.${key}`)],
          expected: "数字",
          actual: f.text,
        });
      }
      // One finding for the row: a half-filled indicator is one thing to finish, not two.
      if (blank.length === 0) return;
      report({
        messageId: "blank",
        severity: "warning",
        data: {
          ...base(),
          fields: blank.map((k) => FIELD[k].zh).join("和"),
          fieldsEn: `${blank.map((k) => FIELD[k].en).join(" and ")} ${blank.length > 1 ? "are" : "is"}`,
        },
        cells: blank.map((k) => at(`indicators.${i}.${k}`)),
      });
    });
  },
});

/** What a message calls the indicator in row i, with its direction. */
function named(model: Evaluation, i: number, direction: string) {
  const label = indicatorLabel(model, i);
  return { indicator: label.zh, indicatorEn: capitalized(label.en), direction };
}
