import { AMOUNT_COLUMNS, type AmountColumn, type Evaluation } from "../../model/evaluation";
import { PLACEMENTS } from "../../layout";

/**
 * Names for messages, below both the rule helpers and the blank-operand reporting (which used to
 * import each other for them).
 */

/** Chinese and English names of the four amount columns, for messages. */
export const COLUMN_LABEL: Record<AmountColumn, { zh: string; en: string }> = {
  budgetInitial: { zh: "年初预算", en: "initial budget" },
  budgetAdjusted: { zh: "全年预算", en: "adjusted budget" },
  actual: { zh: "实际支出", en: "actual" },
  fiscal: { zh: "财政拨款", en: "fiscal appropriation" },
};

let fieldLabels: Map<string, { zh: string; en: string }> | undefined;

/** The label the template gives a scalar field, e.g. 支出总计（实际支出）. */
export function fieldLabel(path: string): { zh: string; en: string } {
  fieldLabels ??= new Map(
    [...PLACEMENTS.fields.values()].map(({ field }) => [
      field.path,
      { zh: field.label, en: field.en },
    ])
  );
  return fieldLabels.get(path) ?? { zh: path, en: path };
}

/** A 支出明细 row by its code and name, e.g. 支出明细“30101 工资支出”. */
export function itemLabel(model: Evaluation, i: number): { zh: string; en: string } {
  const item = model.expenditure.items[i];
  const name = [item?.code, item?.name].filter((s) => s?.trim()).join(" ");
  return name
    ? { zh: `支出明细“${name}”`, en: `expenditure item “${name}”` }
    : { zh: `支出明细第 ${i + 1} 行`, en: `expenditure row ${i + 1}` };
}

/** A 项目 row by its name. */
export function projectLabel(model: Evaluation, i: number): { zh: string; en: string } {
  const name = model.projects[i]?.name?.trim();
  return name
    ? { zh: `项目“${name}”`, en: `project “${name}”` }
    : { zh: `项目表第 ${i + 1} 行`, en: `project row ${i + 1}` };
}

/** The label of any amount cell: a field's template label, or a table row and its column. */
export function amountLabel(model: Evaluation, path: string): { zh: string; en: string } {
  const m = /^(expenditure\.items|projects)\.(\d+)\.(\w+)$/.exec(path);
  const col = m?.[3] as AmountColumn | undefined;
  if (!m || !col || !AMOUNT_COLUMNS.includes(col)) return fieldLabel(path);
  const row =
    m[1] === "projects" ? projectLabel(model, Number(m[2])) : itemLabel(model, Number(m[2]));
  return { zh: `${row.zh}的${COLUMN_LABEL[col].zh}`, en: `${row.en}, ${COLUMN_LABEL[col].en}` };
}
