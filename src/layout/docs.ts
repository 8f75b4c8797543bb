import { toFormula } from "./expr";
import { place, type CalcPlace, type FieldPlace, type Placements } from "./index";
import { NUMBER_FORMATS } from "./styles";
import { SHEETS, TEMPLATE_MARKER, TEMPLATE_VERSION } from "./template";
import type { SheetDef, TableDef, ValueType } from "./types";

const TYPE_LABEL: Record<ValueType, string> = {
  text: "文本 text",
  longtext: "长文本 paragraph",
  amount: "金额 amount",
  count: "整数 count",
  year: "年度 year",
  rate: "比例 rate",
  date: "日期 date",
  choice: "下拉 choice",
  flag: "是/否 flag",
  value: "数值或文字 number or text",
};

const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** docs/template.md: every name, table, header, type and unit, from the layout itself. */
export function templateMarkdown(
  sheets: readonly SheetDef[] = SHEETS,
  p: Placements = place(sheets)
): string {
  const out: string[] = [];
  out.push(...preamble(sheets));
  for (const s of sheets) {
    out.push(`## ${s.name} (${s.en})`);
    out.push("");
    out.push(s.purpose);
    out.push("");
    out.push(...inputsSection([...p.fields.values()].filter((f) => f.sheet === s.name)));
    out.push(...computedSection([...p.calcs.values()].filter((c) => c.sheet === s.name)));
    out.push(...dataSection([...p.texts].filter(([, at]) => at.sheet === s.name)));
    const tables = [...p.tables.values()].filter((t) => t.sheet === s.name);
    for (const { table } of tables) out.push(...tableSection(table));
  }
  return out.join("\n");
}

/** The title, how names are read, and the table of sheets. */
function preamble(sheets: readonly SheetDef[]): string[] {
  const out: string[] = [];
  out.push("# 模板说明 — Template reference");
  out.push("");
  out.push(
    `Generated from \`src/layout\` by \`npm run gen\`; do not edit by hand. Template version: \`${TEMPLATE_MARKER} ${TEMPLATE_VERSION}\` (defined name \`jx_templateVersion\`).`
  );
  out.push("");
  out.push(
    "The reader finds every scalar by its workbook-scoped defined name and every list by its Excel table and header text, never by coordinates: rows may be inserted and sheets reordered. Amounts are in 万元 (format `0.00`), rates are fractions shown as `0%`, and a blank cell is not zero. Computed cells hold live formulas; their cached results follow Excel's semantics (text is not counted)."
  );
  out.push("");
  out.push("| 工作表 Sheet | English | 用途 Purpose |");
  out.push("|---|---|---|");
  for (const s of sheets) out.push(`| ${s.name} | ${s.en} | ${esc(s.purpose)} |`);
  out.push("");
  return out;
}

/** A sheet's inputs, none when it has none. */
function inputsSection(fields: FieldPlace[]): string[] {
  if (!fields.length) return [];
  const out: string[] = [];
  out.push("### 填报项 Inputs");
  out.push("");
  out.push(
    "| 名称 Name | 标签 Label | English | 类型 Type | 单位 Unit | 必填 | 格式 Format | 模型 Model path | 说明 |"
  );
  out.push("|---|---|---|---|---|---|---|---|---|");
  for (const { field: f } of fields) {
    const choices = f.choices ? `：${f.choices.join(" / ")}` : "";
    out.push(
      `| \`${f.name}\` | ${esc(f.label)} | ${esc(f.en)} | ${TYPE_LABEL[f.type]}${esc(choices)} | ${f.unit ?? ""} | ${f.required ? (f.forReport ? "生成报告时" : "是") : ""} | \`${NUMBER_FORMATS[f.type]}\` | \`${f.path}\` | ${esc(f.hint ?? "")} |`
    );
  }
  out.push("");
  return out;
}

/** A sheet's computed cells with their formulas, none when it has none. */
function computedSection(calcs: CalcPlace[]): string[] {
  if (!calcs.length) return [];
  const out: string[] = [];
  out.push("### 计算项 Computed cells");
  out.push("");
  out.push("| 名称 Name | 标签 Label | 公式 Formula |");
  out.push("|---|---|---|");
  for (const { calc } of calcs)
    out.push(`| \`${calc.name}\` | ${esc(calc.label)} | \`=${esc(toFormula(calc.expr))}\` |`);
  out.push("");
  return out;
}

/** The named texts the add-in reads back from a sheet (the 评分方案's data), none when none. */
function dataSection(texts: [string, { sheet: string; address: string }][]): string[] {
  if (!texts.length) return [];
  const out: string[] = [];
  out.push("### 程序读取的数据 Data the add-in reads");
  out.push("");
  for (const [name, at] of texts)
    out.push(
      `- \`${name}\` (${at.address}): the scoring profile as JSON (format: \`src/model/scoring-profile.ts\`, docs/scoring.md). Written by the template, \`jixiao template --profile\` and \`--profile\` on validate/report; validate and report score with it.`
    );
  out.push("");
  return out;
}

/** One table: its model path, the rows the blank template offers, and its columns. */
function tableSection(table: TableDef): string[] {
  const out: string[] = [];
  out.push(`### 表格 \`${table.name}\` — ${table.label} (${table.en})`);
  out.push("");
  out.push(
    `Model path: \`${table.path}\`; the blank template offers ${(table.presetRows?.length ?? 0) + table.blankRows} rows${table.presetRows ? ` (${table.presetRows.length} standard items pre-filled)` : ""}.`
  );
  out.push("");
  out.push("| 列标题 Header | English | 类型 Type | 单位 Unit | 必填 | 字段 Key | 说明 / 公式 |");
  out.push("|---|---|---|---|---|---|---|");
  for (const c of table.columns) {
    const choices = c.choices ? `：${c.choices.join(" / ")}` : "";
    const note = c.calc
      ? `计算列 \`=${esc(toFormula(c.calc))}\`${c.hint ? `；${esc(c.hint)}` : ""}`
      : esc(c.hint ?? "");
    out.push(
      `| ${c.header} | ${esc(c.en)} | ${TYPE_LABEL[c.type]}${esc(choices)} | ${c.unit ?? ""} | ${c.required ? "是" : ""} | ${c.key ? `\`${c.key}\`` : "—"} | ${note} |`
    );
  }
  out.push("");
  return out;
}
