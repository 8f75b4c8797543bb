import { defineRule } from "./core/rule";
import { blankPaths, checkSum, figures, valueAt } from "./core/helpers";
import {
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  ROUNDING_UNLIKELY_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

const PARTS = ["assets.buildings", "assets.vehicles", "assets.otherFixed"];

/**
 * 固定资产 = 房屋及构筑物 + 车辆 + 其他固定资产 (template 1.5), as reports state it: “年末固定资产
 * 1,235.60万元，其中房屋及构筑物980.00万元、车辆45.30万元、其他210.30万元”.
 */
export default defineRule({
  meta: {
    id: "assets-fixed-sum",
    category: "arithmetic",
    severity: "error",
    description:
      "The stated 固定资产 (year end) equals 房屋及构筑物 + 车辆 + 其他固定资产, all on the basis chosen (账面价值 or 原值). Within rounding of the stated figures; a gap beyond what rounding plausibly gives is a warning (roundingUnlikely).",
    blanks:
      "Checked only where 固定资产 and at least one part are stated. A blank part may be any amount ≥ 0: the sum fails only when the filled parts already exceed 固定资产; one blank part is pinned down by the others (a warning names its implied value).",
    messages: {
      roundingUnlikely: ROUNDING_UNLIKELY_MESSAGE,
      mismatch: {
        zh: "固定资产填报 {{stated}} 万元，但房屋及构筑物、车辆、其他固定资产相加为 {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "Fixed assets are stated as {{stated}}, but buildings, vehicles and other fixed assets add up to {{computed}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
  },
  check(ctx) {
    const stated = ctx.model.assets?.fixed;
    if (stated === undefined) return;
    const get = (p: string) => valueAt(ctx.model, p);
    checkSum(ctx, {
      total: { path: "assets.fixed", value: stated },
      parts: figures(ctx, get, PARTS),
      blanks: blankPaths(get, PARTS),
      relation: { zh: "固定资产与其构成之和", en: "fixed assets against their parts" },
    });
  },
});
