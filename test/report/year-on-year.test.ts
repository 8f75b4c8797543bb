import type { Evaluation } from "../../src/model/evaluation";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { RULES, runRules } from "../../src/rules";
import { score } from "../../src/rules/scoring/score";
import type { ReportDocument } from "../../src/report/document";
import { buildReport } from "../../src/report/narrative";
import { changeClause } from "../../src/report/year-on-year";
import { DEFAULT_NUMBERS } from "../../src/report/numbers";
import { sampleModel } from "../helpers/workbooks";

function report(m: Evaluation): ReportDocument {
  const scored = score(m, DEFAULT_PROFILE);
  return buildReport(m, runRules(m, RULES, undefined, DEFAULT_PROFILE), scored);
}
const body = (doc: ReportDocument) =>
  doc.blocks.map((b) => ("text" in b && typeof b.text === "string" ? b.text : "")).join("\n");

/** The sample with last year's figures, as a unit that states them fills 上年对比 and 三公. */
function withLastYear(): Evaluation {
  const m = sampleModel();
  m.income = {
    total: "512.40",
    fiscalGeneral: "512.40",
    previousTotal: "451.20",
    previousFiscal: "451.20",
  };
  m.yearOnYear = {
    previous: { total: "220.00", basic: "212.00", project: "8.00" },
    changes: { incomeTotal: { amount: "61.20", rate: "0.1356" } },
  };
  m.threePublic.previous.reception.actual = "0.73";
  m.threePublic.previous.vehicleRunning.actual = "0.00";
  return m;
}

describe("§二 states the change on last year where the workbook has it", () => {
  test("the sample, with no last year, says nothing about it", () => {
    expect(body(report(sampleModel()))).not.toMatch(/较上年|与上年持平/);
  });

  test("a stated change is written as stated; others are computed from the two years", () => {
    const text = body(report(withLastYear()));
    expect(text).toContain("本年收入合计512.40万元，较上年增加61.20万元，增长13.56%");
    // 财政拨款 has no stated change: 512.40 − 451.20 = 61.20, ÷ 451.20 = 13.56%.
    expect(text).toContain("其中财政拨款收入512.40万元，较上年增加61.20万元，增长13.56%");
    expect(text).toContain("基本支出226.98万元，较上年增加14.98万元，增长7.07%");
    expect(text).toContain("公务接待费支出决算0.31万元，较上年减少0.42万元，下降57.53%");
  });

  test("from a zero base the amount is given, never a rate; no change reads 持平", () => {
    const m = withLastYear();
    m.threePublic.current.vehicleRunning.actual = "1.20";
    const text = body(report(m));
    expect(text).toContain("其中公务用车运行维护费较上年增加1.20万元；");
    expect(changeClause(sampleModel(), "reception", DEFAULT_NUMBERS)).toBe("");
    const flat = withLastYear();
    flat.yearOnYear!.previous!.project = "8.00";
    expect(body(report(flat))).toContain("项目支出8.00万元，与上年持平");
  });

  test("the sentences pass the report's own figure checks (narrative rules)", () => {
    const m = withLastYear();
    const doc = report(m);
    const narrative = doc.blocks
      .filter((b) => b.kind === "paragraph")
      .map((b) => ("text" in b ? b.text : ""));
    const narrativeFindings = (text: string) =>
      runRules(
        { ...m, narrative: { ...m.narrative, management: text, achievements: [] } },
        RULES,
        undefined,
        DEFAULT_PROFILE
      ).filter((f) => f.ruleId.startsWith("narrative-"));
    const text = narrative.join("\n");
    expect(narrativeFindings(text)).toEqual([]);
    // The check is not idle: the same sentence with a wrong rate is caught.
    const tampered = text.replace("增长7.07%", "增长9.07%");
    expect(tampered).not.toBe(text);
    expect(narrativeFindings(tampered).map((f) => f.ruleId)).toEqual(["narrative-growth"]);
  });
});
