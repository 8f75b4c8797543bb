import { Decimal, decimalsOf } from "../model/decimal";
import { defineRule, type RuleContext } from "./core/rule";
import {
  divide,
  interval,
  overlaps,
  percent,
  statedPercent,
  type Interval,
} from "./core/relations";
import { effectiveTotal, rateTotal } from "./core/expenditure";
import { reportUnverifiable, UNVERIFIABLE_MESSAGE } from "./core/blanks";
import { statedRateInterval } from "./core/year-on-year";

const STATED = "statedRates.carryover";
const EXECUTION = "statedRates.execution";
const END = "expenditure.execution.carryoverEnd";

/** What a stated 结转结余率 may be compared with, and the cells each reading comes from. */
interface Reading {
  /** The interval the true rate lies in by this reading. */
  range: Interval;
  value: Decimal;
  how: { zh: string; en: string };
  cells: string[];
}

const ONE = new Decimal(1);
const complement = (i: Interval): Interval => ({ lo: ONE.minus(i.hi), hi: ONE.minus(i.lo) });

/** 1 − the stated 执行率 (its own rounding or truncation allowed for). */
function fromStatedExecution(ctx: RuleContext): Reading | undefined {
  const e = ctx.model.statedRates?.execution;
  if (e === undefined) return undefined;
  return {
    range: complement(statedRateInterval(e)),
    value: ONE.minus(e),
    how: {
      zh: `1 − 预算执行率 ${statedPercent(e)}`,
      en: `1 − the execution rate ${statedPercent(e)}`,
    },
    cells: [EXECUTION],
  };
}

/** 1 − 实际支出 ÷ 全年预算, as the scoring computes the execution rate. */
function fromFigures(ctx: RuleContext): Reading | undefined {
  const budget = rateTotal(ctx.model, "budgetAdjusted");
  const actual = effectiveTotal(ctx.model, "total", "actual");
  if (!budget || !actual || budget.suspect || actual.suspect || budget.value.lte(0)) return;
  const rate = divide(actual.interval, budget.interval);
  if (!rate) return undefined;
  return {
    range: complement(rate),
    value: ONE.minus(actual.value.div(budget.value)),
    how: { zh: "1 − 实际支出 ÷ 全年预算", en: "1 − actual ÷ adjusted budget" },
    cells: [...actual.figures, ...budget.figures].map((f) => f.path),
  };
}

/** 年末结转结余 ÷ 全年预算. */
function fromCarryover(ctx: RuleContext): Reading | undefined {
  const end = ctx.model.expenditure.execution.carryoverEnd;
  const budget = rateTotal(ctx.model, "budgetAdjusted");
  if (end === undefined || !budget || budget.suspect || budget.value.lte(0)) return undefined;
  const rate = divide(interval(end), budget.interval);
  if (!rate) return undefined;
  return {
    range: rate,
    value: new Decimal(end).div(budget.value),
    how: { zh: "年末结转结余 ÷ 全年预算", en: "carried forward ÷ adjusted budget" },
    cells: [END, ...budget.figures.map((f) => f.path)],
  };
}

/**
 * 结转结余率 stated beside 预算执行率 (issue 25 item 7): reports write "预算执行率96.6%，结转结余率
 * 3.4%"; the two must agree.
 */
export default defineRule({
  meta: {
    id: "carryover-rate",
    category: "ratio",
    severity: "error",
    description:
      "A stated 结转结余率 (template 1.3) agrees with 1 − 预算执行率 (the stated rate, else 实际支出 ÷ 全年预算) or with 年末结转结余 ÷ 全年预算, within rounding: either the rounding or the truncation of the stated figures. Pattern: 预算执行率96.6%，结转结余率3.4%.",
    blanks:
      "With neither a 执行率 (stated or computable) nor 年末结转结余 and 全年预算, the stated rate cannot be checked: one info finding at the blank 预算执行率.",
    messages: {
      differs: {
        zh: "结转结余率填报 {{stated}}，但{{how}} = {{computed}}，两者不符。结转结余率应与预算执行率相加为 100%（或等于年末结转结余 ÷ 全年预算）。",
        en: "The carry-over rate is stated as {{stated}}, but {{howEn}} is {{computed}}. With the execution rate it should make 100% (or equal carried forward ÷ adjusted budget).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
    },
  },
  check(ctx) {
    const stated = ctx.model.statedRates?.carryover;
    if (stated === undefined) return;
    const readings = [fromStatedExecution(ctx), fromFigures(ctx), fromCarryover(ctx)].filter(
      (r): r is Reading => r !== undefined
    );
    if (readings.length === 0) {
      reportUnverifiable(ctx, {
        blanks: [EXECUTION],
        relation: { zh: "结转结余率", en: "the carry-over rate" },
        others: [STATED],
      });
      return;
    }
    const range = statedRateInterval(stated);
    if (readings.some((r) => overlaps(r.range, range))) return;
    const first = readings[0];
    const computed = percent(first.value, Math.max(1, decimalsOf(stated) - 2));
    ctx.report({
      messageId: "differs",
      data: {
        stated: statedPercent(stated),
        how: first.how.zh,
        howEn: first.how.en,
        computed,
      },
      cells: [STATED, ...first.cells].map((p) => ctx.at(p)),
      expected: computed,
      actual: statedPercent(stated),
    });
  },
});
