import type { Evaluation } from "../../model/evaluation";

/** A passage of prose the unit wrote, with the model path of its cell. */
export interface Passage {
  path: string;
  text: string;
}

/** Every passage of 文字材料 and each project's 用途/成效, in workbook order. */
export function narrativePassages(model: Evaluation): Passage[] {
  const n = model.narrative;
  const out: Passage[] = [];
  const add = (path: string, text: string | undefined) => {
    if (text?.trim()) out.push({ path, text });
  };
  add("narrative.overallGoal", n.overallGoal);
  add("narrative.goalCompletion", n.goalCompletion);
  add("narrative.management", n.management);
  n.achievements.forEach((a, i) => add(`narrative.achievements.${i}.text`, a.text));
  n.problems.forEach((t, i) => add(`narrative.problems.${i}`, t));
  n.suggestions.forEach((t, i) => add(`narrative.suggestions.${i}`, t));
  model.projects.forEach((p, i) => {
    add(`projects.${i}.purpose`, p.purpose);
    add(`projects.${i}.result`, p.result);
  });
  return out;
}
