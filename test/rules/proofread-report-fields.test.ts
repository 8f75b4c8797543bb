import rule, { reportFieldFindings } from "../../src/rules/narrative/proofread-report-fields";
import { layoutLocations } from "../../src/layout/locations";
import type { Finding } from "../../src/model/finding";
import { evaluation, ruleTester } from "./rule-tester";

const filled = {
  name: "邵阳市双清区人力资源和社会保障局",
  shortName: "双清区人社局",
  year: "2021",
  addressee: "区财政局",
  reportDate: "2022-09-27",
};

// Issue 25 item 2: the facts a working draft leaves blank, asked for when the report is made.
ruleTester(rule, {
  valid: [
    { name: "every field the report prints is filled", model: evaluation({ profile: filled }) },
  ],
  invalid: [
    {
      name: "报送对象 and 报告日期 blank: one warning each",
      model: evaluation({ profile: { ...filled, addressee: undefined, reportDate: "" } }),
      errors: [
        {
          messageId: "missing",
          paths: ["profile.addressee"],
          severity: "warning",
          data: { label: "报送对象" },
          says: ["报送对象", "空白"],
        },
        { messageId: "missing", paths: ["profile.reportDate"], data: { label: "报告日期" } },
      ],
    },
    {
      name: "only the short name blank",
      model: evaluation({ profile: { ...filled, shortName: "  " } }),
      errors: [{ messageId: "missing", paths: ["profile.shortName"], says: ["全称"] }],
    },
  ],
});

test("a field the reader already reports as an error is not reported twice", () => {
  const m = evaluation({ profile: { ...filled, addressee: undefined, reportDate: undefined } });
  const at = layoutLocations(m).get("profile.addressee")!;
  const readerError: Finding = {
    ruleId: "cell-required",
    messageId: "required",
    severity: "error",
    sheet: at.sheet,
    cell: at.cell,
    cells: [at],
    message: "报送对象未填写。",
    messageEn: "Addressee is required.",
  };
  expect(reportFieldFindings(m, undefined, []).map((f) => f.cell)).toHaveLength(2);
  const left = reportFieldFindings(m, undefined, [readerError]);
  expect(left).toHaveLength(1);
  expect(left[0].message).toContain("报告日期");
});
