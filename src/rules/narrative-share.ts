import { defineRule } from "./core/rule";
import { checkRatio, reportMismatches, shares } from "./narrative";

/** "财政拨款基本支出421.3万元，其中：人员经费299.95万元，占基本支出的71%": 299.95 ÷ 421.3. */
export default defineRule({
  meta: {
    id: "narrative-share",
    category: "ratio",
    severity: "warning",
    description: [
      "In the prose, a share “A，占 B 的 R%” is A ÷ B, rounded or truncated, where B is the one figure earlier in the same passage whose words end with the name after 占, in A's unit.",
      "",
      "- Fires: “基本支出421.3万元，其中：人员经费299.95万元，占基本支出的81%” (299.95 ÷ 421.3 = 71.2% ≠ 81%).",
      "- Does not fire: the same with 71%, or 29% for 公用经费121.35万元.",
      "- Claims nothing when 占 names no whole (“支出决算0万元，占0%”), when two earlier figures carry that name, or when A is not alone in its clause.",
    ].join("\n"),
    messages: {
      mismatch: {
        zh: "文字中的占比与所述金额不符：“{{quote}}”——{{arithmetic}}。",
        en: "The share stated in the text does not match the figures: “{{quote}}” — {{arithmetic}}.",
      },
    },
  },
  check(ctx) {
    reportMismatches(
      ctx,
      shares,
      (rel) => checkRatio(rel.part, rel.whole, rel.rate),
      (rel) => rel.rate.written
    );
  },
});
