import "./zod"; // the message locale, before any schema
import * as z from "zod/mini";
import defaults from "./scoring-profile.default.json";

/**
 * The scoring profile (PRODUCT.md §4): one configuration file, scoring-profile.default.json,
 * whose every figure a finance bureau may change; docs/scoring.md explains it in Chinese.
 * Rates are fractions (1 = 100 %); "per point" means per percentage point, pro rata.
 */
export const Method = z.discriminatedUnion("kind", [
  /** Full points up to `threshold`; `perPoint` off for each percentage point above. */
  z.object({
    kind: z.literal("penaltyAbove"),
    threshold: z.number(),
    perPoint: z.number().check(z.nonnegative()),
  }),
  /** Full points from `threshold`; `perPoint` off for each percentage point below. */
  z.object({
    kind: z.literal("penaltyBelow"),
    threshold: z.number(),
    perPoint: z.number().check(z.nonnegative()),
  }),
  /** The first band whose `min` the rate reaches: a band "80–90%" is [80 %, 90 %). */
  z.object({
    kind: z.literal("bandsAtLeast"),
    bands: z.array(z.object({ min: z.number(), points: z.number() })).check(z.minLength(1)),
  }),
  /** The first band whose `max` the rate does not exceed, else `otherwise`. */
  z.object({
    kind: z.literal("bandsAtMost"),
    bands: z.array(z.object({ max: z.number(), points: z.number() })).check(z.minLength(1)),
    otherwise: z.number(),
  }),
  /** No year-end carry-over: `none`; not above last year's carry-over: `withinPrior`. */
  z.object({
    kind: z.literal("carryover"),
    none: z.number(),
    withinPrior: z.number(),
    otherwise: z.number(),
  }),
  /** points × min(rate, 100 %). */
  z.object({ kind: z.literal("proportional") }),
  /** The preparer's own points, typed on the 评分 sheet. */
  z.object({ kind: z.literal("assessed"), path: z.string() }),
  /** The 绩效指标 rows of these level-1 kinds, scaled to the indicator's points. */
  z.object({ kind: z.literal("indicators"), level1: z.array(z.string()).check(z.minLength(1)) }),
]);
export type Method = z.infer<typeof Method>;

export const LEVEL1 = ["投入", "过程", "产出", "效益"] as const;

export const ProfileIndicator = z.object({
  id: z.string(),
  level1: z.enum(LEVEL1),
  name: z.string(),
  points: z.number().check(z.positive()),
  method: Method,
  description: z.string(),
});
export type ProfileIndicator = z.infer<typeof ProfileIndicator>;

export const ScoringProfile = z.object({
  name: z.string(),
  sources: z.array(z.string()),
  /** Grade bands, highest first: a score earns the first grade whose `min` it reaches. */
  grades: z
    .array(z.object({ grade: z.enum(["优", "良", "中", "差"]), min: z.number() }))
    .check(z.minLength(1)),
  /** 三公经费变动率 compares budgets (the Ministry's framework) or actuals. */
  threePublicBase: z.enum(["budget", "actual"]),
  indicators: z.array(ProfileIndicator).check(z.minLength(1)),
  /** Share of a qualitative indicator's points for each band the preparer picks. */
  qualitativeShare: z.record(z.string(), z.number().check(z.gte(0), z.lte(1))),
  deductions: z.object({
    /** An actual beyond `ratio` × target means the target was set too low: −`points`. */
    targetTooLow: z.object({
      enabled: z.boolean(),
      ratio: z.number().check(z.gt(1)),
      points: z.number().check(z.nonnegative()),
    }),
    /** The total is capped by the budget execution rate. */
    executionCaps: z.object({
      enabled: z.boolean(),
      bands: z.array(z.object({ atLeast: z.number(), below: z.number(), cap: z.number() })),
    }),
  }),
});
export type ScoringProfile = z.infer<typeof ScoringProfile>;

export const DEFAULT_PROFILE: ScoringProfile = ScoringProfile.parse(defaults);

/** Where the profile a run scores with came from: --profile, the workbook's 评分方案, or neither. */
export type ProfileSource = "option" | "workbook" | "default";

export const PROFILE_SOURCE_LABEL: Record<ProfileSource, { zh: string; en: string }> = {
  option: { zh: "命令行指定", en: "given by --profile" },
  workbook: { zh: "工作簿所带", en: "carried by the workbook" },
  default: { zh: "默认方案，工作簿未带", en: "the default; the workbook carries none" },
};

/** The profile a run used, as results and the reviewer's batch report it. */
export interface ProfileSummary {
  name: string;
  source: ProfileSource;
  /** 8 hex digits over the profile's JSON: tells a bureau's profile from an edited copy. */
  digest: string;
}

/** FNV-1a over UTF-16 code units: stable, dependency-free, enough to tell profiles apart. */
export function profileDigest(profile: ScoringProfile): string {
  let hash = 0x811c9dc5;
  for (const ch of JSON.stringify(profile)) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
