import rule from "../../src/rules/narrative-sum-after-parts";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";

const PUBLIC =
  "公用支出101.04 万元，主要用于单位的办公费开支10.80万元、印刷费6.35万元、邮电费0.4万元、差旅费1.5万元，维修(护)费8万元，劳务费19.24万元，委托业务费11.4万元，工会经费4.1万元，其他交通补助9.28万元，其他开支26.67万元，办公设备购置3.3万元，合计101.04万元等支出。";

ruleTester(rule, {
  valid: [
    {
      name: "seed: 138万余 + 31.7 = 169.7万余",
      model: prose(
        "其中养老保险补贴，医疗保险补贴，失业保险补贴共计社保补贴138万余元，岗位补贴31.7万元，共计补贴169.7万余元；"
      ),
    },
    { name: "seed: the 公用支出 list after 主要用于", model: prose(PUBLIC) },
    {
      name: "the whole said before its list is not one of its parts",
      model: prose("公用支出20.00万元，办公费12.00万元，印刷费8.00万元，合计20.00万元。"),
    },
    {
      name: "a completion is not a sum",
      model: prose("城镇新增就业人员任务3746人，共计完成3821人，完成上级任务的102%。"),
    },
    {
      name: "a count before a total in another unit",
      model: prose("对就业困难人员256人养老保险、医疗保险补贴共计67.08万元。"),
    },
    { name: "a single part", model: prose("申请14796笔，资金200.00万元，共计发放200.00万元。") },
    {
      name: "a part ending in 等",
      model: prose("办公费5.00万元、印刷费3.00万元等，合计10.00万元。"),
    },
    { name: "no prose", model: evaluation() },
  ],
  invalid: [
    {
      name: "办公费 and 印刷费 do not give the 合计",
      model: prose("办公费10.80万元、印刷费6.35万元，合计18.15万元。"),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          severity: "warning",
          data: {
            quote: "办公费10.80万元、印刷费6.35万元，合计18.15万元",
            arithmetic: "18.15 ≠ 10.80 + 6.35 = 17.15",
            unit: "万元",
          },
          expected: "17.15万元",
          actual: "18.15万元",
        },
      ],
    },
    {
      name: "seed's 公用支出 list with 劳务费 changed",
      model: prose(PUBLIC.replace("劳务费19.24万元", "劳务费29.24万元")),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          says: ["合计101.04万元", "101.04 ≠ 10.80 + 6.35 + 0.4 + 1.5 + 8 + 29.24"],
        },
      ],
    },
    {
      name: "余 cannot stretch to a second 万",
      model: prose("社保补贴138万余元，岗位补贴31.7万元，共计补贴171.7万余元；"),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          data: { arithmetic: "171.7余 ≠ 138余 + 31.7 = 169.7" },
        },
      ],
    },
  ],
});
