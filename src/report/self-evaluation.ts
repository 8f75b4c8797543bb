import { Decimal } from "../model/decimal";
import type { Evaluation } from "../model/evaluation";
import { DEFAULT_PROFILE, type Method, type ScoringProfile } from "../model/scoring-profile";
import type { IndicatorScore, ScoreResult } from "../rules/scoring/score";
import type { Block, Table, TableCell } from "./document";
import { effectiveTotal, statedTotal } from "./figures";
import { amount, largestRemainder, percentage, type NumberStyle } from "./numbers";
import { fixedText, largestRemainderScaled } from "./scaled";
import { fundSourceRows } from "./funds-summary";

/**
 * The standard 部门整体支出绩效自评表 (PRODUCT.md §6): the funds and the overall goal, then
 * every scored item of the scoring profile as a row — 投入 and 过程 as computed, 产出 and 效益
 * row by row from the 绩效指标 — so that 分值 adds up to 100 and 得分 to the total.
 */
export const GRADE_LONG: Record<string, string> = {
  优: "优秀",
  良: "良好",
  中: "中等",
  差: "较差",
};

const cell = (text: string, more: Partial<TableCell> = {}): TableCell => ({ text, ...more });
const head = (text: string, span?: number): TableCell => ({
  text,
  span,
  bold: true,
  align: "center",
});

/** Column widths of the 自评表 (relative), shared by both of its tables. */
export const SELF_EVAL_WIDTHS = [8, 10, 18, 11, 11, 7, 7, 22];
export const GRID_HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
];

/** 二级指标 of the profile's computed items, as the Ministry's common framework names them. */
const LEVEL2: Record<string, string> = {
  staffControl: "预算配置",
  threePublicChange: "预算配置",
  keySpending: "预算配置",
  execution: "预算执行",
  adjustment: "预算执行",
  carryover: "预算执行",
  threePublicControl: "预算执行",
  procurement: "预算执行",
  managementSystems: "预算管理",
  fundCompliance: "预算管理",
  disclosure: "预算管理",
  assetManagement: "资产管理",
};

const pct = (fraction: number) => `${new Decimal(fraction).times(100).toFixed()}%`;

/** The standard a computed item is held to, as its 年度指标值. */
function standardOf(method: Method): string {
  switch (method.kind) {
    case "penaltyAbove":
      return `≤${pct(method.threshold)}`;
    case "penaltyBelow":
      return `≥${pct(method.threshold)}`;
    case "bandsAtLeast":
      return `≥${pct(method.bands[0].min)}`;
    case "bandsAtMost":
      return `≤${pct(method.bands[0].max)}`;
    case "carryover":
      return "不超过上年结转";
    case "proportional":
      return "100%";
    default:
      return "";
  }
}

/** One grid row before rounding: its exact points and points earned. */
interface GridRow {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: string;
  points?: Decimal;
  earned?: Decimal;
  remark: string;
}

function computedRow(s: IndicatorScore, method: Method): GridRow {
  const assessed = method.kind === "assessed";
  const actual = s.rate !== undefined ? percentage(s.rate, DEFAULT_PCT2) : s.earned ? s.note : "";
  return {
    level1: s.level1,
    level2: LEVEL2[s.id] ?? s.name,
    level3: s.name,
    target: standardOf(method),
    actual: assessed ? "" : actual,
    points: s.points,
    earned: s.earned,
    // Unscored: visibly blank here, with what it lacks on the 校验情况 page.
    remark: "",
  };
}

const DEFAULT_PCT2: NumberStyle = { amounts: "stated", percentDecimals: 2 };

/**
 * 二级指标 in the order the Ministry's framework lists them (产出: 数量, 质量, 时效, 成本; 效益:
 * 经济, 社会, 生态, 可持续影响, 满意度); a name matching none keeps its place after them.
 */
const LEVEL2_ORDER = ["数量", "质量", "时效", "成本", "经济", "社会", "生态", "可持续", "满意"];

function level2Rank(level2: string | undefined): number {
  const k = LEVEL2_ORDER.findIndex((word) => (level2 ?? "").includes(word));
  return k < 0 ? LEVEL2_ORDER.length : k;
}

/**
 * Rows in the framework's order of their 二级指标, stable: rows of one 二级指标 keep the order
 * the unit gave them. Each row's rank is found once, not at every comparison of the sort.
 */
export function byLevel2<T>(rows: T[], level2Of: (row: T) => string | undefined): T[] {
  const ranks = rows.map((r) => level2Rank(level2Of(r)));
  return rows
    .map((_, i) => i)
    .sort((a, b) => ranks[a] - ranks[b])
    .map((i) => rows[i]);
}

/**
 * The unit's own 偏差原因 for a row: what it typed in the 绩效指标 sheet, else the 说明 it gave
 * on 校验结果 for a finding at that row. Never words of the tool's own (PRODUCT.md §6).
 */
export type ExplanationOf = (indicatorIndex: number) => string | undefined;

function indicatorRows(m: Evaluation, s: IndicatorScore, explained: ExplanationOf): GridRow[] {
  // An unscored row is visibly blank; what it lacks is listed on the 校验情况 page.
  if (!s.rows?.length)
    return [
      {
        level1: s.level1,
        level2: "—",
        level3: s.name,
        target: "",
        actual: "",
        points: s.points,
        remark: "",
      },
    ];
  const groupScored = s.earned !== undefined;
  const ordered = byLevel2(s.rows, (r) => m.indicators[r.index].level2);
  return ordered.map((r) => {
    const ind = m.indicators[r.index];
    const dir =
      ind.direction && ind.direction !== "定性" && ind.direction !== "=" ? ind.direction : "";
    const unit = ind.unit ?? "";
    return {
      level1: ind.level1 ?? s.level1,
      level2: ind.level2 ?? "",
      level3: ind.level3 ?? "",
      target: ind.target !== undefined ? `${dir}${ind.target}${unit}` : "",
      actual:
        ind.actual !== undefined ? `${ind.actual}${ind.direction === "定性" ? "" : unit}` : "",
      points: r.points,
      earned: groupScored ? r.earned : undefined,
      remark: ind.deviationReason?.trim() || explained(r.index)?.trim() || "",
    };
  });
}

/** Every scored item as a row, in the profile's order; the execution-rate cap as a row of its own. */
function gridRows(
  m: Evaluation,
  scored: ScoreResult,
  profile: ScoringProfile,
  explained: ExplanationOf
): GridRow[] {
  const rows = scored.indicators.flatMap((s) => {
    const method = profile.indicators.find((i) => i.id === s.id)?.method;
    if (!method) return [];
    return method.kind === "indicators" ? indicatorRows(m, s, explained) : [computedRow(s, method)];
  });
  if (scored.cap && scored.earned.gt(scored.cap.cap))
    rows.push({
      level1: "扣分",
      level2: "—",
      level3: `预算执行率${percentage(scored.cap.rate, DEFAULT_PCT2)}，总分以${scored.cap.cap}分为限`,
      target: "",
      actual: "",
      earned: new Decimal(scored.cap.cap).minus(scored.earned),
      remark: "",
    });
  return rows;
}

/** Row spans for runs of equal values in a column, within runs of the column before. */
function runs(values: string[], within?: number[]): number[] {
  const spans = values.map(() => 0);
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    const broken =
      i === values.length ||
      values[i] !== values[start] ||
      !values[i] ||
      (within !== undefined && within[i] !== 0);
    if (broken) {
      spans[start] = i - start;
      start = i;
    }
  }
  return spans;
}

/** A rounded score as the grid writes it: two decimals, and the number. */
interface Rounded {
  text: string;
  number: number;
}

const decimalRounded = (d: Decimal): Rounded => ({ text: d.toFixed(2), number: d.toNumber() });
/** k/100 is the double nearest the decimal k × 10^-2, as is Number of its text (toNumber). */
const scaledRounded = (k: number): Rounded => ({ text: fixedText(k, 2), number: k / 100 });

/**
 * Scores rounded to two decimals so that they add up to `total` (largest remainder), and their
 * sum: on integers where that is exact (scaled.ts), else with decimal.js.
 */
export function roundedScores(
  values: Decimal[],
  total?: Decimal
): { each: Rounded[]; sum: Rounded } {
  const scaled = largestRemainderScaled(values, 2, total);
  if (scaled) {
    let sum = 0;
    for (const k of scaled) sum += k;
    return { each: scaled.map(scaledRounded), sum: scaledRounded(sum) };
  }
  const rounded = largestRemainder(values, 2, total);
  const sum = rounded.reduce((a, b) => a.plus(b), new Decimal(0));
  return { each: rounded.map(decimalRounded), sum: decimalRounded(sum) };
}

/** A score cell: blank where there is no score. */
const scoreCell = (r: Rounded | undefined, bold?: boolean): TableCell =>
  r === undefined
    ? { text: "", align: "center" }
    : bold
      ? { text: r.text, align: "center", bold, number: r.number }
      : { text: r.text, align: "center", number: r.number };

function gridTable(
  m: Evaluation,
  scored: ScoreResult,
  profile: ScoringProfile,
  explained: ExplanationOf
): Table {
  const grid = gridRows(m, scored, profile, explained);
  const scoredRows = grid.filter((r) => r.earned !== undefined);
  const pointsRounded = roundedScores(grid.filter((r) => r.points).map((r) => r.points!));
  const target = scored.total ?? scored.earned;
  const earnedRounded = roundedScores(
    scoredRows.map((r) => r.earned!),
    target
  );
  const level1Spans = runs(grid.map((r) => r.level1));
  const level2Spans = runs(
    grid.map((r) => r.level2),
    level1Spans
  );
  let p = 0;
  let e = 0;
  const rows = grid.map((r, i): TableCell[] => {
    const pointsCell = r.points ? pointsRounded.each[p++] : undefined;
    const earnedCell = r.earned !== undefined ? earnedRounded.each[e++] : undefined;
    const out: TableCell[] = [];
    if (level1Spans[i]) out.push(cell(r.level1, { rowSpan: level1Spans[i], align: "center" }));
    if (level2Spans[i]) out.push(cell(r.level2, { rowSpan: level2Spans[i], align: "center" }));
    out.push(
      cell(r.level3),
      cell(r.target, { align: "center" }),
      cell(r.actual, { align: "center" }),
      scoreCell(pointsCell),
      scoreCell(earnedCell),
      cell(r.remark)
    );
    return out;
  });
  rows.push([
    head("合计", 5),
    scoreCell(pointsRounded.sum, true),
    scoreCell(earnedRounded.sum, true),
    // While anything is unscored the 合计 is the scored items' sum; the 校验情况 page says so.
    cell(scored.complete && scored.grade ? `评价等级：${GRADE_LONG[scored.grade]}` : "", {
      bold: true,
    }),
  ]);
  return { header: [GRID_HEADER.map((t) => head(t))], rows, widths: SELF_EVAL_WIDTHS };
}

function fundsTable(m: Evaluation, n: NumberStyle): Table {
  const rows: TableCell[][] = [];
  rows.push([
    head("单位名称", 2),
    cell(m.profile.name ?? "", { span: 3 }),
    head("评价年度", 2),
    cell(m.profile.year ?? "", { align: "center" }),
  ]);
  rows.push([
    head("年度资金（万元）", 2),
    head("年初预算数"),
    head("全年预算数"),
    head("全年执行数"),
    head("执行率", 3),
  ]);
  // A budget total without basic expenditure is incomplete, not small: leave it blank.
  const budgetOf = (row: "total" | "basic" | "project", col: "budgetInitial" | "budgetAdjusted") =>
    row === "total" && !effectiveTotal(m, "basic", col) ? undefined : statedTotal(m, row, col);
  const A = (v: string | Decimal | undefined) => (v === undefined ? "" : amount(v, n));
  const funds = (label: string, row: "total" | "basic" | "project") => {
    const budget = budgetOf(row, "budgetAdjusted");
    const actual = statedTotal(m, row, "actual");
    const b = budget === undefined ? undefined : new Decimal(budget);
    const rate =
      b && actual !== undefined && !b.isZero()
        ? percentage(new Decimal(actual).div(b), { ...n, percentDecimals: 2 })
        : "";
    rows.push([
      cell(label, { span: 2 }),
      cell(A(budgetOf(row, "budgetInitial")), { align: "right" }),
      cell(A(budget), { align: "right" }),
      cell(A(actual), { align: "right" }),
      cell(rate, { align: "center", span: 3 }),
    ]);
  };
  funds("年度资金总额", "total");
  funds("其中：基本支出", "basic");
  funds("项目支出", "project");
  // 其中：财政拨款, 上年结转, 其他资金 where template 1.5's fund figures are filled.
  for (const f of fundSourceRows(m))
    rows.push([
      cell(f.label, { span: 2 }),
      ...[f.initial, f.adjusted, f.actual].map((v) => cell(A(v), { align: "right" })),
      cell("", { span: 3 }),
    ]);
  rows.push([head("年度总体目标", 4), head("实际完成情况", 4)]);
  // A goal the unit has not written yet is a blank cell for it to fill, not a word of ours.
  const stated = (t: string | undefined) => t?.trim() ?? "";
  rows.push([
    cell(stated(m.narrative.overallGoal), { span: 4 }),
    cell(stated(m.narrative.goalCompletion), { span: 4 }),
  ]);
  return { header: [], rows, widths: SELF_EVAL_WIDTHS };
}

/** The 自评表 as two tables: funds and goal, then the indicator grid with its header repeated. */
export function selfEvaluationBlocks(
  m: Evaluation,
  scored: ScoreResult,
  n: NumberStyle,
  profile: ScoringProfile = DEFAULT_PROFILE,
  explained: ExplanationOf = () => undefined
): Block[] {
  return [
    { kind: "table", table: fundsTable(m, n) },
    { kind: "table", table: gridTable(m, scored, profile, explained) },
  ];
}
