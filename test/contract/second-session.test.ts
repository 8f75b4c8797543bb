/**
 * The second click of 校验, as a user meets it: her own conditional formats on the same sheet
 * as our marks, formats added between runs, figures changed between runs. Excel addresses
 * conditional formats by position (TOOLCHAIN.md, Office facts: `ConditionalFormat.id` is the
 * priority, `add()` inserts at the top), so an adapter that deletes by an id read earlier, or
 * deletes lowest position first, removes her formats or fails here.
 */
import type { FakeExcel } from "../fake-excel";
import { sheetOf } from "../fake-excel/helpers";
import { rectA1 } from "../fake-excel/address";
import { isMarkFormula } from "../../src/model/sheet";
import { clearWorkbook, validate } from "../../src/workbook/validate";
import { OFFICE_PROFILES, open, sampleBytes } from "./ports";

const SHEET = "支出汇总";

/**
 * The user adds a format as the 条件格式 dialog does: the template's sheet is protected, so she
 * unprotects it (审阅 → 撤销工作表保护), adds it and protects the sheet again as it was.
 */
async function addHers(fake: FakeExcel, range: string, formula: string, fill: string) {
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET);
    const protection = ws.protection.load("protected,options");
    await context.sync();
    if (protection.protected) ws.protection.unprotect();
    const cf = ws.getRange(range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = fill;
    if (protection.protected) ws.protection.protect(protection.options);
    await context.sync();
  });
}

async function type(fake: FakeExcel, address: string, value: number) {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange(address).values = [[value]];
    await context.sync();
  });
}

/** Every format of a sheet as a user sees it in 管理规则, top priority first. */
const formatsOn = (fake: FakeExcel, sheet: string) =>
  sheetOf(fake.state, sheet).conditionalFormats.map((cf) => ({
    formula: cf.formula,
    ranges: cf.ranges.map((r) => rectA1(r)),
    fill: cf.fill,
  }));

const ours = (fake: FakeExcel) =>
  fake.state.sheets.flatMap((s) =>
    s.conditionalFormats.filter((cf) => isMarkFormula(cf.formula)).map(() => s.name)
  );

describe.each(OFFICE_PROFILES)("on %s", (profile) => {
  test("her formats survive three runs of 校验 and 清除标记 exactly; none of ours remains", async () => {
    const wb = await open(profile, sampleBytes());
    const fake = wb.fake!;
    await addHers(fake, "H4:H8", "=H4>200", "#FFEB9C");
    const first = formatsOn(fake, SHEET);

    await validate(wb.port());
    expect(formatsOn(fake, SHEET).filter((f) => !isMarkFormula(f.formula))).toEqual(first);
    expect(ours(fake).filter((s) => s === SHEET).length).toBeGreaterThanOrEqual(2);

    await type(fake, "H8", 234.98);
    await type(fake, "H4", 130);
    await validate(wb.port());
    expect(formatsOn(fake, SHEET).filter((f) => !isMarkFormula(f.formula))).toEqual(first);

    await addHers(fake, "K4:K8", "=K4>300", "#C6EFCE");
    const hers = formatsOn(fake, SHEET).filter((f) => !isMarkFormula(f.formula));
    expect(hers.map((f) => f.formula)).toEqual(["=K4>300", "=H4>200"]);
    await validate(wb.port());
    expect(formatsOn(fake, SHEET).filter((f) => !isMarkFormula(f.formula))).toEqual(hers);

    const cleared = await clearWorkbook(wb.port());
    expect(cleared.left).toEqual([]);
    expect(formatsOn(fake, SHEET)).toEqual(hers);
    expect(ours(fake)).toEqual([]);
  });

  test("a mark Excel widened to several areas (a marked cell copied) is removed whole", async () => {
    const wb = await open(profile, sampleBytes());
    const fake = wb.fake!;
    await addHers(fake, "B4:B8", "=B4<0", "#FFC7CE");
    await validate(wb.port());
    const mark = sheetOf(fake.state, SHEET).conditionalFormats.find((cf) =>
      isMarkFormula(cf.formula)
    )!;
    // Copying a marked cell to A20 extends our format there, as Excel does with a paste.
    mark.ranges = [...mark.ranges, { r0: 19, r1: 19, c0: 0, c1: 0 }];
    await clearWorkbook(wb.port());
    expect(ours(fake)).toEqual([]);
    expect(formatsOn(fake, SHEET)).toEqual([
      { formula: "=B4<0", ranges: ["B4:B8"], fill: { rgb: "#FFC7CE" } },
    ]);
  });
});
