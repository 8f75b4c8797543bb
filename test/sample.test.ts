import { readFileSync } from "node:fs";
import { Decimal } from "../src/model/decimal";
import type { Evaluation } from "../src/model/evaluation";
import { readWorkbook } from "../src/workbook/reader";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";

/** The bundled sample holds the seed report's figures as stated (issue 3, point 4). */
let m: Evaluation;
beforeAll(async () => {
  m = (await readWorkbook(await XlsxWorkbook.load(readFileSync("assets/sample.xlsx")))).model;
});

const same = (a: string | undefined, b: string) => a !== undefined && new Decimal(a).eq(b);
const sum = (xs: (string | undefined)[]) => xs.reduce((s, x) => s.plus(x ?? 0), new Decimal(0));

test("unit profile, bodies, staffing and people (§一(一))", () => {
  expect(m.profile).toMatchObject({
    shortName: "双清区人社局",
    year: "2021",
    addressee: "区财政局",
    unitType: "行政单位",
    fundingType: "全额拨款",
    reportDate: "2022-09-27",
    statedGrade: "良好",
  });
  expect(m.profile.name).toBe("邵阳市双清区人力资源和社会保障局");
  expect(same(m.profile.internalBodyCount, "6")).toBe(true);
  expect(m.profile.internalBodies).toEqual([
    "办公室",
    "公务员管理股",
    "绩效考核评估股",
    "工资福利股",
    "劳动关系与法规股",
    "社会就业失业、保险管理、基金监督股",
  ]);
  const s = m.profile.staffing;
  expect(
    [s.administrative, s.politicalLegal, s.institutional, s.worker, s.total].map(Number)
  ).toEqual([10, 0, 0, 1, 11]);
  const p = m.profile.people;
  expect([p.active, p.retiredCadre, p.retired, p.total].map(Number)).toEqual([10, 0, 13, 23]);
  expect(m.profile.duties).toHaveLength(14);
  expect(m.profile.duties[12]).toBe("负责牵头区政府绩效考核评估工作。");
  expect(m.profile.duties[1]).toContain("引进国（境）外智力工作");
});

test("expenditure of §一(三) and §二(一), stated as stated", () => {
  const items = m.expenditure.items;
  const personnel = items.filter((i) => i.category === "人员支出");
  const pub = items.filter((i) => i.category === "公用支出");
  expect(personnel.map((i) => Number(i.actual))).toEqual([
    36.9, 22.76, 24.72, 12.64, 15.7, 2.28, 10.94,
  ]);
  expect(pub.map((i) => Number(i.actual))).toEqual([
    10.8, 6.35, 0.4, 1.5, 8, 19.24, 11.4, 4.1, 9.28, 26.67, 3.3,
  ]);
  expect(sum(personnel.map((i) => i.actual)).toFixed(2)).toBe("125.94");
  expect(sum(pub.map((i) => i.actual)).toFixed(2)).toBe("101.04");
  const st = m.expenditure.stated;
  expect(
    same(st.personnel.actual, "125.94") &&
      same(st.public.actual, "101.04") &&
      same(st.basic.actual, "226.98")
  ).toBe(true);
  expect(same(st.total.actual, "226.98")).toBe(true);
  expect(
    same(st.basic.fiscal, "421.30") &&
      same(st.personnel.fiscal, "299.95") &&
      same(st.public.fiscal, "121.35")
  ).toBe(true);
  expect(m.expenditure.shares).toEqual({ basis: "财政拨款", personnel: "0.71", public: "0.29" });
  expect(same(st.project.actual, "8")).toBe(true);
  expect(m.projects).toHaveLength(1);
  expect(same(m.projects[0].actual, "8")).toBe(true);
});

test("三公经费 0 / 0 / 0.31 with 0 groups and 0 persons", () => {
  const c = m.threePublic.current;
  expect([c.abroad.actual, c.abroad.groups, c.abroad.persons].map(Number)).toEqual([0, 0, 0]);
  expect(Number(c.vehiclePurchase.actual) + Number(c.vehicleRunning.actual)).toBe(0);
  expect(same(c.reception.actual, "0.31")).toBe(true);
});

test("exactly the 13 indicators of §四 with their stated completion rates", () => {
  const rows = m.indicators.map((i) => [
    i.level3,
    i.direction,
    i.target,
    i.actual,
    i.statedRate ?? null,
  ]);
  expect(rows).toEqual([
    ["城镇新增就业人员", "≥", "3746", "3821", "1.02"],
    ["失业人员再就业", "≥", "2310", "2319", "1.00"],
    ["就业困难对象再就业", "≥", "800", "819", "1.02"],
    ["新增农村劳动力转移就业", "≥", "520", "526", "1.01"],
    ["城镇登记失业率", "≤", "4.5", "4.3", null],
    ["政府补贴性职业技能培训", "≥", "2300", "4405", "1.92"],
    ["农村转移就业劳动者培训", "≥", "360", "2366", "6.57"],
    ["贫困劳动力培训", "≥", "250", "628", "2.51"],
    ["贫困家庭两后生培训", "≥", "30", "34", "1.13"],
    ["城乡居民基本养老保险全覆盖新增参保", "≥", "355", "355", "1.00"],
    ["企业职工基本养老保险基金征缴", "≥", "4436", "19179", null],
    ["同级财政补助", "≥", "22", "22", null],
    ["企业职工养老保险参保缴费率", "≥", "20", "20", null],
  ]);
  expect(m.indicators[4].unit).toBe("%");
  expect(m.indicators[10].unit).toBe("万元");
});

test("narrative blocks: §三, every §四 paragraph under its topic, 存在问题 and 改进建议", () => {
  expect(m.narrative.management).toMatch(/^人社局建立健全的财务管理制度/);
  const topics = [...new Set(m.narrative.achievements.map((a) => a.topic))];
  expect(topics).toEqual([
    "稳步推进就业创业工作",
    "提质人才服务和人事管理",
    "完善社会保障制度，发挥社保制度优势，落实保民生援企稳岗各项政策",
    "切实维护劳动者合法权益",
  ]);
  expect(m.narrative.achievements.map((a) => a.text).join("")).toContain(
    "帮助285名劳动者追回工资322.7万元"
  );
  expect(m.narrative.achievements.some((a) => a.text?.includes("[bookmark"))).toBe(false);
  expect(m.narrative.problems).toHaveLength(2);
  expect(m.narrative.suggestions).toHaveLength(2);
});
