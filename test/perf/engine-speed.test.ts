/**
 * Issue 24 (engine at scale): each speed change is held against the way it was computed before,
 * so a faster path can never give a different figure, message or cell.
 * (The whole-engine check is `node build-bench/scripts/bench/engine.js FILE --digest`, compared
 * before and after: see docs/benchmarks.md.)
 */
import fc from "fast-check";
import { Decimal, decimalsOf } from "../../src/model/decimal";
import type { Indicator } from "../../src/model/evaluation";
import { PLACEMENTS } from "../../src/layout";
import { Locations, layoutLocations } from "../../src/layout/locations";
import { fill } from "../../src/rules/core/meta";
import { completionRate, isMet, quantity } from "../../src/rules/core/indicators";
import {
  atLeastZero,
  atMostZero,
  divide,
  exceeds,
  interval,
  intervalAt,
} from "../../src/rules/core/relations";
import { wrappedLines } from "../../src/report/sheets";
import { sampleModel } from "../helpers/workbooks";

/** Decimal strings as the reader leaves them: "0", "12", "4.50", "-3.2". */
const stated = fc
  .tuple(fc.boolean(), fc.nat({ max: 99999 }), fc.option(fc.stringMatching(/^\d{1,3}$/)))
  .map(([neg, whole, frac]) => `${neg && whole > 0 ? "-" : ""}${whole}${frac ? `.${frac}` : ""}`);

const indicator = fc.record({
  direction: fc.constantFrom("≥", "≤", "=", "定性", undefined),
  target: fc.option(stated, { nil: undefined }),
  actual: fc.option(stated, { nil: undefined }),
  decimalsOpen: fc.option(fc.subarray(["target", "actual"]), { nil: undefined }),
}) as fc.Arbitrary<Indicator>;

/** The intervals as they were computed before: from the stated text, kept on the figure. */
function eagerInterval(ind: Indicator, key: "target" | "actual") {
  const own = ind[key]!.trim();
  const other = ind[key === "target" ? "actual" : "target"]!.trim();
  return ind.decimalsOpen?.includes(key) ? intervalAt(own, decimalsOf(other)) : interval(own);
}

const same = (a: { lo: Decimal; hi: Decimal }, b: { lo: Decimal; hi: Decimal }) =>
  a.lo.eq(b.lo) && a.hi.eq(b.hi) && a.lo.toFixed() === b.lo.toFixed();

describe("indicator figures computed when read", () => {
  test("a figure's interval is the one its stated text and context give", () => {
    fc.assert(
      fc.property(indicator, (ind) => {
        const q = quantity(ind);
        if (!q) return;
        expect(same(q.target.interval, eagerInterval(ind, "target"))).toBe(true);
        expect(same(q.actual.interval, eagerInterval(ind, "actual"))).toBe(true);
      })
    );
  });

  test("a completion rate's value, interval and kind are those of the eager division", () => {
    fc.assert(
      fc.property(indicator, (ind) => {
        const rate = completionRate(ind);
        const q = quantity(ind);
        if (ind.direction === "定性") return expect(rate.kind).toBe("qualitative");
        if (!q) return expect(rate.kind).toBe("missing");
        const t = eagerInterval(ind, "target");
        const a = eagerInterval(ind, "actual");
        const [num, den, numValue, denValue] =
          q.direction === "≤"
            ? [t, a, new Decimal(ind.target!), new Decimal(ind.actual!)]
            : [a, t, new Decimal(ind.actual!), new Decimal(ind.target!)];
        const range = denValue.lte(0) ? undefined : divide(num, den);
        if (!range) return expect(rate.kind).toBe("cannotCompute");
        expect(rate.kind).toBe("rate");
        if (rate.kind !== "rate") return;
        expect(rate.value.toFixed()).toBe(numValue.div(denValue).toFixed());
        expect(same(rate.interval, range)).toBe(true);
        // Met by the eager intervals as well.
        const met = {
          "≥": !exceeds(t, a),
          "≤": !exceeds(a, t),
          "=": !exceeds(a, t) && !exceeds(t, a),
        };
        expect(isMet(ind)).toBe(met[q.direction]);
      })
    );
  });

  test("a rate that is not computable stays so (target 0, blank actual)", () => {
    expect(completionRate({ direction: "≥", target: "0", actual: "5" }).kind).toBe("cannotCompute");
    expect(completionRate({ direction: "≥", target: "5" }).kind).toBe("missing");
    expect(completionRate({ direction: "≥", target: "4", actual: "5" }).kind).toBe("rate");
  });
});

test("signs by isZero and isNegative answer as comparing with 0 does", () => {
  const signed = fc.oneof(
    stated,
    fc.constantFrom(
      "-0",
      "0.000",
      "-0.00",
      "-0.0001",
      "1e-30",
      "-1e-30",
      "123456789012345678901234"
    )
  );
  fc.assert(
    fc.property(signed, (text) => {
      const x = new Decimal(text);
      expect(atMostZero(x)).toBe(x.lte(0));
      expect(atLeastZero(x)).toBe(x.gte(0));
    })
  );
  expect(atMostZero(new Decimal("-0"))).toBe(true);
  expect(atMostZero(new Decimal("0.5"))).toBe(false);
  expect(atLeastZero(new Decimal("-0.5"))).toBe(false);
});

describe("message templates split once", () => {
  const byRegex = (template: string, data: Record<string, string | number>) =>
    template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, k: string) => {
      if (!(k in data)) throw new Error(`message placeholder {{${k}}} has no data`);
      return String(data[k]);
    });

  test("fill gives what a replace over the template gives", () => {
    const piece = fc.constantFrom("{{a}}", "{{ b }}", "{{c}}", "{a}", "}}", "文字", " ", "{{");
    const template = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
    const data = { a: "甲", b: 2, c: "{{a}}" };
    fc.assert(
      fc.property(template, (t) => {
        expect(fill(t, data)).toBe(byRegex(t, data));
      })
    );
  });

  test("a placeholder without data is an error, as before", () => {
    expect(() => fill("差 {{gap}} 万元", {})).toThrow("message placeholder {{gap}} has no data");
    expect(fill("差 {{gap}} 万元", { gap: "3.00" })).toBe("差 3.00 万元");
  });
});

describe("locations of table cells, kept by row", () => {
  test("every path of the sample resolves to the cell the layout gives it, as a map did", () => {
    const model = sampleModel();
    const where = layoutLocations(model);
    // The same paths and cells, entered one by one as before (a map of path → cell).
    const byPath = new Locations();
    const rows: Record<string, { sheet: string; address: string }>[] = [];
    model.indicators.forEach((ind, i) => {
      const row: Record<string, { sheet: string; address: string }> = {};
      for (const key of Object.keys(ind)) {
        const c = where.get(`indicators.${i}.${key}`);
        if (c?.cell) row[key] = { sheet: c.sheet, address: c.cell };
        if (c) byPath.set(`indicators.${i}.${key}`, c);
      }
      rows.push(row);
    });
    const byRow = new Locations().setRows("indicators", rows);
    for (let i = 0; i < model.indicators.length; i++)
      for (const key of ["target", "actual", "level3", "statedRate"])
        expect(byRow.get(`indicators.${i}.${key}`)).toEqual(byPath.get(`indicators.${i}.${key}`));
    expect(byRow.get("indicators.0.target")).toEqual(where.get("indicators.0.target"));
  });

  test("a path that names no cell finds none", () => {
    const at = { sheet: "绩效指标", address: "F5" };
    const where = new Locations().setRows("indicators", [{ target: at }]);
    expect(where.get("indicators.0.target")).toEqual({ sheet: "绩效指标", cell: "F5" });
    for (const path of [
      "indicators.1.target", // no such row
      "indicators.00.target", // not a row index as written
      "indicators.-0.target",
      "indicators.0.actual", // no such cell in the row
      "indicators.0.constructor", // not an own key
      "indicators.0",
      "indicators",
      "projects.0.target",
      "",
    ])
      expect(where.get(path)).toBeUndefined();
    expect(where.has("indicators.0.target")).toBe(true);
    expect(where.has("indicators.0.actual")).toBe(false);
  });

  test("a path set one by one comes before the rows", () => {
    const where = new Locations()
      .setRows("indicators", [{ target: { sheet: "绩效指标", address: "F5" } }])
      .set("indicators.0.target", { sheet: "其他", cell: "A1" });
    expect(where.get("indicators.0.target")).toEqual({ sheet: "其他", cell: "A1" });
  });

  test("no column key of a table has a dot (a path into the rows is split at its last two)", () => {
    for (const { table } of PLACEMENTS.tables.values())
      for (const c of table.columns) expect(c.key ?? "").not.toContain(".");
  });
});

test("wrapped lines counted by char code as by the regular expression", () => {
  const byRegex = (value: string, width: number, size: number) => {
    const room = width * 7;
    const cjk = (size * 4) / 3;
    let lines = 0;
    for (const para of value.split("\n")) {
      let w = 0;
      for (const ch of para) w += /[\u2e80-\uffef]/.test(ch) ? cjk : cjk * 0.55;
      lines += Math.max(1, Math.ceil(w / Math.max(1, room - 8)));
    }
    return lines;
  };
  const text = fc.array(
    fc.oneof(
      fc.constantFrom(
        "指",
        "标",
        "\n",
        "a",
        "1",
        "—",
        "％",
        "\u2e7f",
        "\u2e80",
        "\uffef",
        "\ufff0"
      ),
      fc.constantFrom("😀", "\ud800", "𠀀")
    ),
    { maxLength: 200 }
  );
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 80 }), fc.constantFrom(10, 12), (t, w, s) => {
      expect(wrappedLines(t.join(""), w, s)).toBe(byRegex(t.join(""), w, s));
    })
  );
});
