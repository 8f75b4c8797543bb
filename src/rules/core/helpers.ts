import { Decimal } from "../../model/decimal";
import type { Evaluation } from "../../model/evaluation";
import type { CellRef } from "../../model/finding";
import type { RuleContext } from "./rule";
import {
  balanceWithBlanks,
  decimalsOfAll,
  exact,
  fixed,
  implausibleRounding,
  interval,
  show,
  sum,
} from "./relations";
import { reportImplied, reportUnverifiable } from "./blanks";
import { fieldLabel } from "./labels";

export { COLUMN_LABEL, fieldLabel } from "./labels";
export { looksLikeYuan, yuanSuspects, type Figure } from "./amounts";
import { amountOf, looksLikeYuan, type Amount, type Figure } from "./amounts";

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

export interface SumCheck {
  total: Figure;
  /** The filled parts, or the derived total they make (figuresOf(model).computed), summed once. */
  parts: Figure[] | Amount;
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
export function checkSum(ctx: RuleContext, check: SumCheck): void {
  const derived = Array.isArray(check.parts) ? amountOf(check.parts) : check.parts;
  if (!derived || derived.suspect) return;
  const c = { ...check, parts: derived.figures };
  const values = c.parts.map((p) => p.value);
  const computed = derived.value;
  const blanks = c.blanks ?? [];
  const verdict = balanceWithBlanks(
    c.exact ? exact(computed) : derived.interval,
    blanks.length,
    c.exact ? exact(c.total.value) : interval(c.total.value),
    0
  );
  if (verdict === "holds") {
    if (!c.exact && blanks.length === 0) checkRoundingPlausible(ctx, c.total, c.parts);
    return;
  }
  if (looksLikeYuan(c.total.value, computed)) return;
  if (verdict === "unverifiable") {
    const total = fieldLabel(c.total.path);
    const relation = c.relation ?? {
      zh: `${total.zh}与各项之和`,
      en: `${total.en} against the sum of its parts`,
    };
    const others = [c.total.path, ...c.parts.map((p) => p.path)];
    if (blanks.length === 1) {
      // One blank part, the rest and the total stated: the statement pins it down.
      reportImplied(ctx, {
        blank: blanks[0],
        implied: new Decimal(c.total.value).minus(computed),
        decimals: decimalsOfAll([c.total.value, ...values]),
        relation,
        others,
        unit: c.exact ? "" : " 万元",
      });
    } else reportUnverifiable(ctx, { blanks, relation, others });
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

/**
 * A sum that holds only by the worst case of rounding: a warning at the total (issue 25 item 4).
 * Rules calling checkSum on amounts file ROUNDING_UNLIKELY_MESSAGE as "roundingUnlikely".
 */
function checkRoundingPlausible(ctx: RuleContext, total: Figure, parts: Figure[]): void {
  const values = parts.map((p) => p.value);
  const bound = implausibleRounding(values, total.value);
  if (!bound) return;
  const dp = decimalsOfAll([total.value, ...values]);
  const computed = sum(values);
  const label = fieldLabel(total.path);
  ctx.report({
    messageId: "roundingUnlikely",
    severity: "warning",
    data: {
      relation: `${label.zh}与各项之和`,
      relationEn: `${label.en} against the sum of its parts`,
      stated: fixed(total.value, dp),
      computed: fixed(computed, dp),
      difference: fixed(new Decimal(total.value).minus(computed), dp),
      count: values.length + 1,
      bound: show(bound, dp + 1),
    },
    cells: [ctx.at(total.path), ...parts.map((p) => ctx.at(p.path))],
    expected: `± ${show(bound, dp + 1)}`,
    actual: fixed(new Decimal(total.value).minus(computed), dp),
  });
}

/** The paths of `paths` left blank. */
export function blankPaths(get: (path: string) => string | undefined, paths: string[]): string[] {
  return paths.filter((p) => get(p) === undefined);
}
