import { Decimal, decimalsOf } from "../model/decimal";
import type { StatedChange } from "../model/evaluation";
import { defineRule } from "./core/rule";
import type { RuleContext } from "./core/rule";
import {
  decimalsOfAll,
  divide,
  fixed,
  interval,
  overlaps,
  percent,
  statedPercent,
  type Interval,
} from "./core/relations";
import { reportUnverifiable, UNVERIFIABLE_MESSAGE } from "./core/blanks";
import { YOY_LABEL, statedRateInterval, yearPairs, type YearPair } from "./core/year-on-year";

const difference = (a: Interval, b: Interval): Interval => ({
  lo: a.lo.minus(b.hi),
  hi: a.hi.minus(b.lo),
});

/** 较上年增减额 = 本年 − 上年; 较上年增减率 = 增减额 ÷ 上年; from a zero or blank base no rate. */
export default defineRule({
  meta: {
    id: "year-on-year-change",
    category: "ratio",
    severity: "error",
    description:
      "On 上年对比: a stated 较上年增减额 equals this year − last year, and a stated 较上年增减率 equals that change ÷ last year (accepting the rounding or the truncation of the stated percentage), by the interval rule. A growth rate stated from a last year of zero or blank cannot be computed and is an error (上年0万元，本年3.6万元，上升100% is wrong).",
    blanks:
      "A stated change beside a blank this year or last year cannot be checked: one info finding at the blank. A stated rate from a blank or zero last year is an error: no rate can be computed from it.",
    messages: {
      amountDiffers: {
        zh: "{{figure}}较上年增减额填报 {{stated}} 万元，但本年 {{current}} 万元 − 上年 {{previous}} 万元 = {{computed}} 万元（相差 {{difference}} 万元）。",
        en: "The change of {{figureEn}} is stated as {{stated}}, but this year {{current}} less last year {{previous}} is {{computed}} (difference {{difference}} 万元).",
      },
      rateDiffers: {
        zh: "{{figure}}较上年增减率填报 {{stated}}，但（本年 {{current}} 万元 − 上年 {{previous}} 万元）÷ 上年 = {{computed}}。",
        en: "The change rate of {{figureEn}} is stated as {{stated}}, but (this year {{current}} − last year {{previous}}) ÷ last year is {{computed}}.",
      },
      rateFromZero: {
        zh: "{{figure}}上年为{{base}}，较上年增减率无法计算，但填报了 {{stated}}。从零或空白基数出发的增长不是 100%：请删去增长率，只写增减额。",
        en: "Last year's {{figureEn}} is {{baseEn}}, so no change rate can be computed, yet {{stated}} is stated. Growth from zero is not 100%: state the change in amount only.",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
    },
  },
  check(ctx) {
    const changes = ctx.model.yearOnYear?.changes;
    if (!changes) return;
    for (const pair of yearPairs(ctx.model)) {
      const stated = changes[pair.figure];
      if (stated?.amount !== undefined) checkAmount(ctx, pair, stated.amount);
      if (stated?.rate !== undefined) checkRate(ctx, pair, stated);
    }
  },
});

const changePath = (p: YearPair, k: keyof StatedChange) => `yearOnYear.changes.${p.figure}.${k}`;
const label = (p: YearPair) => ({
  figure: YOY_LABEL[p.figure].zh,
  figureEn: YOY_LABEL[p.figure].en,
});

function blankOperand(ctx: RuleContext, p: YearPair, k: keyof StatedChange): boolean {
  const blank = !p.current ? p.currentPath : !p.previous ? p.previousPath : undefined;
  if (!blank) return false;
  reportUnverifiable(ctx, {
    blanks: [blank],
    relation: {
      zh: `${YOY_LABEL[p.figure].zh}较上年${k === "amount" ? "增减额" : "增减率"}`,
      en: `the change of ${YOY_LABEL[p.figure].en}`,
    },
    others: [changePath(p, k)],
  });
  return true;
}

function checkAmount(ctx: RuleContext, p: YearPair, stated: string): void {
  if (blankOperand(ctx, p, "amount")) return;
  const [cur, prev] = [p.current!, p.previous!];
  if (cur.suspect || prev.suspect) return;
  if (overlaps(difference(cur.interval, prev.interval), interval(stated))) return;
  const figures = [...cur.figures, ...prev.figures];
  const dp = decimalsOfAll([stated, ...figures.map((f) => f.value)]);
  const computed = cur.value.minus(prev.value);
  ctx.report({
    messageId: "amountDiffers",
    data: {
      ...label(p),
      stated: fixed(stated, dp),
      current: fixed(cur.value, dp),
      previous: fixed(prev.value, dp),
      computed: fixed(computed, dp),
      difference: fixed(new Decimal(stated).minus(computed), dp),
    },
    cells: [changePath(p, "amount"), ...figures.map((f) => f.path)].map((x) => ctx.at(x)),
    expected: fixed(computed, dp),
    actual: stated,
  });
}

function checkRate(ctx: RuleContext, p: YearPair, stated: StatedChange): void {
  const rate = stated.rate!;
  const prev = p.previous;
  if (!prev || prev.value.isZero()) {
    const base = prev ? { zh: " 0 万元", en: "0" } : { zh: "空白", en: "blank" };
    ctx.report({
      messageId: "rateFromZero",
      data: { ...label(p), base: base.zh, baseEn: base.en, stated: statedPercent(rate) },
      cells: [changePath(p, "rate"), p.previousPath].map((x) => ctx.at(x)),
      expected: "无法计算",
      actual: statedPercent(rate),
    });
    return;
  }
  if (blankOperand(ctx, p, "rate")) return;
  const cur = p.current!;
  if (cur.suspect || prev.suspect) return;
  const range = divide(difference(cur.interval, prev.interval), prev.interval);
  if (!range || overlaps(range, statedRateInterval(rate))) return;
  const computed = cur.value.minus(prev.value).div(prev.value);
  const dp = decimalsOfAll([...cur.figures, ...prev.figures].map((f) => f.value));
  const shown = Math.max(1, decimalsOf(rate) - 2);
  ctx.report({
    messageId: "rateDiffers",
    data: {
      ...label(p),
      stated: statedPercent(rate),
      current: fixed(cur.value, dp),
      previous: fixed(prev.value, dp),
      computed: percent(computed, shown),
    },
    cells: [
      changePath(p, "rate"),
      ...cur.figures.map((f) => f.path),
      ...prev.figures.map((f) => f.path),
    ].map((x) => ctx.at(x)),
    expected: percent(computed, shown),
    actual: statedPercent(rate),
  });
}
