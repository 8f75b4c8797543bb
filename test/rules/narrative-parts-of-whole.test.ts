import rule from "../../src/rules/narrative-parts-of-whole";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";

ruleTester(rule, {
  valid: [
    {
      name: "seed: 48 = 23 + 25",
      model: prose("劳动争议仲裁受理案件48件，其中调解23件，裁决25件，涉及劳动者48人。"),
    },
    {
      name: "seed: 14 = 8 + 6",
      model: prose("返乡回流贫困劳动力总人数14人，其中已就业8人，无就业意愿6人。"),
    },
    {
      name: "seed: 3639 with names split by 、 inside the list",
      model: prose(
        "参保对象共计3639人，其中贫困人口80人、三无人员及五保户20人、低保对象1024人、残一级、二级共1432人、残三级、四级共1083人，城乡居民养老保险为其以上人员代缴养老保险费767100元。"
      ),
    },
    {
      name: "seed: parts in brackets, 15.70 and 36.9 as stated",
      model: prose(
        "人员支出125.94万元(工资支出36.9万元、津贴22.76万元、奖励支出24.72万元、住房保障支出12.64万元、社保费开支15.70万元，伙食补助等开支2.28万元、对个人家庭补助10.94万元)。"
      ),
    },
    {
      name: "含 in brackets names some sub-items, not all",
      model: prose("年初批复预算985万元(含结转项目50万元、暂付性款项项目30万元)。"),
    },
    {
      name: "parts well short of the whole may name only some of them",
      model: prose("职业技能培训人员4405人，其中农村转移就业劳动者2366人，贫困劳动力628人。"),
    },
    {
      name: "a single part claims nothing",
      model: prose("基本支出226.98万元，其中人员支出125.94万元。"),
    },
    {
      name: "first part in another unit claims nothing",
      model: prose("吸纳贫困劳动力就业共317人，其中社保补贴138万余元，岗位补贴31.7万元。"),
    },
    {
      name: "a list ending in 等 claims nothing",
      model: prose("受理48件，其中调解20件、裁决25件等。"),
    },
    {
      name: "an aside in the unit claims nothing",
      model: prose("受理48件，其中调解23件，裁决25件，另有结转5件。"),
    },
    {
      name: "targets and completions are not parts",
      model: prose("再就业任务2310人，其中困难对象任务800人，共计完成819人。"),
    },
    {
      name: "余 widens: 10万余 = 6万余 + 4.5万",
      model: prose("补贴10万余元，其中社保补贴6万余元，岗位补贴4.5万元。"),
    },
    {
      name: "whole 万元 figures are rounded: 12万 may be 12.4万 = 8万 + 4.4万",
      model: prose("追拨资金共计12万元，其中专项工作经费8万元，其他经费5万元。"),
    },
    { name: "no prose", model: evaluation() },
  ],
  invalid: [
    {
      name: "调解23件 changed to 调解24件",
      model: prose("劳动争议仲裁受理案件48件，其中调解24件，裁决25件，涉及劳动者48人。"),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          severity: "warning",
          data: {
            quote: "劳动争议仲裁受理案件48件，其中调解24件，裁决25件",
            arithmetic: "48 ≠ 24 + 25 = 49",
          },
          expected: "49件",
          actual: "48件",
          says: ["“劳动争议仲裁受理案件48件，其中调解24件，裁决25件”", "48 ≠ 24 + 25 = 49件"],
        },
      ],
    },
    {
      name: "parts short of the whole",
      model: prose("返乡回流贫困劳动力总人数15人，其中已就业8人，无就业意愿6人。"),
      errors: [
        { messageId: "mismatch", paths: [PARAGRAPH], data: { arithmetic: "15 ≠ 8 + 6 = 14" } },
      ],
    },
    {
      name: "bracketed parts off by a cent beyond rounding",
      model: prose("人员支出125.94万元(工资支出36.90万元、津贴22.77万元、奖励支出66.31万元)。"),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          data: { arithmetic: "125.94 ≠ 36.90 + 22.77 + 66.31 = 125.98" },
          expected: "125.98万元",
        },
      ],
    },
    {
      name: "parts in 万元 and 元 are added in one unit",
      model: prose("补贴共计3.00万元，其中社保补贴20000元，岗位补贴15000元。", "存在问题。"),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          data: { arithmetic: "3.00万元 ≠ 20000元 + 15000元 = 3.5万元", unit: "" },
        },
      ],
    },
    {
      name: "a problem line is checked at its own cell",
      model: evaluation({
        narrative: {
          problems: ["追拨资金共计12.00万元，其中专项工作经费8.00万元，其他经费5.00万元。"],
        },
      }),
      errors: [
        {
          messageId: "mismatch",
          paths: ["narrative.problems.0"],
          data: { arithmetic: "12.00 ≠ 8.00 + 5.00 = 13.00" },
        },
      ],
    },
  ],
});
