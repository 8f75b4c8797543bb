import type { Rule } from "../core/rule";
import doubledWord from "./proofread-doubled-word";
import dateWord from "./proofread-date-word";
import halfWidth from "./proofread-half-width";
import documentNumber from "./proofread-document-number";
import forecast from "./proofread-forecast";
import itemName from "./proofread-item-name";
import reportFields from "./proofread-report-fields";
import { EDITED_REPORT } from "./proofread-edited-report";
import type { RuleMeta } from "../core/meta";

/** Proofreading of the unit's own prose, run by validate after the figure checks. */
export const PROOFREAD_RULES: readonly Rule[] = [
  doubledWord,
  dateWord,
  halfWidth,
  documentNumber,
  forecast,
  itemName,
];

/**
 * Checks run outside validate, listed in the catalog for their docs: 生成报告 asks for blank
 * fields (reportFieldFindings); 导出 Word checks the edited sheets (src/report/edited.ts).
 */
export const REPORT_ONLY_RULES: readonly Rule[] = [reportFields];
export const REPORT_ONLY_METAS: readonly RuleMeta[] = [reportFields.meta, EDITED_REPORT];
