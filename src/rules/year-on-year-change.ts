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
      "On 上年对比: a stated 较上年增减额 equals this year − last year, and a stated 较上年增减率 equals that change ÷ last year (accepting the rounding or the truncation of the stated percentage), by the interval rule. Where last year is blank but the change is stated, last year is this year − change (南县政协 2021: 收入792.22万元，同比上年度增加189.25万元，增加31.39%, no last-year figure written). A growth rate stated from a last year of zero cannot be computed and is an error (上年0万元，本年3.6万元，上升100% is wrong); 0 → 0 stated as 0% (持平) holds.",
    blanks:
      "A stated change beside a blank this year or last year cannot be checked: one info finding at the blank. A stated rate beside a blank last year is checked against this year − the stated change where both are filled; otherwise one info finding (上年数未填，无法核对增长率), never an error: units state the rate because last year's report had the figure.",
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
      rateBlankBase: {
        zh: "上年数未填，无法核对增长率：{{figure}}较上年增减率填报 {{stated}}，但上年{{figure}}未填（也没有可据以推算上年数的增减额）。如需核对，请填上年数。",
        en: "Last year's figure is blank, so the change rate cannot be checked: {{figureEn}} changed by {{stated}} as stated, but last year's figure is blank (and no stated change gives it). Fill last year's figure to have it checked.",
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

/**
 * Last year as the rate's base: stated (or from its parts), else this year − the stated change
 * (a report that writes "增加189.25万元，增加31.39%" without last year's figure); undefined when
 * neither is available.
 */
function rateBase(
  p: YearPair,
  stated: StatedChange
): { base: Interval; value: Decimal } | undefined {
  if (p.previous) return { base: p.previous.interval, value: p.previous.value };
  if (!p.current || stated.amount === undefined) return undefined;
  return {
    base: difference(p.current.interval, interval(stated.amount)),
    value: p.current.value.minus(stated.amount),
  };
}

function checkRate(ctx: RuleContext, p: YearPair, stated: StatedChange): void {
  const rate = stated.rate!;
  if (p.current?.suspect || p.previous?.suspect) return;
  const base = rateBase(p, stated);
  if (!base || (!p.previous && base.value.lte(0))) {
    // Blank last year and no way to derive it: an info line, never an error.
    ctx.report({
      messageId: "rateBlankBase",
      severity: "info",
      data: { ...label(p), stated: statedPercent(rate) },
      cells: [p.previousPath, changePath(p, "rate")].map((x) => ctx.at(x)),
    });
    return;
  }
  if (base.value.isZero()) {
    if (flatFromZero(p, rate)) return;
    ctx.report({
      messageId: "rateFromZero",
      data: { ...label(p), base: " 0 万元", baseEn: "0", stated: statedPercent(rate) },
      cells: [changePath(p, "rate"), p.previousPath].map((x) => ctx.at(x)),
      expected: "无法计算",
      actual: statedPercent(rate),
    });
    return;
  }
  if (!p.current) {
    blankOperand(ctx, p, "rate");
    return;
  }
  const cur = p.current;
  const change = p.previous ? difference(cur.interval, base.base) : interval(stated.amount!);
  const range = divide(change, base.base);
  if (!range || overlaps(range, statedRateInterval(rate))) return;
  reportRateDiffers(ctx, p, rate, cur.value.minus(base.value).div(base.value), base.value);
}

/** 0 → 0 stated as 0% (持平): no change, and none is claimed. */
function flatFromZero(p: YearPair, rate: string): boolean {
  return p.current !== undefined && p.current.value.isZero() && new Decimal(rate).isZero();
}

function reportRateDiffers(
  ctx: RuleContext,
  p: YearPair,
  rate: string,
  computed: Decimal,
  previous: Decimal
): void {
  const cur = p.current!;
  const prevFigures = p.previous?.figures ?? [];
  const dp = decimalsOfAll([...cur.figures, ...prevFigures].map((f) => f.value));
  const shown = Math.max(1, decimalsOf(rate) - 2);
  ctx.report({
    messageId: "rateDiffers",
    data: {
      ...label(p),
      stated: statedPercent(rate),
      current: fixed(cur.value, dp),
      previous: fixed(previous, dp),
      computed: percent(computed, shown),
    },
    cells: [
      changePath(p, "rate"),
      ...cur.figures.map((f) => f.path),
      ...(p.previous ? prevFigures.map((f) => f.path) : [changePath(p, "amount")]),
    ].map((x) => ctx.at(x)),
    expected: percent(computed, shown),
    actual: statedPercent(rate),
  });
}
