import { Decimal } from "../../model/decimal";
import { AMOUNT_COLUMNS, type AmountColumn, type Evaluation } from "../../model/evaluation";
import { valueAt } from "./helpers";
import {
  categoryItems,
  looksLikeYuan,
  projectFigures,
  TOTAL_KEYS,
  yuanSuspects,
  type Amount,
  type Figure,
  type TotalKey,
} from "./amounts";
import { incomeSources } from "./income";
import { sum } from "./relations";
import { TP_ITEMS, TP_MEASURES, TP_YEARS } from "./three-public";

/**
 * 元 typed where 万元 belong (PRODUCT.md §5 "Unit slips are errors"): a stated amount about
 * 10,000 times what its siblings, its own row (budget beside actual), last year's figure or its
 * parts make likely. Found once per model (figuresOf), so the rule that reports them, the engine
 * that silences their consequences and the scoring that will not count them agree.
 */
export type SlipBasis =
  /** 10,000 times the other figures of its column (items, projects, 三公 items, income). */
  | "siblings"
  /** 10,000 times another figure of its own row (its budget, its actual). */
  | "row"
  /** 10,000 times the same figure of last year. */
  | "previous"
  /** A stated total 10,000 times what its parts give. */
  | "total"
  /** Parts 10,000 times the stated total they add up to: the parts are the slips. */
  | "parts";

export interface Slip {
  /** The figure typed in 元; for "parts", the stated total the parts are set against. */
  path: string;
  value: string;
  basis: SlipBasis;
  /** The figures it was judged against (for "parts": the slipped parts). */
  against: Figure[];
  /** What those figures give: the sum of parts, the budget, last year's figure. */
  reference?: Decimal;
}

/** Beside a budget or last year, figures differ anyway: "about 10,000×" is a wide window. */
const LIKELY_LO = 3000;
const LIKELY_HI = 30000;

/** Only figures of 1,000 or more (10 million 元) are judged, as yuanSuspects does. */
function about10000(big: Decimal, small: Decimal): boolean {
  if (small.isZero() || big.lt(1000)) return false;
  const r = big.div(small);
  return r.gte(LIKELY_LO) && r.lte(LIKELY_HI);
}

/**
 * Every unit slip of the model, in the order the catalog reads the workbook. Called once per model
 * by the derived-figures stage (figuresOf(model).slips), which hands in its computed totals.
 */
/** What each step of the search shares: the model, what was found so far, how to add to it. */
interface Finder {
  model: Evaluation;
  computedTotal: (t: TotalKey, col: AmountColumn) => Amount | undefined;
  /** Paths already under a slip: one fault, one finding. */
  slipped: Set<string>;
  add(s: Slip): void;
  get(path: string): string | undefined;
  /** The filled figures among `paths` (blank is not zero). */
  figures(paths: string[]): Figure[];
}

/**
 * Every unit slip of the model, in the order the catalog reads the workbook. Called once per model
 * by the derived-figures stage (figuresOf(model).slips), which hands in its computed totals.
 */
export function findSlips(
  model: Evaluation,
  computedTotal: (t: TotalKey, col: AmountColumn) => Amount | undefined
): Slip[] {
  const slips: Slip[] = [];
  const slipped = new Set<string>();
  const get = (p: string) => valueAt(model, p);
  const finder: Finder = {
    model,
    computedTotal,
    slipped,
    add: (s) => {
      const key = s.basis === "parts" ? s.against.map((f) => f.path) : [s.path];
      if (key.some((p) => slipped.has(p))) return;
      key.forEach((p) => slipped.add(p));
      slips.push(s);
    },
    get,
    figures: (paths) =>
      paths.flatMap((path) => {
        const value = get(path);
        return value === undefined ? [] : [{ path, value }];
      }),
  };
  for (const step of [siblingSlips, rowSlips, yearSlips, totalSlips]) step(finder);
  return slips;
}

/** 1. A figure 10,000 times the others of its column. */
function siblingSlips({ model, add, figures }: Finder): void {
  const groups: Figure[][] = [];
  for (const col of AMOUNT_COLUMNS) {
    for (const category of ["人员支出", "公用支出", undefined] as const)
      groups.push(categoryItems(model, category, col));
    groups.push(projectFigures(model, col));
  }
  for (const y of TP_YEARS)
    for (const m of TP_MEASURES)
      groups.push(figures(TP_ITEMS.map((k) => `threePublic.${y}.${k}.${m}`)));
  groups.push(incomeSources(model));
  for (const group of groups) {
    for (const i of yuanSuspects(group.map((f) => f.value))) {
      const others = group.filter((_, j) => j !== i);
      add({ ...group[i], basis: "siblings", against: others });
    }
  }
}

/** 2. A figure 10,000 times another of its own row: 80000 spent against a budget of 8. */
function rowSlips({ model, add, figures }: Finder): void {
  const rows: string[][] = [
    ...model.expenditure.items.map((_, i) =>
      AMOUNT_COLUMNS.map((c) => `expenditure.items.${i}.${c}`)
    ),
    ...model.projects.map((_, i) => AMOUNT_COLUMNS.map((c) => `projects.${i}.${c}`)),
    ...TOTAL_KEYS.map((t) => AMOUNT_COLUMNS.map((c) => `expenditure.stated.${t}.${c}`)),
    ...TP_YEARS.flatMap((y) =>
      [...TP_ITEMS, "total"].map((k) => TP_MEASURES.map((m) => `threePublic.${y}.${k}.${m}`))
    ),
    ["expenditure.execution.procurementBudget", "expenditure.execution.procurementActual"],
  ];
  for (const paths of rows) {
    const row = figures(paths).filter((f) => !new Decimal(f.value).isZero());
    for (const f of row) {
      const v = new Decimal(f.value).abs();
      const small = row.filter((o) => o !== f && about10000(v, new Decimal(o.value).abs()));
      if (small.length && !row.some((o) => o !== f && about10000(new Decimal(o.value).abs(), v)))
        add({ ...f, basis: "row", against: small, reference: new Decimal(small[0].value) });
    }
  }
}

/** 3. A figure 10,000 times last year's: 三公 by item and measure, income. */
function yearSlips({ add, figures }: Finder): void {
  const years: [string, string][] = [
    ...[...TP_ITEMS, "total"].flatMap((k) =>
      TP_MEASURES.map((m): [string, string] => [
        `threePublic.current.${k}.${m}`,
        `threePublic.previous.${k}.${m}`,
      ])
    ),
    ["income.total", "income.previousTotal"],
  ];
  for (const pair of years) {
    const [a, b] = figures(pair);
    if (!a || !b) continue;
    const [va, vb] = [new Decimal(a.value).abs(), new Decimal(b.value).abs()];
    if (about10000(va, vb)) add({ ...a, basis: "previous", against: [b], reference: vb });
    else if (about10000(vb, va)) add({ ...b, basis: "previous", against: [a], reference: va });
  }
}

/** 4. A stated total against its parts, where no part is itself a slip. */
function totalSlips({ model, add, figures, get, slipped, computedTotal }: Finder): void {
  const totals: { total: string; parts: Figure[] | undefined; computed?: Decimal }[] = [];
  for (const col of AMOUNT_COLUMNS) {
    for (const t of TOTAL_KEYS) {
      const parts = computedTotal(t, col);
      totals.push({
        total: `expenditure.stated.${t}.${col}`,
        parts: parts?.figures,
        computed: parts?.value,
      });
    }
  }
  for (const y of TP_YEARS)
    for (const m of TP_MEASURES)
      totals.push({
        total: `threePublic.${y}.total.${m}`,
        parts: figures(TP_ITEMS.map((k) => `threePublic.${y}.${k}.${m}`)),
      });
  totals.push({ total: "income.total", parts: incomeSources(model) });
  for (const { total, parts, computed } of totals) {
    const value = get(total);
    if (value === undefined || !parts?.length || slipped.has(total)) continue;
    if (parts.some((p) => slipped.has(p.path))) continue;
    const reference = computed ?? sum(parts.map((p) => p.value));
    if (!looksLikeYuan(value, reference)) continue;
    const high = new Decimal(value).abs().gt(reference.abs());
    add({ path: total, value, basis: high ? "total" : "parts", against: parts, reference });
  }
}
