import { Evaluation } from "../../src/model/evaluation";
import { sampleModel } from "../helpers/workbooks";
import { wordParagraphs } from "../helpers/word-text";
import { assetsStatement, projectsStatement } from "../layout/statements";

/**
 * Issue 26: template 1.5's projects and assets reach the report. The statements of
 * test/layout/projects-full.test.ts and test/layout/assets-full.test.ts in one workbook.
 */
function statement(): Evaluation {
  const m = projectsStatement();
  const { threePublic, assets } = assetsStatement();
  m.threePublic.current.vehicleRunning.fleet = threePublic.current.vehicleRunning.fleet;
  m.assets = assets;
  return m;
}

const count = (text: string, s: string) => text.split(s).length - 1;

describe("projects: the stated count, rates and scores, once each", () => {
  test("the statement: each figure once in the Word text, in the report's sentences", async () => {
    const paras = await wordParagraphs(statement());
    const text = paras.join("\n");
    expect(text).toContain(
      "全年安排项目资金33.00万元，共实施项目3个：就业专项资金、职业技能培训补贴、人力资源市场建设。"
    );
    expect(text).toContain(
      "就业专项资金全年安排8.00万元，实际支出7.72万元，项目执行率96.5%，项目自评得分95分，评价等级为“优”。"
    );
    for (const figure of [
      "共实施项目3个",
      "项目执行率96.5%",
      "项目执行率97.5%",
      "项目执行率80.0%",
      "项目自评得分95分",
      "项目自评得分92分",
      "项目自评得分78分",
      "评价等级为“中”",
    ])
      expect([figure, count(text, figure)]).toEqual([figure, 1]);
  });

  test("a partial list says which are listed: 共实施项目5个，其中主要项目：…", async () => {
    const m = statement();
    m.expenditure.projectCount = "5";
    m.expenditure.projectsPartial = true;
    const text = (await wordParagraphs(m)).join("\n");
    expect(text).toContain(
      "共实施项目5个，其中主要项目：就业专项资金、职业技能培训补贴、人力资源市场建设。"
    );
  });

  test("blank: no count, the computed rate as before, no score or grade", async () => {
    const m = statement();
    delete m.expenditure.projectCount;
    for (const p of m.projects) {
      delete p.statedRate;
      delete p.score;
      delete p.grade;
    }
    const text = (await wordParagraphs(m)).join("\n");
    expect(text).toContain("共3个项目：就业专项资金");
    expect(text).toContain("实际支出7.72万元，预算执行率97%");
    for (const gone of ["共实施项目", "项目执行率", "项目自评得分", "评价等级为“优”"])
      expect([gone, text.includes(gone)]).toEqual([gone, false]);
  });
});

describe("assets: one paragraph under 一、基本情况 where filled", () => {
  test("the statement: each figure once in the Word text", async () => {
    const paras = await wordParagraphs(statement());
    const text = paras.join("\n");
    const para = paras.find((p) => p.startsWith("年末资产总额"));
    expect(para).toBe(
      "年末资产总额1520.40万元，其中固定资产1235.60万元，包括房屋及构筑物980.00万元、车辆45.30万元、其他固定资产210.30万元，较上年增加35.60万元（上年末1200.00万元）。车辆账面价值45.30万元。"
    );
    // Under 一、基本情况, before 二.
    expect(paras.indexOf(para!)).toBeLessThan(paras.indexOf("二、部门整体支出管理及使用情况"));
    for (const figure of [
      "1520.40万元",
      "固定资产1235.60万元",
      "房屋及构筑物980.00万元",
      "其他固定资产210.30万元",
      "增加35.60万元",
      "上年末1200.00万元",
      "车辆账面价值45.30万元",
    ])
      expect([figure, count(text, figure)]).toEqual([figure, 1]);
  });

  test("at 原值, a decrease, and no 资产总额: the report says so", async () => {
    const m = statement();
    m.assets = { basis: "原值", fixed: "1180.00", vehicles: "36.00", fixedChange: "-20.00" };
    const para = (await wordParagraphs(m)).find((p) => p.startsWith("年末固定资产"));
    expect(para).toBe("年末固定资产原值1180.00万元，包括车辆36.00万元，较上年减少20.00万元。");
  });

  test("blank: no asset paragraph at all", async () => {
    const m = statement();
    delete m.assets;
    const text = (await wordParagraphs(m)).join("\n");
    for (const gone of ["资产总额", "固定资产", "车辆账面价值"])
      expect([gone, text.includes(gone)]).toEqual([gone, false]);
  });

  test("the sample (no assets, no stated project figures) reads as before", async () => {
    const text = (await wordParagraphs(sampleModel())).join("\n");
    for (const gone of ["资产总额", "固定资产", "车辆账面价值"]) expect(text).not.toContain(gone);
    expect(text).not.toContain("共实施项目");
    expect(text).toContain("劳动保障扩面工作经费");
  });
});
