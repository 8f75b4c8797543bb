import { writeFileSync } from "node:fs";
import { emptyEvaluation, type Evaluation } from "../../src/model/evaluation";
import type { CellRef, Finding } from "../../src/model/finding";
import { layoutLocations } from "../../src/layout/locations";
import { TEMPLATE_VERSION } from "../../src/layout";
import { runRules } from "../../src/rules/core/engine";
import { toFinding, type Report } from "../../src/rules/core/meta";
import type { Rule } from "../../src/rules/core/rule";

type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A tiny in-memory evaluation: the empty one with `patch` merged in. */
export function evaluation(patch: DeepPartial<Evaluation> = {}): Evaluation {
  const merge = (base: unknown, p: unknown): unknown => {
    if (Array.isArray(p)) return p;
    if (p && typeof p === "object" && base && typeof base === "object") {
      const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
      for (const [k, v] of Object.entries(p))
        out[k] = merge((base as Record<string, unknown>)[k], v);
      return out;
    }
    return p;
  };
  return merge(emptyEvaluation(TEMPLATE_VERSION), patch) as Evaluation;
}

/**
 * One expected finding, typescript-eslint's way: the message id and the location are required
 * (a finding with the right text on the wrong cell, or for the wrong reason, must fail); the
 * placeholder data is compared where given.
 */
export interface ExpectedError {
  messageId: string;
  /** Model paths of the cells, first the one marked. */
  paths: string[];
  /** Placeholder data the check reported; compared key by key where given. */
  data?: Record<string, string | number>;
  severity?: Finding["severity"];
  expected?: string;
  actual?: string;
  /** Substrings of the Chinese message. */
  says?: string[];
}

export interface Cases {
  valid: { name: string; model: Evaluation }[];
  invalid: { name: string; model: Evaluation; errors: ExpectedError[] }[];
}

/** The findings of one rule with the raw reports behind them, in order. */
function run(rule: Rule, model: Evaluation): { finding: Finding; report: Report }[] {
  const reports: Report[] = [];
  const spy: Rule = {
    meta: rule.meta,
    check: (ctx) =>
      rule.check({
        ...ctx,
        report: (r) => {
          reports.push(r);
          ctx.report(r);
        },
      }),
  };
  const findings = runRules(model, [spy]);
  // The engine may drop echoes of a unit slip: match the findings left to their reports in order.
  const out: { finding: Finding; report: Report }[] = [];
  let k = 0;
  for (const finding of findings) {
    while (k < reports.length && !sameFinding(toFinding(rule.meta, reports[k]), finding)) k++;
    out.push({ finding, report: reports[k++] ?? { messageId: "", cells: [] } });
  }
  return out;
}

const sameFinding = (a: Finding, b: Finding) => JSON.stringify(a) === JSON.stringify(b);

/** The model path of each cell, where the layout places one. */
function pathsOf(cells: CellRef[], model: Evaluation): string[] {
  const byCell = new Map(
    Object.entries(layoutLocations(model)).map(([p, c]) => [`${c.sheet}!${c.cell}`, p])
  );
  return cells.map((c) => byCell.get(`${c.sheet}!${c.cell}`) ?? `${c.sheet}!${c.cell ?? ""}`);
}

/** Table-driven rule tests in the manner of ESLint's RuleTester. */
export function ruleTester(rule: Rule, cases: Cases): void {
  describe(rule.meta.id, () => {
    expect(cases.valid.length).toBeGreaterThan(0);
    expect(cases.invalid.length).toBeGreaterThan(0);
    test.each(cases.valid.map((c) => [c.name, c.model] as const))("valid: %s", (_n, model) => {
      expect(runRules(model, [rule])).toEqual([]);
    });
    test.each(cases.invalid.map((c) => [c.name, c.model, c.errors] as const))(
      "invalid: %s",
      (name, model, errors) => {
        const found = run(rule, model);
        if (process.env.JIXIAO_RULE_RECORD) record(rule, name, model, found);
        expect(found.map((f) => f.finding.ruleId)).toEqual(errors.map(() => rule.meta.id));
        const where = layoutLocations(model);
        found.forEach(({ finding: f, report: r }, i) => {
          const e = errors[i];
          expect(f.message).not.toMatch(/\{\{|undefined|NaN|\[object/);
          expect(f.messageEn).not.toMatch(/\{\{|undefined|NaN|\[object/);
          expect(f.messageId).toBe(e.messageId);
          for (const p of e.paths) expect([p, where.get(p)]).toEqual([p, expect.anything()]);
          expect(f.cells).toEqual(e.paths.map((p) => where.get(p)));
          if (e.data) expect(r.data).toMatchObject(e.data);
          if (e.severity) expect(f.severity).toBe(e.severity);
          if (e.expected !== undefined) expect(f.expected).toBe(e.expected);
          if (e.actual !== undefined) expect(f.actual).toBe(e.actual);
          for (const s of e.says ?? []) expect(f.message).toContain(s);
        });
      }
    );
  });
}

/** Writes what each invalid case found (JIXIAO_RULE_RECORD=file), to help write expectations. */
function record(
  rule: Rule,
  name: string,
  model: Evaluation,
  found: { finding: Finding; report: Report }[]
): void {
  const line = JSON.stringify({
    rule: rule.meta.id,
    name,
    errors: found.map(({ finding, report }) => ({
      messageId: finding.messageId,
      paths: pathsOf(finding.cells, model),
      data: report.data,
    })),
  });
  writeFileSync(process.env.JIXIAO_RULE_RECORD!, `${line}\n`, { flag: "a" });
}
