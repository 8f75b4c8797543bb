import rule from "../../src/rules/narrative/proofread-forecast";
import type { Evaluation } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";

// The seed, dated 2022-09-27 for 2021: "预计到12月底，受惠人数达180人，发放失业补助金8万元".
const dated = (m: Evaluation, reportDate: string | undefined, year = "2021"): Evaluation => ({
  ...m,
  profile: { ...m.profile, reportDate, year },
});
const SEED = "6-11月共发放失业补助金2.33万元。预计到12月底，受惠人数达180人，发放失业补助金8万元。";

ruleTester(rule, {
  valid: [
    { name: "dated within the year", model: dated(prose(SEED), "2021-11-30") },
    { name: "no report date", model: dated(prose(SEED), undefined) },
    {
      name: "a plan for a later year",
      model: dated(prose("预计2022年完成全覆盖；预计明年新增就业3800人。"), "2022-09-27"),
    },
    {
      name: "a 存在问题 line looks ahead",
      model: dated(prose("全年完成培训任务。", "预计追拨资金仍较多。"), "2022-09-27"),
    },
    { name: "no prose", model: evaluation() },
  ],
  invalid: [
    {
      name: "a long sentence: the part of it that holds the estimate",
      model: dated(
        prose(
          "截至目前，我区一共333家中小微企业享受优惠政策，月预计减免中小微企业及个体工商户养老保险单位部分228.8万元，2021年2月至12月15日预计惠及44814人，共减免2179.6万元。"
        ),
        "2022-09-27"
      ),
      errors: [
        {
          messageId: "slip",
          paths: [PARAGRAPH],
          data: {
            quotes:
              "“月预计减免中小微企业及个体工商户养老保险单位部分228.8万元”、“2021年2月至12月15日预计惠及44814人”",
            count: 2,
          },
        },
      ],
    },
    {
      name: "the seed's 预计到12月底 in a report dated 2022-09-27",
      model: dated(prose(SEED), "2022-09-27"),
      errors: [
        {
          messageId: "slip",
          paths: [PARAGRAPH],
          severity: "info",
          data: {
            date: "2022年9月27日",
            year: "2021",
            quotes: "“预计到12月底，受惠人数达180人，发放失业补助金8万元”",
          },
          actual: "预计",
        },
      ],
    },
  ],
});
