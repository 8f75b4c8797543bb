"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PROFILE = exports.ScoringProfile = exports.ProfileIndicator = exports.LEVEL1 = exports.Method = void 0;
const zod_1 = require("zod");
const scoring_profile_default_json_1 = __importDefault(require("./scoring-profile.default.json"));
/**
 * The scoring profile (PRODUCT.md §4): one configuration file, scoring-profile.default.json,
 * whose every figure a finance bureau may change; docs/scoring.md explains it in Chinese.
 * Rates are fractions (1 = 100 %); "per point" means per percentage point, pro rata.
 */
exports.Method = zod_1.z.discriminatedUnion("kind", [
    /** Full points up to `threshold`; `perPoint` off for each percentage point above. */
    zod_1.z.object({
        kind: zod_1.z.literal("penaltyAbove"),
        threshold: zod_1.z.number(),
        perPoint: zod_1.z.number().nonnegative(),
    }),
    /** Full points from `threshold`; `perPoint` off for each percentage point below. */
    zod_1.z.object({
        kind: zod_1.z.literal("penaltyBelow"),
        threshold: zod_1.z.number(),
        perPoint: zod_1.z.number().nonnegative(),
    }),
    /** The first band whose `min` the rate reaches: a band "80–90%" is [80 %, 90 %). */
    zod_1.z.object({
        kind: zod_1.z.literal("bandsAtLeast"),
        bands: zod_1.z.array(zod_1.z.object({ min: zod_1.z.number(), points: zod_1.z.number() })).min(1),
    }),
    /** The first band whose `max` the rate does not exceed, else `otherwise`. */
    zod_1.z.object({
        kind: zod_1.z.literal("bandsAtMost"),
        bands: zod_1.z.array(zod_1.z.object({ max: zod_1.z.number(), points: zod_1.z.number() })).min(1),
        otherwise: zod_1.z.number(),
    }),
    /** No year-end carry-over: `none`; not above last year's carry-over: `withinPrior`. */
    zod_1.z.object({
        kind: zod_1.z.literal("carryover"),
        none: zod_1.z.number(),
        withinPrior: zod_1.z.number(),
        otherwise: zod_1.z.number(),
    }),
    /** points × min(rate, 100 %). */
    zod_1.z.object({ kind: zod_1.z.literal("proportional") }),
    /** The preparer's own points, typed on the 评分 sheet. */
    zod_1.z.object({ kind: zod_1.z.literal("assessed"), path: zod_1.z.string() }),
    /** The 绩效指标 rows of these level-1 kinds, scaled to the indicator's points. */
    zod_1.z.object({ kind: zod_1.z.literal("indicators"), level1: zod_1.z.array(zod_1.z.string()).min(1) }),
]);
exports.LEVEL1 = ["投入", "过程", "产出", "效益"];
exports.ProfileIndicator = zod_1.z.object({
    id: zod_1.z.string(),
    level1: zod_1.z.enum(exports.LEVEL1),
    name: zod_1.z.string(),
    points: zod_1.z.number().positive(),
    method: exports.Method,
    description: zod_1.z.string(),
});
exports.ScoringProfile = zod_1.z.object({
    name: zod_1.z.string(),
    sources: zod_1.z.array(zod_1.z.string()),
    /** Grade bands, highest first: a score earns the first grade whose `min` it reaches. */
    grades: zod_1.z.array(zod_1.z.object({ grade: zod_1.z.enum(["优", "良", "中", "差"]), min: zod_1.z.number() })).min(1),
    /** 三公经费变动率 compares budgets (the Ministry's framework) or actuals. */
    threePublicBase: zod_1.z.enum(["budget", "actual"]),
    indicators: zod_1.z.array(exports.ProfileIndicator).min(1),
    /** Share of a qualitative indicator's points for each band the preparer picks. */
    qualitativeShare: zod_1.z.record(zod_1.z.string(), zod_1.z.number().min(0).max(1)),
    deductions: zod_1.z.object({
        /** An actual beyond `ratio` × target means the target was set too low: −`points`. */
        targetTooLow: zod_1.z.object({
            enabled: zod_1.z.boolean(),
            ratio: zod_1.z.number().gt(1),
            points: zod_1.z.number().nonnegative(),
        }),
        /** The total is capped by the budget execution rate. */
        executionCaps: zod_1.z.object({
            enabled: zod_1.z.boolean(),
            bands: zod_1.z.array(zod_1.z.object({ atLeast: zod_1.z.number(), below: zod_1.z.number(), cap: zod_1.z.number() })),
        }),
    }),
});
exports.DEFAULT_PROFILE = exports.ScoringProfile.parse(scoring_profile_default_json_1.default);
