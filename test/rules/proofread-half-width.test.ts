import rule from "../../src/rules/narrative/proofread-half-width";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";

// The seed's "根据企业诉求,主动和用工企业联系" and "创业载体补助资金15万元,为7家小微企业".
ruleTester(rule, {
  valid: [
    {
      name: "full-width marks",
      model: prose("根据企业诉求，主动和用工企业联系；及时掌握返岗心态。"),
    },
    {
      name: "thousands separators",
      model: prose("全年支出1,234.50万元，较上年增加1,021.00万元。"),
    },
    { name: "a time of day", model: prose("招聘会于8:30开始。") },
    { name: "an item name as 决算 tables print it", model: prose("维修(护)费8.00万元。") },
    { name: "a formula", model: prose("变动率=(本年−上年)/上年，得分=3×min(执行率,100%)。") },
    { name: "full-width brackets", model: prose("所有工程项目（含政府投资工程）须缴纳保证金。") },
    { name: "no prose", model: evaluation() },
  ],
  invalid: [
    {
      name: "the seed's two half-width commas",
      model: prose("根据企业诉求,主动和用工企业联系。给予补助资金15万元,为7家小微企业补贴。"),
      errors: [
        {
          messageId: "slip",
          paths: [PARAGRAPH],
          severity: "info",
          data: { quotes: "“企业诉求,主动和用”、“15万元,为7家小”", count: 2 },
          expected: "，、，",
          actual: ",、,",
        },
      ],
    },
    {
      name: "half-width brackets around Chinese, a colon and a semicolon",
      model: prose("工程项目(含政府投资工程)须缴纳保证金;主要做法:一是加强监管。"),
      errors: [{ messageId: "slip", paths: [PARAGRAPH], data: { count: 3 }, actual: "()、;、:" }],
    },
  ],
});
