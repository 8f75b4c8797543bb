import { readFileSync } from "node:fs";
import { Evaluation } from "../../src/model/evaluation";
import { layoutLocations } from "../../src/layout/locations";
import { RULES, runRules } from "../../src/rules";
import sharesSum from "../../src/rules/shares-sum";
import {
  atMost,
  ratioCheck,
  sameFigure,
  show,
  sum,
  sumHolds,
} from "../../src/rules/core/relations";
import { evaluation } from "./rule-tester";

/**
 * The whole catalog on the seed (assets/sample.json). Its findings, as of this writing:
 *
 * error total-expenditure expenditure.stated.total.actual (支出汇总!H8)
 *   支出总计（实际支出）填报 226.98 万元，但基本支出 226.98 万元 + 项目支出 8.00 万元 = 234.98 万元（相差 -8）。
 *   支出总计应等于基本支出与项目支出之和。
 * error fiscal-within-actual expenditure.stated.basic.fiscal (支出汇总!K6)
 *   基本支出中财政拨款 421.30 万元（人员 299.95、公用 121.35）超过实际支出 226.98 万元（人员 125.94、公用 101.04）。
 *   财政拨款是实际支出的一部分，不能大于实际支出；请核对两列是否取自决算表的同一行、同一口径。
 *
 * and, of the 绩效指标, the four targets the bureau would call too low (actual ≥ 130 % of target):
 *
 * warning indicator-target-too-low indicators.5.target (政府补贴性职业技能培训 2300 → 4405, 191.5 %)
 * warning indicator-target-too-low indicators.6.target (农村转移就业劳动者培训 360 → 2366, 657.2 %)
 * warning indicator-target-too-low indicators.7.target (贫困劳动力培训 250 → 628, 251.2 %)
 * warning indicator-target-too-low indicators.10.target (企业职工基本养老保险基金征缴 4436 → 19179 万元, 432.3 %)
 *
 * Everything else holds: 编制 10+0+0+1 = 11, 实有 10+0+13 = 23, 6 bodies, 在职 10 ≤ 11, report dated
 * 2022 for 2021, 人员 items = 125.94, 公用 items = 101.04, 基本 125.94 + 101.04 = 226.98 and
 * 299.95 + 121.35 = 421.30, projects 8 = 8, shares 71.2 % ~ 71 % and 28.8 % ~ 29 %, 71 % + 29 %,
 * project 8 of 8 executed; no budgets, income or 三公 totals to check. All nine stated completion
 * rates hold (3821/3746 102 % … 355/355 100 %), every indicator is met (城镇登记失业率 4.3 ≤ 4.5),
 * all figures are numbers and none is 定性.
 */
const model = Evaluation.parse(JSON.parse(readFileSync("assets/sample.json", "utf8")));
const where = layoutLocations(model);

describe("the seed under every rule", () => {
  // The proofreading of its prose has its own test (proofread-template.test.ts).
  const findings = runRules(model, RULES).filter((f) => !f.ruleId.startsWith("proofread-"));

  test("exactly its two real inconsistencies, four targets set too low and an unsupported grade", () => {
    const row = (severity: string, ruleId: string, path: string) => [
      severity,
      ruleId,
      where.get(path)!.sheet,
      where.get(path)!.cell,
    ];
    expect(findings.map((f) => [f.severity, f.ruleId, f.sheet, f.cell])).toEqual([
      row("error", "total-expenditure", "expenditure.stated.total.actual"),
      row("error", "fiscal-within-actual", "expenditure.stated.basic.fiscal"),
      ...[5, 6, 7, 10].map((i) =>
        row("warning", "indicator-target-too-low", `indicators.${i}.target`)
      ),
      row("warning", "grade-supported", "profile.statedGrade"),
    ]);
  });

  test("the stated 良好 is not yet supported by a complete score, and says what is missing", () => {
    const f = findings.find((x) => x.ruleId === "grade-supported")!;
    expect(f.messageId).toBe("incomplete");
    for (const missing of [
      "三公经费变动率",
      "重点支出安排率",
      "预算执行率",
      "预算调整率",
      "结转结余控制",
      "三公经费控制率",
      "政府采购执行率",
      "管理制度健全性",
      "效益指标（含满意度）",
    ]) {
      expect(f.message).toContain(missing);
    }
    expect(f.message).not.toContain("在职人员控制率");
    expect(f.message).not.toContain("、产出指标");
  });

  test("the four too-low targets: 2300→4405, 360→2366, 250→628, 4436→19179", () => {
    const tooLow = findings.filter((f) => f.ruleId === "indicator-target-too-low");
    expect(tooLow.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      [where.get("indicators.5.target")!.cell, "< 130%", "191.5%"],
      [where.get("indicators.6.target")!.cell, "< 130%", "657.2%"],
      [where.get("indicators.7.target")!.cell, "< 130%", "251.2%"],
      [where.get("indicators.10.target")!.cell, "< 130%", "432.3%"],
    ]);
    expect(tooLow[3].message).toBe(
      "指标“企业职工基本养老保险基金征缴”目标值 4436 万元，实际完成 19179 万元，完成率 432.3%，达到或超过 130%，说明目标值定得偏低。按评分方案，财政局将对该指标扣 2 分。请核对目标值是否按年初申报填写；如确系超额完成，请在“偏差原因”栏说明。"
    );
  });

  test("226.98 stated as total while basic 226.98 + projects 8 give 234.98", () => {
    const f = findings[0];
    expect([f.expected, f.actual]).toEqual(["234.98", "226.98"]);
    expect(f.message).toContain("基本支出 226.98 万元 + 项目支出 8.00 万元 = 234.98 万元");
  });

  test("财政拨款 421.30 against 实际 226.98 is reported once, with its parts", () => {
    const f = findings[1];
    expect(f.message).toContain(
      "基本支出中财政拨款 421.30 万元（人员 299.95、公用 121.35）超过实际支出 226.98 万元（人员 125.94、公用 101.04）"
    );
    expect(f.cells).toEqual(
      [
        "basic.fiscal",
        "basic.actual",
        "personnel.fiscal",
        "personnel.actual",
        "public.fiscal",
        "public.actual",
      ].map((p) => where.get(`expenditure.stated.${p}`)!)
    );
  });

  test("no message shows binary floating-point noise", () => {
    for (const f of findings)
      expect(`${f.message} ${f.expected} ${f.actual}`).not.toMatch(/\d\.\d*0000|9999/);
  });
});

describe("rounding (PRODUCT.md §4): no wolf cried on rounding, no real error forgiven", () => {
  test("299.95 / 421.30 = 71.2 %: stated 71 % holds, 72 % and 70 % do not", () => {
    expect(ratioCheck("299.95", "421.30", "0.71").kind).toBe("holds");
    expect(ratioCheck("299.95", "421.3", "0.71").kind).toBe("holds");
    expect(ratioCheck("299.95", "421.30", "0.72").kind).toBe("differs");
    expect(ratioCheck("299.95", "421.30", "0.70").kind).toBe("differs");
    expect(ratioCheck("121.35", "421.30", "0.29").kind).toBe("holds");
  });

  test("3821 / 3746 = 102.0 %: stated 102 % holds, 101 % and 103 % do not", () => {
    expect(ratioCheck("3821", "3746", "1.02").kind).toBe("holds");
    expect(ratioCheck("3821", "3746", "1.01").kind).toBe("differs");
    expect(ratioCheck("3821", "3746", "1.03").kind).toBe("differs");
  });

  test("growth from zero is cannot compute, never 100 %", () => {
    expect(ratioCheck("5", "0", "1.00").kind).toBe("cannotCompute");
  });

  test("1.11 + 2.22 + 3.34 = 6.67: 6.65 … 6.69 hold, 6.64 and 6.70 do not", () => {
    for (const t of ["6.65", "6.66", "6.67", "6.68", "6.69", "6.7"])
      expect([t, sumHolds(["1.11", "2.22", "3.34"], t)]).toEqual([t, true]);
    for (const t of ["6.64", "6.70"])
      expect([t, sumHolds(["1.11", "2.22", "3.34"], t)]).toEqual([t, false]);
  });

  test("decimal sums: the seed's items give 125.94 and 101.04, where floats give 101.03999999999999", () => {
    expect(show(sum(["36.90", "22.76", "24.72", "12.64", "15.70", "2.28", "10.94"]))).toBe(
      "125.94"
    );
    expect(
      show(
        sum([
          "10.80",
          "6.35",
          "0.40",
          "1.50",
          "8.00",
          "19.24",
          "11.40",
          "4.10",
          "9.28",
          "26.67",
          "3.30",
        ])
      )
    ).toBe("101.04");
    expect(show(sum(["299.95", "121.35"]))).toBe("421.3");
  });

  test("15.70 and 15.7 are the same figure; 15.70 and 15.71 are not", () => {
    expect(sameFigure("15.70", "15.7")).toBe(true);
    expect(sameFigure("6.70", "6.7")).toBe(true);
    expect(sameFigure("15.70", "15.72")).toBe(false);
  });

  test("≤ with rounding: 0.304 ≤ 0.30 holds, 0.31 ≤ 0.30 does not (one value cannot round to both)", () => {
    expect(atMost("0.304", "0.30")).toBe(true);
    expect(atMost("0.31", "0.3")).toBe(true);
    expect(atMost("0.31", "0.30")).toBe(false);
    expect(atMost("421.30", "226.98")).toBe(false);
  });

  test("shares of the seed: 71 % + 29 % holds; a wrong share is one finding", () => {
    const withShares = (personnel: string, pub: string) => {
      const m = structuredClone(model);
      m.expenditure.shares = { basis: "财政拨款", personnel, public: pub };
      return runRules(m, RULES)
        .filter((f) => f.ruleId.startsWith("share"))
        .map((f) => `${f.ruleId} ${f.cells[0].cell}`);
    };
    const at = (p: string) => where.get(`expenditure.shares.${p}`)!.cell;
    expect(withShares("0.71", "0.29")).toEqual([]);
    expect(withShares("0.72", "0.29")).toEqual([`share-ratio ${at("personnel")}`]);
    expect(withShares("0.71", "0.30")).toEqual([`share-ratio ${at("public")}`]);
    // Without figures to compute on, only the sum can be checked.
    const bare = (personnel: string, pub: string) =>
      runRules(evaluation({ expenditure: { shares: { personnel, public: pub } } }), [
        sharesSum,
      ]).map((f) => f.ruleId);
    expect(bare("0.71", "0.29")).toEqual([]);
    expect(bare("0.71", "0.30")).toEqual([]); // 70.5 % + 29.5 %
    expect(bare("0.72", "0.30")).toEqual(["shares-sum"]);
  });
});

describe("blank is not zero (issue 15 item 6)", () => {
  const balanceFindings = (income: Evaluation["income"]) => {
    const m = structuredClone(model);
    m.income = income;
    return runRules(m, RULES).filter((f) => f.ruleId === "income-balance");
  };

  test("the sample with income stated and 上年结转, 年末结转结余 blank raises no error", () => {
    // Income above expenditure: the blank year-end balance may hold the rest.
    const above = balanceFindings({ fiscalGeneral: "250.00", total: "250.00" });
    expect(above.map((f) => f.severity)).toEqual(["info"]);
    expect(above[0].message).toContain(
      "年末结转结余未填；按收支平衡（上年结转 + 本年收入 = 支出 + 年末结转结余）至少应为 23.02 万元"
    );
    // Income below expenditure: the blank carry-over may make it up.
    const below = balanceFindings({ fiscalGeneral: "200.00", total: "200.00" });
    expect(below.map((f) => [f.severity, f.message.split("，")[0]])).toEqual([
      [
        "info",
        "上年结转未填；按收支平衡（上年结转 + 本年收入 = 支出 + 年末结转结余）至少应为 26.98 万元（年末结转结余未填",
      ],
    ]);
    // The filled figures balance by themselves (the seed's total stated 226.98): nothing.
    expect(balanceFindings({ total: "226.98" })).toEqual([]);
  });

  test("a stated carry-over that cannot balance, whatever the blank holds, is still an error", () => {
    const m = structuredClone(model);
    m.income = { total: "200.00" };
    m.expenditure.execution.carryoverPrior = "10.00";
    const found = runRules(m, RULES).filter((f) => f.ruleId === "income-balance");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
  });
});
