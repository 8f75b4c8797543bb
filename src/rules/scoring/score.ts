import { Decimal, dec, sumOf } from "../../model/decimal";
import type { AmountColumn, Evaluation, Indicator } from "../../model/evaluation";
import { getPath } from "../../model/paths";
import type { Method, ProfileIndicator, ScoringProfile } from "../../model/scoring-profile";
import { percent, show } from "../core/relations";
import { FULL, indicatorFraction } from "./indicator-score";
import { amountLabel, COLUMN_LABEL } from "../core/labels";
import { figuresOf, type Figures, type TotalKey } from "../core/figures";

/**
 * The score the finance bureau would give, by the scoring profile (PRODUCT.md §4). Pure: the
 * model in, the points out. What the data cannot score is named, and the total is then marked
 * incomplete rather than guessed.
 */
export type Grade = "优" | "良" | "中" | "差";

export interface IndicatorScore {
  id: string;
  level1: ProfileIndicator["level1"];
  name: string;
  points: Decimal;
  /** Points earned; undefined when the data does not allow scoring. */
  earned?: Decimal;
  /** The measured rate the points come from, when there is one. */
  rate?: Decimal;
  /** How the points came about, or what is missing, in Chinese. */
  note: string;
  /** What is missing for this indicator, in Chinese. */
  missing: string[];
  /** For a group of 绩效指标: each row's scaled points and points earned, by row index. */
  rows?: { index: number; points: Decimal; earned?: Decimal }[];
}

export interface LevelScore {
  level1: ProfileIndicator["level1"];
  points: Decimal;
  earned: Decimal;
  complete: boolean;
}

export interface ScoreResult {
  indicators: IndicatorScore[];
  levels: LevelScore[];
  /** Sum of what could be scored, before any cap. */
  earned: Decimal;
  /** The execution-rate cap that applies, if any. */
  cap?: { cap: number; rate: Decimal };
  complete: boolean;
  /** Complete score after the cap; undefined while anything is missing. */
  total?: Decimal;
  grade?: Grade;
  missing: string[];
}

const ZERO = new Decimal(0);

/** A stated total, else its parts; a budget total without basic expenditure is incomplete, not small. */
function effectiveExpenditure(f: Figures, row: TotalKey, col: AmountColumn): Decimal | undefined {
  if (row === "total") return f.rateTotal[col]?.value;
  return f.effective[row][col]?.value;
}

/** A measured rate, with how it was taken when that is not the usual way (for the note). */
type Measured =
  { rate: Decimal; basis?: string } | { missing: string[] } | { fixed: Decimal; note: string };

/** The 说明 of a rate taken from 支出总计 because the 基本/项目 split is blank (issue 15 item 5). */
export const FROM_TOTALS_NOTE = "按支出总计计算（未分基本/项目）";
/** The 说明 of an adjustment rate taken from the basic and project adjustments (template 1.2). */
export const FROM_PARTS_NOTE = "追加/调整按基本、项目支出之和";

/** A rate over expenditure totals says when it stood on the stated total alone. */
function onTotals(f: Figures, cols: AmountColumn[], r: Measured): Measured {
  if (!("rate" in r)) return r;
  const alone = cols.some((c) => f.rateTotal[c]?.stated && !f.effective.basic[c]);
  return alone ? { ...r, basis: [r.basis, FROM_TOTALS_NOTE].filter(Boolean).join("，") } : r;
}

/**
 * What is really missing of a total the rates need: with projects alone filled, the basic part
 * (or the stated total); with nothing filled, the total or its split.
 */
function totalMissing(f: Figures, col: AmountColumn): string {
  const what = COLUMN_LABEL[col].zh;
  return f.effective.total[col]
    ? `基本支出的${what}（或支出总计的${what}）`
    : `${what}（支出总计，或基本、项目支出）`;
}

/** 本年追加/调整 as stated, else the sum of the basic and project ones when both are stated. */
function additionsOf(m: Evaluation): { value?: Decimal; basis?: string } {
  const x = m.expenditure.execution;
  if (x.additions !== undefined) return { value: dec(x.additions) };
  if (x.additionsBasic === undefined || x.additionsProject === undefined) return {};
  return {
    value: new Decimal(x.additionsBasic).plus(x.additionsProject),
    basis: FROM_PARTS_NOTE,
  };
}

function ratio(n: Decimal | undefined, d: Decimal | undefined, missing: string[]): Measured {
  const lacking = [
    ...(n === undefined ? [missing[0]] : []),
    ...(d === undefined ? [missing[1]] : []),
  ];
  if (lacking.length) return { missing: lacking };
  if (d!.isZero()) return { missing: [`${missing[1]}为0，无法计算`] };
  return { rate: n!.div(d!) };
}

/** What scoring reads: the model, its derived figures (taken once) and the profile. */
interface Scoring {
  m: Evaluation;
  f: Figures;
  profile: ScoringProfile;
}

/** The rate each computed indicator is scored on. */
function measure(id: string, { m, f, profile }: Scoring): Measured {
  const x = m.expenditure.execution;
  switch (id) {
    case "staffControl":
      return ratio(dec(m.profile.people.active), f.staffing, ["在职人数", "编制数"]);
    case "threePublicChange": {
      const base = profile.threePublicBase;
      const label = base === "budget" ? "预算" : "实际";
      const cur = f.threePublic.current[base];
      const prev = f.threePublic.previous[base];
      if (cur !== undefined && prev !== undefined && prev.isZero()) {
        return cur.isZero()
          ? { rate: ZERO }
          : { missing: [`上年三公经费${label}为0，变动率无法计算`] };
      }
      const r = ratio(cur, prev, [`本年三公经费${label}`, `上年三公经费${label}`]);
      return "rate" in r ? { rate: r.rate.minus(1) } : r;
    }
    case "keySpending": {
      if (m.projects.length === 0) return { missing: ["项目支出（项目表为空）"] };
      if (m.projects.every((p) => p.key === undefined))
        return { missing: ["项目的“重点项目”标记"] };
      const all = sumOf(m.projects.map((p) => p.actual));
      const key = sumOf(m.projects.filter((p) => p.key).map((p) => p.actual)) ?? ZERO;
      return ratio(key, all, ["重点项目支出", "项目实际支出"]);
    }
    case "execution": {
      const r = ratio(
        effectiveExpenditure(f, "total", "actual"),
        effectiveExpenditure(f, "total", "budgetAdjusted"),
        [totalMissing(f, "actual"), totalMissing(f, "budgetAdjusted")]
      );
      return onTotals(f, ["actual", "budgetAdjusted"], r);
    }
    case "adjustment": {
      const additions = additionsOf(m);
      const r = ratio(additions.value, effectiveExpenditure(f, "total", "budgetInitial"), [
        "本年追加/调整预算",
        totalMissing(f, "budgetInitial"),
      ]);
      return onTotals(f, ["budgetInitial"], "rate" in r ? { ...r, basis: additions.basis } : r);
    }
    case "threePublicControl": {
      const actual = f.threePublic.current.actual;
      const budget = f.threePublic.current.budget;
      if (budget?.isZero() && actual?.isZero())
        return { fixed: new Decimal(-1), note: "三公经费预算、实际均为0" };
      return ratio(actual, budget, ["本年三公经费实际", "本年三公经费预算"]);
    }
    case "procurement": {
      const actual = dec(x.procurementActual);
      const budget = dec(x.procurementBudget);
      if (budget?.isZero() && (actual === undefined || actual.isZero()))
        return { fixed: new Decimal(-1), note: "无政府采购预算" };
      return ratio(actual, budget, ["政府采购实际", "政府采购预算"]);
    }
    default:
      return { missing: [`未知的计算指标 ${id}`] };
  }
}

const pct = (r: Decimal) => r.times(100);

/** Points for a measured rate by the indicator's method, floored at 0 and capped at its points. */
export function pointsFor(method: Method, points: Decimal, rate: Decimal): Decimal {
  let p: Decimal;
  switch (method.kind) {
    case "penaltyAbove":
      p = points.minus(
        Decimal.max(ZERO, pct(rate).minus(pct(new Decimal(method.threshold)))).times(
          method.perPoint
        )
      );
      break;
    case "penaltyBelow":
      p = points.minus(
        Decimal.max(ZERO, pct(new Decimal(method.threshold)).minus(pct(rate))).times(
          method.perPoint
        )
      );
      break;
    case "bandsAtLeast":
      p = new Decimal(method.bands.find((b) => rate.gte(b.min))?.points ?? 0);
      break;
    case "bandsAtMost":
      p = new Decimal(method.bands.find((b) => rate.lte(b.max))?.points ?? method.otherwise);
      break;
    case "proportional":
      p = points.times(Decimal.min(rate, 1));
      break;
    default:
      throw new Error(`method ${method.kind} is not scored from a rate`);
  }
  return Decimal.min(points, Decimal.max(ZERO, p));
}

/** Model paths of the stated figures a computed indicator reads (as `measure` reads them). */
function figuresRead(id: string, { m, f, profile }: Scoring): string[] {
  const { effective } = f;
  const totals = (...cols: AmountColumn[]) =>
    cols.flatMap((c) => [
      ...(effective.total[c]?.figures ?? []),
      ...(effective.basic[c]?.figures ?? []),
    ]);
  const threePublic = (years: string[], measures: string[]) =>
    years.flatMap((y) =>
      ["abroad", "vehiclePurchase", "vehicleRunning", "reception", "total"].flatMap((k) =>
        measures.map((x) => `threePublic.${y}.${k}.${x}`)
      )
    );
  switch (id) {
    case "threePublicChange":
      return threePublic(["current", "previous"], [profile.threePublicBase]);
    case "threePublicControl":
      return threePublic(["current"], ["budget", "actual"]);
    case "keySpending":
      return m.projects.map((_, i) => `projects.${i}.actual`);
    case "execution":
      return totals("actual", "budgetAdjusted").map((fig) => fig.path);
    case "adjustment":
      return [
        "expenditure.execution.additions",
        "expenditure.execution.additionsBasic",
        "expenditure.execution.additionsProject",
        ...totals("budgetInitial").map((fig) => fig.path),
      ];
    case "procurement":
      return ["expenditure.execution.procurementBudget", "expenditure.execution.procurementActual"];
    default:
      return [];
  }
}

/**
 * Scoring never awards points from a figure typed in 元 (amount-in-yuan reports it as an
 * error): the indicator stays unscored until the figure is fixed, and says which figure.
 */
function slipped(id: string, s: Scoring): string[] {
  const slips = s.f.slipPaths;
  if (slips.size === 0) return [];
  return [...new Set(figuresRead(id, s).filter((p) => slips.has(p)))].map(
    (p) => amountLabel(s.m, p).zh
  );
}

function scoreComputed(ind: ProfileIndicator, s: Scoring): IndicatorScore {
  const { m } = s;
  const base = { id: ind.id, level1: ind.level1, name: ind.name, points: new Decimal(ind.points) };
  const slips = slipped(ind.id, s);
  if (slips.length) {
    const what = slips.map((l) => `${l}（疑为按元填写，应改按万元）`);
    return { ...base, note: `不计分：${what.join("、")}`, missing: what };
  }
  if (ind.method.kind === "carryover") {
    const end = dec(m.expenditure.execution.carryoverEnd);
    const prior = dec(m.expenditure.execution.carryoverPrior);
    const method = ind.method;
    if (end === undefined)
      return { ...base, note: "缺少：年末结转结余", missing: ["年末结转结余"] };
    if (end.isZero())
      return { ...base, earned: new Decimal(method.none), note: "无年末结转结余", missing: [] };
    if (prior === undefined) return { ...base, note: "缺少：上年结转", missing: ["上年结转"] };
    const earned = new Decimal(end.lte(prior) ? method.withinPrior : method.otherwise);
    return {
      ...base,
      earned: Decimal.min(earned, base.points),
      note: `年末结转结余${show(end)}万元，上年结转${show(prior)}万元`,
      missing: [],
    };
  }
  const r = measure(ind.id, s);
  if ("missing" in r) return { ...base, note: `缺少：${r.missing.join("、")}`, missing: r.missing };
  if ("fixed" in r) return { ...base, earned: base.points, note: r.note, missing: [] };
  const earned = pointsFor(ind.method, base.points, r.rate);
  const note = r.basis ? `${percent(r.rate, 2)}，${r.basis}` : percent(r.rate, 2);
  return { ...base, earned, rate: r.rate, note, missing: [] };
}

function scoreAssessed(
  ind: ProfileIndicator & { method: { kind: "assessed" } },
  m: Evaluation
): IndicatorScore {
  const base = { id: ind.id, level1: ind.level1, name: ind.name, points: new Decimal(ind.points) };
  const v = getPath(m, ind.method.path);
  if (typeof v !== "string")
    return { ...base, note: "缺少：单位自评得分", missing: [`${ind.name}的自评得分`] };
  const given = new Decimal(v);
  const earned = Decimal.min(base.points, Decimal.max(ZERO, given));
  const note = earned.eq(given)
    ? "单位自评"
    : `单位自评${show(given)}分，按0至${show(base.points)}分计`;
  return { ...base, earned, note, missing: [] };
}

/** 绩效指标 rows of a group, each weighted by its 分值 (blank: the average), scaled to the group. */
function scoreIndicators(
  ind: ProfileIndicator & { method: { kind: "indicators" } },
  { m, f, profile }: Scoring
): IndicatorScore {
  const base = { id: ind.id, level1: ind.level1, name: ind.name, points: new Decimal(ind.points) };
  const derived = f.indicators;
  // Row indices, not objects: indexOf over thousands of rows was quadratic.
  const indices: number[] = [];
  m.indicators.forEach((i, index) => {
    if (i.level1 !== undefined && ind.method.level1.includes(i.level1)) indices.push(index);
  });
  const rows = indices.map((index) => m.indicators[index]);
  if (rows.length === 0) {
    const what = `${ind.method.level1.join("、")}（绩效指标表中没有此类指标）`;
    return { ...base, note: `缺少：${what}`, missing: [what] };
  }
  // Each row's 分值 read once (a positive one is its weight; blank or not positive: the average).
  const stated = rows.map((r) => {
    const p = dec(r.points);
    return p?.gt(0) ? p : undefined;
  });
  const given = stated.filter((p): p is Decimal => p !== undefined);
  const fallback = given.length
    ? given.reduce((a, b) => a.plus(b), ZERO).div(given.length)
    : new Decimal(1);
  const weights = stated.map((p) => p ?? fallback);
  const scale = base.points.div(weights.reduce((a, b) => a.plus(b), ZERO));
  let earned = ZERO;
  const missing: string[] = [];
  let deducted = 0;
  const perRow: NonNullable<IndicatorScore["rows"]> = [];
  // The rows without a 分值 share one weight, so one product (computed once, not per row).
  let averagePoints: Decimal | undefined;
  rows.forEach((r: Indicator, i) => {
    const index = indices[i];
    const f = indicatorFraction(r, profile, derived[index]);
    const own = stated[i];
    const rowPoints = own ? own.times(scale) : (averagePoints ??= fallback.times(scale));
    if (f.kind === "missing") {
      missing.push(`${r.level3 ?? `第${index + 1}个指标`}的${f.what}`);
      perRow.push({ index, points: rowPoints });
      return;
    }
    let p = f.fraction === FULL ? rowPoints : rowPoints.times(f.fraction);
    if (f.tooLow) {
      p = Decimal.max(ZERO, p.minus(profile.deductions.targetTooLow.points));
      deducted++;
    }
    perRow.push({ index, points: rowPoints, earned: p });
    earned = earned.plus(p);
  });
  if (missing.length)
    return { ...base, note: `缺少：${missing.join("、")}`, missing, rows: perRow };
  const note = `${rows.length}个指标${deducted ? `，其中${deducted}个目标值偏低各扣${profile.deductions.targetTooLow.points}分` : ""}`;
  return { ...base, earned: Decimal.min(base.points, earned), note, missing: [], rows: perRow };
}

export function gradeOf(score: Decimal, profile: ScoringProfile): Grade {
  const bands = [...profile.grades].sort((a, b) => b.min - a.min);
  return (bands.find((b) => score.gte(b.min)) ?? bands[bands.length - 1]).grade;
}

const SCORES = new WeakMap<Evaluation, Map<ScoringProfile, ScoreResult>>();

/**
 * The score of a model by a profile, computed once per pair: validate writes it and the
 * grade-supported rule reads it. A model is read once and never changed.
 */
export function score(m: Evaluation, profile: ScoringProfile): ScoreResult {
  let byProfile = SCORES.get(m);
  if (!byProfile) SCORES.set(m, (byProfile = new Map()));
  let result = byProfile.get(profile);
  if (!result) byProfile.set(profile, (result = scoreOf(m, profile)));
  return result;
}

function scoreOf(m: Evaluation, profile: ScoringProfile): ScoreResult {
  const scoring: Scoring = { m, f: figuresOf(m), profile };
  const indicators = profile.indicators.map((ind): IndicatorScore => {
    if (ind.method.kind === "assessed")
      return scoreAssessed(ind as ProfileIndicator & { method: { kind: "assessed" } }, m);
    if (ind.method.kind === "indicators")
      return scoreIndicators(ind as ProfileIndicator & { method: { kind: "indicators" } }, scoring);
    return scoreComputed(ind, scoring);
  });
  const levels = [...new Set(indicators.map((i) => i.level1))].map((level1): LevelScore => {
    const list = indicators.filter((i) => i.level1 === level1);
    return {
      level1,
      points: list.reduce((s, i) => s.plus(i.points), ZERO),
      earned: list.reduce((s, i) => s.plus(i.earned ?? ZERO), ZERO),
      complete: list.every((i) => i.earned !== undefined),
    };
  });
  const earned = indicators.reduce((s, i) => s.plus(i.earned ?? ZERO), ZERO);
  const missing = indicators.flatMap((i) => i.missing.map((w) => `${i.name}：${w}`));
  const complete = missing.length === 0;
  const exec = measure("execution", scoring);
  let cap: ScoreResult["cap"];
  if (
    profile.deductions.executionCaps.enabled &&
    "rate" in exec &&
    slipped("execution", scoring).length === 0
  ) {
    const band = profile.deductions.executionCaps.bands.find(
      (b) => exec.rate.gte(b.atLeast) && exec.rate.lt(b.below)
    );
    if (band) cap = { cap: band.cap, rate: exec.rate };
  }
  const capped = cap ? Decimal.min(earned, cap.cap) : earned;
  return {
    indicators,
    levels,
    earned,
    cap,
    complete,
    total: complete ? capped : undefined,
    grade: complete ? gradeOf(capped, profile) : undefined,
    missing,
  };
}
