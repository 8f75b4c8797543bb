import fc from "fast-check";
import { Decimal } from "../../src/model/decimal";
import { yuanSuspects } from "../../src/rules/core/helpers";

/** The definition, computed the slow way: each figure against the median of the others. */
function reference(values: string[]): Set<number> {
  const out = new Set<number>();
  const nonZero = values
    .map((v, i) => ({ v: new Decimal(v).abs(), i }))
    .filter((x) => !x.v.isZero());
  if (nonZero.length < 3) return out;
  for (const { v, i } of nonZero) {
    const others = nonZero
      .filter((x) => x.i !== i)
      .map((x) => x.v)
      .sort((a, b) => a.cmp(b));
    const median = others[Math.floor(others.length / 2)];
    if (v.gte(median.times(1000)) && v.gte(1000)) out.add(i);
  }
  return out;
}

test("a figure 10,000 times its siblings is suspected; the one-sort median agrees with the definition", () => {
  expect([...yuanSuspects(["36.90", "22.76", "369000", "8.00"])]).toEqual([2]);
  expect([...yuanSuspects(["36.90", "22.76", "3.69", "8.00"])]).toEqual([]);
  const figure = fc.oneof(
    fc.integer({ min: 0, max: 200 }).map((n) => (n / 4).toFixed(2)),
    fc.integer({ min: 1000, max: 5_000_000 }).map(String),
    fc.constant("0")
  );
  fc.assert(
    fc.property(fc.array(figure, { maxLength: 40 }), (values) => {
      expect([...yuanSuspects(values)].sort()).toEqual([...reference(values)].sort());
    }),
    { seed: 20261129, numRuns: 500 }
  );
});
