import { checkPassage } from "../../src/rules/narrative";

/**
 * Beyond the seed: sentences written the ways PRODUCT.md §4 says other units write (truncated
 * percentages, thousands separators, 含, 等, partial 其中 lists, asides). Each holds or is left
 * alone; the last ones are slips the checker must catch.
 */
const HOLD: [string, string][] = [
  ["a growth with a thousands separator", "全年收入1,821.69万元，较上年增加61.20万元，增长3.48%。"],
  ["253.57% written 253%", "征缴任务4436万元，共计完成11248.4万元，完成目标任务的253%。"],
  ["38.288% written 38.28%", "基本支出1000.00万元，其中：人员经费382.88万元，占基本支出的38.28%。"],
  ["a count before its colon list", "内设机构8个：办公室、财务股和人事股。"],
  [
    "含 names a sub-item inside its total",
    "项目支出500万元（含结转资金120万元、追加资金80万元）。",
  ],
  ["a 其中 of notable subsets", "在职职工50人，其中党员20人，女职工15人。"],
  ["an aside after the list", "受理案件48件，其中调解23件，裁决20件，另有5件在审理中。"],
  ["余 and a range of months", "2021年1月至12月，共办理业务3000余件，惠及群众1万余人。"],
  ["a per-head standard", "补贴标准按3.6万元/人，共补贴4人，共计14.4万元。"],
  ["parts after 其中 that hold", "接待投诉案件102件，其中调解87件，立案7件，延期2件，在办6件。"],
];

const CATCH: [string, string, string][] = [
  [
    "parts exceed the whole",
    "接待投诉案件102件，其中调解87件，立案7件，延期2件，在办8件。",
    "102 ≠ 87 + 7 + 2 + 8 = 104",
  ],
  [
    "a growth misstated",
    "全年收入1,821.69万元，较上年增加61.20万元，增长4.48%。",
    "61.20 ÷ (1821.69 − 61.20) = 3.48% ≠ 4.48%",
  ],
  [
    "a share misstated",
    "基本支出1000.00万元，其中：人员经费382.88万元，占基本支出的48.28%。",
    "382.88 ÷ 1000.00 = 38.29% ≠ 48.28%",
  ],
];

describe("prose beyond the seed", () => {
  test.each(HOLD)("holds or is left alone: %s", (_name, text) => {
    expect(checkPassage(text).filter((r) => !r.holds)).toEqual([]);
  });
  test.each(CATCH)("caught: %s", (_name, text, arithmetic) => {
    expect(
      checkPassage(text)
        .filter((r) => !r.holds)
        .map((r) => r.arithmetic)
    ).toEqual([arithmetic]);
  });
});
