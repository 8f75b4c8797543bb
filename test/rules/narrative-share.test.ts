import rule from "../../src/rules/narrative-share";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";

const SEED =
  "人社局2021年度财政拨款基本支出421.3万元，其中：人员经费299.95万元，占基本支出的71%,主要包括基本工资、津贴补贴；公用经费121.35万元，占基本支出的29%，主要包括办公费、印刷费等。";

ruleTester(rule, {
  valid: [
    { name: "seed: 71% and 29% of 421.3", model: prose(SEED) },
    { name: "占 names no whole", model: prose("因公出国(境)费用支出决算0万元，占0%。") },
    {
      name: "two figures carry the name: claim nothing",
      model: prose(
        "基本支出226.98万元。财政拨款基本支出421.3万元，人员经费299.95万元，占基本支出的91%。"
      ),
    },
    { name: "no prose", model: evaluation() },
  ],
  invalid: [
    {
      name: "71% changed to 81%",
      model: prose(SEED.replace("71%", "81%")),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          severity: "warning",
          data: {
            quote: "人员经费299.95万元，占基本支出的81%",
            arithmetic: "299.95 ÷ 421.3 = 71.2% ≠ 81%",
          },
          expected: "71.2%",
          actual: "81%",
        },
      ],
    },
    {
      name: "the whole changed makes both shares wrong",
      model: prose(SEED.replace("421.3万元", "521.3万元")),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          data: { arithmetic: "299.95 ÷ 521.3 = 57.54% ≠ 71%" },
        },
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          data: { arithmetic: "121.35 ÷ 521.3 = 23.28% ≠ 29%" },
        },
      ],
    },
  ],
});
