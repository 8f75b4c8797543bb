import { decimalsOf } from "../../model/decimal";

/**
 * Exact comparisons of stated figures in JavaScript integers, for the per-row verdicts that
 * decimal.js made tens of thousands of times on 10,000 indicators (issue 24). A stated figure
 * "-12.50" is the integer -1250 at 2 decimals; the figures of a comparison are brought to one
 * scale and compared as integers. Every step is checked to stay within Number's safe integers,
 * where float arithmetic on integers is exact: a product or sum whose exact value is a safe
 * integer is computed exactly, and one whose exact value is not comes out unsafe (rounding is
 * monotone and 2^53 is a double), so a check after each step is sound. When a step leaves the
 * safe range the caller answers with decimal.js as before; test/perf/engine-speed.test.ts holds
 * every answer against decimal.js.
 *
 * Why the answers agree with decimal.js (precision 20, ROUND_HALF_UP, the defaults this project
 * keeps): a safe integer has at most 16 digits, so every interval end decimal.js computes from
 * such figures (a sum or difference, rounded to 20 significant digits) is exact; only a
 * quotient is rounded, and `rateAgrees` shows why its rounding cannot change a comparison.
 */
export interface Scaled {
  /** The figure's digits as an integer (sign included): "-12.50" → -1250. */
  readonly digits: number;
  /** Its own decimals: "-12.50" → 2. */
  readonly own: number;
}

/** A figure at the decimals its interval is taken to (its own, or more from context). */
export interface ScaledFigure extends Scaled {
  readonly decimals: number;
}

/** Powers of ten that are exact doubles (10^22 is the last). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * The digits of plain decimal text as an integer ("-12.50" → -1250, "-0" → −0), read in one
 * pass; NaN when the text is not plain decimal (DECIMAL_PATTERN, -?\d+(\.\d+)?) or has more
 * than 15 digits (below 10^15, every step of the reading is exact).
 */
export function digitsOf(text: string): number {
  const n = text.length;
  const start = text.charCodeAt(0) === 45 ? 1 : 0; // "-"
  let value = 0;
  let count = 0;
  let dot = false;
  for (let i = start; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      count++;
    } else if (c === 46 && !dot && i > start && i < n - 1) dot = true;
    else return NaN;
  }
  if (count === 0 || count > 15) return NaN;
  return start ? -value : value;
}

/** The stated figure as a scaled integer; undefined when it is no plain decimal or too long. */
export function scaledOf(stated: string): Scaled | undefined {
  const digits = digitsOf(stated);
  return Number.isNaN(digits) ? undefined : { digits, own: decimalsOf(stated) };
}

/** x · 10^k when exact, else undefined (k ≥ 0). */
function shift(x: number, k: number): number | undefined {
  if (k > 22) return undefined;
  const r = x * POW10[k];
  return Number.isSafeInteger(r) ? r : undefined;
}

const checked = (r: number): number | undefined => (Number.isSafeInteger(r) ? r : undefined);

/**
 * A figure's rounding interval (PRODUCT.md §4), v ± ½·10^−decimals, as integers at the scale
 * 2·10^scale (so the half unit is an integer): [lo, hi], or undefined if not exact.
 */
export function endsAt(
  f: Scaled,
  decimals: number,
  scale: number
): [lo: number, hi: number] | undefined {
  const v = shift(2 * f.digits, scale - f.own);
  const half = POW10[scale - decimals];
  if (v === undefined || half === undefined) return undefined;
  const lo = checked(v - half);
  const hi = checked(v + half);
  return lo === undefined || hi === undefined ? undefined : [lo, hi];
}

/**
 * x's interval lies at or above y's: x.lo ≥ y.hi, each interval at its own decimals (the
 * `exceeds` of relations.ts). Undefined when the integers would not be exact.
 */
export function lowAtLeastHigh(x: ScaledFigure, y: ScaledFigure): boolean | undefined {
  const scale = Math.max(x.decimals, y.decimals);
  const xs = endsAt(x, x.decimals, scale);
  const ys = endsAt(y, y.decimals, scale);
  return xs && ys ? xs[0] >= ys[1] : undefined;
}

/** num ≥ den · ratio, exactly (the too-low verdict); undefined when not exact. */
export function atLeastTimes(num: Scaled, den: Scaled, ratio: Scaled): boolean | undefined {
  const product = checked(den.digits * ratio.digits);
  if (product === undefined) return undefined;
  const productOwn = den.own + ratio.own;
  const scale = Math.max(num.own, productOwn);
  const left = shift(num.digits, scale - num.own);
  const right = shift(product, scale - productOwn);
  return left === undefined || right === undefined ? undefined : left >= right;
}

/**
 * Whether the rate num/den, taken by the interval rule, agrees with a stated rate: the overlap
 * of [num.lo / den.hi, num.hi / den.lo] with the stated rate's interval, as relations.ts's
 * `overlaps(divide(num, den), interval(stated))` answers it. Only for num > 0 and den > 0 (then
 * both quotient ends are positive); undefined otherwise or when not exact.
 *
 * Exactness. With every end an integer at the scale S = 2·10^scale, q.lo ≤ s.hi is
 * NL/DH ≤ SH/S, i.e. NL·S ≤ SH·DH. decimal.js compares rnd(NL/DH) with SH/S, rnd rounding to 20
 * significant digits half up. When NL/DH ≤ SH/S, rnd(NL/DH) ≤ SH/S since rnd is monotone and
 * SH/S (at most 17 digits) is its own rounding. When NL/DH > SH/S the gap is at least
 * 1/(DH·S), and rnd moves a value above c = SH/S down to c only within half a unit of the 20th
 * digit above it, 5·10^(e−20) ≤ 5·10^−20·c (e the exponent of c); 1/(DH·S) ≥ 5·10^−20·SH/S
 * holds since SH·DH < 2^53 < 2·10^19. So rnd(NL/DH) > c: both say the same. The other end,
 * s.lo ≤ q.hi (SL·DL ≤ NH·S), is the mirror image (rnd moves a value below c up to c only within
 * half a unit below it, at most 5·10^−20·c). A non-positive stated end is below every positive
 * quotient end, and both computations say so.
 */
export function rateAgrees(
  num: ScaledFigure,
  den: ScaledFigure,
  stated: Scaled
): boolean | undefined {
  if (num.digits <= 0 || den.digits <= 0) return undefined;
  const scale = Math.max(num.decimals, den.decimals, stated.own);
  const n = endsAt(num, num.decimals, scale);
  const d = endsAt(den, den.decimals, scale);
  const s = endsAt(stated, stated.own, scale);
  const size = shift(2, scale);
  if (!n || !d || !s || size === undefined) return undefined;
  const [nlo, nhi] = n;
  const [dlo, dhi] = d;
  const [slo, shi] = s;
  const loLeft = checked(nlo * size);
  const loRight = checked(shi * dhi);
  const hiLeft = checked(slo * dlo);
  const hiRight = checked(nhi * size);
  if (loLeft === undefined || loRight === undefined) return undefined;
  if (hiLeft === undefined || hiRight === undefined) return undefined;
  return loLeft <= loRight && hiLeft <= hiRight;
}

/**
 * num / den as a percentage with `decimals` places, rounded half up and written plainly
 * (trailing zeros trimmed): what relations.ts's `percent` writes of decimal.js's quotient, "71.2%"
 * for 0.7119. Only for den > 0; undefined when not exact.
 *
 * Exactness. The percentage in units of 10^−decimals is T = A/B with A = num's digits ·
 * 10^(2 + decimals + den's decimals) and B = den's digits · 10^(num's decimals). decimal.js
 * rounds the quotient to 20 significant digits (times 100 and the shift keep it), then to the
 * unit half up. With k = ⌊|A|/B⌋ and r = |A| − k·B: if 2r < B, T is at least 1/(2B) below
 * k + ½, more than half a unit of its 20th digit (5·10^−20·|A|/B, as |A| < 2^53 < 10^19), so the
 * 20-digit quotient stays in [k, k + ½) and rounds to k; if 2r ≥ B, it lies in [k + ½, k + 1]
 * (both ends have few digits, so they are their own roundings) and rounds to k + 1.
 */
export function percentOf(num: Scaled, den: Scaled, decimals: number): string | undefined {
  if (den.digits <= 0) return undefined;
  const a = shift(Math.abs(num.digits), 2 + decimals + den.own);
  const b = shift(den.digits, num.own);
  if (a === undefined || b === undefined) return undefined;
  // The float quotient's floor is ⌊a/b⌋ for a < 2^53 (it could only round up to an integer from
  // within half its unit below, which needs a ≥ 2^53); the remainder checks it anyway.
  let k = Math.floor(a / b);
  const kb = checked(k * b);
  if (kb === undefined) return undefined;
  let r = a - kb;
  if (r < 0) {
    k -= 1;
    r += b;
  }
  const units = 2 * r >= b ? k + 1 : k;
  return `${units !== 0 && num.digits < 0 ? "-" : ""}${plain(units, decimals)}%`;
}

/** units · 10^−decimals written plainly, trailing zeros trimmed: (1250, 2) → "12.5". */
function plain(units: number, decimals: number): string {
  const text = String(units).padStart(decimals + 1, "0");
  const whole = text.slice(0, text.length - decimals);
  const fraction = text.slice(text.length - decimals).replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}
