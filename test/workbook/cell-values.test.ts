import { formatDecimals, parseCell, parseNumberText } from "../../src/workbook/cell-values";
import type { ValueType } from "../../src/layout/types";
import type { CellValue } from "../../src/workbook/port";

describe("number formats fix the stated decimals", () => {
  test.each([
    ["0.00", { decimals: 2, percent: false }],
    ["#,##0.00_ ", { decimals: 2, percent: false }],
    ["0%", { decimals: 0, percent: true }],
    ["0.0%", { decimals: 1, percent: true }],
    ["[Red]0.000;-0.000", { decimals: 3, percent: false }],
    ['0.00"万元"', { decimals: 2, percent: false }],
    ["0", { decimals: 0, percent: false }],
    ["General", undefined],
    ["@", undefined],
    [undefined, undefined],
  ])("%s", (fmt, expected) => expect(formatDecimals(fmt)).toEqual(expected));
});

describe("numbers typed as text", () => {
  test.each([
    ["226.98万元", "226.98", false],
    ["２２６.９８", "226.98", false],
    ["２２６．９８", "226.98", false],
    ["1,234.5", "1234.5", false],
    [" 12 ", "12", false],
    ["12\u3000", "12", false],
    ["71%", "71", true],
    ["-8.00", "-8.00", false],
    ["23人", "23", false],
  ])("%s → %s", (text, value, percent) =>
    expect(parseNumberText(text)).toEqual({ value, percent })
  );

  test.each(["abc", "1,2345", "12.3.4", "约10", "", "十"])("%s is no number", (text) =>
    expect(parseNumberText(text)).toBeUndefined()
  );
});

type Case = [CellValue, ValueType, string | undefined, ReturnType<typeof parseCell>];
describe("parseCell", () => {
  const cases: Case[] = [
    [6.7, "amount", "0.00", { kind: "ok", value: "6.70" }],
    [125.94000000000001, "amount", "0.00", { kind: "ok", value: "125.94" }],
    // Amounts are 万元 with 2 decimals: General does not make 6.70 a coarser 6.7 (issue 15 item 7).
    [6.7, "amount", "General", { kind: "ok", value: "6.70" }],
    [6.705, "amount", "General", { kind: "ok", value: "6.705" }],
    [2.345, "amount", "0.00", { kind: "ok", value: "2.35" }],
    [1.02, "rate", "0%", { kind: "ok", value: "1.02" }],
    [0.7119, "rate", "0%", { kind: "ok", value: "0.71" }],
    ["71%", "rate", "0%", { kind: "numberAsText", value: "0.71", text: "71%" }],
    ["226.98万元", "amount", "0.00", { kind: "numberAsText", value: "226.98", text: "226.98万元" }],
    ["abc", "amount", "0.00", { kind: "notANumber", text: "abc" }],
    [{ error: "#DIV/0!" }, "amount", "0.00", { kind: "errorValue", text: "#DIV/0!" }],
    [{ error: "#REF!" }, "text", "@", { kind: "errorValue", text: "#REF!" }],
    [null, "amount", "0.00", { kind: "blank" }],
    ["   ", "count", "0", { kind: "blank" }],
    [10, "count", "0", { kind: "ok", value: "10" }],
    [2021, "year", "0", { kind: "ok", value: "2021" }],
    ["2021年", "year", "0", { kind: "numberAsText", value: "2021", text: "2021年" }],
    [44831, "date", undefined, { kind: "ok", value: "2022-09-27" }],
    ["2022年9月27日", "date", undefined, { kind: "ok", value: "2022-09-27" }],
    ["2022/9/27", "date", undefined, { kind: "ok", value: "2022-09-27" }],
    ["2022-02-30", "date", undefined, { kind: "invalidDate", text: "2022-02-30" }],
    ["下月", "date", undefined, { kind: "invalidDate", text: "下月" }],
    [3746, "value", "General", { kind: "ok", value: "3746" }],
    [4.5, "value", "General", { kind: "ok", value: "4.5" }],
    ["逐步提高", "value", "General", { kind: "ok", value: "逐步提高" }],
    ["3746人", "value", "General", { kind: "numberAsText", value: "3746", text: "3746人" }],
    ["是", "flag", "@", { kind: "ok", value: true }],
    ["否", "flag", "@", { kind: "ok", value: false }],
    ["也许", "flag", "@", { kind: "notInList", text: "也许" }],
    [43050001, "text", "@", { kind: "ok", value: "43050001" }],
    ["  办公室 ", "text", "@", { kind: "ok", value: "办公室" }],
    ["=1+1", "longtext", "@", { kind: "ok", value: "=1+1" }],
  ];
  test.each(cases)("%j as %s (%s)", (raw, type, numFmt, expected) =>
    expect(parseCell(raw, type, { numFmt })).toEqual(expected)
  );

  test("choices: symbols are normalised, unknown values are reported, accepted synonyms pass", () => {
    const choices = ["≥", "≤", "=", "定性"];
    expect(parseCell(">=", "choice", { choices })).toEqual({ kind: "ok", value: "≥" });
    expect(parseCell("<=", "choice", { choices })).toEqual({ kind: "ok", value: "≤" });
    expect(parseCell("大约", "choice", { choices })).toEqual({ kind: "notInList", text: "大约" });
    const grades = ["优秀", "良好", "中等", "较差"];
    expect(parseCell("良", "choice", { choices: grades, accepts: ["良"] })).toEqual({
      kind: "ok",
      value: "良",
    });
    expect(parseCell("良", "choice", { choices: grades })).toEqual({
      kind: "notInList",
      text: "良",
    });
  });
});
