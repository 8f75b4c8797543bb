/** Filled workbooks for the reviewer's tests and benchmark: the sample and variants of it. */
import type { Evaluation } from "../../src/model/evaluation";
import { completedSample, sampleModel } from "../helpers/workbooks";

/**
 * The sample with its errors put right: the total is basic + project, and the 财政拨款 column,
 * which the seed copied from another table, left blank (blank is not zero: nothing to compare).
 */
export function cleanModel(name = "邵阳市双清区示范单位", year = "2021"): Evaluation {
  const m = completedSample();
  m.profile.name = name;
  m.profile.year = year;
  m.expenditure.stated.total.actual = "234.98";
  m.profile.statedGrade = "优秀";
  delete m.profile.statedScore;
  for (const k of ["personnel", "public", "basic", "project", "total"] as const)
    delete m.expenditure.stated[k].fiscal;
  for (const item of m.expenditure.items) delete item.fiscal;
  for (const p of m.projects) delete p.fiscal;
  return m;
}

/** The sample itself under another name: the seed's errors and warnings. */
export function withErrors(name: string, year = "2021"): Evaluation {
  const m = sampleModel();
  m.profile.name = name;
  m.profile.year = year;
  return m;
}
