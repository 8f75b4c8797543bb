import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { interval, percent, statedPercent, sumIntervals } from "./core/relations";
import { shareRatio } from "./core/shares";

/** 人员经费占比 + 公用经费占比 = 100 %: basic expenditure is exactly personnel plus public. */
export default defineRule({
  meta: {
    id: "shares-sum",
    category: "ratio",
    severity: "warning",
    description:
      "The stated personnel and public shares of basic expenditure add up to 100 %, allowing for their rounding (silent when share-ratio already finds a share wrong).",
    blanks: "Checked only when both shares are stated; one share alone is not completed to 100 %.",
    messages: {
      notHundred: {
        zh: "人员经费占比 {{personnel}} 与公用经费占比 {{public}} 相加为 {{sum}}，应为 100%（基本支出只由人员支出和公用支出组成）。",
        en: "The personnel share {{personnel}} and the public share {{public}} add up to {{sum}}; they should make 100 %.",
      },
    },
  },
  check({ model, at, report }) {
    const { personnel, public: pub } = model.expenditure.shares;
    if (personnel === undefined || pub === undefined) return;
    // One fault, one finding: a share that share-ratio finds wrong is reported there.
    if (
      (["personnel", "public"] as const).some((p) => shareRatio(model, p).check?.kind === "differs")
    )
      return;
    const s = sumIntervals([interval(personnel), interval(pub)]);
    // The interval rule: 71 % + 30 % may be 70.5 % + 29.5 %, which is 100 %.
    if (s.lo.lte(1) && s.hi.gte(1)) return;
    const total = new Decimal(personnel).plus(pub);
    report({
      messageId: "notHundred",
      data: {
        personnel: statedPercent(personnel),
        public: statedPercent(pub),
        sum: percent(total, 1),
      },
      cells: [at("expenditure.shares.personnel"), at("expenditure.shares.public")],
      expected: "100%",
      actual: percent(total, 1),
    });
  },
});
