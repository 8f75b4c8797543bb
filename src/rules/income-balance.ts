import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import {
  decimalsOfAll,
  exact,
  fixed,
  overlaps,
  quantity,
  sumIntervals,
  type Quantity,
} from "./core/relations";
import { amountOf, effective, effectiveTotal } from "./core/expenditure";
import { incomeSources } from "./core/income";

const BLANK_AS_ZERO = { zh: "未填（按 0 计）", en: "blank (taken as 0)" };

/** 收支平衡: 上年结转 + 本年收入 = 支出总计（实际）+ 年末结转结余. */
export default defineRule({
  meta: {
    id: "income-balance",
    category: "consistency",
    severity: "error",
    description:
      "Where the 收入 section is filled: 上年结转 + 本年收入 = 支出总计（实际支出）+ 年末结转结余, allowing for rounding. A blank 上年结转 or 年末结转结余 counts as 0 here, and the message says so.",
    messages: {
      unbalanced: {
        zh: "收支不平衡：上年结转 {{prior}} + 本年收入 {{income}} 万元 = {{left}} 万元，而支出总计（实际支出）{{spent}} 万元 + 年末结转结余 {{end}} = {{right}} 万元（相差 {{difference}} 万元）。应满足：上年结转 + 本年收入 = 支出 + 年末结转结余。",
        en: "Income and expenditure do not balance: carried over {{priorEn}} plus income {{income}} make {{left}}, but actual expenditure {{spent}} plus carried forward {{endEn}} make {{right}} (difference {{difference}} 万元).",
      },
    },
  },
  check({ model, at, report }) {
    const income = effective("income.total", model.income.total, amountOf(incomeSources(model)));
    const spent = effectiveTotal(model, "total", "actual");
    if (!income || !spent || income.suspect || spent.suspect) return;
    const { carryoverPrior: prior, carryoverEnd: end } = model.expenditure.execution;
    const zeroIfBlank = (v: string | undefined): Quantity =>
      v === undefined ? { value: new Decimal(0), interval: exact(0) } : quantity(v);
    const left = [zeroIfBlank(prior), income];
    const right = [spent, zeroIfBlank(end)];
    const total = (qs: Quantity[]) => qs.reduce((s, q) => s.plus(q.value), new Decimal(0));
    if (
      overlaps(
        sumIntervals(left.map((q) => q.interval)),
        sumIntervals(right.map((q) => q.interval))
      )
    )
      return;
    const dp = decimalsOfAll([
      prior,
      end,
      ...income.figures.map((f) => f.value),
      ...spent.figures.map((f) => f.value),
    ]);
    const show = (d: Decimal) => fixed(d, dp);
    const shown = (v: string | undefined, lang: "zh" | "en") =>
      v === undefined ? BLANK_AS_ZERO[lang] : lang === "zh" ? `${fixed(v, dp)} 万元` : fixed(v, dp);
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
      cells: [
        ...income.figures.map((f) => at(f.path)),
        at("expenditure.execution.carryoverPrior"),
        ...spent.figures.map((f) => at(f.path)),
        at("expenditure.execution.carryoverEnd"),
      ],
      expected: show(total(right)),
      actual: show(total(left)),
    });
  },
});
