import rule from "../../src/rules/staffing-total";
import { evaluation, ruleTester } from "./rule-tester";

const staffing = (
  administrative: string,
  politicalLegal: string,
  institutional: string,
  worker: string,
  total?: string
) =>
  evaluation({
    profile: { staffing: { administrative, politicalLegal, institutional, worker, total } },
  });

ruleTester(rule, {
  valid: [
    { name: "seed: 10 + 0 + 0 + 1 = 11", model: staffing("10", "0", "0", "1", "11") },
    { name: "no total stated", model: staffing("10", "0", "0", "1") },
    { name: "nothing filled", model: evaluation() },
  ],
  invalid: [
    {
      name: "10 + 0 + 0 + 1 stated as 12",
      model: staffing("10", "0", "0", "1", "12"),
      errors: [
        {
          messageId: "mismatch",
          expected: "11",
          actual: "12",
          says: ["12", "11"],
          paths: [
            "profile.staffing.total",
            "profile.staffing.administrative",
            "profile.staffing.politicalLegal",
            "profile.staffing.institutional",
            "profile.staffing.worker",
          ],
        },
      ],
    },
    {
      name: "a blank kind is left out, not read as 0",
      model: evaluation({
        profile: { staffing: { administrative: "10", worker: "2", total: "11" } },
      }),
      errors: [
        {
          messageId: "mismatch",
          data: { stated: "11", computed: "12", difference: "-1" },
          expected: "12",
          paths: [
            "profile.staffing.total",
            "profile.staffing.administrative",
            "profile.staffing.worker",
          ],
        },
      ],
    },
    {
      name: "issue 15: blank kinds could make up 10 against 11: info at the blanks, not an error",
      model: evaluation({
        profile: { staffing: { administrative: "10", total: "11" } },
      }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          says: ["未能核对：政法编制、事业编制、工勤编制未填", "如确实为零，请填 0"],
          paths: [
            "profile.staffing.politicalLegal",
            "profile.staffing.institutional",
            "profile.staffing.worker",
            "profile.staffing.total",
            "profile.staffing.administrative",
          ],
        },
      ],
    },
  ],
});
