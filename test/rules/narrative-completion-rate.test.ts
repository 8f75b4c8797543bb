import rule from "../../src/rules/narrative-completion-rate";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";

const SEED =
  "截止2021年12月，我区城镇新增就业人员任务3746人，共计完成3821人，完成上级任务的102%；失业人员再就业任务2310人，共计完成2319人，完成上级任务的100%；其中就业困难对象再就业任务800人，共计完成上级任务的819人，完成102%。";

ruleTester(rule, {
  valid: [
    { name: "seed: 3821 ÷ 3746, 2319 ÷ 2310, 819 ÷ 800", model: prose(SEED) },
    {
      name: "seed: 4405 ÷ 2300 = 191.5% written 192%",
      model: prose("项目任务2300人，完成培训补贴人数共计4405人，完成目标任务的192%；"),
    },
    {
      name: "truncated: 2319 ÷ 2310 = 100.39% written 100%, 191.52% written 191%",
      model: prose(
        "任务2310人，共计完成2319人，完成上级任务的100%；任务2300人，共计完成4405人，完成191%。"
      ),
    },
    { name: "完成率 wording", model: prose("任务520人，共计完成人数526人，完成率101%。") },
    {
      name: "different units claim nothing",
      model: prose("征缴目标任务为4436万元，完成参保19179人，完成432%。"),
    },
    { name: "a zero task claims nothing", model: prose("任务0人，完成5人，完成100%。") },
    {
      name: "a rate not after its completion claims nothing",
      model: prose("新增参保目标任务数355人，已完成全部参保，参保率100%。"),
    },
    { name: "no prose", model: evaluation() },
  ],
  invalid: [
    {
      name: "完成102% changed to 完成112%",
      model: prose(SEED.replace("完成102%。", "完成112%。")),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          severity: "warning",
          data: {
            quote: "其中就业困难对象再就业任务800人，共计完成上级任务的819人，完成112%",
            arithmetic: "819 ÷ 800 = 102.38% ≠ 112%",
          },
          expected: "102.38%",
          actual: "112%",
          says: ["“其中就业困难对象再就业任务800人，共计完成上级任务的819人，完成112%”"],
        },
      ],
    },
    {
      name: "a task changed",
      model: prose(
        "贫困劳动力培训任务350人，培训完成628人，完成上级任务的251%，贫困家庭两后生培训任务30人，培训完成34人，完成上级任务的113%。"
      ),
      errors: [
        {
          messageId: "mismatch",
          paths: [PARAGRAPH],
          data: { arithmetic: "628 ÷ 350 = 179.43% ≠ 251%" },
        },
      ],
    },
  ],
});
