import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";
import { capitalized } from "./core/helpers";
import { projectLabel } from "./core/labels";
import { gradeOf, type Grade } from "./scoring/score";

/** 优秀/良好/中等/较差 are the same grades as 优/良/中/差. */
const SHORT: Record<string, Grade> = {
  优: "优",
  优秀: "优",
  良: "良",
  良好: "良",
  中: "中",
  中等: "中",
  差: "差",
  较差: "差",
};

/**
 * A project's 自评得分 and 自评等级 as the report states them (template 1.5, “项目自评得分95分，
 * 评价等级为优”): a score is out of 100, and the grade is the one the profile's bands give it.
 */
export default defineRule({
  meta: {
    id: "project-score",
    category: "scoring",
    severity: "error",
    description:
      "A project's stated 自评得分 lies within 0–100, and its stated 自评等级 is the grade the scoring profile's bands give that score (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 by default).",
    blanks: "A grade without a score, or a score without a grade, is compared with nothing.",
    messages: {
      outOfRange: {
        zh: "{{project}}自评得分填报 {{score}} 分，超出 0–100 分的范围，请核对。",
        en: "{{projectEn}}: the self-assessed score {{score}} is outside 0–100.",
      },
      gradeDiffers: {
        zh: "{{project}}自评得分 {{score}} 分，应为“{{grade}}”，但自评等级填报“{{stated}}”。",
        en: "{{projectEn}}: a score of {{score}} makes “{{grade}}”, but the grade is stated as “{{stated}}”.",
      },
    },
  },
  check({ model, profile, at, report }) {
    model.projects.forEach((p, i) => {
      if (p.score === undefined) return;
      const label = projectLabel(model, i);
      // Written as reports write it: 95 分, not the amount cell's 95.00.
      const written = new Decimal(p.score).toFixed();
      const data = { project: label.zh, projectEn: capitalized(label.en), score: written };
      const score = new Decimal(p.score);
      if (score.isNegative() || score.gt(100)) {
        report({
          messageId: "outOfRange",
          data,
          cells: [at(`projects.${i}.score`)],
          expected: "0–100",
          actual: p.score,
        });
        return;
      }
      if (p.grade === undefined) return;
      const grade = gradeOf(score, profile);
      if (SHORT[p.grade] === grade) return;
      report({
        messageId: "gradeDiffers",
        data: { ...data, grade, stated: p.grade },
        cells: [at(`projects.${i}.grade`), at(`projects.${i}.score`)],
        expected: grade,
        actual: p.grade,
      });
    });
  },
});
