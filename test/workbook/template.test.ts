import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { Decimal } from "../../src/model/decimal";
import { Evaluation } from "../../src/model/evaluation";
import {
  PLACEMENTS,
  SHEETS,
  TEMPLATE_MARKER,
  TEMPLATE_VERSION,
  VERSION_NAME,
  allNames,
  computedValues,
  contentOf,
} from "../../src/layout";
import { toFormula } from "../../src/layout/expr";
import { CALC_FILL, INPUT_FILL, NUMBER_FORMATS } from "../../src/layout/styles";
import { childOrder, followsSequence, worksheetPaths } from "../../src/workbook/xlsx/ooxml-order";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { templateXlsx } from "../../src/cli/template";

const sample = Evaluation.parse(JSON.parse(readFileSync("assets/sample.json", "utf8")));

let blank: Buffer;
let filled: Buffer;
beforeAll(async () => {
  blank = await templateXlsx();
  filled = await templateXlsx(sample);
});

const tablesOnSheet = (sheet: string) =>
  [...PLACEMENTS.tables.values()].some((t) => t.sheet === sheet);

describe("the blank template", () => {
  test("has every sheet in order, in Chinese", async () => {
    const wb = await XlsxWorkbook.load(blank);
    expect(wb.workbook.worksheets.map((w) => w.name)).toEqual(SHEETS.map((s) => s.name));
    for (const s of SHEETS) expect(s.name).toMatch(/[\u4e00-\u9fff]/);
  });

  test("every name resolves to its cell; every table reads back with its headers and rows", async () => {
    const wb = await XlsxWorkbook.load(blank);
    const tables = [...PLACEMENTS.tables.keys()];
    const read = await wb.read({ names: allNames(), tables });
    for (const [n, p] of PLACEMENTS.fields)
      expect(read.names[n]).toMatchObject({ sheet: p.sheet, address: p.address });
    for (const [n, p] of PLACEMENTS.calcs)
      expect(read.names[n]).toMatchObject({ sheet: p.sheet, address: p.address });
    for (const [n, p] of PLACEMENTS.tables) {
      expect(read.tables[n]?.headers).toEqual(p.table.columns.map((c) => c.header));
      expect(read.tables[n]?.rows.length).toBe(p.templateRows);
      expect(read.tables[n]?.sheet).toBe(p.sheet);
    }
  });

  test("carries its version", async () => {
    const wb = await XlsxWorkbook.load(blank);
    const read = await wb.read({ names: [VERSION_NAME], tables: [] });
    expect(read.names[VERSION_NAME]?.value).toBe(`${TEMPLATE_MARKER} ${TEMPLATE_VERSION}`);
  });

  test("inputs are empty, unlocked, pale yellow and formatted by type; computed cells are locked, blue-grey formulas", async () => {
    const wb = await XlsxWorkbook.load(blank);
    for (const [n, p] of PLACEMENTS.fields) {
      if (n === VERSION_NAME) continue;
      const cell = wb.workbook.getWorksheet(p.sheet)!.getCell(p.address);
      expect([n, cell.value]).toEqual([n, null]);
      expect(cell.protection?.locked).toBe(false);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${INPUT_FILL}`);
      expect(cell.numFmt).toBe(p.field.numFmt ?? NUMBER_FORMATS[p.field.type]);
    }
    for (const [, p] of PLACEMENTS.calcs) {
      const cell = wb.workbook.getWorksheet(p.sheet)!.getCell(p.address);
      expect(cell.formula).toBe(toFormula(p.calc.expr));
      expect(cell.protection?.locked).not.toBe(false);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${CALC_FILL}`);
    }
  });

  test("choice inputs have dropdowns", async () => {
    const wb = await XlsxWorkbook.load(blank);
    for (const [, p] of PLACEMENTS.fields) {
      if (!p.field.choices) continue;
      const dv = wb.workbook.getWorksheet(p.sheet)!.getCell(p.address).dataValidation;
      expect(dv?.type).toBe("list");
      expect(dv?.formulae?.[0]).toBe(`"${p.field.choices.join(",")}"`);
    }
    for (const [, t] of PLACEMENTS.tables) {
      const ws = wb.workbook.getWorksheet(t.sheet)!;
      t.table.columns.forEach((c, j) => {
        if (!c.choices) return;
        const dv = ws.getCell(t.headerRow + 1, t.col + j + 1).dataValidation;
        expect(dv?.formulae?.[0]).toBe(`"${c.choices.join(",")}"`);
      });
    }
  });

  test("sheets without tables are protected without a password; sheets with tables are not", async () => {
    const zip = await JSZip.loadAsync(blank);
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    const sheetFiles = [...wbXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"/g)];
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    for (const [, sheetName, rid] of sheetFiles) {
      const target =
        new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
      const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
      const protection = /<sheetProtection [^>]*>/.exec(xml)?.[0];
      if (tablesOnSheet(sheetName)) expect([sheetName, protection]).toEqual([sheetName, undefined]);
      else {
        expect(protection).toBeDefined();
        expect(protection).not.toMatch(/hashValue|password/);
      }
    }
  });

  test("every sheet's XML follows the OOXML element order, with and without notes", async () => {
    for (const buf of [blank, filled]) {
      const zip = await JSZip.loadAsync(buf);
      const paths = worksheetPaths(zip);
      expect(paths.length).toBe(SHEETS.length);
      for (const p of paths)
        expect([p, followsSequence(childOrder(await zip.file(p)!.async("string")))]).toEqual([
          p,
          true,
        ]);
    }
    // A table sheet that also carries notes: the case ExcelJS gets wrong.
    const wb = await XlsxWorkbook.load(blank);
    const t = PLACEMENTS.tables.get("T_Indicators")!;
    await wb.write([
      { op: "addNote", sheet: t.sheet, address: "A1", text: "校验提示" },
      { op: "mark", sheet: t.sheet, addresses: ["A1"], severity: "error", fill: "C00000" },
    ]);
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    for (const p of worksheetPaths(zip)) {
      const order = childOrder(await zip.file(p)!.async("string"));
      expect([p, followsSequence(order)]).toEqual([p, true]);
    }
  });

  test("calculated table columns are declared in the table part so Excel fills new rows", async () => {
    const zip = await JSZip.loadAsync(blank);
    const tableXml = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))
        .map((p) => zip.file(p)!.async("string"))
    );
    const projects = tableXml.find((x) => x.includes('name="T_Projects"'))!;
    expect(projects).toMatch(
      /<tableColumn [^>]*name="执行率"[^>]*><calculatedColumnFormula>IF\(AND\(.*T_Projects\[\[#This Row\],\[实际支出\]\]\/IF\(ISNUMBER\(T_Projects\[\[#This Row\],\[全年预算\]\]\)/
    );
  });
});

describe("computed cells on the filled sample", () => {
  const expected = computedValues(contentOf(sample));

  test("each computed cell holds its live formula and, cached, the engine's own value", async () => {
    const wb = await XlsxWorkbook.load(filled);
    const read = await wb.read({ names: [...PLACEMENTS.calcs.keys()], tables: [] });
    for (const [n, p] of PLACEMENTS.calcs) {
      expect(read.names[n]?.formula).toBe(toFormula(p.calc.expr));
      expect([n, read.names[n]?.value]).toEqual([n, expected.get(n)]);
    }
  });

  test("the engine's values are the seed's arithmetic, computed independently here", () => {
    const sum = (xs: (string | undefined)[]) =>
      xs.reduce((a, x) => (x ? a.plus(x) : a), new Decimal(0));
    const items = sample.expenditure.items;
    const personnel = sum(items.filter((i) => i.category === "人员支出").map((i) => i.actual));
    const pub = sum(items.filter((i) => i.category === "公用支出").map((i) => i.actual));
    expect(personnel.toFixed(2)).toBe("125.94");
    expect(pub.toFixed(2)).toBe("101.04");
    expect(expected.get("jx_calc_expPersonnel_actual")).toBe(personnel.toNumber());
    expect(expected.get("jx_calc_expPublic_actual")).toBe(pub.toNumber());
    expect(expected.get("jx_diff_expPersonnel_actual")).toBe(0);
    // Basic = stated personnel + stated public; total = stated basic 226.98 + projects 8 = 234.98.
    expect(expected.get("jx_calc_expBasic_actual")).toBe(226.98);
    expect(expected.get("jx_calc_expProject_actual")).toBe(8);
    expect(expected.get("jx_calc_expTotal_actual")).toBe(234.98);
    expect(expected.get("jx_diff_expTotal_actual")).toBe(-8);
    // 财政拨款: 299.95 + 121.35 = 421.30, stated 421.3.
    expect(expected.get("jx_calc_expBasic_fiscal")).toBe(421.3);
    expect(expected.get("jx_diff_expBasic_fiscal")).toBe(0);
    // Shares on the 财政拨款 basis.
    expect(new Decimal(expected.get("jx_calc_sharePersonnel") as number).toFixed(4)).toBe("0.7120");
    // Staffing and people.
    expect(expected.get("jx_calc_staffTotal")).toBe(11);
    expect(expected.get("jx_calc_peopleTotal")).toBe(23);
    expect(expected.get("jx_calc_internalBodyCount")).toBe(6);
    expect(expected.get("jx_diff_internalBodyCount")).toBe(0);
    // Nothing stated: blank difference, blank rate.
    expect(expected.get("jx_diff_expTotal_budgetInitial")).toBe("");
    expect(expected.get("jx_calc_executionRate")).toBe("");
  });

  test("calculated columns carry cached results per row", async () => {
    const wb = await XlsxWorkbook.load(filled);
    const read = await wb.read({ names: [], tables: ["T_Indicators", "T_Projects"] });
    const ind = read.tables.T_Indicators!;
    const rateCol = ind.headers.indexOf("计算完成率");
    const first = ind.rows[0][rateCol];
    expect(first.formula).toContain("[#This Row]");
    expect(new Decimal(first.value as number).toFixed(4)).toBe(
      new Decimal(3821).div(3746).toFixed(4)
    );
    const le = ind.rows.find((r) => r[ind.headers.indexOf("方向")].value === "≤")!;
    expect(new Decimal(le[rateCol].value as number).toFixed(4)).toBe(
      new Decimal(4.5).div(4.3).toFixed(4)
    );
    const proj = read.tables.T_Projects!;
    expect(proj.rows[0][proj.headers.indexOf("执行率")].value).toBe(1);
  });

  test("text stays text: narrative written into cells is not parsed", async () => {
    const wb = await XlsxWorkbook.load(filled);
    const read = await wb.read({ names: ["jx_managementText"], tables: ["T_Bodies"] });
    expect(read.names.jx_managementText?.value).toBe(sample.narrative.management);
    expect(read.tables.T_Bodies!.rows.map((r) => r[0].value)).toEqual(
      sample.profile.internalBodies
    );
  });
});
