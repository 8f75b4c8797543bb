import type { AmountColumn } from "../../model/evaluation";
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
