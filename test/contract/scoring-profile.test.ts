import { readFileSync } from "node:fs";
import { DEFAULT_PROFILE, ScoringProfile, profileDigest } from "../../src/model/scoring-profile";
import { PROFILE_DATA_NAME, PROFILE_SHEET } from "../../src/layout/scoring-profile-sheet";
import { planValidate, validate, validateRequest } from "../../src/workbook/validate";
import { generateReport } from "../../src/workbook/report";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { HOSTS, open, sampleBytes } from "./ports";
import { inputCells } from "../property/arbitraries";
import { SCORE_NAMES } from "../../src/layout/template";
import type { WorkbookPort } from "../../src/workbook/port";

/** Whether the 评分方案's data row is hidden in the saved file (it is read, not printed). */
async function dataRowHidden(bytes: Buffer): Promise<boolean> {
  const wb = await XlsxWorkbook.load(bytes);
  const ref = wb.workbook.definedNames.getRanges(PROFILE_DATA_NAME).ranges[0];
  const row = Number(/(\d+)$/.exec(ref)![1]);
  return wb.workbook.getWorksheet(PROFILE_SHEET)!.getRow(row).hidden;
}

/** The 评分方法 text beside an indicator's named 分值 cell on the 评分 sheet. */
async function methodText(port: WorkbookPort, id: string): Promise<unknown> {
  const names = (await port.read({ names: [SCORE_NAMES.points(id)], tables: [] })).names;
  const at = names[SCORE_NAMES.points(id)]!;
  const address = at.address.replace(/^C/, "D");
  const read = await port.read({ names: [], tables: [], cells: [{ sheet: at.sheet, address }] });
  return read.cells[`${at.sheet}!${address}`]?.value;
}

/** Every input cell's value, as the engine reads it. */
async function inputs(port: WorkbookPort): Promise<string[]> {
  const read = await port.read(validateRequest({ notes: false, charts: false, undoGroup: false }));
  return inputCells(read).map((c) => `${c.sheet}!${c.address}=${JSON.stringify(c.value)}`);
}

/** A bureau's own profile: other points, a stricter execution rate, its own name. */
const bureau = (): ScoringProfile =>
  ScoringProfile.parse({
    ...DEFAULT_PROFILE,
    name: "某区财政局2022年评分方案",
    indicators: DEFAULT_PROFILE.indicators
      .map((i) =>
        i.id === "execution"
          ? {
              ...i,
              points: 10,
              method: { kind: "penaltyBelow", threshold: 1, perPoint: 1 },
              description: "实际支出/全年预算。100%得满分；每低1个百分点扣1分",
            }
          : i.id === "procurement"
            ? { ...i, points: 1 }
            : i
      )
      .filter((i) => i.id !== "disclosure"),
  });

describe.each(HOSTS)("the 评分方案 travels with the workbook (%s)", (host) => {
  test("the template carries the default profile, and validate scores with it", async () => {
    const wb = await open(host, sampleBytes());
    const result = await validate(wb.port());
    expect(result.profile).toEqual({
      name: DEFAULT_PROFILE.name,
      source: "workbook",
      digest: profileDigest(DEFAULT_PROFILE),
    });
    expect(result.all.filter((f) => f.ruleId === "scoring-profile")).toEqual([]);
    expect(await dataRowHidden(await wb.save())).toBe(true);
  });

  test("--profile replaces it: the next run without one scores with the bureau's", async () => {
    const wb = await open(host, sampleBytes());
    const before = await inputs(wb.port());
    const first = await validate(wb.port(), { profile: bureau() });
    expect(first.profile.source).toBe("option");
    const execution = (r: typeof first) => r.score.indicators.find((i) => i.id === "execution")!;
    expect(execution(first).points.toNumber()).toBe(10);

    expect(await dataRowHidden(await wb.save())).toBe(true);
    const again = await open(host, await wb.save());
    const second = await validate(again.port());
    expect(second.profile).toEqual({
      name: "某区财政局2022年评分方案",
      source: "workbook",
      digest: profileDigest(bureau()),
    });
    expect(execution(second).points.toNumber()).toBe(10);
    // The 评分 sheet words the indicators as the bureau's profile does.
    expect(await methodText(again.port(), "execution")).toBe(
      "实际支出/全年预算。100%得满分；每低1个百分点扣1分"
    );
    expect(await methodText(again.port(), "disclosure")).toBe("本评分方案不含此指标");
    expect(second.score.total?.toString()).toBe(first.score.total?.toString());
    expect(second.all.filter((f) => f.ruleId === "scoring-profile")).toEqual([]);
    // The profile is not the unit's data: no input cell changed.
    expect(await inputs(again.port())).toEqual(before);
  });

  test("generate report with --profile writes it too, and a second identical --profile writes nothing more", async () => {
    const wb = await open(host, sampleBytes());
    await generateReport(wb.port(), { profile: bureau() });
    const reopened = await open(host, await wb.save());
    const read = await reopened
      .port()
      .read(validateRequest({ notes: false, charts: false, undoGroup: false }));
    const plan = planValidate(read, { profile: bureau() });
    expect(plan.profile.source).toBe("option");
    expect(plan.ops.some((o) => o.op === "deleteSheet" && o.sheet === PROFILE_SHEET)).toBe(false);
    expect(planValidate(read).profile.name).toBe("某区财政局2022年评分方案");
  });
});

async function sampleWith(edit: (wb: XlsxWorkbook) => void): Promise<Buffer> {
  const wb = await XlsxWorkbook.load(sampleBytes());
  edit(wb);
  return wb.toBuffer();
}

const profileCell = (wb: XlsxWorkbook) => {
  const ref = wb.workbook.definedNames.getRanges(PROFILE_DATA_NAME).ranges[0];
  const [sheet, address] = ref.split("!");
  return wb.workbook.getWorksheet(sheet.replace(/'/g, ""))!.getCell(address.replace(/\$/g, ""));
};

describe.each(HOSTS)("a damaged 评分方案 (%s)", (host) => {
  test("unreadable data: one error at its cell, scored with the default", async () => {
    const bytes = await sampleWith((wb) => {
      const cell = profileCell(wb);
      cell.value = String(cell.value).replace('"points":8', '"points":"八"');
    });
    const result = await validate((await open(host, bytes)).port());
    const found = result.all.filter((f) => f.ruleId === "scoring-profile");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "error",
      sheet: PROFILE_SHEET,
      messageId: "unreadable",
    });
    expect(found[0].message).toContain("indicators.");
    expect(result.profile.source).toBe("default");
  });

  test("a template 1.2 workbook whose data name is gone: one error naming it", async () => {
    const bytes = await sampleWith((wb) => {
      delete (wb.workbook.definedNames as unknown as { matrixMap: Record<string, unknown> })
        .matrixMap[PROFILE_DATA_NAME];
    });
    const result = await validate((await open(host, bytes)).port());
    const found = result.all.filter((f) => f.ruleId === "scoring-profile");
    expect(found.map((f) => f.messageId)).toEqual(["nameMissing"]);
    expect(result.profile.source).toBe("default");
  });
});

test("a workbook from before template 1.2 scores with the default and raises no profile finding", async () => {
  const bytes = readFileSync("test/fixtures/wave1/sample-1.0.xlsx");
  const result = await validate(await XlsxWorkbook.load(bytes));
  expect(result.profile.source).toBe("default");
  expect(result.all.filter((f) => f.ruleId === "scoring-profile")).toEqual([]);
});

test("jixiao template --profile: the 评分 sheet words the indicators as the bureau's profile", async () => {
  const { templateXlsx } = await import("../../src/cli/template");
  const wb = await open("web", await templateXlsx(undefined, bureau()));
  expect(await methodText(wb.port(), "execution")).toBe(
    "实际支出/全年预算。100%得满分；每低1个百分点扣1分"
  );
  expect(await methodText(wb.port(), "staffControl")).toBe(
    DEFAULT_PROFILE.indicators.find((i) => i.id === "staffControl")!.description
  );
  const result = await validate(wb.port());
  expect(result.profile).toMatchObject({ name: "某区财政局2022年评分方案", source: "workbook" });
});
