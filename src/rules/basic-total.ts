import { AMOUNT_COLUMNS } from "../model/evaluation";
import { defineRule } from "./core/rule";
import { checkComposite } from "./core/expenditure";
import {
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

/** 人员支出 + 公用支出 = 基本支出 (seed: 125.94 + 101.04 = 226.98; 财政拨款 299.95 + 121.35 = 421.30). */
export default defineRule({
  meta: {
    id: "basic-total",
    category: "arithmetic",
    severity: "error",
    description:
      "The stated 基本支出 equals 人员支出 + 公用支出, column by column (a blank 人员/公用 total stands in by its items). A part holding a figure typed in 元 (amount-in-yuan) is read in 万元 here, so the relation is reported as it stands and the slip hides nothing (issue 25).",
    messages: {
      mismatch: {
        zh: "基本支出合计（{{column}}）填报 {{stated}} 万元，但人员支出 {{personnel}} + 公用支出 {{public}} = {{computed}} 万元（相差 {{difference}} 万元）。基本支出应等于人员支出与公用支出之和。",
        en: "Basic expenditure ({{columnEn}}) is stated as {{stated}}, but personnel {{personnelEn}} plus public {{publicEn}} make {{computed}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
    },
    blanks:
      "A part left blank in a column (neither its total stated nor any of its rows filled) may be any amount ≥ 0: the stated total fails only when the filled part already exceeds it; otherwise one info finding at the blank part's total. Exactly one blank part with the total and the other parts stated is pinned down (issue 25): a warning names its implied value (按合计应为 … ——如为 0 请填 0), an error where that value is impossible (其中：财政拨款 above its 实际支出).",
  },
  check(ctx) {
    for (const col of AMOUNT_COLUMNS) checkComposite(ctx, "basic", col);
  },
});
