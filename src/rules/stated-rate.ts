import { Decimal, decimalsOf } from "../model/decimal";
import { STATED_RATES, type Evaluation, type StatedRateKey } from "../model/evaluation";
import { defineRule, type RuleContext } from "./core/rule";
import { divide, exact, overlaps, percent, statedPercent, type Interval } from "./core/relations";
import { amountOf, effective, effectiveTotal, rateTotal, type Amount } from "./core/expenditure";
import { reportUnverifiable, UNVERIFIABLE_MESSAGE } from "./core/blanks";
import { valueAt } from "./core/helpers";
import { TP_ITEMS } from "./core/three-public";
import { statedRateInterval } from "./core/year-on-year";

const LABEL: Record<StatedRateKey, { zh: string; en: string }> = {
  execution: { zh: "预算执行率", en: "budget execution rate" },
  adjustment: { zh: "预算调整率", en: "budget adjustment rate" },
  staffControl: { zh: "在职人员控制率", en: "staff control rate" },
  threePublicControl: { zh: "三公经费控制率", en: "three public control rate" },
  procurement: { zh: "政府采购执行率", en: "procurement execution rate" },
  basicExecution: { zh: "基本支出预算执行率", en: "basic expenditure execution rate" },
  projectExecution: { zh: "项目支出预算执行率", en: "project expenditure execution rate" },
};

interface Operand {
  amount: Amount | undefined;
  /** Where a blank operand is filled in. */
  path: string;
}

const filled = (model: Evaluation, paths: string[]) =>
  amountOf(
    paths.flatMap((path) => {
      const value = valueAt(model, path);
      return value === undefined ? [] : [{ path, value }];
    })
  );

/**
 * 本年追加/调整 as the scoring takes it: stated, else the basic and project ones when both are
 * stated (template 1.2); one of them alone is not the total.
 */
function additionsOf(model: Evaluation): Amount | undefined {
  const x = "expenditure.execution";
  const total = valueAt(model, `${x}.additions`);
  if (total !== undefined) return filled(model, [`${x}.additions`]);
  const parts = [`${x}.additionsBasic`, `${x}.additionsProject`];
  return parts.every((p) => valueAt(model, p) !== undefined) ? filled(model, parts) : undefined;
}

const counted = (a: Amount | undefined): Amount | undefined =>
  a && { ...a, interval: exact(a.value) }; // persons and posts are exact

function tpTotal(model: Evaluation, measure: "budget" | "actual"): Amount | undefined {
  const path = `threePublic.current.total.${measure}`;
  const items = TP_ITEMS.map((i) => `threePublic.current.${i}.${measure}`);
  return effective(path, valueAt(model, path), filled(model, items));
}

/** Numerator and denominator of each rate, as the scoring computes it. */
function operands(model: Evaluation, k: StatedRateKey): [Operand, Operand] {
  const x = "expenditure.execution";
  switch (k) {
    case "execution":
      return [
        { amount: rateTotal(model, "actual"), path: "expenditure.stated.total.actual" },
        {
          amount: rateTotal(model, "budgetAdjusted"),
          path: "expenditure.stated.total.budgetAdjusted",
        },
      ];
    case "adjustment":
      return [
        { amount: additionsOf(model), path: `${x}.additions` },
        {
          amount: rateTotal(model, "budgetInitial"),
          path: "expenditure.stated.total.budgetInitial",
        },
      ];
    case "staffControl": {
      const kinds = ["administrative", "politicalLegal", "institutional", "worker"];
      const staff = effective(
        "profile.staffing.total",
        model.profile.staffing.total,
        filled(
          model,
          kinds.map((s) => `profile.staffing.${s}`)
        )
      );
      return [
        {
          amount: counted(filled(model, ["profile.people.active"])),
          path: "profile.people.active",
        },
        { amount: counted(staff), path: "profile.staffing.total" },
      ];
    }
    case "threePublicControl":
      return [
        { amount: tpTotal(model, "actual"), path: "threePublic.current.total.actual" },
        { amount: tpTotal(model, "budget"), path: "threePublic.current.total.budget" },
      ];
    case "basicExecution":
    case "projectExecution": {
      const t = k === "basicExecution" ? "basic" : "project";
      return [
        { amount: effectiveTotal(model, t, "actual"), path: `expenditure.stated.${t}.actual` },
        {
          amount: effectiveTotal(model, t, "budgetAdjusted"),
          path: `expenditure.stated.${t}.budgetAdjusted`,
        },
      ];
    }
    case "procurement":
      return [
        { amount: filled(model, [`${x}.procurementActual`]), path: `${x}.procurementActual` },
        { amount: filled(model, [`${x}.procurementBudget`]), path: `${x}.procurementBudget` },
      ];
  }
}

/** The rates a report states, compared with those the scoring computes (issue 15 item 2). */
export default defineRule({
  meta: {
    id: "stated-rate",
    category: "ratio",
    severity: "error",
    description:
      "A rate the report states (预算执行率, 预算调整率, 在职人员控制率, 三公经费控制率, 政府采购执行率; 基本支出 and 项目支出 预算执行率, template 1.5) matches the one computed from the figures as the scoring computes it, at the precision stated: either the rounding or the truncation of the computed rate, by the interval rule.",
    blanks:
      "A stated rate beside a blank numerator or denominator cannot be checked: one info finding at the blank. A zero denominator gives no rate: a rate stated on it is an error.",
    messages: {
      differs: {
        zh: "{{rate}}填报 {{stated}}，按数据计算为 {{computed}}（{{numerator}} ÷ {{denominator}}）。",
        en: "The {{rateEn}} is stated as {{stated}}, but the figures give {{computed}} ({{numerator}} ÷ {{denominator}}).",
      },
      cannotCompute: {
        zh: "{{rate}}的分母为 0，无法计算，但填报了 {{stated}}。",
        en: "The {{rateEn}} has a denominator of 0 and cannot be computed, yet {{stated}} is stated.",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
    },
  },
  check(ctx) {
    const stated = ctx.model.statedRates;
    if (!stated) return;
    for (const k of STATED_RATES) {
      const rate = stated[k];
      if (rate !== undefined) checkRate(ctx, k, rate);
    }
  },
});

function checkRate(ctx: RuleContext, k: StatedRateKey, rate: string): void {
  const [num, den] = operands(ctx.model, k);
  const path = `statedRates.${k}`;
  const blank = [num, den].find((o) => !o.amount);
  if (blank) {
    reportUnverifiable(ctx, {
      blanks: [blank.path],
      relation: { zh: LABEL[k].zh, en: `the ${LABEL[k].en}` },
      others: [path],
    });
    return;
  }
  const [n, d] = [num.amount!, den.amount!];
  if (n.suspect || d.suspect) return;
  const cells = [path, ...n.figures.map((f) => f.path), ...d.figures.map((f) => f.path)];
  const data = { rate: LABEL[k].zh, rateEn: LABEL[k].en, stated: statedPercent(rate) };
  const range: Interval | undefined = d.value.isZero() ? undefined : divide(n.interval, d.interval);
  if (!range) {
    ctx.report({ messageId: "cannotCompute", data, cells: cells.map((p) => ctx.at(p)) });
    return;
  }
  if (overlaps(range, statedRateInterval(rate))) return;
  const computed = percent(n.value.div(d.value), Math.max(1, decimalsOf(rate) - 2));
  ctx.report({
    messageId: "differs",
    data: { ...data, computed, numerator: show(n.value), denominator: show(d.value) },
    cells: cells.map((p) => ctx.at(p)),
    expected: computed,
    actual: statedPercent(rate),
  });
}

const show = (v: Decimal) => v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
