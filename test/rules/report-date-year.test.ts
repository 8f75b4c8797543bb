import rule from "../../src/rules/report-date-year";
import { evaluation, ruleTester } from "./rule-tester";

const profile = (reportDate?: string, year?: string) =>
  evaluation({ profile: { reportDate, year } });

ruleTester(rule, {
  valid: [
    { name: "seed: 2022-09-27 for 2021", model: profile("2022-09-27", "2021") },
    { name: "no date", model: profile(undefined, "2021") },
    { name: "no year", model: profile("2021-05-01") },
  ],
  invalid: [
    {
      name: "dated 2021-05-01 for 2021",
      model: profile("2021-05-01", "2021"),
      errors: [
        {
          messageId: "tooEarly",
          severity: "warning",
          actual: "2021-05-01",
          says: ["报告日期为 2021年5月1日", "2021 年"],
          paths: ["profile.reportDate", "profile.year"],
        },
      ],
    },
    {
      name: "dated before the year",
      model: profile("2020-12-31", "2021"),
      errors: [
        {
          paths: ["profile.reportDate", "profile.year"],
          data: { date: "2020年12月31日", isoDate: "2020-12-31", year: "2021" },
          messageId: "tooEarly",
        },
      ],
    },
  ],
});
