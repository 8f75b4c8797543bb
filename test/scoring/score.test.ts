import { Decimal } from "../../src/model/decimal";
import type { Evaluation } from "../../src/model/evaluation";
import { DEFAULT_PROFILE, ScoringProfile } from "../../src/model/scoring-profile";
import { gradeOf, pointsFor, score } from "../../src/rules/scoring/score";
import { completedSample, sampleModel } from "../helpers/workbooks";

const method = (id: string) => DEFAULT_PROFILE.indicators.find((i) => i.id === id)!;
const pts = (id: string, rate: string) =>
  pointsFor(method(id).method, new Decimal(method(id).points), new Decimal(rate))
    .toDecimalPlaces(2)
    .toNumber();
const earned = (m: Evaluation, id: string) =>
  score(m, DEFAULT_PROFILE).indicators.find((i) => i.id === id)!;

describe("the default profile's worked figures (issue 5)", () => {
  test("在职 136 of 编制 143 → 95.10% → full points", () => {
    expect(new Decimal(136).div(143).times(100).toFixed(2)).toBe("95.10");
    expect(pts("staffControl", new Decimal(136).div(143).toString())).toBe(5);
  });
  test("在职 6 of 编制 5 → 120% → max(0, 5 − 0.5 × 20) = 0", () => {
    expect(pts("staffControl", "1.2")).toBe(0);
    expect(pts("staffControl", "1.04")).toBe(3);
  });
  test("三公 budget 63.46 against 32 the year before → +98.31% → 0 of 5", () => {
    const change = new Decimal("63.46").div(32).minus(1);
    expect(change.times(100).toFixed(2)).toBe("98.31");
    expect(pts("threePublicChange", change.toString())).toBe(0);
    expect(pts("threePublicChange", "-0.1")).toBe(5);
    expect(pts("threePublicChange", "0.04")).toBe(3);
  });
  test("追加 767.86 on 年初 1922.76 → 39.94% → 0 of 3; the adjustment bands", () => {
    const rate = new Decimal("767.86").div("1922.76");
    expect(rate.times(100).toFixed(2)).toBe("39.94");
    expect(pts("adjustment", rate.toString())).toBe(0);
    expect([
      pts("adjustment", "0"),
      pts("adjustment", "0.1"),
      pts("adjustment", "0.1001"),
      pts("adjustment", "0.3"),
    ]).toEqual([3, 2, 1, 0.5]);
  });
  test("execution 483.22 / 487.24 = 99.17% → 8 − 0.4 × 0.83 = 7.67", () => {
    const rate = new Decimal("483.22").div("487.24");
    expect(rate.times(100).toFixed(2)).toBe("99.17");
    expect(pts("execution", rate.toString())).toBe(7.67);
    expect(pts("execution", "0.95")).toBe(6); // −2 per 5 points
  });
  test("key spending bands are [min, next): 90% → 5, 89.99% → 4, 59% → 0", () => {
    expect([
      pts("keySpending", "0.9"),
      pts("keySpending", "0.8999"),
      pts("keySpending", "0.8"),
      pts("keySpending", "0.59"),
    ]).toEqual([5, 4, 4, 0]);
  });
  test("三公 control −1 per point over; procurement 3 × min(rate, 100%)", () => {
    expect([
      pts("threePublicControl", "1"),
      pts("threePublicControl", "1.025"),
      pts("threePublicControl", "1.2"),
    ]).toEqual([6, 3.5, 0]);
    expect([pts("procurement", "0.95"), pts("procurement", "1.2")]).toEqual([2.85, 3]);
  });
  test("grade bands", () => {
    expect(
      ["90", "89.99", "80", "60", "59.99"].map((s) => gradeOf(new Decimal(s), DEFAULT_PROFILE))
    ).toEqual(["优", "良", "良", "中", "差"]);
  });
});

describe("scoring the sample", () => {
  test("the sample as the seed states it is incomplete, naming what is missing", () => {
    const r = score(sampleModel(), DEFAULT_PROFILE);
    expect(r.complete).toBe(false);
    expect(r.total).toBeUndefined();
    expect(r.missing.join("；")).toContain("全年预算");
    expect(r.missing.join("；")).toContain("效益指标");
    expect(earned(sampleModel(), "staffControl").earned?.toNumber()).toBe(5); // 10 of 11
    // 13 产出 indicators, all met, four with targets set too low: 30 − 4 × 2.
    expect(earned(sampleModel(), "outputs").earned?.toNumber()).toBe(22);
  });

  test("completed, it has a total and a grade", () => {
    const r = score(completedSample(), DEFAULT_PROFILE);
    expect(r.missing).toEqual([]);
    const by = Object.fromEntries(
      r.indicators.map((i) => [i.id, i.earned?.toDecimalPlaces(2).toNumber()])
    );
    expect(by).toEqual({
      staffControl: 5,
      threePublicChange: 5, // 0.50 against 0.60: −16.7%
      keySpending: 5,
      execution: 6.64, // 226.98 / 234.98 = 96.60%
      adjustment: 2, // 6.98 / 228.00 = 3.06%
      carryover: 3,
      threePublicControl: 6, // 0.31 of 0.50
      procurement: 2.85,
      managementSystems: 4,
      fundCompliance: 4,
      disclosure: 2,
      assetManagement: 2,
      outputs: 22,
      outcomes: 20,
    });
    expect(r.total?.toDecimalPlaces(2).toNumber()).toBe(89.49);
    expect(r.grade).toBe("良");
    expect(r.cap).toBeUndefined();
  });

  test("changing one figure moves the score as the profile says", () => {
    const base = score(completedSample(), DEFAULT_PROFILE).total!;
    const m = completedSample();
    m.expenditure.execution.procurementActual = "8.00"; // 80% → 2.4 instead of 2.85
    expect(score(m, DEFAULT_PROFILE).total!.minus(base).toNumber()).toBe(-0.45);
    const n = completedSample();
    n.profile.people.active = "12"; // 12 of 11 → 109.09% → 5 − 0.5 × 9.09
    expect(earned(n, "staffControl").earned?.toDecimalPlaces(2).toNumber()).toBe(0.45);
    const q = completedSample();
    q.indicators[0].actual = "3000"; // 3000 of 3746: not met, 80.09% of its share
    const share = new Decimal(30).div(13);
    const expected = share.times(new Decimal(3000).div(3746)).minus(share);
    expect(score(q, DEFAULT_PROFILE).total!.minus(base).toDecimalPlaces(4).toNumber()).toBe(
      expected.toDecimalPlaces(4).toNumber()
    );
  });

  test("a low execution rate caps the total", () => {
    const m = completedSample();
    m.expenditure.stated.basic.budgetAdjusted = "290.00"; // 226.98 / 298 = 76.2%
    const r = score(m, DEFAULT_PROFILE);
    expect(r.cap?.cap).toBe(89);
    expect(r.total!.lte(89)).toBe(true);
    const lower = completedSample();
    lower.expenditure.stated.basic.budgetAdjusted = "400.00"; // 55.6%
    const capped = score(lower, DEFAULT_PROFILE);
    expect(capped.cap?.cap).toBe(69);
    expect(capped.total!.toNumber()).toBe(Math.min(69, capped.earned.toNumber()));
  });

  test("deductions are switchable", () => {
    const off = ScoringProfile.parse({
      ...DEFAULT_PROFILE,
      deductions: {
        ...DEFAULT_PROFILE.deductions,
        targetTooLow: { ...DEFAULT_PROFILE.deductions.targetTooLow, enabled: false },
      },
    });
    expect(
      score(sampleModel(), off)
        .indicators.find((i) => i.id === "outputs")!
        .earned!.toNumber()
    ).toBe(30);
  });

  test("the 三公 base may be actuals", () => {
    const actual = ScoringProfile.parse({ ...DEFAULT_PROFILE, threePublicBase: "actual" });
    const r = score(completedSample(), actual).indicators.find(
      (i) => i.id === "threePublicChange"
    )!;
    expect(r.rate?.toDecimalPlaces(4).toNumber()).toBe(
      new Decimal("0.31").div("0.45").minus(1).toDecimalPlaces(4).toNumber()
    );
  });
});

describe("unit slips are never scored (issue 12)", () => {
  test("支出总计 typed in 元: 预算执行率 unscored and says why; the score does not rise", () => {
    const m = completedSample();
    m.expenditure.stated.total.actual = "2349800"; // 234.98 typed in 元
    m.expenditure.stated.total.budgetAdjusted = "234.98";
    const r = score(m, DEFAULT_PROFILE);
    const execution = r.indicators.find((i) => i.id === "execution")!;
    expect(execution.earned).toBeUndefined();
    expect(execution.note).toContain("支出总计（实际支出）");
    expect(execution.note).toContain("疑为按元填写");
    expect(r.complete).toBe(false);
    expect(r.total).toBeUndefined();
    expect(r.cap).toBeUndefined();
    expect(r.earned.lte(score(completedSample(), DEFAULT_PROFILE).earned)).toBe(true);
  });

  test("a project's 实际支出 typed in 元: 重点支出安排率 unscored; the rest still scored", () => {
    const m = completedSample();
    m.projects[0].actual = "80000"; // 8 typed in 元, against a budget of 8.00
    const r = score(m, DEFAULT_PROFILE);
    const key = r.indicators.find((i) => i.id === "keySpending")!;
    expect(key.earned).toBeUndefined();
    expect(key.missing.join()).toContain("实际支出");
    expect(r.indicators.find((i) => i.id === "staffControl")!.earned?.toNumber()).toBe(5);
    expect(r.earned.lte(score(completedSample(), DEFAULT_PROFILE).earned)).toBe(true);
  });

  test("a 三公 actual typed in 元 leaves 三公经费控制率 unscored, not the budget-based change", () => {
    const m = completedSample();
    m.threePublic.current.reception.actual = "3100";
    const r = score(m, DEFAULT_PROFILE);
    expect(r.indicators.find((i) => i.id === "threePublicControl")!.earned).toBeUndefined();
    expect(r.indicators.find((i) => i.id === "threePublicChange")!.earned?.toNumber()).toBe(5);
  });
});

/** The sample with only 支出总计 stated: no items, projects or 基本/项目 split. */
function totalsOnly() {
  const m = completedSample();
  m.expenditure.items = [];
  m.projects = [];
  m.expenditure.stated = {
    personnel: {},
    public: {},
    basic: {},
    project: {},
    total: { budgetInitial: "228.00", budgetAdjusted: "234.98", actual: "226.98" },
  };
  return m;
}

describe("rates from totals (issue 15 item 5)", () => {
  test("only 支出总计 stated, no 基本/项目 split: execution and adjustment are scored on it", () => {
    const m = totalsOnly();
    const r = score(m, DEFAULT_PROFILE);
    const by = (id: string) => r.indicators.find((i) => i.id === id)!;
    expect(by("execution").earned?.toDecimalPlaces(2).toNumber()).toBe(6.64); // 96.60 %
    expect(by("adjustment").earned?.toNumber()).toBe(2); // 6.98 / 228 = 3.06 %
    expect(r.missing.join("；")).not.toMatch(/全年预算|年初预算|实际支出/);
  });
});

describe("the note says when a rate stands on the totals (issue 15 item 5)", () => {
  test("totals only: the 说明 of execution and adjustment says 按支出总计计算", () => {
    const m = totalsOnly();
    expect(earned(m, "execution").note).toBe("96.6%，按支出总计计算（未分基本/项目）");
    expect(earned(m, "adjustment").note).toBe("3.06%，按支出总计计算（未分基本/项目）");
  });
  test("with the split the 说明 is the rate alone", () => {
    expect(earned(completedSample(), "execution").note).toBe("96.6%");
    expect(earned(completedSample(), "adjustment").note).toBe("3.06%");
  });
  test("a missing total names what is really missing", () => {
    const m = totalsOnly();
    m.expenditure.stated.total = { actual: "226.98" };
    expect(earned(m, "execution").missing).toEqual(["全年预算（支出总计，或基本、项目支出）"]);
    // A model is read once and never changed (its derived figures are kept per model): a copy.
    const withProjects = structuredClone(m);
    withProjects.projects = [{ name: "项目甲", budgetAdjusted: "52.00", actual: "50.00" }];
    expect(earned(withProjects, "execution").missing).toEqual([
      "基本支出的全年预算（或支出总计的全年预算）",
    ]);
    expect(earned(withProjects, "execution").note).toBe(
      "缺少：基本支出的全年预算（或支出总计的全年预算）"
    );
  });
  test("total adjustment blank, basic and project adjustments stated: their sum, and the note says so", () => {
    const m = completedSample();
    m.expenditure.execution.additions = undefined;
    m.expenditure.execution.additionsBasic = "2.98";
    m.expenditure.execution.additionsProject = "4.00";
    const adjustment = earned(m, "adjustment");
    expect(adjustment.earned?.toNumber()).toBe(2); // 6.98 / 228.00 = 3.06 %
    expect(adjustment.note).toBe("3.06%，追加/调整按基本、项目支出之和");
    const basicOnly = structuredClone(m); // a model is scored once: change a copy
    basicOnly.expenditure.execution.additionsProject = undefined;
    expect(earned(basicOnly, "adjustment").missing).toEqual(["本年追加/调整预算"]);
  });
});
