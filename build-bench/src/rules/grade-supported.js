"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const rule_1 = require("./core/rule");
const relations_1 = require("./core/relations");
const score_1 = require("./scoring/score");
const helpers_1 = require("./core/helpers");
/** 优秀/良好/中等/较差 are the same grades as 优/良/中/差. */
const SHORT = {
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
 * The stated 自评等级 (and 自评得分) against the score the profile gives the figures: a grade
 * the figures do not support is what the bureau will change.
 */
exports.default = (0, rule_1.defineRule)({
    meta: {
        id: "grade-supported",
        category: "scoring",
        severity: "error",
        description: "The stated grade (and score) agree with the score computed by the scoring profile; a grade stated while the score is incomplete is a warning naming what is missing.",
        messages: {
            incomplete: {
                zh: "自评等级“{{stated}}”尚无完整评分支持：评分表中{{count}}项指标缺少数据（{{missing}}），已计得分 {{earned}} 分。请补齐后再确定等级。",
                en: "The stated grade “{{stated}}” is not yet supported by a complete score: {{lackingEn}} data ({{missingEn}}); {{earned}} points so far.",
            },
            gradeDiffers: {
                zh: "自评等级“{{stated}}”与按评分方案计算的结果不符：总分 {{score}} 分，应为“{{grade}}”。",
                en: "The stated grade “{{stated}}” differs from the computed one: {{score}} points make “{{grade}}”.",
            },
            scoreDiffers: {
                zh: "自评得分填报 {{stated}} 分，按评分方案计算为 {{score}} 分。",
                en: "The stated score is {{stated}}, the scoring profile gives {{score}}.",
            },
        },
    },
    check({ model, profile, at, report }) {
        const stated = model.profile.statedGrade;
        const statedScore = model.profile.statedScore;
        if (stated === undefined && statedScore === undefined)
            return;
        const result = (0, score_1.score)(model, profile);
        if (!result.complete || result.total === undefined) {
            if (stated === undefined)
                return;
            const names = result.indicators.filter((i) => i.earned === undefined).map((i) => i.name);
            report({
                messageId: "incomplete",
                severity: "warning",
                data: {
                    stated,
                    count: names.length,
                    lackingEn: (0, helpers_1.counted)(names.length, "indicator lacks", "indicators lack"),
                    missing: names.join("、"),
                    missingEn: names.join(", "),
                    earned: (0, relations_1.show)(result.earned),
                },
                cells: [at("profile.statedGrade")],
                expected: "完整评分",
                actual: `缺少 ${names.length} 项`,
            });
            return;
        }
        const total = result.total;
        if (stated !== undefined && SHORT[stated] !== result.grade) {
            report({
                messageId: "gradeDiffers",
                data: { stated, score: (0, relations_1.show)(total), grade: result.grade },
                cells: [at("profile.statedGrade")],
                expected: result.grade,
                actual: stated,
            });
        }
        // The stated score is rounded as stated: 85 stands for 84.5–85.5.
        if (statedScore !== undefined && !(0, relations_1.overlaps)((0, relations_1.interval)(statedScore), (0, relations_1.exact)(total))) {
            report({
                messageId: "scoreDiffers",
                severity: "warning",
                data: { stated: statedScore, score: (0, relations_1.show)(total) },
                cells: [at("profile.statedScore")],
                expected: (0, relations_1.show)(total),
                actual: statedScore,
            });
        }
    },
});
