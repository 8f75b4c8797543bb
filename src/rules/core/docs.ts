import { SEVERITY_LABEL } from "../../model/finding";
import type { Category, RuleMeta } from "./meta";

const CATEGORY_LABEL: Record<Category, string> = {
  completeness: "完整性与类型 Completeness and type",
  arithmetic: "算术 Arithmetic",
  ratio: "比例 Ratios",
  consistency: "一致性与合理性 Consistency and plausibility",
  indicator: "绩效指标 Indicators",
  scoring: "评分 Scoring",
};

/** docs/rules.md from the rules' own metadata. */
export function rulesMarkdown(metas: readonly RuleMeta[]): string {
  const out = [
    "# 校验规则 — Rules",
    "",
    "Generated from the rules' metadata by `npm run gen`; do not edit by hand. Each rule lives in `src/rules/<id>.ts` with its tests in `test/rules/<id>.test.ts` (reader findings in `src/rules/core/reading.ts`). Figures are compared by the interval rule: a value stated with d decimals stands for v ± ½·10^−d.",
    "",
  ];
  for (const cat of Object.keys(CATEGORY_LABEL) as Category[]) {
    const list = metas.filter((m) => m.category === cat);
    if (!list.length) continue;
    out.push(`## ${CATEGORY_LABEL[cat]}`, "");
    for (const m of list) {
      out.push(
        `### \`${m.id}\` — ${SEVERITY_LABEL[m.severity]} ${m.severity}`,
        "",
        m.description,
        ""
      );
      if (m.blanks) out.push(`空白 Blanks: ${m.blanks}`, "");
      for (const [id, msg] of Object.entries(m.messages)) {
        out.push(`- \`${id}\`: ${msg.zh}`, `  — ${msg.en}`);
      }
      out.push("");
    }
  }
  return out.join("\n");
}
