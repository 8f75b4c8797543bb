import type { Rule } from "../core/rule";
import doubledWord from "./proofread-doubled-word";
import dateWord from "./proofread-date-word";
import halfWidth from "./proofread-half-width";
import documentNumber from "./proofread-document-number";
import forecast from "./proofread-forecast";
import reportFields from "./proofread-report-fields";

/** Proofreading of the unit's own prose, run by validate after the figure checks. */
export const PROOFREAD_RULES: readonly Rule[] = [
  doubledWord,
  dateWord,
  halfWidth,
  documentNumber,
  forecast,
];

/** Run by 生成报告 only (reportFieldFindings); listed in the catalog for its docs. */
export const REPORT_ONLY_RULES: readonly Rule[] = [reportFields];
