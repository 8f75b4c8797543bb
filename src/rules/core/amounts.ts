import { Decimal } from "../../model/decimal";
import type { AmountColumn, Evaluation } from "../../model/evaluation";
import { interval, quantity, sum, sumIntervals, type Quantity } from "./relations";

/**
 * Amounts as the checks use them: a stated figure or a sum of filled figures, with the interval
 * its rounding stands for and the cells it came from (its provenance). The derived-figures stage
 * (./figures.ts) builds every total of a model from these, once.
 */

/** A stated figure and where it is. */
export interface Figure {
  path: string;
  value: string;
}

/**
 * A figure typed in 元 where 万元 belong stands about 10,000 times above its neighbours.
 * Shared by the plausibility rule and the sum rules, so one fault yields one finding.
 */
export function yuanSuspects(values: string[]): Set<number> {
  const out = new Set<number>();
  const sorted = values
    .map((v, i) => ({ v: new Decimal(v).abs(), i }))
    .filter((x) => !x.v.isZero())
    .sort((a, b) => a.v.cmp(b.v));
  if (sorted.length < 3) return out;
  // The median of the others: one sort, then for each figure the middle of the list without it
  // (a list of thousands of items was sorted once per item before).
  const middle = Math.floor((sorted.length - 1) / 2);
  sorted.forEach(({ v, i }, rank) => {
    const median = sorted[middle < rank ? middle : middle + 1].v;
    if (v.gte(median.times(1000)) && v.gte(1000)) out.add(i);
  });
  return out;
}

/** Stated total about 10,000 times what its parts give (or the other way round). */
export function looksLikeYuan(stated: string, computed: Decimal): boolean {
  const s = new Decimal(stated).abs();
  const c = computed.abs();
  if (s.isZero() || c.isZero()) return false;
  const r = s.gt(c) ? s.div(c) : c.div(s);
  return r.gte(9000) && r.lte(11000);
}

/** Filled figures of one column for the 支出明细 rows of a category (undefined: rows without one). */
export function categoryItems(
  model: Evaluation,
  category: "人员支出" | "公用支出" | undefined,
  col: AmountColumn
): Figure[] {
  return model.expenditure.items.flatMap((item, i) =>
    item.category === category && item[col] !== undefined
      ? [{ path: `expenditure.items.${i}.${col}`, value: item[col]! }]
      : []
  );
}

/** Filled figures of one column of the 项目 table. */
export function projectFigures(model: Evaluation, col: AmountColumn): Figure[] {
  return model.projects.flatMap((p, i) =>
    p[col] !== undefined ? [{ path: `projects.${i}.${col}`, value: p[col]! }] : []
  );
}

export const TOTAL_KEYS = ["personnel", "public", "basic", "project", "total"] as const;
/** The stated totals of 支出汇总: 人员, 公用, 基本 = 人员 + 公用, 项目, 总计 = 基本 + 项目. */
export type TotalKey = (typeof TOTAL_KEYS)[number];

/** The totals a composite total adds up, as the template's computed cells do. */
export const TOTAL_PARTS = { basic: ["personnel", "public"], total: ["basic", "project"] } as const;

/** An expenditure total as the checks use it: stated, or what its parts give. */
export interface Amount extends Quantity {
  /** The stated cell, or every filled cell the value was computed from. */
  figures: Figure[];
  stated: boolean;
  /**
   * A 元/万元 slip sits in it (amount-in-yuan reports that): relations through it prove nothing,
   * so the other rules stay silent and one fault gives one finding.
   */
  suspect: boolean;
}

/** The sum of filled figures; undefined when none is filled (blank is not zero). */
export function amountOf(figs: Figure[]): Amount | undefined {
  if (figs.length === 0) return undefined;
  const values = figs.map((f) => f.value);
  return {
    value: sum(values),
    interval: sumIntervals(values.map(interval)),
    figures: figs,
    stated: false,
    suspect: yuanSuspects(values).size > 0,
  };
}

/** The sum of the given amounts, blanks left out; undefined when all are blank. */
export function combine(parts: (Amount | undefined)[]): Amount | undefined {
  const given = parts.filter((a): a is Amount => a !== undefined);
  if (given.length === 0) return undefined;
  return {
    value: given.reduce((s, a) => s.plus(a.value), new Decimal(0)),
    interval: sumIntervals(given.map((a) => a.interval)),
    figures: given.flatMap((a) => a.figures),
    stated: false,
    suspect: given.some((a) => a.suspect),
  };
}

/**
 * A stated figure if filled, else its parts. The stated figure is suspect only when it is the
 * one about 10,000 times too high: a stated 8.00 beside a project typed as 80000 is the right
 * figure, and the relations through it (基本 + 项目 = 总计) still hold or fail on their own
 * (issue 25 item 5; the parts are the slip, reported by amount-in-yuan).
 */
export function effective(
  path: string,
  stated: string | undefined,
  parts: Amount | undefined
): Amount | undefined {
  if (stated === undefined) return parts;
  const high = parts !== undefined && new Decimal(stated).abs().gt(parts.value.abs());
  return {
    ...quantity(stated),
    figures: [{ path, value: stated }],
    stated: true,
    suspect: high && !parts.suspect && looksLikeYuan(stated, parts.value),
  };
}
