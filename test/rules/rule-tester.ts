import { emptyEvaluation, type Evaluation } from "../../src/model/evaluation";
import type { Finding } from "../../src/model/finding";
import { layoutLocations } from "../../src/layout/locations";
import { TEMPLATE_VERSION } from "../../src/layout";
import { runRules } from "../../src/rules/core/engine";
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

export interface ExpectedError {
  messageId?: string;
  /** Model paths of the cells, first the one marked. */
  paths?: string[];
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
      (_n, model, errors) => {
        const findings = runRules(model, [rule]);
        expect(findings.map((f) => f.ruleId)).toEqual(errors.map(() => rule.meta.id));
        const where = layoutLocations(model);
        findings.forEach((f, i) => {
          const e = errors[i];
          expect(f.message).not.toMatch(/\{\{/);
          expect(f.messageEn).not.toMatch(/\{\{/);
          if (e.messageId) expect(f.messageId).toBe(e.messageId);
          if (e.severity) expect(f.severity).toBe(e.severity);
          if (e.paths) expect(f.cells).toEqual(e.paths.map((p) => where[p]));
          if (e.expected !== undefined) expect(f.expected).toBe(e.expected);
          if (e.actual !== undefined) expect(f.actual).toBe(e.actual);
          for (const s of e.says ?? []) expect(f.message).toContain(s);
        });
      }
    );
  });
}
