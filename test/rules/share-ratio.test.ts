import rule from "../../src/rules/share-ratio";
import type { Expenditure } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

const SEED_STATED = {
  personnel: { actual: "125.94", fiscal: "299.95" },
  public: { actual: "101.04", fiscal: "121.35" },
  basic: { actual: "226.98", fiscal: "421.30" },
};
const model = (shares: Expenditure["shares"], stated = SEED_STATED) =>
  evaluation({ expenditure: { stated, shares } });

ruleTester(rule, {
  valid: [
    {
      name: "seed: 299.95 / 421.30 = 71.2 % stated 71 %, 28.8 % stated 29 %",
      model: model({ basis: "财政拨款", personnel: "0.71", public: "0.29" }),
    },
    {
      name: "on actual: 125.94 / 226.98 = 55.5 % stated 55.5 %",
      model: model({ basis: "实际支出", personnel: "0.555" }),
    },
    { name: "blank basis means actual", model: model({ personnel: "0.55", public: "0.45" }) },
    { name: "no share stated", model: model({ basis: "财政拨款" }) },
    {
      name: "computed basic from items",
      model: evaluation({
        expenditure: {
          items: [
            { category: "人员支出", actual: "60" },
            { category: "公用支出", actual: "40" },
          ],
          shares: { personnel: "0.60" },
        },
      }),
    },
  ],
  invalid: [
    {
      name: "299.95 / 421.30 stated 72 %",
      model: model({ basis: "财政拨款", personnel: "0.72", public: "0.29" }),
      errors: [
        {
          messageId: "differs",
          severity: "error",
          expected: "71.2%",
          actual: "72%",
          says: ["人员经费占基本支出比例填报 72%", "按财政拨款计算为 71.2%", "299.95", "421.3"],
          paths: [
            "expenditure.shares.personnel",
            "expenditure.stated.personnel.fiscal",
            "expenditure.stated.basic.fiscal",
          ],
        },
      ],
    },
    {
      name: "the seed's shares on the actual column",
      model: model({ basis: "实际支出", personnel: "0.71", public: "0.29" }),
      errors: [
        {
          messageId: "differs",
          says: ["按实际支出计算为 55.5%"],
          paths: [
            "expenditure.shares.personnel",
            "expenditure.stated.personnel.actual",
            "expenditure.stated.basic.actual",
          ],
        },
        {
          messageId: "differs",
          paths: [
            "expenditure.shares.public",
            "expenditure.stated.public.actual",
            "expenditure.stated.basic.actual",
          ],
          says: ["公用经费占基本支出比例填报 29%", "44.5%"],
        },
      ],
    },
    {
      name: "no basic to compute on",
      model: model({ basis: "财政拨款", personnel: "0.71", public: "0.29" }, {
        personnel: {},
        public: {},
        basic: {},
      } as typeof SEED_STATED),
      errors: [
        {
          data: { basis: "财政拨款", basisEn: "fiscal appropriation" },
          messageId: "cannotCompute",
          severity: "info",
          paths: ["expenditure.shares.personnel", "expenditure.shares.public"],
        },
      ],
    },
    {
      name: "a zero basic",
      model: model({ personnel: "0.71" }, {
        personnel: { actual: "0" },
        public: { actual: "0" },
        basic: { actual: "0.00" },
      } as typeof SEED_STATED),
      errors: [
        {
          data: { basis: "实际支出", basisEn: "actual" },
          messageId: "cannotCompute",
          paths: ["expenditure.shares.personnel", "expenditure.stated.basic.actual"],
        },
      ],
    },
  ],
});
