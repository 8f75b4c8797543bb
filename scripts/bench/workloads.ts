import { readFileSync } from "node:fs";
import { Evaluation } from "../../src/model/evaluation";
import { templateXlsx } from "../../src/cli/template";

export const sampleModel = (): Evaluation =>
  Evaluation.parse(JSON.parse(readFileSync("assets/sample.json", "utf8")));

const times = <T>(list: T[], k: number): T[] => Array.from({ length: k }, () => list).flat();

/** The sample with every list k times as long (figures as they are: totals then disagree). */
export function scaled(k: number, m: Evaluation = sampleModel()): Evaluation {
  const out = structuredClone(m);
  out.expenditure.items = times(m.expenditure.items, k);
  out.projects = times(m.projects, k);
  out.indicators = times(m.indicators, k);
  out.profile.internalBodies = times(m.profile.internalBodies, k);
  out.profile.duties = times(m.profile.duties, k);
  out.narrative.achievements = times(m.narrative.achievements, k);
  return out;
}

/** The sample with exactly `n` indicator rows. */
export function withIndicators(n: number): Evaluation {
  const m = sampleModel();
  const out = structuredClone(m);
  out.indicators = Array.from({ length: n }, (_, i) => m.indicators[i % m.indicators.length]);
  return out;
}

export const workbookOf = (m: Evaluation): Promise<Buffer> => templateXlsx(m);
