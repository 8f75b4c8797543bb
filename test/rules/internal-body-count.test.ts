import rule from "../../src/rules/internal-body-count";
import { evaluation, ruleTester } from "./rule-tester";

const SEED = [
  "办公室",
  "公务员管理股",
  "绩效考核评估股",
  "工资福利股",
  "劳动关系与法规股",
  "社会就业失业、保险管理、基金监督股",
];
const bodies = (count: string, names: string[]) =>
  evaluation({ profile: { internalBodyCount: count, internalBodies: names } });

ruleTester(rule, {
  valid: [
    { name: "seed: 6 bodies, 6 names (one name holding 、)", model: bodies("6", SEED) },
    { name: "a name with brackets counts once", model: bodies("1", ["社会保险（基金监督）股"]) },
    { name: "no names listed", model: bodies("6", []) },
  ],
  invalid: [
    {
      name: "8 names for 6 bodies",
      model: bodies("6", [...SEED, "信访室", "法规股"]),
      errors: [
        {
          paths: [
            "profile.internalBodyCount",
            "profile.internalBodies.0",
            "profile.internalBodies.1",
            "profile.internalBodies.2",
            "profile.internalBodies.3",
            "profile.internalBodies.4",
            "profile.internalBodies.5",
            "profile.internalBodies.6",
            "profile.internalBodies.7",
          ],
          messageId: "mismatch",
          severity: "warning",
          expected: "8",
          actual: "6",
          says: ["6", "8"],
        },
      ],
    },
    {
      name: "5 names for 6 bodies",
      model: bodies("6", SEED.slice(0, 5)),
      errors: [
        {
          messageId: "mismatch",
          data: { stated: "6", listed: 5 },
          expected: "5",
          paths: [
            "profile.internalBodyCount",
            ...SEED.slice(0, 5).map((_, i) => `profile.internalBodies.${i}`),
          ],
        },
      ],
    },
  ],
});
