/**
 * The reviewer's view of one unit's workbook (PRODUCT.md §1, §7): who it is, how it scores, how
 * many findings of each kind, its key figures — or why it could not be read. Pure: the CLI reads
 * the file and runs the checks, this only summarises.
 */
import Decimal from "decimal.js";
import type { Evaluation } from "../model/evaluation";
import type { Finding, Severity } from "../model/finding";
import type { ScoreResult } from "../rules/scoring/score";
import type { ProfileSummary } from "../model/scoring-profile";
import { figuresOf } from "../rules/core/figures";
import { TP_ITEMS } from "../rules/core/three-public";
import { INCOME_SOURCES } from "../rules/core/income";

/** checked: the checks ran; notTemplate: not this template (or a version this build cannot read); unreadable: not an .xlsx that opens. */
export type UnitStatus = "checked" | "notTemplate" | "unreadable";

export const STATUS_LABEL: Record<UnitStatus, string> = {
  checked: "已校验",
  notTemplate: "不是模板",
  unreadable: "无法读取",
};

/** One finding of one unit, as 问题明细 lists it. */
export interface ReviewFinding {
  file: string;
  unit: string;
  ruleId: string;
  severity: Severity;
  sheet?: string;
  cell?: string;
  message: string;
  messageEn: string;
  expected?: string;
  actual?: string;
  explanation?: string;
}

export interface UnitSummary {
  /** The file as the reviewer named it (relative to the folder given). */
  file: string;
  status: UnitStatus;
  /** Why the file was not checked, Chinese then English. */
  reason?: { zh: string; en: string };
  unitName?: string;
  year?: string;
  /** The template version the workbook says it is. */
  version?: string;
  statedGrade?: string;
  /** Computed total after any cap; absent while the score is incomplete. */
  score?: number;
  grade?: string;
  complete?: boolean;
  /** The scoring profile the score used (the workbook's 评分方案, --profile, or the default). */
  profile?: ProfileSummary;
  /** Errors, and unexplained warnings and info. */
  errors: number;
  warnings: number;
  info: number;
  /** Explained warnings and info, counted apart. */
  explained: number;
  /** 支出总计 实际支出, 万元. */
  totalExpenditure?: number;
  /** 预算执行率 as a fraction (0.95). */
  executionRate?: number;
  /** 三公经费合计 of the year, 实际, 万元. */
  threePublic?: number;
  /** 三公经费合计 of the year, 预算, 万元, as stated (template 1.4). */
  threePublicBudget?: number;
  /** 公务用车购置及运行费 of the year, 实际, 万元: as stated, else the sum of the parts given. */
  vehicle?: number;
  /** 公务用车保有量 at year end, 辆, as stated (template 1.4). */
  fleet?: number;
  /** 编制数合计: stated, else the sum of the kinds given. */
  staffing?: number;
  /** 在职人员, as stated. */
  active?: number;
  /** 实有人数: stated, else 在职 + 离休 + 退休 as far as given. */
  people?: number;
  /** 本年收入合计, 万元: stated, else the sum of the fund types given (template 1.5's included). */
  incomeTotal?: number;
  findings: ReviewFinding[];
  /** Other files of the same unit and year: one of them is probably sent twice or misnamed. */
  sameUnitAs?: string[];
}

const num = (d: Decimal | undefined): number | undefined => (d ? d.toNumber() : undefined);

/** 预算执行率 as the budget-execution rule reads it: only when basic expenditure's budget is known. */
function executionRate(model: Evaluation): Decimal | undefined {
  if (!figuresOf(model).effective.basic.budgetAdjusted) return undefined;
  const budget = figuresOf(model).effective.total.budgetAdjusted;
  const actual = figuresOf(model).effective.total.actual;
  if (!budget || !actual || budget.value.isZero()) return undefined;
  return actual.value.div(budget.value);
}

/** 三公经费合计 (实际): the stated total, else the sum of the items given. */
function threePublicTotal(model: Evaluation): Decimal | undefined {
  const year = model.threePublic.current;
  if (year.total.actual) return new Decimal(year.total.actual);
  const parts = TP_ITEMS.map((k) => year[k].actual).filter((v): v is string => v !== undefined);
  return parts.length ? parts.reduce((s, v) => s.plus(v), new Decimal(0)) : undefined;
}

/** 公务用车购置及运行费 (实际): the stated figure, else 购置 + 运行维护 as far as they are given. */
function vehicleTotal(model: Evaluation): Decimal | undefined {
  const year = model.threePublic.current;
  if (year.vehicle?.actual) return new Decimal(year.vehicle.actual);
  const parts = [year.vehiclePurchase.actual, year.vehicleRunning.actual].filter(
    (v): v is string => v !== undefined
  );
  return parts.length ? parts.reduce((s, v) => s.plus(v), new Decimal(0)) : undefined;
}

const stated = (v: string | undefined): Decimal | undefined =>
  v === undefined ? undefined : new Decimal(v);

/** A stated total, else the sum of the parts given; blank when nothing is given. */
function statedOrSum(
  total: string | undefined,
  parts: (string | undefined)[]
): Decimal | undefined {
  if (total !== undefined) return new Decimal(total);
  const given = parts.filter((v): v is string => v !== undefined);
  return given.length ? given.reduce((s, v) => s.plus(v), new Decimal(0)) : undefined;
}

/** 单位一览's staffing and fund-type columns (issue 26): blank, never 0, where unfilled. */
function staffAndFunds(model: Evaluation) {
  const { people } = model.profile;
  const income = model.income;
  return {
    staffing: num(figuresOf(model).staffing),
    active: num(stated(people.active)),
    people: num(statedOrSum(people.total, [people.active, people.retiredCadre, people.retired])),
    incomeTotal: num(
      statedOrSum(
        income.total,
        INCOME_SOURCES.map((k) => income[k])
      )
    ),
  };
}

function reviewFinding(file: string, unit: string, f: Finding): ReviewFinding {
  return {
    file,
    unit,
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
    messageEn: f.messageEn,
    expected: f.expected,
    actual: f.actual,
    explanation: f.explanation,
  };
}

export function checkedUnit(
  file: string,
  model: Evaluation,
  findings: Finding[],
  scored: ScoreResult,
  version: string | undefined,
  profile?: ProfileSummary
): UnitSummary {
  const unitName = model.profile.name?.trim() || undefined;
  const open = (s: Severity) => findings.filter((f) => f.severity === s && !f.explanation).length;
  return {
    file,
    status: "checked",
    unitName,
    year: model.profile.year,
    version,
    statedGrade: model.profile.statedGrade,
    score: scored.total ? scored.total.toDecimalPlaces(2).toNumber() : undefined,
    grade: scored.grade,
    complete: scored.complete,
    profile,
    errors: open("error"),
    warnings: open("warning"),
    info: open("info"),
    explained: findings.filter((f) => f.explanation).length,
    totalExpenditure: num(figuresOf(model).effective.total.actual?.value),
    executionRate: num(executionRate(model)?.toDecimalPlaces(4)),
    threePublic: num(threePublicTotal(model)),
    threePublicBudget: num(stated(model.threePublic.current.total.budget)),
    vehicle: num(vehicleTotal(model)),
    fleet: num(stated(model.threePublic.current.vehicleRunning.fleet)),
    ...staffAndFunds(model),
    findings: findings.map((f) => reviewFinding(file, unitName ?? file, f)),
  };
}

export function refusedUnit(
  file: string,
  status: Exclude<UnitStatus, "checked">,
  reason: { zh: string; en: string },
  version?: string
): UnitSummary {
  return {
    file,
    status,
    reason,
    version,
    errors: 0,
    warnings: 0,
    info: 0,
    explained: 0,
    findings: [],
  };
}

/** What the run found as a whole, and the exit code it gives (PRODUCT.md §7). */
export function reviewOutcome(units: UnitSummary[]): {
  checked: number;
  withErrors: number;
  refused: number;
  exitCode: 0 | 1 | 2;
} {
  const checked = units.filter((u) => u.status === "checked").length;
  const withErrors = units.filter((u) => u.errors > 0).length;
  const refused = units.length - checked;
  const exitCode = checked === 0 ? 2 : withErrors > 0 || refused > 0 ? 1 : 0;
  return { checked, withErrors, refused, exitCode };
}

/** A unit's name as two files would both write it: spaces and full-width brackets alike. */
const unitKey = (u: UnitSummary) =>
  u.unitName && u.year
    ? `${u.unitName.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")")}|${u.year.trim()}`
    : undefined;

/**
 * Marks files that are the same unit in the same year (same 单位名称 and 评价年度): a unit
 * sending twice, or one file renamed from another and not changed. Returns the groups found.
 */
export function markDuplicates(units: UnitSummary[]): UnitSummary[][] {
  const groups = new Map<string, UnitSummary[]>();
  for (const u of units) {
    const key = u.status === "checked" ? unitKey(u) : undefined;
    if (key) groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  const repeated = [...groups.values()].filter((g) => g.length > 1);
  for (const group of repeated)
    for (const u of group) u.sameUnitAs = group.filter((o) => o !== u).map((o) => o.file);
  return repeated;
}
