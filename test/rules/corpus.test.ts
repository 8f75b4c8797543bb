import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Evaluation } from "../../src/model/evaluation";
import { layoutLocations } from "../../src/layout/locations";
import { RULES, runRules } from "../../src/rules";
import { evaluation } from "./rule-tester";

/**
 * The regression corpus (issue 15 item 9): figures other units published in their reports, each
 * fixture citing its source and saying which figures it carries. The whole catalog runs on each:
 * exactly the findings a careful reviewer expects (no false alarm), and every slip injected into
 * the real figures is caught where it sits.
 */
interface Expected {
  ruleId: string;
  severity: string;
  path: string;
}
interface Fixture {
  unit: string;
  year: number;
  source: { title: string; url: string };
  partial: string;
  figures: Record<string, unknown>;
  expected: Expected[];
  slips: { description: string; patch: Record<string, unknown>; expected: Expected[] }[];
}

const DIR = "test/fixtures/corpus";
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ file: f, fixture: JSON.parse(readFileSync(join(DIR, f), "utf8")) as Fixture }));

const merge = (base: unknown, patch: unknown): unknown => {
  if (!patch || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = { ...((base as Record<string, unknown>) ?? {}) };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
  return out;
};

function found(figures: Record<string, unknown>): string[] {
  const model = Evaluation.parse(evaluation(figures as never));
  return runRules(model, RULES).map((f) => `${f.severity} ${f.ruleId} ${f.sheet}!${f.cell}`);
}

function expected(figures: Record<string, unknown>, list: Expected[]): string[] {
  const model = Evaluation.parse(evaluation(figures as never));
  const at = layoutLocations(model);
  return list.map(
    (e) => `${e.severity} ${e.ruleId} ${at.get(e.path)!.sheet}!${at.get(e.path)!.cell}`
  );
}

test("the corpus holds at least three sourced units", () => {
  const units = new Set(fixtures.map(({ fixture }) => fixture.unit + fixture.year));
  expect(units.size).toBeGreaterThanOrEqual(3);
  for (const { fixture } of fixtures) {
    expect(fixture.source.url).toMatch(/^https?:\/\//);
    expect(fixture.partial.length).toBeGreaterThan(20);
  }
});

describe.each(fixtures)("$file", ({ fixture }) => {
  test(`${fixture.unit} ${fixture.year}: exactly the findings a reviewer expects`, () => {
    expect(found(fixture.figures).sort()).toEqual(
      expected(fixture.figures, fixture.expected).sort()
    );
  });

  test.each(fixture.slips)("a slip is caught: $description", (slip) => {
    const figures = merge(fixture.figures, slip.patch) as Record<string, unknown>;
    const added = found(figures).filter((f) => !found(fixture.figures).includes(f));
    expect(added.sort()).toEqual(expected(figures, slip.expected).sort());
  });
});

/**
 * Issue 25 item 1: on every corpus unit, with every last-year figure blanked (as reports that
 * state only the change are written), no stated rate is an error.
 */
test.each(fixtures)("$file: no error on a stated rate with last year blank", ({ fixture }) => {
  const blanked = merge(fixture.figures, {
    income: { previousTotal: undefined, previousFiscal: undefined },
    yearOnYear: { previous: undefined },
  }) as Record<string, unknown>;
  const model = Evaluation.parse(evaluation(blanked as never));
  const RATE_RULES = ["year-on-year-change", "stated-rate", "narrative-growth"];
  const rateErrors = runRules(model, RULES).filter(
    (f) => f.severity === "error" && RATE_RULES.includes(f.ruleId)
  );
  expect(rateErrors.map((f) => f.message)).toEqual([]);
});
