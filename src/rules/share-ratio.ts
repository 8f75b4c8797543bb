import { defineRule } from "./core/rule";
import { percent, show, statedPercent } from "./core/relations";
import { shareColumn, shareRatio } from "./core/shares";

const SHARES = {
  personnel: {
    zh: "人员经费占基本支出比例",
    en: "Personnel share",
    part: "人员支出",
    partEn: "personnel",
  },
  public: { zh: "公用经费占基本支出比例", en: "Public share", part: "公用支出", partEn: "public" },
} as const;

/** 人员/公用经费占基本支出比例 as stated against the figures (seed: 299.95 / 421.30 = 71.2 % → 71 %). */
export default defineRule({
  meta: {
    id: "share-ratio",
    category: "ratio",
    severity: "error",
    description:
      "The stated personnel and public shares of basic expenditure match 人员支出 / 基本支出 and 公用支出 / 基本支出, on the 财政拨款 column when that is the stated basis, else on 实际支出.",
    blanks:
      "A stated share is compared only when both figures of its quotient are known (stated, or from the items); a blank share is not checked.",
    messages: {
      differs: {
        zh: "{{share}}填报 {{stated}}，按{{basis}}计算为 {{computed}}（{{part}} {{numerator}} 万元 ÷ 基本支出 {{denominator}} 万元），两者不符。",
        en: "{{shareEn}} is stated as {{stated}}, but on the {{basisEn}} figures it is {{computed}} ({{partEn}} {{numerator}} / basic {{denominator}}).",
      },
      cannotCompute: {
        zh: "基本支出（{{basis}}）未填或为 0，无法计算、核对填报的占基本支出比例。",
        en: "Basic expenditure ({{basisEn}}) is blank or 0, so the stated shares cannot be checked.",
      },
    },
  },
  check({ model, at, report }) {
    const shares = model.expenditure.shares;
    const stated = (["personnel", "public"] as const).filter((p) => shares[p] !== undefined);
    if (stated.length === 0) return;
    const basis =
      shareColumn(model) === "fiscal"
        ? { basis: "财政拨款", basisEn: "fiscal appropriation" }
        : { basis: "实际支出", basisEn: "actual" };
    const den = shareRatio(model, stated[0]).den;
    if (!den || den.value.lte(0)) {
      report({
        messageId: "cannotCompute",
        severity: "info",
        data: basis,
        cells: [
          ...stated.map((p) => at(`expenditure.shares.${p}`)),
          ...(den?.figures ?? []).map((f) => at(f.path)),
        ],
      });
      return;
    }
    for (const p of stated) {
      const { num, check } = shareRatio(model, p);
      if (!num || check?.kind !== "differs") continue;
      const rate = shares[p]!;
      report({
        messageId: "differs",
        data: {
          ...basis,
          share: SHARES[p].zh,
          shareEn: SHARES[p].en,
          part: SHARES[p].part,
          partEn: SHARES[p].partEn,
          stated: statedPercent(rate),
          computed: percent(check.computed),
          numerator: show(num.value),
          denominator: show(den.value),
        },
        cells: [
          at(`expenditure.shares.${p}`),
          ...[...num.figures, ...den.figures].map((f) => at(f.path)),
        ],
        expected: percent(check.computed),
        actual: statedPercent(rate),
      });
    }
  },
});
