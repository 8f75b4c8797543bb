import rule from "../../src/rules/narrative-growth";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";

ruleTester(rule, {
  valid: [
    {
      name: "增加 61.20 of 451.36: 13.56%",
      model: prose("本年收入512.56万元，较上年增加61.20万元，增长13.56%。"),
    },
    {
      name: "truncated to 13%",
      model: prose("本年收入512.56万元，较上年增加61.20万元，增长13%。"),
    },
    { name: "a fall", model: prose("支出80.00万元，较上年减少20.00万元，下降20%。") },
    { name: "last year named", model: prose("本年支出110.00万元，上年支出100.00万元，增长10%。") },
    {
      name: "the words disagree: claim nothing",
      model: prose("本年收入512.56万元，较上年增加61.20万元，下降50%。"),
    },
    {
      name: "three amounts: claim nothing",
      model: prose("收入512.56万元，支出400.00万元，较上年增加61.20万元，增长50%。"),
    },
    {
      name: "from zero: cannot compute",
      model: prose("本年支出10.00万元，上年支出0万元，增长100%。"),
    },
    { name: "no prose", model: evaluation() },
  ],
  invalid: [
    {
      name: "13.56% written 23.56%",
      model: prose("本年收入512.56万元，较上年增加61.20万元，增长23.56%。"),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          severity: "warning",
          data: {
            quote: "本年收入512.56万元，较上年增加61.20万元，增长23.56%",
            arithmetic: "61.20 ÷ (512.56 − 61.20) = 13.56% ≠ 23.56%",
          },
          expected: "13.56%",
          actual: "23.56%",
        },
      ],
    },
    {
      name: "last year named, rate wrong",
      model: prose("本年支出110.00万元，上年支出100.00万元，增长20%。"),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          data: { arithmetic: "(110.00 − 100.00) ÷ 100.00 = 10% ≠ 20%" },
        },
      ],
    },
  ],
});
