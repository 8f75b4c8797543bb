/**
 * `jixiao review` as the 财政局 runs it (issue 16's "Done when"): the built CLI over a folder of
 * units' workbooks, broken files included; nothing it reads is changed.
 */
import { TEMPLATE_VERSION } from "../../src/layout";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { templateXlsx } from "../../src/cli/template";
import { RESULTS_SHEET, STALE_LABEL } from "../../src/layout/results";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import type { CellValue } from "../../src/workbook/port";
import { cleanModel, withErrors } from "../review/units";
import { cliRunner } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "jixiao-review-"));

const jixiao = cliRunner(dir, 120000);

/** Every sheet of a summary, as values by address. */
async function sheetsOf(path: string): Promise<Record<string, Record<string, CellValue>>> {
  const wb = await XlsxWorkbook.load(readFileSync(path));
  const { sheets } = await wb.read({ names: [], tables: [] });
  const read = await wb.read({ names: [], tables: [], sheetValues: sheets });
  return read.sheetValues!;
}

/** The data rows of a sheet's table (header on row 3) as objects keyed by header. */
function tableRows(values: Record<string, CellValue>): Record<string, CellValue>[] {
  const columns = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    .split("")
    .filter((c) => values[`${c}3`] !== undefined);
  const rows: Record<string, CellValue>[] = [];
  for (let r = 4; values[`A${r}`] !== undefined; r++)
    rows.push(
      Object.fromEntries(columns.map((c) => [values[`${c}3`], values[`${c}${r}`] ?? null]))
    );
  return rows;
}

function hashes(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(folder);
  return out;
}

async function wordFile(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", "<w:document/>");
  return zip.generateAsync({ type: "nodebuffer" });
}

async function foreignWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("工资表").getCell("A1").value = "姓名";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("jixiao review over a folder", () => {
  const folder = join(dir, "units");
  const out = join(dir, "复核汇总.xlsx");
  let result: ReturnType<typeof jixiao>;
  let before: Record<string, string>;

  beforeAll(async () => {
    mkdirSync(join(folder, "二季度"), { recursive: true });
    writeFileSync(join(folder, "sample.xlsx"), readFileSync("assets/sample.xlsx"));
    writeFileSync(join(folder, "甲单位.xlsx"), await templateXlsx(cleanModel("甲单位")));
    writeFileSync(join(folder, "乙单位.xlsx"), await templateXlsx(cleanModel("乙单位", "2022")));
    writeFileSync(join(folder, "丙单位.xlsx"), await templateXlsx(withErrors("丙单位")));
    writeFileSync(join(folder, "二季度", "丁单位.xlsx"), await templateXlsx(withErrors("丁单位")));
    writeFileSync(join(folder, "二季度", "戊单位.xlsx"), await templateXlsx(cleanModel("戊单位")));
    writeFileSync(join(folder, "empty.xlsx"), "");
    writeFileSync(join(folder, "二季度", "报告.xlsx"), await wordFile());
    writeFileSync(join(folder, "工资表.xlsx"), await foreignWorkbook());
    writeFileSync(join(folder, "readme.txt"), "not a workbook");
    writeFileSync(join(folder, "~$甲单位.xlsx"), "Excel's lock file");
    // An encrypted workbook is a compound file with an EncryptionInfo stream.
    const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(
      join(folder, "加密.xlsx"),
      Buffer.concat([cfb, Buffer.alloc(504), Buffer.from("EncryptionInfo", "utf16le")])
    );
    writeFileSync(join(folder, "旧格式.xls"), Buffer.concat([cfb, Buffer.alloc(504)]));
    before = hashes(folder);
    result = jixiao("review", folder, "-o", out, "--jobs", "2");
  }, 180000);

  test("one row per .xlsx, the broken ones with their reasons; exit 1", async () => {
    // The terminal names each file not checked, and why (issue 27); nothing else goes there.
    const notChecked = [
      "empty.xlsx",
      join("二季度", "报告.xlsx"),
      "工资表.xlsx",
      "加密.xlsx",
      "旧格式.xls",
    ];
    const lines = result.stderr.trim().split("\n");
    expect(lines.map((l) => /^(?:无法读取|不是模板)：(.+?)——/.exec(l)?.[1]).sort()).toEqual(
      [...notChecked].sort()
    );
    for (const l of lines) expect(l).toMatch(/ Not checked: .+ — \S/);
    expect(result.code).toBe(1);
    const units = tableRows((await sheetsOf(out))["单位一览"]);
    const byFile = Object.fromEntries(units.map((u) => [u["文件"], u]));
    expect(Object.keys(byFile).sort()).toEqual(
      [
        "sample.xlsx",
        "甲单位.xlsx",
        "乙单位.xlsx",
        "丙单位.xlsx",
        join("二季度", "丁单位.xlsx"),
        join("二季度", "戊单位.xlsx"),
        "empty.xlsx",
        join("二季度", "报告.xlsx"),
        "工资表.xlsx",
        "加密.xlsx",
        "旧格式.xls",
      ].sort()
    );
    expect(byFile["empty.xlsx"]["状态"]).toBe("无法读取");
    // Each checked unit names the profile it was scored with: here the template's own.
    expect(byFile["sample.xlsx"]["评分方案"]).toBe(DEFAULT_PROFILE.name);
    expect(byFile["empty.xlsx"]["评分方案"]).toBeNull();
    expect(byFile["empty.xlsx"]["原因"]).toContain("空");
    expect(byFile[join("二季度", "报告.xlsx")]["原因"]).toContain("Word");
    expect(byFile["工资表.xlsx"]["状态"]).toBe("不是模板");
    expect(byFile["加密.xlsx"]["原因"]).toContain("密码");
    expect(byFile["旧格式.xls"]["原因"]).toContain(".xlsx");
    expect(byFile["甲单位.xlsx"]).toMatchObject({ 单位名称: "甲单位", 状态: "已校验", 错误: 0 });
    expect(byFile["乙单位.xlsx"]["年度"]).toBe("2022");
    expect(byFile["丙单位.xlsx"]["错误"]).toBeGreaterThan(0);
    expect(byFile["sample.xlsx"]).toMatchObject({
      单位名称: "邵阳市双清区人力资源和社会保障局",
      "自评等级（填报）": "良好",
      "支出总计（万元）": 226.98,
      模板版本: TEMPLATE_VERSION,
    });
    expect(typeof byFile["甲单位.xlsx"]["计算得分"]).toBe("number");
    expect(byFile["甲单位.xlsx"]["计算等级"]).toBe("优");
  });

  test("问题明细 lists every unit's findings and 规则统计 counts them", async () => {
    const sheets = await sheetsOf(out);
    const findings = tableRows(sheets["问题明细"]);
    const units = tableRows(sheets["单位一览"]);
    const total = units.reduce(
      (s, u) => s + Number(u["错误"] ?? 0) + Number(u["警告"] ?? 0) + Number(u["提示"] ?? 0),
      0
    );
    expect(findings.length).toBe(total);
    expect(findings.some((f) => f["单位"] === "丙单位" && f["规则"] === "total-expenditure")).toBe(
      true
    );
    const rules = tableRows(sheets["规则统计"]);
    const counted = rules.reduce(
      (s, r) => s + Number(r["错误"]) + Number(r["警告"]) + Number(r["提示"]),
      0
    );
    expect(counted).toBe(total);
    const about = sheets["说明"];
    const countRow = Object.keys(about)
      .find((a) => about[a] === "文件数")!
      .replace("A", "B");
    expect(String(about[countRow])).toBe("11");
  });

  test("the inputs are byte for byte unchanged", () => {
    expect(hashes(folder)).toEqual(before);
  });
});

describe("exit codes", () => {
  test("2 when nothing could be read, 0 when every unit is clean", async () => {
    const broken = join(dir, "broken");
    mkdirSync(broken);
    writeFileSync(join(broken, "a.xlsx"), "");
    writeFileSync(join(broken, "b.xlsx"), await wordFile());
    const bad = jixiao("review", broken, "-o", join(dir, "broken.xlsx"), "--jobs", "1");
    expect(bad.code).toBe(2);
    const clean = join(dir, "clean");
    mkdirSync(clean);
    writeFileSync(join(clean, "a.xlsx"), await templateXlsx(cleanModel("甲")));
    const good = jixiao("review", clean, "-o", join(dir, "clean.xlsx"));
    expect([good.code, good.stderr]).toEqual([0, ""]);
  }, 120000);
});

describe("an explanation typed on 校验结果", () => {
  test("survives validate → validate, is listed by review, and goes when its figures change", async () => {
    const work = join(dir, "explain");
    mkdirSync(join(work, "units"), { recursive: true });
    writeFileSync(join(work, "unit.xlsx"), await templateXlsx(cleanModel("庚单位")));
    expect(jixiao("validate", join(work, "unit.xlsx"), "-o", join(work, "v1.xlsx")).code).toBe(0);

    // The preparer types a 说明 beside the first warning about a target set too low.
    // (Through the adapter: bare ExcelJS cannot load the template's calculated columns.)
    const typed = await XlsxWorkbook.load(readFileSync(join(work, "v1.xlsx")));
    const results = typed.workbook.getWorksheet(RESULTS_SHEET)!;
    let row = 0;
    results.eachRow((r, i) => {
      if (!row && r.getCell("G").value === "indicator-target-too-low") row = i;
    });
    expect(row).toBeGreaterThan(0);
    const where = String((results.getCell(`C${row}`).value as { result: string }).result);
    const text = "本年政策调整，服务量大增，已报财政局备案。";
    results.getCell(`H${row}`).value = text;
    writeFileSync(join(work, "typed.xlsx"), await typed.toBuffer());

    const v2 = join(work, "units", "v2.xlsx");
    expect(jixiao("validate", join(work, "typed.xlsx"), "-o", v2).code).toBe(0);
    const kept = (await sheetsOf(v2))[RESULTS_SHEET];
    expect(Object.values(kept)).toContain(text);
    expect(Object.values(kept)).toContain("警告（已说明）");

    const summary = join(work, "s1.xlsx");
    expect(jixiao("review", join(work, "units"), "-o", summary).code).toBe(0);
    const listed = tableRows((await sheetsOf(summary))["问题明细"]);
    const explained = listed.filter((f) => f["说明（单位填写）"] === text);
    expect(explained.map((f) => `${f["工作表"]}!${f["单元格"]} ${f["级别"]}`)).toEqual([
      `${where} 警告（已说明）`,
    ]);
    expect(tableRows((await sheetsOf(summary))["单位一览"])[0]["已说明"]).toBe(1);

    // The unit changes the figure the warning was about: the explanation no longer applies.
    const changed = await XlsxWorkbook.load(readFileSync(v2));
    const [sheet, cell] = where.split("!");
    const target = changed.workbook.getWorksheet(sheet)!.getCell(cell);
    target.value = Number(target.value) + 100;
    writeFileSync(join(work, "changed.xlsx"), await changed.toBuffer());
    rmSync(v2);
    const v3 = join(work, "units", "v3.xlsx");
    // (The new figure may move the score past the stated grade: an error is fine here.)
    expect(jixiao("validate", join(work, "changed.xlsx"), "-o", v3).code).not.toBe(2);
    const after = (await sheetsOf(v3))[RESULTS_SHEET];
    const staleRow = Object.entries(after)
      .find(([, v]) => v === text)![0]
      .slice(1);
    expect(after[`B${staleRow}`]).toBe(STALE_LABEL);
    const s2 = join(work, "s2.xlsx");
    jixiao("review", join(work, "units"), "-o", s2);
    const relisted = tableRows((await sheetsOf(s2))["问题明细"]);
    expect(relisted.filter((f) => f["说明（单位填写）"] === text)).toEqual([]);
    expect(relisted.some((f) => `${f["工作表"]}!${f["单元格"]}` === where)).toBe(true);
  }, 180000);
});
