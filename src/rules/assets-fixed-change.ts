import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { decimalsOfAll, fixed, interval, overlaps, sumIntervals } from "./core/relations";
import { reportUnverifiable, UNVERIFIABLE_MESSAGE } from "./core/blanks";

/**
 * The change of 固定资产 on last year as a report states it (template 1.5): “年末固定资产1,235.60
 * 万元，较上年增加35.60万元” is 本年 − 上年 within rounding.
 */
export default defineRule({
  meta: {
    id: "assets-fixed-change",
    category: "arithmetic",
    severity: "error",
    description:
      "The stated change of 固定资产 (减少 as a negative figure) equals this year's 固定资产 − last year's, within rounding of the stated figures.",
    blanks:
      "Checked only where the change is stated; with 固定资产 of either year blank, one info finding at the blank.",
    messages: {
      differs: {
        zh: "固定资产较上年增减额填报 {{stated}} 万元，按本年 {{current}} 万元 − 上年 {{previous}} 万元计算为 {{computed}} 万元。",
        en: "The change of fixed assets is stated as {{stated}}, but {{current}} − {{previous}} gives {{computed}}.",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
    },
  },
  check(ctx) {
    const a = ctx.model.assets;
    const stated = a?.fixedChange;
    if (a === undefined || stated === undefined) return;
    const { fixed: current, previousFixed: previous } = a;
    if (current === undefined || previous === undefined) {
      reportUnverifiable(ctx, {
        blanks: [current === undefined ? "assets.fixed" : "assets.previousFixed"],
        relation: { zh: "固定资产较上年增减额", en: "the change of fixed assets" },
        others: ["assets.fixedChange"],
      });
      return;
    }
    // previous + change against current: the sum of two rounded figures against a rounded one.
    if (overlaps(sumIntervals([interval(previous), interval(stated)]), interval(current))) return;
    const dp = decimalsOfAll([current, previous, stated]);
    const computed = fixed(new Decimal(current).minus(previous), dp);
    ctx.report({
      messageId: "differs",
      data: { stated: fixed(stated, dp), current, previous, computed },
      cells: ["assets.fixedChange", "assets.fixed", "assets.previousFixed"].map((p) => ctx.at(p)),
      expected: computed,
      actual: stated,
    });
  },
});
