import { readFileSync } from "node:fs";
import { checkPassage, type CheckedRelation, type Figure } from "../../src/rules/narrative";
import { Decimal } from "../../src/model/decimal";
import { runRules } from "../../src/rules/core/engine";
import { RULES } from "../../src/rules";
import { sampleModel } from "../helpers/workbooks";

/** The seed report, one paragraph a line, as its cells would hold it. */
const SEED = readFileSync("test/fixtures/seed-2021-shuangqing-hrss.txt", "utf8")
  .split(/\r?\n/)
  .filter((l) => l.trim());
const MODEL = sampleModel();
const NARRATIVE_RULES = RULES.filter((r) => r.meta.id.startsWith("narrative-"));

const found = SEED.flatMap((line) => checkPassage(line, MODEL).map((rel) => ({ line, rel })));
const describeRel = (r: CheckedRelation) =>
  `${r.kind}: ${r.figures.map((f) => f.written.replace(/\s+/g, "")).join(" ")}`;

describe("the seed's own prose", () => {
  test("every relation the checker finds in the seed holds", () => {
    expect(found.filter(({ rel }) => !rel.holds).map(({ rel }) => rel.quote)).toEqual([]);
  });

  test("the relations found in the seed", () => {
    expect(found.map(({ rel }) => describeRel(rel))).toEqual(SEED_RELATIONS);
  });

  test("the sample validates with no finding from the narrative rules", () => {
    expect(runRules(MODEL, NARRATIVE_RULES)).toEqual([]);
  });
});

/** The step of a figure's last stated digit: 15.70 → 0.01, 48 → 1. */
const stepOf = (f: Figure) => new Decimal(10).pow(-f.decimals);
const ceilTo = (v: Decimal, step: Decimal) => v.div(step).ceil().times(step);

/**
 * The smallest change to `f` that no reading of the relation's rounding can forgive — twice the
 * widths of its figures of `f`'s dimension, one step more: a slip of the pen. Rates, shares and
 * growth move little with a small slip, so their figures change by a fifth at least.
 */
function changed(f: Figure, rel: CheckedRelation): Decimal {
  const width = rel.figures
    .filter((g) => g.dimension === f.dimension)
    .reduce((s, g) => s.plus(g.interval.hi!.minus(g.interval.lo!)), new Decimal(0))
    .div(f.factor);
  const step = stepOf(f);
  const slip = ceilTo(width.times(2), step).plus(step);
  const sum = rel.kind === "parts" || rel.kind === "sumAfter";
  return f.value.plus(sum ? slip : Decimal.max(slip, ceilTo(f.value.times("0.2"), step)));
}

function mutate(line: string, f: Figure, to: Decimal): string {
  const digits = /\d[\d,]*(\.\d+)?/.exec(f.written)!;
  const at = f.start + digits.index;
  return line.slice(0, at) + to.toFixed(f.decimals) + line.slice(at + digits[0].length);
}

describe("each figure of every relation in the seed, changed one at a time, is caught", () => {
  const cases = found.flatMap(({ line, rel }) =>
    rel.figures.map((f) => [`${describeRel(rel)} — ${f.written}`, line, rel, f] as const)
  );
  test("there are changes to make", () => expect(cases.length).toBeGreaterThan(50));
  test.each(cases)("%s", (_name, line, rel, f) => {
    const to = changed(f, rel);
    const text = mutate(line, f, to);
    expect(text).not.toBe(line);
    const failing = checkPassage(text, MODEL).filter((r) => !r.holds);
    // Caught by a relation of the same kind through the changed figure, not by a bystander.
    const through = failing.filter(
      (r) => r.kind === rel.kind && r.figures.some((g) => g.start === f.start)
    );
    expect(through.map((r) => r.quote)).not.toEqual([]);
  });
});

/**
 * What the checker finds in the seed, paragraph by paragraph: 实有/编制 people, the 人员支出 items
 * in brackets, the 公用支出 list, the totals §一(三) and §二(一) restate, the two shares of
 * 基本支出, eight completion rates, and the 其中 lists of §四.
 */
const SEED_RELATIONS: string[] = [
  "parts: 23人 10人 0人 13人",
  "parts: 11人 10人 0人 0人 1人",
  "parts: 125.94万元 36.9万元 22.76万元 24.72万元 12.64万元 15.70万元 2.28万元 10.94万元",
  "sumAfter: 101.04万元 10.80万元 6.35万元 0.4万元 1.5万元 8万元 19.24万元 11.4万元 4.1万元 9.28万元 26.67万元 3.3万元",
  "restated: 226.98万元",
  "restated: 226.98万元",
  "restated: 125.94万元",
  "restated: 101.04万元",
  "share: 421.3万元 299.95万元 71%",
  "share: 421.3万元 121.35万元 29%",
  "restated: 421.3万元",
  "rate: 3746人 3821人 102%",
  "rate: 2310人 2319人 100%",
  "rate: 800人 819人 102%",
  "rate: 520人 526人 101%",
  "rate: 2300人 4405人 192%",
  "rate: 360人 2366人 657%",
  "rate: 250人 628人 251%",
  "rate: 30人 34人 113%",
  "parts: 14人 8人 6人",
  "sumAfter: 169.7万余元 138万余元 31.7万元",
  "parts: 8人 4人 4人",
  "parts: 3639人 80人 20人 1024人 1432人 1083人",
  "parts: 48件 23件 25件",
];
