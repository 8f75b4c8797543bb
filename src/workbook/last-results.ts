/**
 * The last validation as the workbook records it (PRODUCT.md §5): the 校验结果 sheet's rows and
 * the score cells of the 评分 sheet. Read-only, one port read, so the task pane can show what a
 * run started from the ribbon (or an earlier session, or the CLI) left in the workbook.
 */
import { SHEETS, VERSION_NAME } from "../layout";
import {
  EXPLAINED_SUFFIX,
  RESULTS_COLUMNS,
  RESULTS_FIRST_ROW,
  RESULTS_SHEET,
} from "../layout/results";
import { SCORE_NAMES } from "../layout/template";
import { PROFILE_DATA_NAME } from "../layout/scoring-profile-sheet";
import { SEVERITY_LABEL, type Severity } from "../model/finding";
import type { CellValue, WorkbookPort } from "./port";

/** One row of 校验结果, as the pane shows it. */
export interface RecordedFinding {
  severity: Severity;
  ruleId: string;
  /** Absent when the finding is about the whole workbook. */
  sheet?: string;
  /** Absent when the finding is about a whole sheet, table or name. */
  cell?: string;
  message: string;
  messageEn: string;
  expected?: string;
  actual?: string;
  /** The preparer's 说明, on an explained warning or info finding. */
  explanation?: string;
  /** Ties the 说明 to the finding (see `fingerprint`). */
  fingerprint?: string;
  /** The row on 校验结果, where the pane writes an explanation. */
  row?: number;
}

export interface RecordedScore {
  /** The total after any cap; absent while the score is incomplete. */
  total?: number;
  /** 优, 良, 中 or 差; absent while the score is incomplete. */
  grade?: string;
  /** The 评分 sheet's status line (Chinese): complete, or what is missing, and any cap. */
  status?: string;
  /** The name of the profile on the 评分方案 sheet, which validate scores with. */
  profile?: string;
}

export interface LastResults {
  /** The workbook holds the template (its version name, or any of its sheets). */
  template: boolean;
  /** Validate has written its results sheet. */
  validated: boolean;
  /** In the sheet's order: severity, then the template's sheet order, then position. */
  findings: RecordedFinding[];
  score: RecordedScore;
}

const FIRST_ROW = RESULTS_FIRST_ROW;
const COLUMNS = RESULTS_COLUMNS;

const SEVERITY_BY_LABEL = new Map(
  (Object.entries(SEVERITY_LABEL) as [Severity, string][]).map(([s, label]) => [label, s])
);

const text = (v: CellValue | undefined): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return v.error;
  return String(v);
};

/**
 * "sheet!A1" (what the HYPERLINK shows) into its sheet and cell; a sheet may itself contain "!",
 * the cell is what follows the last one.
 */
export function parseLocation(where: string): { sheet?: string; cell?: string } {
  const m = /^(.*)!\$?([A-Z]{1,3})\$?(\d+)$/.exec(where.trim());
  if (m) return { sheet: m[1].replace(/^'(.*)'$/, "$1"), cell: `${m[2]}${m[3]}` };
  return where.trim() ? { sheet: where.trim() } : {};
}

/** The 问题 cell holds the Chinese message, a line break, the English one. */
function splitMessage(value: string): { message: string; messageEn: string } {
  const i = value.indexOf("\n");
  return i < 0
    ? { message: value, messageEn: "" }
    : { message: value.slice(0, i), messageEn: value.slice(i + 1) };
}

function findingsOf(values: Record<string, CellValue>): RecordedFinding[] {
  const out: RecordedFinding[] = [];
  for (let row = FIRST_ROW; ; row++) {
    const at = (column: string) => text(values[`${column}${row}`]);
    const label = at(COLUMNS.severity).trim();
    const severity = SEVERITY_BY_LABEL.get(
      label.endsWith(EXPLAINED_SUFFIX) ? label.slice(0, -EXPLAINED_SUFFIX.length) : label
    );
    // The rows are contiguous; the first without a known severity ends the list.
    if (!severity) break;
    const finding: RecordedFinding = {
      severity,
      ruleId: at(COLUMNS.rule),
      ...parseLocation(at(COLUMNS.where)),
      ...splitMessage(at(COLUMNS.message)),
      row,
    };
    const expected = at(COLUMNS.expected);
    const actual = at(COLUMNS.actual);
    if (expected !== "") finding.expected = expected;
    if (actual !== "") finding.actual = actual;
    const explanation = at(COLUMNS.explanation).trim();
    const print = at(COLUMNS.fingerprint).trim();
    if (explanation && severity !== "error") finding.explanation = explanation;
    if (print) finding.fingerprint = print;
    out.push(finding);
  }
  return out;
}

/** The profile's name from its data; validate reports data it cannot read, the pane only shows. */
function profileName(value: CellValue | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const name = (JSON.parse(value) as { name?: unknown }).name;
    return typeof name === "string" && name.trim() ? name.trim() : undefined;
  } catch {
    return undefined;
  }
}

const SCORE_CELLS = [SCORE_NAMES.total, SCORE_NAMES.grade, SCORE_NAMES.status];

/** Reads the last results recorded in the workbook; never writes. */
export async function readLastResults(port: WorkbookPort): Promise<LastResults> {
  const read = await port.read({
    names: [VERSION_NAME, ...SCORE_CELLS, PROFILE_DATA_NAME],
    tables: [],
    sheetValues: [RESULTS_SHEET],
  });
  const template =
    read.names[VERSION_NAME] !== undefined || SHEETS.some((s) => read.sheets.includes(s.name));
  const values = read.sheetValues?.[RESULTS_SHEET];
  const score: RecordedScore = {};
  const total = read.names[SCORE_NAMES.total]?.value;
  const grade = text(read.names[SCORE_NAMES.grade]?.value).trim();
  const status = text(read.names[SCORE_NAMES.status]?.value).trim();
  if (typeof total === "number") score.total = total;
  if (grade) score.grade = grade;
  if (status) score.status = status;
  const profile = profileName(read.names[PROFILE_DATA_NAME]?.value);
  if (profile) score.profile = profile;
  return {
    template,
    validated: values !== undefined,
    findings: values ? findingsOf(values) : [],
    // Score cells hold the template's empty state until validate has run.
    score: values ? score : {},
  };
}
