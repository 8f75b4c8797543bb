import { Decimal, type Interval } from "./interval";

/**
 * How a qualifier widens a stated figure, as a person reads it:
 * "138万余元" is 138 to 139 万元, "约200人" roughly 200, "近200家" a little under 200,
 * "4.3%以内" at most 4.3%, "3000多个" 3000 to 4000.
 */
export type Qualifier = "exact" | "more" | "about" | "near" | "atLeast" | "atMost";

/** A number with its unit, found in a sentence. */
export interface Figure {
  /** Offsets in the text, [start, end). */
  start: number;
  end: number;
  /** The figure as written, e.g. "138万余元". */
  written: string;
  /** The digits as stated, without thousands separators: "138", "15.70". */
  number: string;
  value: Decimal;
  decimals: number;
  /** What is counted: "元" (money, any scale), "人", "件", "%" …; figures of one dimension compare. */
  dimension: string;
  /** Multiplier to the dimension's base unit: 万元 → 10000. */
  factor: Decimal;
  /** The unit as written after the number ("万元", "人", "%"). */
  unit: string;
  qualifier: Qualifier;
  /** The values the figure may stand for, in the dimension's base unit. */
  interval: Interval;
}

/** Units of things counted, mapped to the dimension they compare in (名 and 位 count persons). */
const COUNT_UNITS: Record<string, string> = {
  人次: "人次",
  人: "人",
  名: "人",
  位: "人",
  件: "件",
  户: "户",
  个: "个",
  次: "次",
  家: "家",
  笔: "笔",
  份: "份",
  项: "项",
  场: "场",
  所: "所",
  元: "元",
};

const FIGURE = new RegExp(
  [
    "(约|近|超过|逾|不足|不到|不超过)?", // 1 qualifier before
    "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?", // 2 integer part, 3 fraction
    "\\s*(多|余)?", // 4
    "(万|亿)?", // 5 scale
    "(多|余)?", // 6
    "(人次|[人名位件户个次家笔份项场所元]|%|％)", // 7 unit
    "(以上|以内|以下|左右)?", // 8 qualifier after
  ].join(""),
  "gu"
);

/** Words after a unit that make it something else: "3个月" is a duration, "3.6万元/人" a rate. */
const NOT_A_QUANTITY = /^(月|工作日|百分点|\/|／|每)/;

/** Full-width digits and punctuation as ASCII, one character for one, so offsets stay. */
export function halfWidth(text: string): string {
  return text.replace(/[０-９．％]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Every figure with a unit in `text`, in order. */
export function extractFigures(text: string): Figure[] {
  const plain = halfWidth(text);
  const out: Figure[] = [];
  for (const m of plain.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const before = plain.charAt(start - 1);
    // Part of a longer token: "G20", "[2021]3号", "1.5.3".
    if (/[A-Za-z\d.]/.test(before)) continue;
    const end = start + m[0].length;
    if (NOT_A_QUANTITY.test(plain.slice(end))) continue;
    const figure = makeFigure(m, start, end, text);
    if (figure) out.push(figure);
  }
  return out;
}

function makeFigure(
  m: RegExpMatchArray,
  start: number,
  end: number,
  text: string
): Figure | undefined {
  const [, pre, int, frac = "", more1, scale, more2, unitWritten, post] = m;
  const number = int.replace(/,/g, "") + frac;
  const unit = unitWritten === "％" ? "%" : unitWritten;
  const dimension = unit === "%" ? "%" : COUNT_UNITS[unit];
  if (!dimension) return undefined;
  // "万%" is no figure a report writes.
  if (unit === "%" && scale) return undefined;
  const factor = new Decimal(scale === "亿" ? 1e8 : scale === "万" ? 1e4 : 1);
  const value = new Decimal(number);
  const decimals = frac ? frac.length - 1 : 0;
  const qualifier = qualifierOf(pre, more1 ?? more2, post);
  // A whole count ("48件", "23人") is exact, not rounded: only amounts, rates and 万-scaled counts are.
  const counted = dimension !== "元" && dimension !== "%" && !scale && !frac;
  const local =
    qualifier === "exact" && counted ? { lo: value, hi: value } : widen(value, decimals, qualifier);
  return {
    start,
    end,
    written: text.slice(start, end),
    number,
    value,
    decimals,
    dimension,
    factor,
    unit: (scale ?? "") + unit,
    qualifier,
    interval: { lo: local.lo?.times(factor), hi: local.hi?.times(factor) },
  };
}

function qualifierOf(pre?: string, more?: string, post?: string): Qualifier {
  if (more) return "more";
  if (pre === "约" || post === "左右") return "about";
  if (pre === "近") return "near";
  if (pre === "超过" || pre === "逾" || post === "以上") return "atLeast";
  if (pre === "不足" || pre === "不到" || pre === "不超过" || post === "以内" || post === "以下")
    return "atMost";
  return "exact";
}

/** The place value of the last significant digit: 138 → 1, 100 → 100, 19.64 → 0.01. */
export function lastDigitStep(number: string): Decimal {
  const [int, frac = ""] = number.split(".");
  if (frac) return new Decimal(10).pow(-frac.length);
  const zeros = int.length - int.replace(/0+$/, "").length;
  return new Decimal(10).pow(int === "0" ? 0 : zeros);
}

/** The interval a qualified figure stands for, in its stated unit. */
export function widen(value: Decimal, decimals: number, q: Qualifier): Interval {
  const half = new Decimal(10).pow(-decimals).div(2);
  const step = lastDigitStep(value.toFixed(decimals));
  const tenth = value.times("0.1");
  switch (q) {
    case "exact":
      return { lo: value.minus(half), hi: value.plus(half) };
    case "more":
      return { lo: value, hi: value.plus(step) };
    case "about":
      return {
        lo: value.minus(Decimal.max(step, tenth)),
        hi: value.plus(Decimal.max(step, tenth)),
      };
    case "near":
      return { lo: value.minus(Decimal.max(step, tenth)), hi: value };
    case "atLeast":
      return { lo: value.minus(half) };
    case "atMost":
      return { hi: value.plus(half) };
  }
}
