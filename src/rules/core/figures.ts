import type { Decimal } from "../../model/decimal";
import { dec, sumOf } from "../../model/decimal";
import {
  AMOUNT_COLUMNS,
  type AmountColumn,
  type Evaluation,
  type Indicator,
} from "../../model/evaluation";
import { RowFigures } from "./indicators";
import { TP_ITEMS, TP_MEASURES, TP_YEARS } from "./three-public";
import { findSlips, type Slip } from "./unit-slips";
import {
  amountOf,
  categoryItems,
  combine,
  effective,
  projectFigures,
  type Amount,
  type TotalKey,
} from "./amounts";

/**
 * The derived figures of one model (PRODUCT.md §3 "Stated and computed"), computed once per read
 * the way a spreadsheet keeps its computed cells: every total as its parts give it, its
 * effective value (the stated figure, or the computed one standing in for a blank), the totals
 * the rates use, each 绩效指标's completion rate, and the 元/万元 slips. Each amount carries its
 * interval and the cells it came from. Rules, scoring, the report and the narrative checks read
 * it; none recomputes a total.
 */
export interface Figures {
  /** What the parts of each total give, column by column (the template's 计算 column). */
  readonly computed: TotalTable;
  /** The stated total if filled, else what its parts give, else undefined (blank). */
  readonly effective: TotalTable;
  /**
   * The total a rate may use: stated, or computed from parts that include basic expenditure.
   * Every unit has basic expenditure, so a total computed from projects alone is incomplete, not
   * small; a stated total is complete by the unit's own statement (issue 15 item 5).
   */
  readonly rateTotal: Readonly<Record<AmountColumn, Amount | undefined>>;
  /** 三公经费 by year and measure: the stated total, else the sum of the filled items. */
  readonly threePublic: Readonly<Record<Year, Readonly<Record<Measure, Decimal | undefined>>>>;
  /** 编制数: the stated total, else the sum of the filled kinds. */
  readonly staffing: Decimal | undefined;
  /** Per 绩效指标 row, in the model's order. */
  readonly indicators: readonly IndicatorFigures[];
  /** The same, by row object, for readers that hold a row rather than its index. */
  readonly indicatorOf: ReadonlyMap<Indicator, IndicatorFigures>;
  /** Every 元/万元 slip, in the order the catalog reads the workbook. */
  readonly slips: readonly Slip[];
  /** The paths under a slip finding (for "parts": the parts, not the total). */
  readonly slipPaths: ReadonlySet<string>;
}

export type TotalTable = Readonly<
  Record<TotalKey, Readonly<Record<AmountColumn, Amount | undefined>>>
>;
type Year = (typeof TP_YEARS)[number];
type Measure = (typeof TP_MEASURES)[number];

/** A 绩效指标 row's quantity, completion rate, met or not, and too-low verdict (indicators.ts). */
export type IndicatorFigures = RowFigures;

const CACHE = new WeakMap<Evaluation, Figures>();

/** The derived figures of `model`, built once per model object (the model is never mutated). */
export function figuresOf(model: Evaluation): Figures {
  let f = CACHE.get(model);
  if (!f) {
    f = deriveFigures(model);
    CACHE.set(model, f);
  }
  return f;
}

/** One pure pass over the model: the whole derived-figures stage. */
export function deriveFigures(model: Evaluation): Figures {
  const { computed, effective } = totals(model);
  const rateTotal = byColumn((col) => {
    const total = effective.total[col];
    return total?.stated || effective.basic[col] ? total : undefined;
  });
  const slips = findSlips(model, (t, col) => computed[t][col]);
  const slipPaths = new Set(
    slips.flatMap((s) => (s.basis === "parts" ? s.against.map((p) => p.path) : [s.path]))
  );
  const staff = model.profile.staffing;
  const indicators = Object.freeze(model.indicators.map((ind) => new RowFigures(ind)));
  let indicatorOf: Map<Indicator, IndicatorFigures> | undefined;
  return Object.freeze({
    computed,
    effective,
    rateTotal,
    threePublic: threePublicTotals(model),
    staffing:
      dec(staff.total) ??
      sumOf([staff.administrative, staff.politicalLegal, staff.institutional, staff.worker]),
    indicators,
    // Made on first use: only the report asks for it (10,000 entries on 10,000 indicators).
    get indicatorOf(): ReadonlyMap<Indicator, IndicatorFigures> {
      if (!indicatorOf) {
        indicatorOf = new Map();
        for (let i = 0; i < indicators.length; i++)
          indicatorOf.set(model.indicators[i], indicators[i]);
      }
      return indicatorOf;
    },
    slips: Object.freeze(slips),
    slipPaths,
  });
}

function byColumn<T>(f: (col: AmountColumn) => T): Readonly<Record<AmountColumn, T>> {
  return Object.freeze(
    Object.fromEntries(AMOUNT_COLUMNS.map((c) => [c, f(c)])) as Record<AmountColumn, T>
  );
}

/** 人员 and 公用 from the items, 项目 from the projects, 基本 and 总计 from the effective parts. */
function totals(model: Evaluation): { computed: TotalTable; effective: TotalTable } {
  const computed = {} as Record<TotalKey, Record<AmountColumn, Amount | undefined>>;
  const effectiveT = {} as Record<TotalKey, Record<AmountColumn, Amount | undefined>>;
  // A project list marked 部分列示 is no complete 项目支出: it never stands in for a blank total.
  const partial = model.expenditure.projectsPartial === true;
  const put = (t: TotalKey, col: AmountColumn, parts: Amount | undefined) => {
    (computed[t] ??= {} as Record<AmountColumn, Amount | undefined>)[col] = parts;
    const path = `expenditure.stated.${t}.${col}`;
    const standIn = t === "project" && partial ? undefined : parts;
    const value = effective(path, model.expenditure.stated[t][col], standIn);
    (effectiveT[t] ??= {} as Record<AmountColumn, Amount | undefined>)[col] = value;
  };
  for (const col of AMOUNT_COLUMNS) {
    put("personnel", col, amountOf(categoryItems(model, "人员支出", col)));
    put("public", col, amountOf(categoryItems(model, "公用支出", col)));
    put("project", col, amountOf(projectFigures(model, col)));
    put("basic", col, combine([effectiveT.personnel[col], effectiveT.public[col]]));
    put("total", col, combine([effectiveT.basic[col], effectiveT.project[col]]));
  }
  return { computed: deepFreeze(computed), effective: deepFreeze(effectiveT) };
}

function threePublicTotals(model: Evaluation): Figures["threePublic"] {
  const out = {} as Record<Year, Record<Measure, Decimal | undefined>>;
  for (const y of TP_YEARS) {
    const year = model.threePublic[y];
    out[y] = {} as Record<Measure, Decimal | undefined>;
    for (const m of TP_MEASURES)
      out[y][m] = dec(year.total[m]) ?? sumOf(TP_ITEMS.map((k) => year[k][m]));
  }
  return deepFreeze(out);
}

function deepFreeze<T extends object>(table: T): T {
  for (const row of Object.values(table)) Object.freeze(row);
  return Object.freeze(table);
}

export type { Amount, Figure, TotalKey } from "./amounts";
