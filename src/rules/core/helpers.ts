import { Decimal } from "../../model/decimal";
import type { AmountColumn, Evaluation } from "../../model/evaluation";
import { PLACEMENTS } from "../../layout";
import type { CellRef } from "../../model/finding";
import type { RuleContext } from "./rule";
import {
  balanceWithBlanks,
  decimalsOfAll,
  exact,
  fixed,
  interval,
  show,
  sum,
  sumIntervals,
} from "./relations";
import { reportUnverifiable } from "./blanks";

/** Chinese and English names of the four amount columns, for messages. */
export const COLUMN_LABEL: Record<AmountColumn, { zh: string; en: string }> = {
  budgetInitial: { zh: "年初预算", en: "initial budget" },
  budgetAdjusted: { zh: "全年预算", en: "adjusted budget" },
  actual: { zh: "实际支出", en: "actual" },
  fiscal: { zh: "财政拨款", en: "fiscal appropriation" },
};

export const defined = <T>(v: T | undefined): v is T => v !== undefined;

/** An English count with its noun and verb in the right number: "1 indicator lacks", "2 indicators lack". */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** An English label at the start of a sentence. */
export const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The stated value at a model path ("income.total", "projects.0.actual"); undefined when blank. */
export function valueAt(model: Evaluation, path: string): string | undefined {
  let v: unknown = model;
  for (const key of path.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return typeof v === "string" ? v : undefined;
}

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

/** A stated figure and where it is. */
export interface Figure {
  path: string;
  value: string;
}

/** Figures of `paths` that are filled in (blank is not zero: blanks are left out). */
export function figures(
  ctx: RuleContext,
  get: (path: string) => string | undefined,
  paths: string[]
): Figure[] {
  return paths.flatMap((path) => {
    const value = get(path);
    return value === undefined ? [] : [{ path, value }];
  });
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

export interface SumCheck {
  total: Figure;
  parts: Figure[];
  /** Placeholder data beside stated / computed / difference. */
  data?: Record<string, string>;
  messageId?: string;
  /** Counts (persons, posts) are exact, not rounded: no rounding interval. */
  exact?: boolean;
  /**
   * Paths of parts left blank. Blank is not zero: a blank part may be any figure ≥ 0, so the
   * sum fails only when the filled parts already exceed the total; a shortfall only a blank
   * could fill is an info finding at the blank ("unverifiable" message).
   */
  blanks?: string[];
  /** The relation, for the unverifiable message, e.g. 编制数合计与各类编制之和. */
  relation?: { zh: string; en: string };
}

/**
 * Parts add up to a stated total, by the interval rule. Reports at the total with every part's
 * cell; stays silent when nothing is stated, no part is filled, or a part is a 元/万元 slip
 * (reported by amount-in-yuan instead).
 */
export function checkSum(ctx: RuleContext, c: SumCheck): void {
  if (c.parts.length === 0) return;
  const values = c.parts.map((p) => p.value);
  if (yuanSuspects(values).size > 0) return;
  const computed = sum(values);
  const blanks = c.blanks ?? [];
  const verdict = balanceWithBlanks(
    c.exact ? exact(computed) : sumIntervals(values.map(interval)),
    blanks.length,
    c.exact ? exact(c.total.value) : interval(c.total.value),
    0
  );
  if (verdict === "holds") return;
  if (looksLikeYuan(c.total.value, computed)) return;
  if (verdict === "unverifiable") {
    const total = fieldLabel(c.total.path);
    reportUnverifiable(ctx, {
      blanks,
      relation: c.relation ?? {
        zh: `${total.zh}与各项之和`,
        en: `${total.en} against the sum of its parts`,
      },
      others: [c.total.path, ...c.parts.map((p) => p.path)],
    });
    return;
  }
  const cells: CellRef[] = [ctx.at(c.total.path), ...c.parts.map((p) => ctx.at(p.path))];
  // Every figure of the message is written with the decimals of the finest one compared.
  const dp = decimalsOfAll([c.total.value, ...values]);
  ctx.report({
    messageId: c.messageId ?? "mismatch",
    data: {
      stated: fixed(c.total.value, dp),
      computed: fixed(computed, dp),
      difference: fixed(new Decimal(c.total.value).minus(computed), dp),
      ...c.data,
    },
    cells,
    expected: show(computed),
    actual: c.total.value,
  });
}

/** The paths of `paths` left blank. */
export function blankPaths(get: (path: string) => string | undefined, paths: string[]): string[] {
  return paths.filter((p) => get(p) === undefined);
}
