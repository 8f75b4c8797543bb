import type { Evaluation } from "../../src/model/evaluation";
import { evaluation } from "../rules/rule-tester";

/** A model whose only prose is one 工作成效 paragraph (and optionally a 存在问题 line). */
export function prose(text: string, problem?: string): Evaluation {
  return evaluation({
    narrative: {
      achievements: [{ topic: "稳步推进就业创业工作", text }],
      problems: problem === undefined ? [] : [problem],
    },
  });
}

export const PARAGRAPH = "narrative.achievements.0.text";
