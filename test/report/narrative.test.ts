import type { Evaluation } from "../../src/model/evaluation";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { RULES, runRules } from "../../src/rules";
import { score } from "../../src/rules/scoring/score";
import type { Block, ReportDocument } from "../../src/report/document";
import { indicatorClause } from "../../src/report/indicators";
import { figuresOf } from "../../src/rules/core/figures";
import { buildReport, reportTitle } from "../../src/report/narrative";
import { DEFAULT_NUMBERS } from "../../src/report/numbers";
import {
  DOUBLED_PUNCTUATION,
  joinClauses,
  sentence,
  withoutNumbering,
} from "../../src/report/text";
import { sampleModel } from "../helpers/workbooks";
import { completeUnit, otherUnit } from "./units";

function report(m: Evaluation): ReportDocument {
  const scored = score(m, DEFAULT_PROFILE);
  const findings = runRules(m, RULES, undefined, DEFAULT_PROFILE);
  return buildReport(m, findings, scored);
}

const textOf = (b: Block) =>
  b.kind === "signature" ? b.lines.join("\n") : b.kind === "table" ? "" : b.text;
/** The body before the 落款, as the unit would submit it. */
const body = (doc: ReportDocument) =>
  doc.blocks
    .filter((b) => b.kind !== "signature")
    .map(textOf)
    .join("\n");

describe.each([
  ["the sample", sampleModel],
  ["a unit with a complete score", completeUnit],
  ["another unit", otherUnit],
])("the report of %s", (_name, make) => {
  const doc = report(make());
  const text = body(doc);

  test("never doubles punctuation where texts are joined", () => {
    for (const b of doc.blocks) expect(textOf(b)).not.toMatch(DOUBLED_PUNCTUATION);
  });

  test("holds no tool talk in the body", () => {
    expect(text).not.toMatch(/校验|错误|不完整|ExcelJS|评分表|注意：|（未填）|undefined/);
  });

  test("ends with the 附件说明 and then the 落款", () => {
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.slice(-2)).toEqual(["attachmentNote", "signature"]);
    expect(textOf(doc.blocks.at(-2)!)).toMatch(/^附件：\d{4}年度部门整体支出绩效自评表$/);
  });

  test("says which 人员经费 and 公用经费 there are, in standard words", () => {
    expect(text).toMatch(/人员经费[^；]*主要包括基本工资、津贴补贴、奖金/);
    expect(text).toMatch(/公用经费[^。]*主要包括办公费、印刷费、邮电费、差旅费/);
  });

  test("does not say the same thing twice in a project paragraph", () => {
    expect(text).not.toMatch(/(\S{4,})实际支出[^。]*用于\1/);
    expect(text).not.toContain("共1个项目");
    expect(text).not.toContain("预算安排了");
  });
});

describe("sentences", () => {
  test("the title is the template's 报告标题, else the common form", () => {
    const m = sampleModel();
    m.profile.reportTitle = undefined;
    expect(reportTitle(m)).toBe("邵阳市双清区人力资源和社会保障局2021年度部门整体支出绩效自评报告");
    m.profile.reportTitle = "  ";
    expect(reportTitle(m)).toBe("邵阳市双清区人力资源和社会保障局2021年度部门整体支出绩效自评报告");
    m.profile.reportTitle = "2021双清区人社局整体支出绩效评价报告";
    expect(reportTitle(m)).toBe("2021双清区人社局整体支出绩效评价报告");
    expect(report(m).blocks[0]).toEqual({
      kind: "title",
      text: "2021双清区人社局整体支出绩效评价报告",
    });
  });

  test("rates keep 以内 and 不低于, counts say what share of the task was done", () => {
    const m = sampleModel();
    const clause = (name: string) => {
      const i = m.indicators.findIndex((x) => x.level3 === name);
      return indicatorClause(m.indicators[i], figuresOf(m).indicators[i], DEFAULT_NUMBERS);
    };
    expect(clause("城镇登记失业率")).toBe(
      "城镇登记失业率目标控制在4.5%以内，实际为4.3%，控制在目标以内"
    );
    expect(clause("企业职工养老保险参保缴费率")).toBe(
      "企业职工养老保险参保缴费率目标不低于20%，实际达到20%"
    );
    expect(clause("城镇新增就业人员")).toBe(
      "城镇新增就业人员目标3746人，实际完成3821人，完成目标的102%"
    );
  });

  test("an indicator the narrative already tells is not repeated; a shortfall is, with its reason", () => {
    const sample = body(report(sampleModel()));
    expect(sample).not.toContain("主要绩效指标完成情况");
    const other = body(report(otherUnit()));
    expect(other).toContain(
      "新建高标准农田目标1万亩，实际完成0.8万亩，完成目标的80%，未完成目标，主要原因是部分项目因雨季延期开工。"
    );
    expect(other).toContain("农产品质量安全抽检不合格率目标控制在2%以内，实际为1.2%");
  });

  test("the project paragraph states plan, spending, rate and use, once each", () => {
    expect(body(report(sampleModel()))).toContain(
      "全年安排项目资金8.00万元（劳动保障扩面工作经费）。"
    );
    expect(body(report(sampleModel()))).toContain(
      "劳动保障扩面工作经费全年安排8.00万元，实际支出8.00万元，预算执行率100%。"
    );
    expect(body(report(otherUnit()))).toContain(
      "高标准农田建设全年安排120.00万元，实际支出96.00万元，预算执行率80%，主要用于田块整治、灌溉排水设施建设和数据挂接，完成高标准农田0.8万亩，建成农田数据管理系统。"
    );
  });

  test("五(一) states score and grade when the score is complete, the stated grade otherwise", () => {
    const complete = body(report(completeUnit()));
    const scored = score(completeUnit(), DEFAULT_PROFILE);
    expect(complete).toContain(
      `经自评，邵阳市双清区人力资源和社会保障局2021年度部门整体支出绩效自评得分${scored.total!.toDecimalPlaces(2).toFixed()}分，评价等级为“良好”。`
    );
    expect(body(report(sampleModel()))).toContain(
      "经自评，邵阳市双清区人力资源和社会保障局2021年度部门整体支出绩效评价等级为“良好”。"
    );
  });

  test("what remains wrong goes to the draft part, with a 草稿 watermark while errors remain", () => {
    const doc = report(sampleModel());
    expect(doc.watermark).toBe("草稿");
    const draft = doc.draft!.blocks.map(textOf).join("\n");
    expect(doc.draft!.title).toContain("草稿");
    expect(draft).toMatch(/【错误】支出汇总!\w+\d+：/);
    expect(draft).toContain("评分尚不完整");
    const clean = report(completeUnit());
    expect(clean.watermark).toBeUndefined();
  });

  test("user lists lose their own numbering and get one closing mark", () => {
    const text = body(report(otherUnit()));
    expect(text).toContain("1．项目进度偏慢。\n2．资金拨付不及时。");
    expect(text).toContain("1．加快项目实施。");
  });
});

describe("joining texts", () => {
  test.each([
    [["数据挂接。", "完成系统。"], "数据挂接。完成系统。"],
    [["数据挂接", "完成系统"], "数据挂接，完成系统。"],
    [["数据挂接，", "完成系统；"], "数据挂接，完成系统。"],
    [["", undefined, "只有一句"], "只有一句。"],
    [["问题？", "答复"], "问题？答复。"],
  ])("%j → %s", (parts, joined) => {
    expect(joinClauses(parts)).toBe(joined);
    expect(joined).not.toMatch(DOUBLED_PUNCTUATION);
  });

  test("sentence closes once; numbering typed by the user is dropped", () => {
    expect(sentence("已完成。")).toBe("已完成。");
    expect(sentence("已完成，")).toBe("已完成。");
    expect(sentence("  ")).toBe("");
    expect(withoutNumbering("1、项目进度偏慢")).toBe("项目进度偏慢");
    expect(withoutNumbering("（2）资金")).toBe("资金");
    expect(withoutNumbering("2021年完成")).toBe("2021年完成");
  });

  test("the doubled-punctuation check catches what the issue found", () => {
    for (const bad of ["数据挂接。，完成", "系统。。", "甲，，乙"])
      expect(bad).toMatch(DOUBLED_PUNCTUATION);
  });
});

describe("§一（一） staff by body (issue 15 item 8)", () => {
  const staffText = (m: Evaluation) => {
    const text = body(report(m));
    return text.split("\n").find((l) => l.includes("编办核定编制人数"))!;
  };
  test("stated by body, in the seed's words; a blank figure is not named", () => {
    const m = sampleModel();
    m.profile.staffByBody = [
      { name: "机关", staffing: "10", active: "9" },
      { name: "就业服务中心", staffing: "1" },
    ];
    const line = staffText(m);
    expect(line).toContain("，编制数中机关10人、就业服务中心1人，");
    expect(line).toContain("，在职人员中机关9人。");
    expect(line).not.toContain("就业服务中心0人");
  });
  test("without the table the paragraph is as before", () => {
    const line = staffText(sampleModel());
    expect(line).not.toMatch(/编制数中|在职人员中/);
    expect(line).toContain("退休人员13人。");
  });
  test("a blank kind of staffing or people is left out, never written as 0", () => {
    const m = sampleModel();
    m.profile.staffing.politicalLegal = undefined;
    m.profile.people.retiredCadre = undefined;
    const line = staffText(m);
    expect(line).toContain("（其中行政编制10人、事业编制0人、工勤编制1人）");
    expect(line).toContain("其中在职人员10人，退休人员13人");
    expect(line).not.toMatch(/政法编制|离休人员/);
    // The sample types 0 where it has none: a stated 0 is stated.
    expect(staffText(sampleModel())).toContain("政法编制0人");
  });
});
