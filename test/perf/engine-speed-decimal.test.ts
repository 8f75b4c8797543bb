/**
 * Issue 24 item 4 (decimal hot paths): each exact fast path of the domain held against the
 * decimal.js computation it replaces, with the cases where a wrong comparison, rounding or sign
 * would show (touching interval ends, ties, −0, figures too long for the fast path). Each test
 * fails when its fast path is broken. The whole-engine check is
 * `node build-bench/scripts/bench/engine.js FILE 0 --digest` (docs/benchmarks.md).
 */
import fc from "fast-check";
import {
  Decimal,
  dec,
  DECIMAL_PATTERN,
  decimalsOf,
  shortestDecimal,
  withDecimals,
} from "../../src/model/decimal";
import type { Indicator } from "../../src/model/evaluation";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { completionRate, isMet, quantity, tooLow } from "../../src/rules/core/indicators";
import {
  divide,
  halfUnit,
  interval,
  intervalAt,
  overlaps,
  percent,
} from "../../src/rules/core/relations";
import {
  atLeastTimes,
  digitsOf,
  lowAtLeastHigh,
  percentOf,
  rateAgrees,
  scaledOf,
} from "../../src/rules/core/scaled";
import { clampFraction, FULL } from "../../src/rules/scoring/indicator-score";
import { score } from "../../src/rules/scoring/score";
import { sampleModel } from "../helpers/workbooks";

/** Decimal strings as the reader leaves them: "0", "12", "4.50", "-3.2". */
const stated = fc
  .tuple(fc.boolean(), fc.nat({ max: 99999 }), fc.option(fc.stringMatching(/^\d{1,3}$/)))
  .map(([neg, whole, frac]) => `${neg && whole > 0 ? "-" : ""}${whole}${frac ? `.${frac}` : ""}`);

/**
 * The per-row verdicts in integers (src/rules/core/scaled.ts) against decimal.js as it decided
 * them before. Figures are drawn near each other (a unit or two apart, at the boundary of the
 * relation) and long enough to leave the safe integers, where the Decimal path answers instead.
 */
describe("exact integer verdicts agree with decimal.js", () => {
  /** Digits and decimals: "-12.50"; up to 20 digits, so some are too long for the fast path. */
  const figureOf = (digits: bigint, own: number): string => {
    const neg = digits < 0n;
    const text = (neg ? -digits : digits).toString().padStart(own + 1, "0");
    const whole = text.slice(0, text.length - own);
    return `${neg ? "-" : ""}${whole}${own ? `.${text.slice(text.length - own)}` : ""}`;
  };
  const own = fc.integer({ min: 0, max: 4 });
  const digits = fc.oneof(
    fc.bigInt({ min: -99999n, max: 999999n }),
    fc.bigInt({ min: 1n, max: 10n ** 20n })
  );
  const positive = fc.oneof(
    fc.bigInt({ min: 1n, max: 99999n }),
    fc.bigInt({ min: 1n, max: 10n ** 18n })
  );
  /** A figure and its context decimals (its own, or up to three more). */
  const figureAt = (ds: fc.Arbitrary<bigint>) =>
    fc.tuple(ds, own, fc.integer({ min: 0, max: 3 })).map(([d, o, more]) => ({
      stated: figureOf(d, o),
      decimals: o + more,
    }));
  /** A second figure a few units from the first, at its own decimals. */
  const near = (x: { stated: string }) =>
    fc
      .tuple(fc.integer({ min: -2, max: 2 }), own, fc.integer({ min: 0, max: 3 }))
      .map(([k, o, more]) => {
        const moved = new Decimal(x.stated).plus(new Decimal(k).times(halfUnit(o).times(2)));
        const stated = moved.toFixed(Math.max(o, decimalsOf(x.stated)));
        return { stated, decimals: decimalsOf(stated) + more };
      });
  const at = (f: { stated: string }) => scaledOf(f.stated)!;
  const fig = (stated: string, decimals: number) => ({ ...scaledOf(stated)!, decimals });

  test("a stated figure's digits are its value", () => {
    fc.assert(
      fc.property(digits, own, (d, o) => {
        const stated = figureOf(d, o);
        const s = scaledOf(stated);
        if (stated.replace(/[-.]/g, "").length <= 15) expect(s).toBeDefined();
        if (!s) return;
        expect(s.own).toBe(o);
        expect(new Decimal(s.digits).div(new Decimal(10).pow(o)).eq(stated)).toBe(true);
      })
    );
    for (const text of ["1e5", "+1", ".5", "1.", "0x10", "", " 1", "1,000", "１"])
      expect(scaledOf(text)).toBeUndefined();
    expect(scaledOf("12345678901234567")).toBeUndefined(); // above 2^53
  });

  test("digits read in one pass: NaN exactly for text that is no plain decimal of ≤ 15 digits", () => {
    const piece = fc.constantFrom("0", "1", "5", "9", ".", "-", "+", "e", " ", "１", "a");
    const text = fc.oneof(
      fc.array(piece, { maxLength: 20 }).map((p) => p.join("")),
      fc.tuple(digits, own).map(([d, o]) => figureOf(d, o)),
      fc.string()
    );
    fc.assert(
      fc.property(text, (t) => {
        const count = t.replace(/[-.]/g, "").length;
        const d = digitsOf(t);
        if (!DECIMAL_PATTERN.test(t) || count > 15) return expect(d).toBeNaN();
        expect(Object.is(d, Number(t.replace(".", "")))).toBe(true); // −0 for "-0"
      }),
      { numRuns: 2000 }
    );
    for (const t of ["-", ".", "1.", ".5", "-.5", "1..2", "1.2.3", "--1", "0x1"])
      expect(digitsOf(t)).toBeNaN();
    expect(digitsOf("-12.50")).toBe(-1250);
    expect(digitsOf("999999999999999")).toBe(999999999999999); // 15 digits, the most read
    expect(digitsOf("9999999999999999")).toBeNaN(); // 16 digits may pass 2^53
    expect(digitsOf("-1234567890.123456")).toBeNaN();
  });

  test("x.lo ≥ y.hi as the Decimal ends compare", () => {
    const pair = figureAt(digits).chain((x) => fc.tuple(fc.constant(x), near(x)));
    let decided = 0;
    fc.assert(
      fc.property(pair, ([x, y]) => {
        const [sx, sy] = [scaledOf(x.stated), scaledOf(y.stated)];
        const fast =
          sx && sy
            ? lowAtLeastHigh({ ...sx, decimals: x.decimals }, { ...sy, decimals: y.decimals })
            : undefined;
        const slow = new Decimal(x.stated)
          .minus(halfUnit(x.decimals))
          .gte(new Decimal(y.stated).plus(halfUnit(y.decimals)));
        if (fast !== undefined) decided++;
        if (fast !== undefined) expect(fast).toBe(slow);
      }),
      { numRuns: 500 }
    );
    expect(decided).toBeGreaterThan(100);
    // Touching intervals exceed (3746 against 3745); overlapping ones (3745.5 at 1) do not.
    expect(lowAtLeastHigh(fig("3746", 0), fig("3745", 0))).toBe(true);
    expect(lowAtLeastHigh(fig("3745.5", 1), fig("3745", 0))).toBe(false);
  });

  test("num ≥ den · ratio as the Decimal product compares", () => {
    const ratio = fc.oneof(
      fc.constantFrom("1.3", "1.30", "1.5", "2", "1.25"),
      fc.tuple(fc.bigInt({ min: 1n, max: 100000n }), own).map(([d, o]) => figureOf(d, o))
    );
    // A numerator at den · ratio exactly, or a unit of its own either side, or anywhere.
    const triple = fc
      .tuple(figureAt(positive), ratio, fc.integer({ min: -1, max: 1 }), fc.boolean())
      .chain(([den, r, k, exact]) => {
        const product = new Decimal(den.stated).times(r);
        const at = product.plus(new Decimal(k).times(halfUnit(product.decimalPlaces()).times(2)));
        const num = exact ? fc.constant(at.toFixed()) : figureAt(digits).map((f) => f.stated);
        return fc.tuple(num, fc.constant(den.stated), fc.constant(r));
      });
    let decided = 0;
    fc.assert(
      fc.property(triple, ([num, den, r]) => {
        const s = [scaledOf(num), scaledOf(den), scaledOf(r)];
        const fast = s[0] && s[1] && s[2] ? atLeastTimes(s[0], s[1], s[2]) : undefined;
        if (fast === undefined) return;
        decided++;
        expect(fast).toBe(new Decimal(num).gte(new Decimal(den).times(r)));
      }),
      { numRuns: 500 }
    );
    expect(decided).toBeGreaterThan(100);
    expect(atLeastTimes(at({ stated: "130" }), at({ stated: "100" }), at({ stated: "1.3" }))).toBe(
      true
    );
    expect(
      atLeastTimes(at({ stated: "129.99" }), at({ stated: "100" }), at({ stated: "1.3" }))
    ).toBe(false);
  });

  /** The agreement as decided before: overlaps(divide(num, den), interval(stated)). */
  const slowAgrees = (
    n: { stated: string; decimals: number },
    d: { stated: string; decimals: number },
    stated: string
  ) => {
    const q = divide(intervalAt(n.stated, n.decimals), intervalAt(d.stated, d.decimals));
    return q !== undefined && overlaps(q, interval(stated));
  };

  test("a stated rate agrees with num/den as overlaps(divide(…), interval(stated)) says", () => {
    // The stated rate at either end of the quotient's interval, rounded to its decimals and moved
    // a unit or none: the cases where a wrong comparison or rounding shows.
    const triple = fc
      .tuple(figureAt(positive), figureAt(positive), own, fc.integer({ min: -1, max: 1 }))
      .chain(([n, d, dr, k]) => {
        const q = divide(intervalAt(n.stated, n.decimals), intervalAt(d.stated, d.decimals))!;
        const unit = halfUnit(dr).times(2).times(k);
        const ends = [q.lo, q.hi].map((e) => e.plus(unit).toFixed(dr, Decimal.ROUND_HALF_UP));
        return fc.tuple(fc.constant(n), fc.constant(d), fc.constantFrom(...ends, "1", "-0.5"));
      });
    // Touching ends, made exactly: n.lo / d.hi = s.hi or n.hi / d.lo = s.lo. With s's end at
    // dr + 1 decimals ending in 5 and d's at dd + 1, their product ends in 5 at dr + dd + 2, so
    // n at dr + dd + 1 decimals has that product as an end.
    const small = fc.bigInt({ min: 1n, max: 99999n }); // products exact in 20 digits
    const touching = fc
      .tuple(figureAt(small), small, own, fc.boolean())
      .map(([d, r, dr, low]) => {
        const s = interval(figureOf(r, dr));
        const dd = decimalsOf(d.stated);
        const den = { stated: d.stated, decimals: dd };
        const end = low ? s.hi.times(interval(d.stated).hi) : s.lo.times(interval(d.stated).lo);
        const half = halfUnit(dr + dd + 1);
        const n = (low ? end.plus(half) : end.minus(half)).toFixed(dr + dd + 1);
        return [{ stated: n, decimals: dr + dd + 1 }, den, figureOf(r, dr)] as const;
      })
      .filter(([n]) => new Decimal(n.stated).gt(0));
    let decided = 0;
    let touched = 0;
    fc.assert(
      fc.property(touching, ([n, d, stated]) => {
        const [sn, sd, ss] = [scaledOf(n.stated), scaledOf(d.stated), scaledOf(stated)];
        const fast =
          sn && sd && ss
            ? rateAgrees({ ...sn, decimals: n.decimals }, { ...sd, decimals: d.decimals }, ss)
            : undefined;
        expect(slowAgrees(n, d, stated)).toBe(true);
        if (fast === undefined) return;
        touched++;
        expect(fast).toBe(true);
      }),
      { numRuns: 300 }
    );
    expect(touched).toBeGreaterThan(50);
    fc.assert(
      fc.property(triple, ([n, d, stated]) => {
        const [sn, sd, ss] = [scaledOf(n.stated), scaledOf(d.stated), scaledOf(stated)];
        const fast =
          sn && sd && ss
            ? rateAgrees({ ...sn, decimals: n.decimals }, { ...sd, decimals: d.decimals }, ss)
            : undefined;
        if (fast === undefined) return;
        decided++;
        expect(fast).toBe(slowAgrees(n, d, stated));
      }),
      { numRuns: 1000 }
    );
    expect(decided).toBeGreaterThan(200);
    // Touching ends agree: 4.375 / 2.5 = 1.75 is the high end of "1.7".
    const [n, d] = [
      { stated: "4.38", decimals: 2 },
      { stated: "2", decimals: 0 },
    ];
    const fast = (s: string) =>
      rateAgrees({ ...at(n), decimals: 2 }, { ...at(d), decimals: 0 }, scaledOf(s)!);
    expect([fast("1.7"), slowAgrees(n, d, "1.7")]).toEqual([true, true]);
    expect([fast("1.6"), slowAgrees(n, d, "1.6")]).toEqual([false, false]);
    // And at the high end: 2.775 / 1.5 = 1.85 is the low end of "1.9".
    const hi = (s: string) =>
      rateAgrees(
        { ...at({ stated: "2.77" }), decimals: 2 },
        { ...at(d), decimals: 0 },
        scaledOf(s)!
      );
    expect([hi("1.9"), slowAgrees({ stated: "2.77", decimals: 2 }, d, "1.9")]).toEqual([
      true,
      true,
    ]);
    expect([hi("2.0"), slowAgrees({ stated: "2.77", decimals: 2 }, d, "2.0")]).toEqual([
      false,
      false,
    ]);
  });

  test("num / den as a percentage as percent(num ÷ den) writes it, ties included", () => {
    const dp = fc.integer({ min: 0, max: 3 });
    // A numerator at a tie of the percentage's last place (den · (u + ½) units), moved by a
    // unit of its last digit or not, or anywhere.
    const triple = fc
      .tuple(
        figureAt(positive),
        dp,
        fc.integer({ min: -200000, max: 200000 }),
        fc.integer({ min: -1, max: 1 }),
        fc.boolean()
      )
      .map(([den, places, u, k, tie]) => {
        const unit = new Decimal(10).pow(-(places + 2));
        const at = new Decimal(den.stated).times(new Decimal(u).plus(0.5)).times(unit);
        const step = halfUnit(at.decimalPlaces()).times(2).times(k);
        const num = tie ? at.plus(step).toFixed() : figureOf(BigInt(u) * 37n, places + 1);
        return [num, den.stated, places] as const;
      });
    let decided = 0;
    fc.assert(
      fc.property(triple, ([num, den, places]) => {
        const [sn, sd] = [scaledOf(num), scaledOf(den)];
        const fast = sn && sd ? percentOf(sn, sd, places) : undefined;
        if (fast === undefined) return;
        decided++;
        expect(fast).toBe(percent(new Decimal(num).div(den), places));
      }),
      { numRuns: 1000 }
    );
    expect(decided).toBeGreaterThan(200);
    expect(percentOf(at({ stated: "1.2345" }), at({ stated: "1" }), 1)).toBe("123.5%"); // a tie
    expect(percentOf(at({ stated: "-0.0004" }), at({ stated: "1" }), 1)).toBe("0%");
    expect(percentOf(at({ stated: "-0.0005" }), at({ stated: "1" }), 1)).toBe("-0.1%");
    expect(percentOf(at({ stated: "3821" }), at({ stated: "3746" }), 1)).toBe("102%");
  });

  test("an indicator's verdicts are those of its Decimal figures", () => {
    const long = fc
      .tuple(fc.bigInt({ min: -(10n ** 19n), max: 10n ** 19n }), own)
      .map(([d, o]) => figureOf(d, o));
    const zeroish = fc.constantFrom("0", "0.00", "-0", "-1", "0.5", "-0.01");
    const row = fc.record({
      direction: fc.constantFrom("≥", "≤", "="),
      target: fc.oneof(stated, long, zeroish),
      actual: fc.oneof(stated, long, zeroish),
      statedRate: fc.oneof(stated, long, fc.constantFrom("1", "1.02", "0.5")),
      decimalsOpen: fc.option(fc.subarray(["target", "actual"]), { nil: undefined }),
    }) as fc.Arbitrary<Indicator>;
    fc.assert(
      fc.property(row, fc.constantFrom(1.3, 1.5, 2), (ind, ratio) => {
        const rate = completionRate(ind);
        const q = quantity(ind)!;
        const [num, den] = q.direction === "≤" ? [q.target, q.actual] : [q.actual, q.target];
        const lowBefore =
          q.direction !== "=" &&
          !den.value.lte(0) &&
          num.value.gte(den.value.times(new Decimal(ratio)));
        expect(tooLow(ind, ratio)).toBe(lowBefore);
        if (den.value.lte(0) || den.interval.lo.lte(0))
          return expect(rate.kind).toBe("cannotCompute");
        if (rate.kind !== "rate") throw new Error(`a rate expected, got ${rate.kind}`);
        expect(rate.percent()).toBe(percent(num.value.div(den.value)));
        expect(rate.percent(2)).toBe(percent(num.value.div(den.value), 2));
        expect(rate.agrees(ind.statedRate!)).toBe(
          overlaps(divide(num.interval, den.interval)!, interval(ind.statedRate!))
        );
      })
    );
  });
});

describe("a double's text without a Decimal (model/decimal.ts)", () => {
  // Doubles of every kind, and the ones cells hold: money in cents, rates, integers.
  const double = fc.oneof(
    fc.double(),
    fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
    fc.integer({ min: -1e6, max: 1e6 }).map((c) => c / 1000),
    fc.integer(),
    fc.constantFrom(0, -0, 0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, 5e-324, 1.005, 2.675)
  );

  test("shortestDecimal is decimal.js's toFixed() of the double", () => {
    fc.assert(
      fc.property(double, (v) => {
        expect(shortestDecimal(v)).toBe(new Decimal(v).toFixed());
      }),
      { numRuns: 2000 }
    );
  });

  test("withDecimals is decimal.js's toFixed(decimals, ROUND_HALF_UP) of the double", () => {
    fc.assert(
      fc.property(double, fc.integer({ min: 0, max: 12 }), (v, decimals) => {
        expect(withDecimals(v, decimals)).toBe(
          new Decimal(v).toFixed(decimals, Decimal.ROUND_HALF_UP)
        );
      }),
      { numRuns: 2000 }
    );
    expect(withDecimals(6.7, 2)).toBe("6.70");
    expect(withDecimals(8, 2)).toBe("8.00");
    expect(withDecimals(-0, 2)).toBe("0.00");
    expect(withDecimals(0.71, 2)).toBe("0.71");
    expect(withDecimals(1.005, 2)).toBe("1.01"); // the decimal 1.005, rounded half up
  });
});

describe("a 绩效指标 row's share without Decimals of 0 and 1 (scoring/indicator-score.ts)", () => {
  // Fractions as scoring meets them (quotients, 20 digits), and the edges of the clamp.
  const fraction = fc.oneof(
    fc
      .tuple(fc.integer({ min: -5000, max: 50000 }), fc.integer({ min: 1, max: 9999 }))
      .map(([a, b]) => new Decimal(a).div(b)),
    fc
      .constantFrom(
        "0",
        "-0",
        "1",
        "1.0000000000000000001",
        "0.99999999999999999999",
        "-1e-30",
        "NaN"
      )
      .map((t) => new Decimal(t))
  );
  /** The Decimal's sign, digits and exponent, as JSON writes it (−0 as "-0"). */
  const exactly = (d: Decimal) => [d.valueOf(), d.isNaN() || d.isNegative()];

  test("clampFraction is Decimal.max(0, Decimal.min(1, x))", () => {
    fc.assert(
      fc.property(fraction, (x) => {
        expect(exactly(clampFraction(x))).toEqual(exactly(Decimal.max(0, Decimal.min(1, x))));
      }),
      { numRuns: 1000 }
    );
    expect(clampFraction(new Decimal("-0")).valueOf()).toBe("0");
    expect(clampFraction(new Decimal("1.5"))).toBe(FULL);
  });

  test("points times FULL are the points themselves (a product of at most 20 digits)", () => {
    const points = fc
      .tuple(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 99999 }), fraction)
      .map(([a, b, f]) => new Decimal(a).div(b).times(f.isNaN() ? 1 : f));
    fc.assert(
      fc.property(points, (p) => {
        expect(exactly(p.times(FULL))).toEqual(exactly(p));
      }),
      { numRuns: 1000 }
    );
  });
});

test("a 绩效指标 group's row points and earned are those of the loop before issue 24's pass", () => {
  // The loop as it was (c82fae4): every row's 分值 parsed where used, the fraction clamped with
  // Decimal.max/min and always multiplied, each row's points multiplied by the scale.
  const before = (rows: Indicator[], points: Decimal) => {
    const given = rows.map((r) => dec(r.points)).filter((p): p is Decimal => !!p && p.gt(0));
    const fallback = given.length
      ? given.reduce((a, b) => a.plus(b), new Decimal(0)).div(given.length)
      : new Decimal(1);
    const weights = rows.map((r) => (dec(r.points)?.gt(0) ? dec(r.points)! : fallback));
    const scale = points.div(weights.reduce((a, b) => a.plus(b), new Decimal(0)));
    return rows.map((r, i) => {
      const rate = completionRate(r);
      const met = isMet(r);
      const rowPoints = weights[i].times(scale);
      if (rate.kind !== "rate") return { points: rowPoints.valueOf() };
      let fraction = met ? new Decimal(1) : rate.value;
      if (!met && r.direction === "=")
        fraction = Decimal.min(rate.value, new Decimal(1).div(rate.value));
      let p = rowPoints.times(Decimal.max(0, Decimal.min(1, fraction)));
      if (tooLow(r, 1.3)) p = Decimal.max(0, p.minus(2));
      return { points: rowPoints.valueOf(), earned: p.valueOf() };
    });
  };
  const base = sampleModel();
  const outputs = DEFAULT_PROFILE.indicators.find((i) => i.id === "outputs")!;
  const row = fc.record({
    direction: fc.constantFrom("≥", "≤", "="),
    target: stated,
    actual: stated,
    points: fc.option(fc.constantFrom("0", "-1", "1", "2.5", "3", "10", "0.333"), {
      nil: undefined,
    }),
  });
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (drawn) => {
      const indicators = drawn.map((d) => ({ ...base.indicators[0], ...d, level1: "产出指标" }));
      const model = { ...base, indicators } as typeof base;
      const group = score(model, DEFAULT_PROFILE).indicators.find((i) => i.id === "outputs")!;
      const got = group.rows!.map((r) => ({
        points: r.points.valueOf(),
        earned: r.earned?.valueOf(),
      }));
      const want = before(indicators as Indicator[], new Decimal(outputs.points));
      expect(got).toEqual(want.map((w) => ({ earned: undefined, ...w })));
    }),
    { numRuns: 200 }
  );
});
