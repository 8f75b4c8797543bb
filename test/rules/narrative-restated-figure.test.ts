import rule from "../../src/rules/narrative-restated-figure";
import type { Evaluation } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH } from "../narrative/cases";

/** The sample's stated totals with one paragraph of prose. */
const unit = (text: string, total = "226.98"): Evaluation =>
  evaluation({
    expenditure: {
      stated: {
        personnel: { actual: "125.94", fiscal: "299.95" },
        public: { actual: "101.04", fiscal: "121.35" },
        basic: { actual: "226.98", fiscal: "421.30" },
        project: { actual: "8.00" },
        total: { actual: total },
      },
    },
    narrative: { achievements: [{ topic: "支出", text }] },
  });

const SEED =
  "人社局2021年全年总支出226.98万元。基本支出226.98万元，其中人员支出125.94万元(工资支出36.9万元、津贴22.76万元)。公用支出101.04 万元，主要用于单位的办公费开支10.80万元。";

ruleTester(rule, {
  valid: [
    { name: "seed §一(三) against the sample's totals", model: unit(SEED) },
    {
      name: "seed §二(一): 财政拨款 against its column, its 其中 left alone",
      model: unit(
        "人社局2021年度财政拨款基本支出421.3万元，其中：人员经费299.95万元，占基本支出的71%；公用经费121.35万元，占基本支出的29%。"
      ),
    },
    {
      name: "a budget is not the actual",
      model: unit("项目支出预算安排30.00万元。年初预算基本支出200万元。"),
    },
    { name: "约 claims nothing", model: unit("全年总支出约300万元。") },
    {
      name: "one project's 项目支出 is not the unit's",
      model: unit("劳动保障扩面工作项目支出5万元，就业培训项目支出3万元。"),
    },
    { name: "rounded: 227万元 may be 226.98", model: unit("全年总支出227万元。") },
    { name: "in 元, the same figure", model: unit("公用支出1010400元。") },
    {
      name: "the table blank: nothing to compare",
      model: evaluation({ narrative: { achievements: [{ text: "全年总支出236.98万元。" }] } }),
    },
  ],
  invalid: [
    {
      name: "总支出 restated as 236.98",
      model: unit(SEED.replace("总支出226.98", "总支出236.98")),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH, "expenditure.stated.total.actual"],
          severity: "warning",
          data: {
            name: "支出总计",
            column: "实际支出",
            quote: "人社局2021年全年总支出236.98万元",
            written: "236.98万元",
            held: "226.98",
          },
          expected: "226.98万元",
          actual: "236.98万元",
        },
      ],
    },
    {
      name: "财政拨款基本支出 against its column",
      model: unit("人社局2021年度财政拨款基本支出431.3万元。"),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH, "expenditure.stated.basic.fiscal"],
          data: { name: "基本支出", column: "财政拨款", held: "421.3" },
        },
      ],
    },
    {
      name: "in 元",
      model: unit("公用支出1020400元。"),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH, "expenditure.stated.public.actual"],
          data: { written: "1020400元" },
        },
      ],
    },
  ],
});
