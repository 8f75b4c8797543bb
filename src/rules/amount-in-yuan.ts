import { Decimal } from "../model/decimal";
import { AMOUNT_COLUMNS } from "../model/evaluation";
import { defineRule, type RuleContext } from "./core/rule";
import {
  capitalized,
  figures,
  looksLikeYuan,
  valueAt,
  yuanSuspects,
  type Figure,
} from "./core/helpers";
import { show, sum } from "./core/relations";
import {
  amountLabel,
  categoryItems,
  computedTotal,
  projectFigures,
  TOTAL_KEYS,
} from "./core/expenditure";
import { incomeSources } from "./core/income";
import { TP_ITEMS, TP_MEASURES, TP_YEARS } from "./core/three-public";

const inWan = (v: Decimal.Value) => show(new Decimal(v).div(10000), 6);

/**
 * A figure typed in 元 where 万元 belong. It looks at exactly the groups the sum rules add
 * (checkSum and the composite totals stay silent on these), so one slip gives one finding.
 */
export default defineRule({
  meta: {
    id: "amount-in-yuan",
    category: "consistency",
    severity: "warning",
    description:
      "Plausibility: a figure about 10,000 times the others of its column (支出明细 by category, projects, 三公经费, income), or a stated total about 10,000 times what its parts give (or the other way round), was probably typed in 元 instead of 万元.",
    messages: {
      cellInYuan: {
        zh: "{{label}}为 {{value}}，约为同组其他金额的 1 万倍，可能是按“元”而非“万元”填写的；如是，应填 {{suggested}} 万元。",
        en: "{{labelEn}} is {{value}}, about 10,000 times the other figures beside it; probably typed in yuan. In 万元 it would be {{suggested}}.",
      },
      totalInYuan: {
        zh: "{{label}}填报 {{stated}}，约为各分项合计 {{computed}} 万元的 1 万倍，可能是按“元”而非“万元”填写的；如是，应填 {{suggested}} 万元。",
        en: "{{labelEn}} is stated as {{stated}}, about 10,000 times what its parts give ({{computed}}); probably typed in yuan. In 万元 it would be {{suggested}}.",
      },
      partsInYuan: {
        zh: "{{label}}填报 {{stated}} 万元，而各分项合计为 {{computed}}，约为它的 1 万倍：分项可能是按“元”填写的，请改按万元填写。",
        en: "{{labelEn}} is stated as {{stated}}, but its parts add up to {{computed}}, about 10,000 times more; the parts were probably typed in yuan.",
      },
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const col of AMOUNT_COLUMNS) {
      for (const category of ["人员支出", "公用支出", undefined] as const) {
        suspectCells(ctx, categoryItems(model, category, col));
      }
      suspectCells(ctx, projectFigures(model, col));
      for (const t of TOTAL_KEYS) {
        const stated = model.expenditure.stated[t][col];
        const parts = computedTotal(model, t, col);
        if (stated !== undefined && parts && !parts.suspect) {
          totalVersusParts(
            ctx,
            { path: `expenditure.stated.${t}.${col}`, value: stated },
            parts.figures,
            parts.value
          );
        }
      }
    }
    const groups: { total: string; parts: Figure[] }[] = [
      ...TP_YEARS.flatMap((y) =>
        TP_MEASURES.map((m) => ({
          total: `threePublic.${y}.total.${m}`,
          parts: figures(
            ctx,
            (p) => valueAt(model, p),
            TP_ITEMS.map((k) => `threePublic.${y}.${k}.${m}`)
          ),
        }))
      ),
      { total: "income.total", parts: incomeSources(model) },
    ];
    for (const { total, parts } of groups) {
      if (suspectCells(ctx, parts) || parts.length === 0) continue;
      const value = valueAt(model, total);
      if (value !== undefined)
        totalVersusParts(ctx, { path: total, value }, parts, sum(parts.map((p) => p.value)));
    }
  },
});

/** Warns at each figure of a group that stands 10,000 times above the rest; true if any. */
function suspectCells(ctx: RuleContext, group: Figure[]): boolean {
  const suspects = yuanSuspects(group.map((f) => f.value));
  for (const i of suspects) {
    const { path, value } = group[i];
    const label = amountLabel(ctx.model, path);
    ctx.report({
      messageId: "cellInYuan",
      data: { label: label.zh, labelEn: capitalized(label.en), value, suggested: inWan(value) },
      cells: [ctx.at(path)],
      expected: inWan(value),
      actual: value,
    });
  }
  return suspects.size > 0;
}

function totalVersusParts(
  ctx: RuleContext,
  total: Figure,
  parts: Figure[],
  computed: Decimal
): void {
  if (!looksLikeYuan(total.value, computed)) return;
  const label = amountLabel(ctx.model, total.path);
  const totalHigh = new Decimal(total.value).abs().gt(computed.abs());
  ctx.report({
    messageId: totalHigh ? "totalInYuan" : "partsInYuan",
    data: {
      label: label.zh,
      labelEn: capitalized(label.en),
      stated: total.value,
      computed: show(computed),
      suggested: inWan(total.value),
    },
    cells: [ctx.at(total.path), ...parts.map((p) => ctx.at(p.path))],
    expected: totalHigh ? inWan(total.value) : show(computed),
    actual: total.value,
  });
}
