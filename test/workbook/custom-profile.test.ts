import { DEFAULT_PROFILE, ScoringProfile } from "../../src/model/scoring-profile";
import { SCORE_NAMES } from "../../src/layout/template";
import { validate, clearMarks } from "../../src/workbook/validate";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { at, sampleWorkbook, setCell } from "../helpers/workbooks";

const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.toBuffer());

/** The default profile with 资产管理 replaced by a bureau's own, wider self-assessed indicator. */
const bureauProfile = (): ScoringProfile =>
  ScoringProfile.parse({
    ...DEFAULT_PROFILE,
    name: "某区财政局评分方案",
    indicators: DEFAULT_PROFILE.indicators.map((i) =>
      i.id === "assetManagement" ? { ...i, id: "assetUse", name: "资产管理与使用" } : i
    ),
  });

function sheetRows(wb: XlsxWorkbook, sheet: string): unknown[][] {
  const rows: unknown[][] = [];
  wb.workbook.getWorksheet(sheet)!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

test("a profile's indicator the 评分 sheet has no row for gets its score written below it", async () => {
  const wb = await sampleWorkbook();
  setCell(wb, at("jx_assess_assetManagement"), 1.5);
  const { score } = await validate(wb, { profile: bureauProfile() });
  const local = score.indicators.find((i) => i.id === "assetUse")!;
  expect(local.earned?.toNumber()).toBe(1.5);
  const saved = await reload(wb);
  const grade = saved.workbook.definedNames.getRanges(SCORE_NAMES.grade).ranges[0];
  const sheet = grade.split("!")[0].replace(/'/g, "");
  const rows = sheetRows(saved, sheet);
  const row = rows.find((r) => r[1] === "资产管理与使用");
  expect(row).toEqual([
    "过程",
    "资产管理与使用",
    2,
    undefined,
    undefined,
    undefined,
    1.5,
    local.note,
  ]);
  // The default indicator the profile dropped says so instead of showing a stale score.
  expect(rows.some((r) => r.includes("本次评分方案不含此指标"))).toBe(true);
  // Clear takes the block away again.
  await clearMarks(saved);
  expect(sheetRows(await reload(saved), sheet).some((r) => r[1] === "资产管理与使用")).toBe(false);
});
