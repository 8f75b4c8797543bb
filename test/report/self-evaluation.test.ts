import { Decimal } from "../../src/model/decimal";
import type { Evaluation } from "../../src/model/evaluation";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { score } from "../../src/rules/scoring/score";
import type { Table, TableCell } from "../../src/report/document";
import { largestRemainder } from "../../src/report/numbers";
import { GRID_HEADER, selfEvaluationBlocks } from "../../src/report/self-evaluation";
import { DEFAULT_NUMBERS } from "../../src/report/numbers";
import { sampleModel } from "../helpers/workbooks";
import { completeUnit, otherUnit } from "./units";

function tables(m: Evaluation): { funds: Table; grid: Table } {
  const blocks = selfEvaluationBlocks(m, score(m, DEFAULT_PROFILE), DEFAULT_NUMBERS);
  const [funds, grid] = blocks.map((b) => (b.kind === "table" ? b.table : undefined));
  return { funds: funds!, grid: grid! };
}

/** The grid's rows with their cells placed at their columns (row spans filled in from above). */
function placed(t: Table): (TableCell | undefined)[][] {
  const out: (TableCell | undefined)[][] = [];
  const carry = new Map<string, TableCell>();
  t.rows.forEach((row, r) => {
    const line: (TableCell | undefined)[] = [];
    let c = 0;
    for (const cell of row) {
      while (carry.has(`${r}:${c}`)) line[c] = carry.get(`${r}:${c++}`);
      line[c] = cell;
      for (let k = 1; k < (cell.rowSpan ?? 1); k++) carry.set(`${r + k}:${c}`, cell);
      c += cell.span ?? 1;
    }
    while (carry.has(`${r}:${c}`)) line[c] = carry.get(`${r}:${c++}`);
    out.push(line);
  });
  return out;
}

const sum = (cells: (TableCell | undefined)[]) =>
  cells.reduce((a, c) => (c?.number === undefined ? a : a.plus(c.number)), new Decimal(0));

describe.each([
  ["the sample", sampleModel],
  ["a unit with a complete score", completeUnit],
  ["another unit", otherUnit],
])("the 自评表 of %s", (_name, make) => {
  const m = make();
  const scored = score(m, DEFAULT_PROFILE);
  const { grid } = tables(m);
  const rows = placed(grid);
  const body = rows.slice(0, -1);
  const total = rows.at(-1)!;

  test("headers read exactly 分值 and 得分, unmerged", () => {
    expect(grid.header[0].map((c) => c.text)).toEqual(GRID_HEADER);
    expect(grid.header[0][5].text).toBe("分值");
    expect(grid.header[0][6].text).toBe("得分");
    for (const row of body) for (const col of [5, 6]) expect(row[col]?.span ?? 1).toBe(1);
  });

  test("分值 adds up to exactly 100 and 得分 to the total of the 合计 row", () => {
    expect(sum(body.map((r) => r[5])).toFixed(2)).toBe("100.00");
    expect(total[5]?.number).toBe(100);
    const earned = sum(body.map((r) => r[6]));
    expect(earned.toFixed(2)).toBe(new Decimal(total[6]!.number!).toFixed(2));
    const stated = scored.total ?? scored.earned;
    expect(earned.toFixed(2)).toBe(stated.toDecimalPlaces(2).toFixed(2));
    // Printed with two decimals, as the numbers they stand for.
    for (const row of body)
      for (const col of [5, 6])
        if (row[col]?.number !== undefined)
          expect(row[col]!.text).toBe(new Decimal(row[col]!.number!).toFixed(2));
  });

  test("every scored item is a row; an unscored one is visibly blank, its reason left to the 校验情况 page", () => {
    const names = body.map((r) => r[2]?.text);
    for (const i of scored.indicators.filter((x) => !x.rows?.length))
      expect(names).toContain(i.name);
    const unscored = body.filter((r) => r[5]?.number !== undefined && r[6]?.text === "");
    if (scored.complete) expect(unscored).toHaveLength(0);
    else expect(unscored.length).toBeGreaterThan(0);
    for (const r of unscored) expect(r[6]?.text).toBe("");
    expect(total[7]?.text).toMatch(scored.complete ? /^评价等级：/ : /^$/);
    // No words of the tool's own anywhere in the table the unit submits.
    expect(JSON.stringify(grid)).not.toMatch(/未评分|缺少|未填写|本组另有|设定偏低|实际完成\d/);
    expect(JSON.stringify(grid)).not.toContain("不完整");
  });
});

test("the complete unit is scored completely, the sample and the other unit are not", () => {
  expect(score(completeUnit(), DEFAULT_PROFILE).complete).toBe(true);
  expect(score(sampleModel(), DEFAULT_PROFILE).complete).toBe(false);
  expect(score(otherUnit(), DEFAULT_PROFILE).complete).toBe(false);
});

describe("the sample's 自评表 rows", () => {
  const { funds, grid } = tables(sampleModel());
  const rows = placed(grid);
  const row = (name: string) => rows.find((r) => r[2]?.text === name)!;

  test("在职人员控制率 is a row: its 5 points are in the 得分 column", () => {
    expect(row("在职人员控制率")[5]?.number).toBe(5);
    expect(row("在职人员控制率")[6]?.number).toBe(5);
    expect(row("在职人员控制率")[4]?.text).toBe("90.91%");
  });

  test("偏差原因 is the unit's own words or left blank for it: its reason, else its 说明", () => {
    expect(row("政府补贴性职业技能培训")[7]?.text).toBe("");
    const m = sampleModel();
    const reasonOf = (explained?: (i: number) => string | undefined) => {
      const blocks = selfEvaluationBlocks(
        m,
        score(m, DEFAULT_PROFILE),
        DEFAULT_NUMBERS,
        DEFAULT_PROFILE,
        explained
      );
      const t = blocks[1].kind === "table" ? blocks[1].table : undefined;
      return placed(t!).find((r) => r[2]?.text === "政府补贴性职业技能培训")![7]?.text;
    };
    expect(reasonOf((i) => (i === 5 ? "年中追加了培训任务" : undefined))).toBe(
      "年中追加了培训任务"
    );
    m.indicators[5].deviationReason = "上级下达任务增加";
    expect(reasonOf((i) => (i === 5 ? "年中追加了培训任务" : undefined))).toBe("上级下达任务增加");
  });

  test("产出 rows are grouped 数量, 质量, 时效, 成本, each group in the unit's order", () => {
    const level2 = rows.filter((r) => r[0]?.text === "产出指标").map((r) => r[1]?.text);
    expect(level2).toEqual([...level2].sort((a, b) => (a === b ? 0 : a === "数量指标" ? -1 : 1)));
    expect(new Set(level2)).toEqual(new Set(["数量指标", "质量指标"]));
    const names = rows.filter((r) => r[1]?.text === "数量指标").map((r) => r[2]?.text);
    expect(names.slice(0, 2)).toEqual(["城镇新增就业人员", "失业人员再就业"]);
    // Each group is one merged cell, not broken by a row of another group.
    for (const group of ["数量指标", "质量指标"])
      expect(grid.rows.flat().filter((c) => c.text === group)).toHaveLength(1);
  });

  test("一级 and 二级 are merged down their runs, never repeated", () => {
    const level1 = grid.rows.map((r) => r[0]).filter((c) => c.text === "产出指标");
    expect(level1).toHaveLength(1);
    expect(level1[0].rowSpan).toBe(13);
    expect(grid.rows[0][0]).toMatchObject({ text: "投入", rowSpan: 3 });
    expect(grid.rows[0][1]).toMatchObject({ text: "预算配置", rowSpan: 3 });
  });

  test("a blank 年度总体目标 is a blank for the unit to fill, a filled one is shown", () => {
    expect(funds.rows.at(-1)!.map((c) => c.text)).toEqual(["", ""]);
    const m = sampleModel();
    m.narrative.overallGoal = "稳就业";
    expect(tables(m).funds.rows.at(-1)![0].text).toBe("稳就业");
    expect(funds.rows[0].find((c) => c.text === "评价年度")?.span).toBe(2);
  });
});

describe("largestRemainder", () => {
  test("rounds thirds of 100 to parts that add up to 100", () => {
    const third = new Decimal(100).div(3);
    expect(largestRemainder([third, third, third]).map((d) => d.toFixed(2))).toEqual([
      "33.34",
      "33.33",
      "33.33",
    ]);
  });

  test("rounds thirteen equal shares of 30 to 30.00 exactly, larger remainders first", () => {
    const share = new Decimal(30).div(13);
    const out = largestRemainder(Array.from({ length: 13 }, () => share));
    expect(out.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2)).toBe("30.00");
    expect(out.filter((d) => d.eq("2.31"))).toHaveLength(10);
    expect(out.filter((d) => d.eq("2.30"))).toHaveLength(3);
  });

  test("meets a given total, negative values included", () => {
    const out = largestRemainder(
      [new Decimal("50.005"), new Decimal("40.004"), new Decimal("-5.009")],
      2,
      new Decimal(85)
    );
    expect(out.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2)).toBe("85.00");
  });
});

test("a Ministry-style profile (资金 10, 产出/效益/满意度 90) gives its own rows, still adding up to 100", () => {
  const byId = (id: string) => DEFAULT_PROFILE.indicators.find((i) => i.id === id)!;
  const profile = {
    ...DEFAULT_PROFILE,
    indicators: [
      { ...byId("execution"), points: 10 },
      { ...byId("outputs"), points: 50 },
      {
        ...byId("outcomes"),
        id: "effects",
        points: 30,
        method: { kind: "indicators" as const, level1: ["效益指标"] },
      },
      {
        ...byId("outcomes"),
        id: "satisfaction",
        name: "满意度指标",
        points: 10,
        method: { kind: "indicators" as const, level1: ["满意度指标"] },
      },
    ],
  };
  const m = completeUnit();
  const scored = score(m, profile);
  const blocks = selfEvaluationBlocks(m, scored, DEFAULT_NUMBERS, profile);
  const grid = blocks[1].kind === "table" ? blocks[1].table : undefined;
  const rows = placed(grid!);
  const body = rows.slice(0, -1);
  // Within a level-1 group the 产出 rows come 数量 first, then 质量 (the unit listed a 质量 row
  // among its 数量 rows); otherwise in the unit's order.
  const outputs = m.indicators.filter((i) => i.level1 === "产出指标");
  const grouped = [
    ...outputs.filter((i) => i.level2 === "数量指标"),
    ...outputs.filter((i) => i.level2 !== "数量指标"),
    ...m.indicators.filter((i) => i.level1 !== "产出指标"),
  ];
  expect(outputs.map((i) => i.level2)).toContain("质量指标");
  expect(body.map((r) => r[2]?.text)).toEqual(["预算执行率", ...grouped.map((i) => i.level3)]);
  expect(sum(body.map((r) => r[5])).toFixed(2)).toBe("100.00");
  expect(sum(body.map((r) => r[6])).toFixed(2)).toBe(
    (scored.total ?? scored.earned).toDecimalPlaces(2).toFixed(2)
  );
});
