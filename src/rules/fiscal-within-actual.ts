import type { AmountColumns } from "../model/evaluation";
import { defineRule, type RuleContext } from "./core/rule";
import { atMost } from "./core/relations";
import { capitalized } from "./core/helpers";
import { itemLabel, projectLabel, TOTAL_LABEL, type TotalKey } from "./core/expenditure";

const exceeds = (row: AmountColumns) =>
  row.fiscal !== undefined && row.actual !== undefined && !atMost(row.fiscal, row.actual);

const SHORT: Record<TotalKey, { zh: string; en: string }> = {
  personnel: { zh: "人员", en: "personnel" },
  public: { zh: "公用", en: "public" },
  basic: { zh: "基本", en: "basic" },
  project: { zh: "项目", en: "projects" },
  total: { zh: "总计", en: "total" },
};

interface Row {
  label: { zh: string; en: string };
  /** How the row is named among the parts of a total: 人员, 公用 … */
  short?: { zh: string; en: string };
  /** Model path of the row, e.g. "expenditure.stated.basic" or "projects.0". */
  path: string;
  figures: AmountColumns;
}

const statedRow = (ctx: RuleContext, t: TotalKey): Row => ({
  label: TOTAL_LABEL[t],
  short: SHORT[t],
  path: `expenditure.stated.${t}`,
  figures: ctx.model.expenditure.stated[t],
});

/** 财政拨款 ≤ 实际支出 on every row; a faulty total is reported once, with its parts folded in. */
export default defineRule({
  meta: {
    id: "fiscal-within-actual",
    category: "consistency",
    severity: "error",
    description:
      "其中财政拨款 is part of 实际支出 and cannot exceed it: stated totals, 支出明细 rows and projects. A faulty 基本支出 or 支出总计 is reported once, with its parts, not again for each part.",
    blanks:
      "A comparison needs both figures: a row or total whose 实际支出 or 财政拨款 is blank is not compared (a blank 实际支出 is not 0, so a fiscal figure beside it is no excess). Silent, since a one-sided row is common in 决算 tables.",
    messages: {
      exceeds: {
        zh: "{{row}}中财政拨款 {{fiscal}} 万元{{fiscalParts}}超过实际支出 {{actual}} 万元{{actualParts}}。财政拨款是实际支出的一部分，不能大于实际支出；请核对两列是否取自决算表的同一行、同一口径。",
        en: "{{rowEn}}: the fiscal appropriation {{fiscal}}{{fiscalPartsEn}} exceeds the actual expenditure {{actual}}{{actualPartsEn}}; it is part of the actual expenditure and cannot exceed it. Check both come from the same line of the final accounts.",
      },
    },
  },
  check(ctx) {
    const st = ctx.model.expenditure.stated;
    const stated = (t: TotalKey, parts: TotalKey[] = []) =>
      report(
        ctx,
        statedRow(ctx, t),
        parts.map((p) => statedRow(ctx, p))
      );
    if (exceeds(st.total)) stated("total", ["basic", "project"]);
    else {
      if (exceeds(st.basic)) stated("basic", ["personnel", "public"]);
      else for (const t of ["personnel", "public"] as const) if (exceeds(st[t])) stated(t);
      if (exceeds(st.project)) stated("project");
    }
    ctx.model.expenditure.items.forEach((figures, i) => {
      if (exceeds(figures))
        report(ctx, { label: itemLabel(ctx.model, i), path: `expenditure.items.${i}`, figures });
    });
    ctx.model.projects.forEach((figures, i) => {
      if (exceeds(figures))
        report(ctx, { label: projectLabel(ctx.model, i), path: `projects.${i}`, figures });
    });
  },
});

/** One finding at the row's 财政拨款, its parts' figures shown beside each side. */
function report(ctx: RuleContext, row: Row, parts: Row[] = []): void {
  const side = (col: "fiscal" | "actual", lang: "zh" | "en") =>
    parts.flatMap((p) =>
      p.figures[col] === undefined ? [] : [`${p.short?.[lang]} ${p.figures[col]}`]
    );
  const zh = (xs: string[]) => (xs.length ? `（${xs.join("、")}）` : "");
  const en = (xs: string[]) => (xs.length ? ` (${xs.join(", ")})` : "");
  const cellsOf = (r: Row) =>
    (["fiscal", "actual"] as const)
      .filter((c) => r.figures[c] !== undefined)
      .map((c) => ctx.at(`${r.path}.${c}`));
  const fiscal = row.figures.fiscal!;
  const actual = row.figures.actual!;
  ctx.report({
    messageId: "exceeds",
    data: {
      row: row.label.zh,
      rowEn: capitalized(row.label.en),
      fiscal,
      actual,
      fiscalParts: zh(side("fiscal", "zh")),
      actualParts: zh(side("actual", "zh")),
      fiscalPartsEn: en(side("fiscal", "en")),
      actualPartsEn: en(side("actual", "en")),
    },
    cells: [row, ...parts].flatMap(cellsOf),
    expected: `≤ ${actual}`,
    actual: fiscal,
  });
}
