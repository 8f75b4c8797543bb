import rule from "../../src/rules/narrative/proofread-date-word";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";

// The seed writes 截止 before a time five times ("截止2021年12月", "截止目前", "截止到11月13日").
ruleTester(rule, {
  valid: [
    { name: "截至 before a time", model: prose("截至2021年12月，我区城镇新增就业3821人。") },
    { name: "截止 after a time", model: prose("申报工作于2021年6月1日截止。") },
    { name: "截止日期", model: prose("严格按照截止日期完成资金拨付。") },
    { name: "no prose", model: evaluation() },
  ],
  invalid: [
    {
      name: "the seed's 截止2021年12月",
      model: prose("稳就业保民生。截止2021年12月，我区城镇新增就业3821人。"),
      errors: [
        {
          messageId: "slip",
          paths: [PARAGRAPH],
          severity: "info",
          data: { quotes: "“截止2021年12月”", count: 1 },
          expected: "截至",
          actual: "截止",
        },
      ],
    },
    {
      name: "截止目前 and 截止到11月13日 in one passage: one finding, both quoted",
      model: prose("截止目前，我区一共333家企业享受优惠政策；截止到11月13日，已全额代缴。"),
      errors: [
        {
          messageId: "slip",
          paths: [PARAGRAPH],
          data: { count: 2 },
          actual: "截止、截止到",
        },
      ],
    },
  ],
});
