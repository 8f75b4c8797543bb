import { Decimal, decimalsOf } from "../model/decimal";
import { defineRule, type RuleContext } from "./core/rule";
import { decimalsOfAll, fixed } from "./core/relations";
import { amountLabel } from "./core/expenditure";
import { COLUMN_LABEL, capitalized } from "./core/helpers";
import type { AmountColumn } from "../model/evaluation";
import { figuresOf } from "./core/figures";
import type { Slip } from "./core/unit-slips";

/** The figure in 万元 a figure typed in 元 stands for: 2349800 → "234.98", 80000 → "8". */
export function inWan(value: string): string {
  return new Decimal(value)
    .div(10000)
    .toDecimalPlaces(decimalsOf(value) + 4)
    .toFixed();
}

/**
 * A figure typed in 元 where 万元 belong (PRODUCT.md §5): an error at that cell proposing the
 * 万元 figure. The engine silences every other finding on a slipped figure (one slip, one
 * finding) and the scoring does not count it.
 */
export default defineRule({
  meta: {
    id: "amount-in-yuan",
    category: "consistency",
    severity: "error",
    description:
      "Unit slip: a stated amount about 10,000 times what its siblings (the other figures of its column: 支出明细 by category, projects, 三公经费 items, income sources), its own row (budget beside actual), last year's figure or its parts make likely was typed in 元 instead of 万元. One error at that cell proposing the figure in 万元; other rules stay silent about the slipped figure and the scoring leaves the indicators that use it unscored.",
    messages: {
      cellInYuan: {
        zh: "{{label}}填报 {{value}}，约为同列其他金额（如 {{other}} 万元）的 1 万倍，应是按“元”填写的：应为 {{suggested}} 万元。",
        en: "{{labelEn}} is {{value}}, about 10,000 times the other figures of its column (e.g. {{other}}): it was typed in yuan; in 万元 it should be {{suggested}}.",
      },
      rowInYuan: {
        zh: "{{label}}填报 {{value}}，约为同一行{{otherLabel}} {{other}} 万元的 1 万倍，应是按“元”填写的：应为 {{suggested}} 万元。",
        en: "{{labelEn}} is {{value}}, about 10,000 times the {{otherLabelEn}} {{other}} on the same row: it was typed in yuan; in 万元 it should be {{suggested}}.",
      },
      previousInYuan: {
        zh: "{{label}}填报 {{value}}，约为{{otherLabel}} {{other}} 万元的 1 万倍，应是按“元”填写的：应为 {{suggested}} 万元。",
        en: "{{labelEn}} is {{value}}, about 10,000 times {{otherLabelEn}} ({{other}}): it was typed in yuan; in 万元 it should be {{suggested}}.",
      },
      totalInYuan: {
        zh: "{{label}}填报 {{value}}，约为各分项合计 {{other}} 万元的 1 万倍，应是按“元”填写的：应为 {{suggested}} 万元。",
        en: "{{labelEn}} is stated as {{value}}, about 10,000 times what its parts give ({{other}}): it was typed in yuan; in 万元 it should be {{suggested}}.",
      },
      partsInYuan: {
        zh: "{{label}}填报 {{value}} 万元，而各分项合计为 {{other}}，约为它的 1 万倍：分项应是按“元”填写的，请改按万元填写（合计应为 {{suggested}} 万元）。",
        en: "{{labelEn}} is stated as {{value}}, but its parts add up to {{other}}, about 10,000 times more: the parts were typed in yuan (in 万元 they add up to {{suggested}}).",
      },
    },
  },
  check(ctx) {
    for (const slip of figuresOf(ctx.model).slips) report(ctx, slip);
  },
});

const MESSAGE: Record<Slip["basis"], string> = {
  siblings: "cellInYuan",
  row: "rowInYuan",
  previous: "previousInYuan",
  total: "totalInYuan",
  parts: "partsInYuan",
};

function report(ctx: RuleContext, slip: Slip): void {
  const label = amountLabel(ctx.model, slip.path);
  const first = slip.against[0];
  const otherLabel = !first
    ? { zh: "", en: "" }
    : slip.basis === "row" && /^(expenditure\.items|projects)\./.test(first.path)
      ? COLUMN_LABEL[first.path.split(".").pop() as AmountColumn]
      : amountLabel(ctx.model, first.path);
  // The reference figure is written with the decimals of the figures it comes from.
  const reference = slip.reference ?? new Decimal(first?.value ?? 0);
  const other = fixed(reference, decimalsOfAll(slip.against.map((f) => f.value)));
  const parts = slip.basis === "parts";
  const suggested = parts ? inWan(reference.toFixed()) : inWan(slip.value);
  ctx.report({
    messageId: MESSAGE[slip.basis],
    data: {
      label: label.zh,
      labelEn: capitalized(label.en),
      value: slip.value,
      other,
      otherLabel: otherLabel.zh,
      otherLabelEn: otherLabel.en,
      suggested,
    },
    // Siblings are many and innocent; a row, last year or parts are what the slip is set against.
    cells: [
      ctx.at(slip.path),
      ...(slip.basis === "siblings" ? [] : slip.against.map((f) => ctx.at(f.path))),
    ],
    expected: parts ? slip.value : suggested,
    actual: parts ? other : slip.value,
  });
}
