import { defineRule } from "./core/rule";
import { checkGrowth, growths, reportMismatches } from "./narrative";

/** "收入512.56万元，较上年增加61.20万元，增长13.56%": 61.20 ÷ (512.56 − 61.20). */
export default defineRule({
  meta: {
    id: "narrative-growth",
    category: "ratio",
    severity: "warning",
    description: [
      "In the prose, a growth or fall “增长/下降 R%” matches the two amounts of its sentence: this year's and the change against last year (较上年增加/减少 Y), or this year's and last year's (上年 X). Rounded or truncated rates are accepted.",
      "",
      "- Fires: “收入512.56万元，较上年增加61.20万元，增长23.56%” (61.20 ÷ (512.56 − 61.20) = 13.56% ≠ 23.56%).",
      "- Does not fire: the same with 13.56% or 13%; “支出80万元，较上年减少20万元，下降20%”.",
      "- Claims nothing when the sentence holds other than exactly two amounts in one unit before the rate, when the amount's word and the rate's disagree (增加…下降), or when last year's figure is zero (growth from zero cannot be computed).",
    ].join("\n"),
    messages: {
      mismatch: {
        zh: "文字中的增减比例与所述金额不符：“{{quote}}”——{{arithmetic}}。",
        en: "The change rate stated in the text does not match the amounts: “{{quote}}” — {{arithmetic}}.",
      },
    },
  },
  check(ctx) {
    reportMismatches(ctx, growths, checkGrowth, (rel) => rel.rate.written);
  },
});
