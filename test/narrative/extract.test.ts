import { extractFigures, sentences } from "../../src/rules/narrative";

const one = (text: string) => {
  const found = extractFigures(text);
  expect(found).toHaveLength(1);
  return found[0];
};
const bounds = (text: string) => {
  const f = one(text);
  return [f.interval.lo?.toString(), f.interval.hi?.toString()];
};

describe("figures in Chinese report prose", () => {
  test("numbers with their units and where they sit", () => {
    const text =
      "受理案件48件，涉及金额128.78万元，征缴1.5亿元，完成102%，参保人数 4411 人，发放767100元";
    expect(extractFigures(text).map((f) => [f.written, f.number, f.unit, f.dimension])).toEqual([
      ["48件", "48", "件", "件"],
      ["128.78万元", "128.78", "万元", "元"],
      ["1.5亿元", "1.5", "亿元", "元"],
      ["102%", "102", "%", "%"],
      ["4411 人", "4411", "人", "人"],
      ["767100元", "767100", "元", "元"],
    ]);
    const f = extractFigures(text)[1];
    expect(text.slice(f.start, f.end)).toBe("128.78万元");
  });

  test("amounts are intervals in 元, by their decimals (15.70 is 2 decimals)", () => {
    expect(bounds("社保费开支15.70万元")).toEqual(["156950", "157050"]);
    expect(bounds("维修费8万元")).toEqual(["75000", "85000"]);
  });

  test("a whole count is exact; a percentage is rounded", () => {
    expect(bounds("调解23件")).toEqual(["23", "23"]);
    expect(bounds("完成102%")).toEqual(["101.5", "102.5"]);
    expect(bounds("惠及1.2万人")).toEqual(["11500", "12500"]);
  });

  test("qualifiers widen as a reader widens them", () => {
    expect(bounds("社保补贴138万余元")).toEqual(["1380000", "1390000"]);
    expect(bounds("稳岗返还19.64万余元")).toEqual(["196400", "196500"]);
    expect(bounds("100多家用工企业")).toEqual(["100", "200"]);
    expect(bounds("提供3000多个就业岗位")).toEqual(["3000", "4000"]);
    expect(bounds("近200家企业")).toEqual(["100", "200"]);
    expect(bounds("约50人")).toEqual(["40", "60"]);
    expect(bounds("登记失业率4.3%以内")).toEqual([undefined, "4.35"]);
    expect(bounds("超过500人")).toEqual(["499.5", undefined]);
    expect(one("138万余元").qualifier).toBe("more");
    expect(one("4.3%以内").qualifier).toBe("atMost");
  });

  test("dates, durations, document numbers and per-head rates are not figures", () => {
    expect(
      extractFigures(
        "2021年12月10日，缓缴期限不超过6个月，湘人社规[2021]31号，补贴标准按3.6万元/人，16-59周岁，提高2个百分点"
      )
    ).toEqual([]);
  });

  test("full-width digits and thousands separators", () => {
    expect(one("支出１２３．４５万元").number).toBe("123.45");
    expect(one("支出1,821.69万元").number).toBe("1821.69");
  });
});

describe("sentences and clauses", () => {
  test("cut at 。；, clauses at ，、：, brackets kept whole", () => {
    const [s1, s2] = sentences(
      "基本支出226.98万元，其中人员支出125.94万元(工资支出36.9万元、津贴22.76万元)；公用支出101.04万元。"
    );
    expect(s1.clauses.map((c) => c.text)).toEqual([
      "基本支出226.98万元",
      "其中人员支出125.94万元(工资支出36.9万元、津贴22.76万元)",
    ]);
    expect(s1.clauses[1].figures.map((f) => f.written)).toEqual(["125.94万元"]);
    expect(s1.parentheticals[0].after?.written).toBe("125.94万元");
    expect(s1.parentheticals[0].figures.map((f) => f.written)).toEqual(["36.9万元", "22.76万元"]);
    expect(s2.text).toBe("公用支出101.04万元");
  });

  test("the paragraph number 1. is not a sentence of its own", () => {
    expect(sentences("1.圆满完成各项就业指标任务。2021年以来").map((s) => s.text)).toEqual([
      "1.圆满完成各项就业指标任务",
      "2021年以来",
    ]);
  });
});
