import rule from "../../src/rules/shares-sum";
import { evaluation, ruleTester } from "./rule-tester";

const shares = (personnel?: string, pub?: string) =>
  evaluation({ expenditure: { shares: { personnel, public: pub } } });

ruleTester(rule, {
  valid: [
    { name: "seed: 71 % + 29 %", model: shares("0.71", "0.29") },
    { name: "71.2 % + 28.8 %", model: shares("0.712", "0.288") },
    { name: "rounding: 71 % + 28.8 % (mixed decimals)", model: shares("0.71", "0.288") },
    { name: "only one stated", model: shares("0.71") },
    { name: "rounding: 71 % + 30 % may be 70.5 % + 29.5 %", model: shares("0.71", "0.30") },
    {
      name: "a share share-ratio finds wrong is reported there, not again here",
      model: evaluation({
        expenditure: {
          stated: { personnel: { actual: "125.94" }, basic: { actual: "226.98" } },
          shares: { personnel: "0.72", public: "0.29" },
        },
      }),
    },
  ],
  invalid: [
    {
      name: "72 % + 30 %",
      model: shares("0.72", "0.30"),
      errors: [
        {
          messageId: "notHundred",
          severity: "warning",
          expected: "100%",
          actual: "102%",
          says: ["72%", "30%", "102%"],
          paths: ["expenditure.shares.personnel", "expenditure.shares.public"],
        },
      ],
    },
    {
      name: "60 % + 30 %",
      model: shares("0.60", "0.30"),
      errors: [
        {
          messageId: "notHundred",
          paths: ["expenditure.shares.personnel", "expenditure.shares.public"],
          data: { personnel: "60%", public: "30%", sum: "90%" },
          actual: "90%",
        },
      ],
    },
  ],
});
