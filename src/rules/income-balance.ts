import { Decimal } from "../model/decimal";
import { defineRule, type RuleContext } from "./core/rule";
import {
  balanceWithBlanks,
  decimalsOfAll,
  fixed,
  quantity,
  sumIntervals,
  type Quantity,
} from "./core/relations";
import { amountOf, effective, effectiveTotal, type Amount } from "./core/expenditure";
import { incomeSources } from "./core/income";
import { fieldLabel } from "./core/labels";
import {
  IMPLIED_BLANK_MESSAGE,
  IMPLIED_IMPOSSIBLE_MESSAGE,
  reportImplied,
  UNVERIFIABLE_MESSAGE,
} from "./core/blanks";

const PRIOR = "expenditure.execution.carryoverPrior";
const END = "expenditure.execution.carryoverEnd";
const WITH_CARRYOVER = "income.totalWithCarryover";
const AT_LEAST_ZERO = { zh: "未填（至少为 0）", en: "blank (at least 0)" };

/** 收支平衡: 上年结转 + 本年收入 = 支出总计（实际）+ 年末结转结余. */
export default defineRule({
  meta: {
    id: "income-balance",
    category: "consistency",
    severity: "error",
    description:
      "Where the 收入 section is filled: 上年结转 + 本年收入 = 支出总计（实际支出）+ 年末结转结余, allowing for rounding. Where only 收入总计（含上年结转） is given, it already holds the carry-over: 收入总计（含上年结转）= 支出总计 + 年末结转结余.",
    blanks:
      "上年结转 and 年末结转结余 are optional. A blank one may be any amount ≥ 0, so the balance is an error only when no such amount could close it (income already exceeds expenditure with the end balance blank is fine; expenditure exceeding income plus a stated carry-over with 上年结转 filled is not). A gap only a blank could close is one info finding at the blank cell, never an error computed as if the blank were 0. With one carry-over filled, the other blank one on the short side is pinned down (issue 25): a warning names it (上年结转未填；按收支平衡应为 …). With both blank, an info names the least the short side's carry-over must be.",
    messages: {
      unbalanced: {
        zh: "收支不平衡：上年结转 {{prior}} + 本年收入 {{income}} 万元 = {{left}} 万元，而支出总计（实际支出）{{spent}} 万元 + 年末结转结余 {{end}} = {{right}} 万元（相差 {{difference}} 万元）。应满足：上年结转 + 本年收入 = 支出 + 年末结转结余。",
        en: "Income and expenditure do not balance: carried over {{priorEn}} plus income {{income}} make {{left}}, but actual expenditure {{spent}} plus carried forward {{endEn}} make {{right}} (difference {{difference}} 万元).",
      },
      unbalancedWithCarryover: {
        zh: "收支不平衡：收入总计（含上年结转）{{income}} 万元，而支出总计（实际支出）{{spent}} 万元 + 年末结转结余 {{end}} = {{right}} 万元（相差 {{difference}} 万元）。应满足：收入总计（含上年结转）= 支出 + 年末结转结余。",
        en: "Income and expenditure do not balance: total income including the carry-over {{income}} against actual expenditure {{spent}} plus carried forward {{endEn}}, {{right}} (difference {{difference}} 万元).",
      },
      unverifiable: UNVERIFIABLE_MESSAGE,
      impliedBlank: IMPLIED_BLANK_MESSAGE,
      impliedImpossible: IMPLIED_IMPOSSIBLE_MESSAGE,
      impliedAtLeast: {
        zh: "{{blank}}未填；按{{relation}}至少应为 {{implied}} 万元（{{other}}未填，为 0 时恰为此数）。如确有结转，请填写；无法核对收支平衡。",
        en: "{{blankEn}} is blank; {{relationEn}} needs at least {{implied}} ({{otherEn}} is blank too; exactly this if it is 0). Fill it in; the balance cannot be checked.",
      },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const income = effective("income.total", model.income.total, amountOf(incomeSources(model)));
    const spent = effectiveTotal(model, "total", "actual");
    if (!spent || spent.suspect) return;
    if (!income) {
      // Only 收入总计（含上年结转） given: it already holds the carry-over.
      const withCarryover = model.income.totalWithCarryover;
      if (withCarryover !== undefined) checkWithCarryover(ctx, quantity(withCarryover), spent);
      return;
    }
    if (income.suspect) return;
    checkBalance(ctx, income, spent);
  },
});

/** 收入总计（含上年结转）= 支出总计（实际）+ 年末结转结余, where 本年收入 is not given. */
function checkWithCarryover(ctx: RuleContext, stated: Quantity, spent: Amount): void {
  const end = ctx.model.expenditure.execution.carryoverEnd;
  const right = [spent, ...(end === undefined ? [] : [quantity(end)])];
  const rightInterval = sumIntervals(right.map((q) => q.interval));
  const verdict = balanceWithBlanks(stated.interval, 0, rightInterval, end === undefined ? 1 : 0);
  if (verdict === "holds") return;
  const spentCells = spent.figures.map((f) => f.path);
  if (verdict === "unverifiable") {
    // 年末结转结余 is the one blank: the statement pins it down (issue 25 item 3).
    reportImplied(ctx, {
      blank: END,
      implied: stated.value.minus(spent.value),
      decimals: decimalsOfAll([
        ctx.model.income.totalWithCarryover,
        ...spent.figures.map((f) => f.value),
      ]),
      relation: {
        zh: "收支平衡（收入总计（含上年结转）= 支出 + 年末结转结余）",
        en: "the balance (total income with the carry-over = expenditure + carried forward)",
      },
      others: [WITH_CARRYOVER, ...spentCells],
      unit: " 万元",
    });
    return;
  }
  const rightTotal = right.reduce((sum, q) => sum.plus(q.value), new Decimal(0));
  const dp = decimalsOfAll([stated.value.toString(), end, ...spent.figures.map((f) => f.value)]);
  const show = (d: Decimal) => fixed(d, dp);
  ctx.report({
    messageId: "unbalancedWithCarryover",
    data: {
      income: show(stated.value),
      spent: show(spent.value),
      end: end === undefined ? AT_LEAST_ZERO.zh : `${fixed(end, dp)} 万元`,
      endEn: end === undefined ? AT_LEAST_ZERO.en : fixed(end, dp),
      right: show(rightTotal),
      difference: show(stated.value.minus(rightTotal)),
    },
    cells: [WITH_CARRYOVER, ...spentCells, END].map((p) => ctx.at(p)),
    expected: show(rightTotal),
    actual: show(stated.value),
  });
}

/** 上年结转 + 本年收入 = 支出总计（实际）+ 年末结转结余. */
function checkBalance(ctx: RuleContext, income: Amount, spent: Amount): void {
  const { model, at, report } = ctx;
  const { carryoverPrior: prior, carryoverEnd: end } = model.expenditure.execution;
  const filled = (v: string | undefined): Quantity[] => (v === undefined ? [] : [quantity(v)]);
  const left = [...filled(prior), income];
  const right = [spent, ...filled(end)];
  const verdict = balanceWithBlanks(
    sumIntervals(left.map((q) => q.interval)),
    prior === undefined ? 1 : 0,
    sumIntervals(right.map((q) => q.interval)),
    end === undefined ? 1 : 0
  );
  if (verdict === "holds") return;
  const total = (qs: Quantity[]) => qs.reduce((s, q) => s.plus(q.value), new Decimal(0));
  const incomeCells = income.figures.map((f) => f.path);
  const spentCells = spent.figures.map((f) => f.path);
  if (verdict === "unverifiable") {
    reportShortSide(ctx, { income, spent, left: total(left), right: total(right) });
    return;
  }
  const dp = decimalsOfAll([
    prior,
    end,
    ...income.figures.map((f) => f.value),
    ...spent.figures.map((f) => f.value),
  ]);
  const show = (d: Decimal) => fixed(d, dp);
  const shown = (v: string | undefined, lang: "zh" | "en") =>
    v === undefined ? AT_LEAST_ZERO[lang] : lang === "zh" ? `${fixed(v, dp)} 万元` : fixed(v, dp);
  report({
    messageId: "unbalanced",
    data: {
      prior: shown(prior, "zh"),
      priorEn: shown(prior, "en"),
      end: shown(end, "zh"),
      endEn: shown(end, "en"),
      income: show(income.value),
      spent: show(spent.value),
      left: show(total(left)),
      right: show(total(right)),
      difference: show(total(left).minus(total(right))),
    },
    cells: [...incomeCells, PRIOR, ...spentCells, END].map((p) => at(p)),
    expected: show(total(right)),
    actual: show(total(left)),
  });
}

/** A blank on the short side with the other carry-over blank too: the least it can be, as info. */
function reportAtLeast(
  ctx: RuleContext,
  blank: string,
  other: string,
  implied: string,
  relation: { zh: string; en: string },
  others: string[]
): void {
  const [b, o] = [fieldLabel(blank), fieldLabel(other)];
  ctx.report({
    messageId: "impliedAtLeast",
    severity: "info",
    data: {
      blank: b.zh,
      blankEn: b.en,
      other: o.zh,
      otherEn: o.en,
      implied,
      relation: relation.zh,
      relationEn: relation.en,
    },
    cells: [blank, ...others].map((p) => ctx.at(p)),
    expected: `≥ ${implied}`,
  });
}

/**
 * Only the blank on the short side could close the gap: it is pinned down (issue 25 item 3) —
 * exactly when the other carry-over is filled, at least the gap when it is blank too.
 */
function reportShortSide(
  ctx: RuleContext,
  b: { income: Amount; spent: Amount; left: Decimal; right: Decimal }
): void {
  const { carryoverPrior: prior, carryoverEnd: end } = ctx.model.expenditure.execution;
  const short = b.left.lt(b.right) ? PRIOR : END;
  const otherBlank = short === PRIOR ? end === undefined : prior === undefined;
  const relation = {
    zh: "收支平衡（上年结转 + 本年收入 = 支出 + 年末结转结余）",
    en: "the balance (carried over + income = expenditure + carried forward)",
  };
  const others = [
    ...b.income.figures.map((f) => f.path),
    ...(prior ? [PRIOR] : []),
    ...b.spent.figures.map((f) => f.path),
    ...(end ? [END] : []),
  ];
  const gap = b.left.minus(b.right).abs();
  const values = [...b.income.figures, ...b.spent.figures].map((f) => f.value);
  const dp = decimalsOfAll([prior, end, ...values]);
  if (!otherBlank)
    reportImplied(ctx, {
      blank: short,
      implied: gap,
      decimals: dp,
      relation,
      others,
      unit: " 万元",
    });
  else reportAtLeast(ctx, short, short === PRIOR ? END : PRIOR, fixed(gap, dp), relation, others);
}
