import rule from "../../src/rules/active-by-kind";
import { evaluation, ruleTester } from "./rule-tester";

const people = (p: Record<string, string>) => evaluation({ profile: { people: p } });
const KINDS = [
  "profile.people.activeAdministrative",
  "profile.people.activePoliticalLegal",
  "profile.people.activeInstitutional",
  "profile.people.activeWorker",
];

ruleTester(rule, {
  valid: [
    {
      name: "“在职人员10人，其中行政6人、事业4人”: the kinds not stated may be 0",
      model: people({ active: "10", activeAdministrative: "6", activeInstitutional: "4" }),
    },
    {
      name: "all four kinds: 6 + 0 + 3 + 1 = 10",
      model: people({
        active: "10",
        activeAdministrative: "6",
        activePoliticalLegal: "0",
        activeInstitutional: "3",
        activeWorker: "1",
      }),
    },
    { name: "在职 stated without kinds: nothing asked", model: people({ active: "10" }) },
    { name: "kinds without 在职: nothing to check", model: people({ activeAdministrative: "6" }) },
  ],
  invalid: [
    {
      name: "all four filled, 6 + 0 + 4 + 1 stated as 10",
      model: people({
        active: "10",
        activeAdministrative: "6",
        activePoliticalLegal: "0",
        activeInstitutional: "4",
        activeWorker: "1",
      }),
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          paths: ["profile.people.active", ...KINDS],
          expected: "11",
          actual: "10",
          says: ["在职人员填报 10 人", "相加为 11 人", "相差 -1 人"],
        },
      ],
    },
    {
      name: "the filled kinds alone exceed 在职: 行政6、事业5 against 10",
      model: people({ active: "10", activeAdministrative: "6", activeInstitutional: "5" }),
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          paths: [
            "profile.people.active",
            "profile.people.activeAdministrative",
            "profile.people.activeInstitutional",
          ],
          expected: "11",
          actual: "10",
        },
      ],
    },
    {
      name: "one blank kind pinned down: 工勤 blank, 6 + 0 + 3 of 10 → a warning naming 1",
      model: people({
        active: "10",
        activeAdministrative: "6",
        activePoliticalLegal: "0",
        activeInstitutional: "3",
      }),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          expected: "1",
          paths: [
            "profile.people.activeWorker",
            "profile.people.active",
            "profile.people.activeAdministrative",
            "profile.people.activePoliticalLegal",
            "profile.people.activeInstitutional",
          ],
          says: ["在职人员中：工勤未填", "应为 1"],
        },
      ],
    },
    {
      name: "a shortfall two blanks could fill: one info finding, not an error",
      model: people({ active: "12", activeAdministrative: "6", activeInstitutional: "4" }),
      errors: [
        {
          messageId: "unverifiable",
          severity: "info",
          paths: [
            "profile.people.activePoliticalLegal",
            "profile.people.activeWorker",
            "profile.people.active",
            "profile.people.activeAdministrative",
            "profile.people.activeInstitutional",
          ],
        },
      ],
    },
  ],
});
