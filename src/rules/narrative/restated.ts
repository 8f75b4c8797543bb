import type { Evaluation } from "../../model/evaluation";
import { TOTAL_LABEL, type TotalKey } from "../core/expenditure";
import { figuresOf } from "../core/figures";
import type { Figure } from "./figures";
import { Decimal, overlaps, type Interval } from "./interval";
import { labelOf } from "./relations";
import { sentences } from "./structure";

/** A sentence restating a total the template holds: "全年总支出226.98万元". */
export interface Restatement {
  figure: Figure;
  total: TotalKey;
  column: "actual" | "fiscal";
  /** The template's figure in 万元, as the checks use it (stated, else computed). */
  held: Decimal;
  heldInterval: Interval;
  /** The model path of the stated figure, when it is stated. */
  path?: string;
  /** The template's name of the total: 支出总计, 基本支出 … */
  name: string;
  quote: string;
}

/** Names of the template's totals as prose writes them, the words right before the figure. */
const NAMES: [RegExp, TotalKey][] = [
  [/(总支出|支出总计|支出合计)(为|是|达)?$/, "total"],
  [/基本支出(为|是|达)?$/, "basic"],
  [/(项目支出|专项支出)(为|是|达)?$/, "project"],
  [/(人员支出|人员经费)(为|是|达)?$/, "personnel"],
  [/(公用支出|公用经费)(为|是|达)?$/, "public"],
];

/** Words that make a figure another than this year's actual: a budget, last year, a carry-over. */
const OTHER_FIGURE = /预算|上年|去年|年初|结转|结余|同比|较/;
const FISCAL = /财政拨款/;

/** Figures in `text` that restate a total of the template, with the template's own figure. */
export function restatements(text: string, model: Evaluation): Restatement[] {
  const out: Restatement[] = [];
  for (const s of sentences(text))
    for (const c of s.clauses)
      for (const f of c.figures) {
        if (f.dimension !== "元" || f.qualifier !== "exact") continue;
        const label = labelOf(c, f, text).trim();
        const hit = NAMES.find(([re]) => re.test(label));
        if (!hit || !unitWide(label, hit[0])) continue;
        // "财政拨款基本支出421.3万元，其中：人员经费299.95万元" — the 人员经费 is 财政拨款 too.
        const context = text.slice(0, c.start);
        const fiscal = FISCAL.test(label);
        if (OTHER_FIGURE.test(label) || OTHER_FIGURE.test(context)) continue;
        if (!fiscal && FISCAL.test(context)) continue;
        const r = restatement(model, f, hit[1], fiscal ? "fiscal" : "actual", c.text.trim());
        if (r) out.push(r);
      }
  return out;
}

/**
 * The name speaks of the whole unit, not of one project or fund: "全年总支出", "其中人员支出",
 * "财政拨款基本支出" do; "培训项目支出", "扩面工作项目支出" do not.
 */
const UNIT_WIDE = /(^|其中|全年|本年|本年度|年度|年|局|单位|部门|财政拨款|的|：|:)$/;
function unitWide(label: string, name: RegExp): boolean {
  const m = name.exec(label);
  return !!m && UNIT_WIDE.test(label.slice(0, m.index));
}

function restatement(
  model: Evaluation,
  figure: Figure,
  total: TotalKey,
  column: "actual" | "fiscal",
  quote: string
): Restatement | undefined {
  const amount = figuresOf(model).effective[total][column];
  if (!amount || amount.suspect) return undefined;
  const wan = new Decimal(10000);
  return {
    figure,
    total,
    column,
    held: amount.value,
    heldInterval: { lo: amount.interval.lo.times(wan), hi: amount.interval.hi.times(wan) },
    path: amount.stated ? amount.figures[0]?.path : undefined,
    name: TOTAL_LABEL[total].zh,
    quote,
  };
}

/** Whether the prose and the template can mean the same figure. */
export const agrees = (r: Restatement): boolean => overlaps(r.figure.interval, r.heldInterval);
