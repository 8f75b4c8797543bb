import rule from "../../src/rules/narrative/proofread-document-number";
import { evaluation, ruleTester } from "./rule-tester";
import { PARAGRAPH, prose } from "../narrative/cases";

// The seed cites "《关于阶段性减免企业社会保险费的通知》（湘人社规[2021]3号）".
ruleTester(rule, {
  valid: [
    { name: "六角括号", model: prose("根据《通知》（湘人社规〔2021〕3号）文件要求。") },
    { name: "a year in brackets, no number", model: prose("全年（2021）共开班75个。") },
    { name: "no prose", model: evaluation() },
  ],
  invalid: [
    {
      name: "the seed's square brackets",
      model: prose("根据《关于阶段性减免企业社会保险费的通知》（湘人社规[2021]3号）文件要求。"),
      errors: [
        {
          messageId: "slip",
          paths: [PARAGRAPH],
          severity: "info",
          data: { quotes: "“湘人社规[2021]3号”" },
          expected: "〔2021〕",
          actual: "[2021]",
        },
      ],
    },
    {
      name: "round and lenticular brackets",
      model: prose("按照财预(2021)12号和湘财绩【2022】5号文件执行。"),
      errors: [
        {
          messageId: "slip",
          paths: [PARAGRAPH],
          data: { quotes: "“按照财预(2021)12号”、“和湘财绩【2022】5号”" },
          expected: "〔2021〕、〔2022〕",
          actual: "(2021)、【2022】",
        },
      ],
    },
  ],
});
