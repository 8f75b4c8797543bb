import { defineRule } from "./core/rule";
import { exceeds, interval } from "./core/relations";
import type { Evaluation } from "../model/evaluation";

/**
 * 固定资产 is part of 资产总额 (template 1.5): at 账面价值 it cannot exceed it, and neither can
 * the vehicles' book value. At 原值 (before depreciation) 固定资产 may exceed 资产总额, so only
 * the book value is compared then.
 */
export default defineRule({
  meta: {
    id: "assets-within-total",
    category: "consistency",
    severity: "error",
    description:
      "固定资产 at 账面价值 (the basis when none is chosen) is no more than 资产总额, beyond rounding; 车辆账面价值 is no more than 资产总额 whatever the basis. 固定资产 stated at 原值 is not compared with 资产总额 (a 原值 before depreciation may exceed the book total).",
    blanks: "Each comparison needs both figures stated; a blank is not compared.",
    messages: {
      fixedExceeds: {
        zh: "固定资产（账面价值）{{part}} 万元超过资产总额 {{total}} 万元。固定资产是资产的一部分，请核对；如固定资产按原值填报，请把“固定资产口径”选为“原值”。",
        en: "Fixed assets at book value ({{part}}) exceed total assets ({{total}}). If they are stated at original cost, choose that basis.",
      },
      vehiclesExceed: {
        zh: "车辆账面价值 {{part}} 万元超过资产总额 {{total}} 万元，请核对。",
        en: "The vehicles' book value ({{part}}) exceeds total assets ({{total}}).",
      },
    },
  },
  check({ model, at, report }) {
    const a = model.assets;
    if (a?.total === undefined) return;
    const total = a.total;
    const compare = (key: "fixed" | "vehiclesBook", messageId: string) => {
      const part = a[key];
      if (part === undefined || !exceeds(interval(part), interval(total))) return;
      report({
        messageId,
        data: { part, total },
        cells: [at(`assets.${key}`), at("assets.total")],
        expected: `≤ ${total}`,
        actual: part,
      });
    };
    if (atBookValue(model)) compare("fixed", "fixedExceeds");
    compare("vehiclesBook", "vehiclesExceed");
  },
});

/** 固定资产 and its parts are at 账面价值: chosen so, or no basis chosen (the template's default). */
export const atBookValue = (model: Evaluation): boolean =>
  (model.assets?.basis ?? "账面价值") === "账面价值";
