/**
 * Cell-edit mode. TOOLCHAIN.md, Office facts: "While the user edits a cell, a batch fails with
 * InvalidOperationInCellEditMode; Excel.run({ delayForCellEdit: true }, …) (1.11) waits
 * instead." Ref: https://learn.microsoft.com/javascript/api/excel/excel.runoptions
 */
import { readFileSync } from "node:fs";
import { FakeExcel } from "../fake-excel";
import { rejection } from "../fake-excel/helpers";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { createHandlers } from "../../src/commands/handlers";
import { messages } from "../../src/commands/messages";
import { validate } from "../../src/workbook/validate";
import { OFFICE_PROFILES, open, sampleBytes } from "./ports";

describe("the fake host in cell-edit mode", () => {
  test("a batch fails with InvalidOperationInCellEditMode", async () => {
    const fake = new FakeExcel({ profile: "m365" });
    fake.cellEditing = true;
    const e = await rejection(fake.run(async (context) => context.sync()));
    expect(e.code).toBe("InvalidOperationInCellEditMode");
  });

  test("delayForCellEdit (1.11) waits for the edit to end instead", async () => {
    const fake = new FakeExcel({ profile: "ltsc2021" });
    fake.cellEditing = true;
    await fake.run({ delayForCellEdit: true }, async (context) => context.sync());
    expect(fake.cellEditing).toBe(false);
  });
});

describe.each(OFFICE_PROFILES)("on %s, while the user types in a cell", (profile) => {
  test("validate waits for the edit and runs", async () => {
    const wb = await open(profile, sampleBytes());
    wb.fake!.cellEditing = true;
    const { all } = await validate(wb.port());
    expect(all.length).toBeGreaterThan(0);
  });
});

test("where the host cannot wait (before 1.11), 校验 says to finish editing first", async () => {
  const wb = await open("m365", sampleBytes());
  const fake = wb.fake!;
  fake.cellEditing = true;
  const older = (s: string, v: string) => v !== "1.11" && fake.isSetSupported(s, v);
  const shown: string[] = [];
  const handlers = createHandlers({
    env: { isSetSupported: () => true },
    openWorkbook: () =>
      new OfficeWorkbook({ run: fake.run, excel: fake.Excel, isSetSupported: older }),
    show: async (m) => void shown.push(m.zh),
    notices: { seen: () => true, remember: () => undefined },
  });
  await new Promise<void>((resolve) => void handlers.validate({ completed: resolve }));
  expect(shown).toEqual([messages.cellEditing().zh]);
  expect(shown[0]).toContain("请先结束单元格编辑");
});

/**
 * Only real codes: every error code the adapter, the commands or the pane match is one of
 * Excel.ErrorCodes in @types/office-js. RequestPayloadSizeLimitExceeded is documented in
 * "Error handling with the application-specific JavaScript APIs" (learn.microsoft.com
 * /office/dev/add-ins/testing/application-specific-api-error-handling) but missing from the typings.
 */
test("every error code matched in the source exists in Excel.ErrorCodes", () => {
  const dts = readFileSync("node_modules/@types/office-js/index.d.ts", "utf8");
  const start = dts.indexOf("enum ErrorCodes {", dts.indexOf("declare namespace Excel {"));
  const block = dts.slice(start, dts.indexOf("}", start));
  const real = new Set([...block.matchAll(/= "(\w+)"/g)].map((m) => m[1]));
  real.add("RequestPayloadSizeLimitExceeded");
  expect(real.has("InvalidOperationInCellEditMode")).toBe(true);
  const files = [
    "src/workbook/office/office-workbook.ts",
    "src/workbook/office/office-write.ts",
    "src/commands/handlers.ts",
    "src/taskpane/pane.ts",
    "src/taskpane/view-model.ts",
  ];
  const matched = files.flatMap((f) =>
    [
      ...readFileSync(f, "utf8").matchAll(
        /(?:(?<!typeof )code\??\s*[!=]==?\s*|isCode\([^,]+,\s*)"(\w+)"|"(\w+)"\s*[!=]==?\s*\S*code\b/g
      ),
    ].map((m) => `${f}: ${m[1] ?? m[2]}`)
  );
  expect(matched.length).toBeGreaterThanOrEqual(4);
  expect(matched.filter((m) => !real.has(m.split(": ")[1]))).toEqual([]);
});
