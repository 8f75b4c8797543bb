import { Evaluation } from "../../src/model/evaluation";
import {
  PLACEMENTS,
  TEMPLATE_MARKER,
  TEMPLATE_VERSION,
  VERSION_NAME,
  computedColumns,
  computedValues,
  contentOf,
  sheetsFor,
  templateOps,
} from "../../src/layout";
import { projectsTable } from "../../src/layout/sheets/projects";
import { templateXlsx } from "../../src/cli/template";
import { evaluationJson } from "../../src/cli/main";
import { readWorkbook } from "../../src/workbook/reader";
import { validate } from "../../src/workbook/validate";
import {
  insertRequest,
  planInsertTemplate,
  upgradeOps,
  upgradeRequest,
} from "../../src/workbook/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { RULES, runRules } from "../../src/rules";
import { at, sampleModel, setCell, tableCell } from "../helpers/workbooks";
import { projectsStatement } from "./statements";

const statement = projectsStatement;

const PROJECT_RULES = new Set([
  "project-count",
  "project-stated-rate",
  "project-score",
  "project-execution",
  "project-total",
]);
const projectFindings = (m: Evaluation) =>
  runRules(m, RULES)
    .filter((f) => PROJECT_RULES.has(f.ruleId))
    .map((f) => `${f.ruleId}: ${f.message}`);

test("every relation of the statement holds", () => {
  expect(projectFindings(statement())).toEqual([]);
});

test("a count carried over from last year is caught: 共实施项目4个 with three rows", () => {
  const m = statement();
  m.expenditure.projectCount = "4";
  expect(projectFindings(m)).toEqual([
    expect.stringMatching(/^project-count: 项目个数填报 4 个，项目表列了 3 个项目/),
  ]);
});

test("…unless the list is marked 部分列示, and then a count below the rows is caught", () => {
  const m = statement();
  m.expenditure.projectCount = "4";
  m.expenditure.projectsPartial = true;
  expect(projectFindings(m)).toEqual([]);
  m.expenditure.projectCount = "2";
  expect(projectFindings(m)).toEqual([expect.stringMatching(/^project-count: 项目表为部分列示/)]);
});

test("a rate worked out on the wrong budget is caught: 职业技能培训补贴 97.5% written 39.0%", () => {
  const m = statement();
  m.projects[1].statedRate = "0.390";
  expect(projectFindings(m)).toEqual([
    expect.stringMatching(
      /^project-stated-rate: 项目“职业技能培训补贴”执行率填报 39%，按实际支出 19\.50 万元 ÷ 全年预算 20\.00 万元计算为 97\.5%/
    ),
  ]);
});

test("a grade the score does not give is caught: 78 分 stated 良", () => {
  const m = statement();
  m.projects[2].grade = "良";
  expect(projectFindings(m)).toEqual([
    expect.stringMatching(/^project-score: 项目“人力资源市场建设”自评得分 78 分，应为“中”/),
  ]);
});

test("blank is not zero: a project without a stated rate or score is checked for neither", () => {
  const m = statement();
  delete m.projects[0].statedRate;
  delete m.projects[0].score;
  delete m.expenditure.projectCount;
  expect(projectFindings(m)).toEqual([]);
});

test("the computed cells: the projects listed beside the count, each row's 执行率", () => {
  const content = contentOf(statement());
  expect(computedValues(content).get("jx_calc_projectsListed")).toBe(3);
  const rates = computedColumns(content, projectsTable).get("执行率")!;
  expect(rates[0]).toBeCloseTo(7.72 / 8, 10);
  expect(rates[2]).toBeCloseTo(0.8, 10);
});

test("fill → export keeps every figure of the statement", async () => {
  const m = statement();
  const wb = await XlsxWorkbook.load(await templateXlsx(m));
  expect((await readWorkbook(wb)).model).toEqual(m);
});

test("export JSON → fill → export keeps every figure, as the fill command parses it", async () => {
  const json = evaluationJson(statement());
  expect(json).toContain('"statedRate": "0.965"');
  expect(json).toContain('"projectCount": "3"');
  const filled = await XlsxWorkbook.load(await templateXlsx(Evaluation.parse(JSON.parse(json))));
  expect(JSON.parse(evaluationJson((await readWorkbook(filled)).model))).toEqual(JSON.parse(json));
});

test("the new figures: 项目个数 a named count cell, three T_Projects columns at the end", () => {
  const f = PLACEMENTS.fields.get("jx_projectCount");
  expect(f?.sheet).toBe("项目");
  expect(f?.field).toMatchObject({ since: "1.5", type: "count", unit: "个" });
  const cols = projectsTable.columns.slice(-3);
  expect(cols.map((c) => [c.header, c.key, c.type, c.since])).toEqual([
    ["执行率（填报）", "statedRate", "rate", "1.5"],
    ["自评得分", "score", "amount", "1.5"],
    ["自评等级", "grade", "choice", "1.5"],
  ]);
  // Every column before them is template 1.4's, in its place.
  expect(projectsTable.columns.slice(0, -3).every((c) => c.since === undefined)).toBe(true);
});

describe("a template 1.4 workbook", () => {
  /** The sample with ten projects, so the table has grown past the template's six rows. */
  function manyProjects(): Evaluation {
    const m = sampleModel();
    m.projects = Array.from({ length: 10 }, (_, i) => ({
      name: `项目${i + 1}`,
      budgetAdjusted: "0.80",
      actual: "0.80",
    }));
    return m;
  }

  async function v14(m: Evaluation = sampleModel()): Promise<XlsxWorkbook> {
    const wb = XlsxWorkbook.create();
    await wb.write(templateOps(m, sheetsFor("1.4")));
    setCell(wb, at(VERSION_NAME), `${TEMPLATE_MARKER} 1.4`);
    return XlsxWorkbook.load(await wb.toBuffer());
  }

  test("its 项目 table has no 1.5 columns, and it validates like the sample", async () => {
    const wb = await v14();
    const read = await wb.read({ names: [], tables: ["T_Projects"] });
    expect(read.tables.T_Projects?.headers).not.toContain("自评得分");
    const { model, findings } = await readWorkbook(wb);
    expect(model.templateVersion).toBe("1.4");
    expect(new Set(findings.map((f) => `${f.severity} ${f.ruleId}`))).toEqual(
      new Set(["info template-older"])
    );
    const { all } = await validate(wb);
    const current = await validate(await XlsxWorkbook.load(await templateXlsx(sampleModel())));
    const key = (f: { ruleId: string; severity: string; message: string }) =>
      `${f.severity} ${f.ruleId} ${f.message}`;
    expect(all.filter((f) => f.ruleId !== "template-older").map(key)).toEqual(current.all.map(key));
  });

  test("upgrade adds 项目个数 and the 资产 sheet, loses nothing, and is idempotent", async () => {
    const wb = await v14();
    const { model: old } = await readWorkbook(wb);
    await wb.write(upgradeOps(await wb.read(upgradeRequest())));
    const upgraded = await XlsxWorkbook.load(await wb.toBuffer());
    const after = await readWorkbook(upgraded);
    expect(after.findings).toEqual([]);
    expect(after.model).toEqual({ ...old, templateVersion: TEMPLATE_VERSION });
    const names = (await upgraded.read(upgradeRequest())).names;
    expect(names.jx_projectCount?.sheet).toBe("项目");
    expect(names.jx_calc_projectsListed?.sheet).toBe("项目");
    expect(names.jx_assets_fixed?.sheet).toBe("资产");
    expect(upgradeOps(await upgraded.read(upgradeRequest()))).toEqual([]);

    // The appended count is read and checked: the sample lists one project.
    const filled = await XlsxWorkbook.load(await upgraded.toBuffer());
    setCell(filled, names.jx_projectCount!, 2);
    const checked = await validate(filled);
    expect(checked.all.filter((f) => f.ruleId === "project-count").map((f) => f.messageId)).toEqual(
      ["differs"]
    );
  });

  test("upgrade writes below a 项目 table that has grown: no project is overwritten", async () => {
    const m = manyProjects();
    const wb = await v14(m);
    const { model: old } = await readWorkbook(wb);
    expect(old.projects).toHaveLength(10);
    await wb.write(upgradeOps(await wb.read(upgradeRequest())));
    const upgraded = await XlsxWorkbook.load(await wb.toBuffer());
    const after = await readWorkbook(upgraded);
    expect(after.model).toEqual({ ...old, templateVersion: TEMPLATE_VERSION });
    const names = (await upgraded.read(upgradeRequest())).names;
    const last = tableCell("T_Projects", 10, "项目名称");
    const row = (a: string) => Number(/\d+$/.exec(a)![0]);
    expect(row(names.jx_projectCount!.address)).toBeGreaterThan(row(last.address));
  });

  test("插入模板 (the pane's upgrade) also writes below the grown table", async () => {
    const wb = await v14(manyProjects());
    const { model: old } = await readWorkbook(wb);
    await wb.write(planInsertTemplate(await wb.read(insertRequest())).ops);
    const upgraded = await XlsxWorkbook.load(await wb.toBuffer());
    expect((await readWorkbook(upgraded)).model).toEqual({
      ...old,
      templateVersion: TEMPLATE_VERSION,
    });
  });
});
