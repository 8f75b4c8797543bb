import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PLACEMENTS, SHEETS, TEMPLATE_MARKER, VERSION_NAME } from "../../src/layout";
import { NotATemplateError, readFrom, readWorkbook } from "../../src/workbook/reader";
import { UnreadableFileError, openXlsx } from "../../src/workbook/xlsx/open";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { templateXlsx } from "../../src/cli/template";
import type { ReadResult } from "../../src/workbook/port";
import { at, sampleModel, sampleWorkbook, setCell, tableCell } from "../helpers/workbooks";

describe("reading the sample", () => {
  test("reads back exactly the model it was filled from, with no findings", async () => {
    const { model, findings } = await readWorkbook(await sampleWorkbook());
    expect(findings).toEqual([]);
    expect(model).toEqual(sampleModel());
  });

  test("the blank template reads as empty, with only required-field errors", async () => {
    const { model, findings } = await readWorkbook(await XlsxWorkbook.load(await templateXlsx()));
    expect(model.expenditure.items).toEqual([]); // preset rows without figures are not items
    expect(model.profile.internalBodies).toEqual([]);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(
      new Set(["cell-required", "cell-required-for-report"])
    );
    for (const f of findings) expect(f.cell).toBeDefined();
  });

  // Issue 25 item 2: a working draft is not a wall of errors for what only the report needs.
  test("blank fields only the report needs are one info line listing them, not errors", async () => {
    const { findings } = await readWorkbook(await XlsxWorkbook.load(await templateXlsx()));
    const forReport = findings.filter((f) => f.ruleId === "cell-required-for-report");
    expect(forReport.map((f) => [f.severity, f.message])).toEqual([
      [
        "info",
        "生成报告前请填写：单位简称、报送对象、报告日期。校验不需要这些项目，报告中将留出空白待填。",
      ],
    ]);
    const cells = ["jx_unitShortName", "jx_addressee", "jx_reportDate"].map(at);
    expect(forReport[0].cells).toEqual(cells.map((c) => ({ sheet: c.sheet, cell: c.address })));
    const errorsThere = findings.filter(
      (f) =>
        f.severity === "error" && cells.some((c) => c.address === f.cell && c.sheet === f.sheet)
    );
    expect(errorsThere).toEqual([]);
    // What the checks need (单位名称, 评价年度) is still an error when blank.
    const required = findings.filter((f) => f.ruleId === "cell-required").map((f) => f.cell);
    expect(required).toEqual(
      expect.arrayContaining([at("jx_unitName").address, at("jx_year").address])
    );
  });

  test("with them filled (the sample) there is no such line", async () => {
    const wb = await sampleWorkbook();
    setCell(wb, at("jx_addressee"), null);
    const { findings } = await readWorkbook(wb);
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ["cell-required-for-report", "info", expect.stringContaining("生成报告前请填写：报送对象。")],
    ]);
    expect((await readWorkbook(await sampleWorkbook())).findings).toEqual([]);
  });
});

describe("lenient numbers and bad values, each named by sheet and cell", () => {
  test("'226.98万元' reads as 226.98 with a warning at that cell", async () => {
    const wb = await sampleWorkbook();
    const where = at("jx_expBasic_actual");
    setCell(wb, where, "226.98万元");
    const { model, findings } = await readWorkbook(wb);
    expect(model.expenditure.stated.basic.actual).toBe("226.98");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "cell-number-as-text",
      severity: "warning",
      sheet: where.sheet,
      cell: where.address,
    });
    expect(findings[0].message).toContain("226.98万元");
    expect(findings[0].messageEn).toContain("226.98");
  });

  test.each([
    ["２２６．９８", "226.98"],
    ["1,234.5", "1234.5"],
    [" 12 ", "12"],
  ])("'%s' in a table cell reads as %s with a warning", async (text, value) => {
    const wb = await sampleWorkbook();
    const where = tableCell("T_Expenditure", 2, "实际支出");
    setCell(wb, where, text);
    const { model, findings } = await readWorkbook(wb);
    expect(model.expenditure.items[1].actual).toBe(value);
    expect(findings.map((f) => [f.ruleId, f.sheet, f.cell])).toEqual([
      ["cell-number-as-text", where.sheet, where.address],
    ]);
    expect(findings[0].message).toContain("第2行");
  });

  test.each([
    ["abc", "cell-not-a-number"],
    [{ error: "#DIV/0!" }, "cell-error-value"],
    [{ error: "#REF!" }, "cell-error-value"],
  ])(
    "%j in a number field is an error at the cell; the figure stays blank",
    async (value, ruleId) => {
      const wb = await sampleWorkbook();
      const where = at("jx_staffTotal");
      setCell(wb, where, value);
      const { model, findings } = await readWorkbook(wb);
      expect(model.profile.staffing.total).toBeUndefined();
      expect(findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell])).toEqual([
        [ruleId, "error", where.sheet, where.address],
      ]);
    }
  );

  test("a value outside a dropdown is an error", async () => {
    const wb = await sampleWorkbook();
    const where = tableCell("T_Indicators", 1, "方向");
    setCell(wb, where, "大约");
    const { findings } = await readWorkbook(wb);
    expect(findings.map((f) => [f.ruleId, f.cell])).toEqual([["cell-not-in-list", where.address]]);
  });

  test("a filled row with a required column blank is an error at that cell", async () => {
    const wb = await sampleWorkbook();
    const where = tableCell("T_Expenditure", 1, "类别");
    setCell(wb, where, null);
    const { findings } = await readWorkbook(wb);
    expect(findings.map((f) => [f.ruleId, f.cell])).toEqual([["cell-required", where.address]]);
  });
});

describe("damaged templates are read as far as they go", () => {
  test("a deleted sheet is one error naming it; everything else is read", async () => {
    const wb = await sampleWorkbook();
    const sheet = PLACEMENTS.fields.get("jx_staffTotal")!.sheet;
    wb.workbook.removeWorksheet(wb.workbook.getWorksheet(sheet)!.id);
    const reread = await XlsxWorkbook.load(await wb.toBuffer());
    const { model, findings } = await readWorkbook(reread);
    expect(findings.map((f) => [f.ruleId, f.sheet])).toEqual([["template-damaged", sheet]]);
    expect(findings[0].message).toContain(sheet);
    expect(model.profile.staffing.total).toBeUndefined();
    expect(model.expenditure.stated.basic.actual).toBe("226.98");
  });

  test("a deleted name is an error naming it", async () => {
    const wb = await sampleWorkbook();
    (wb.workbook.definedNames as unknown as { remove(loc: string, name: string): void }).remove(
      `'${at("jx_peopleTotal").sheet}'!$B$${at("jx_peopleTotal").address.slice(1)}`,
      "jx_peopleTotal"
    );
    const { findings } = await readWorkbook(wb);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "template-damaged" });
    expect(findings[0].message).toContain("jx_peopleTotal");
  });
});

describe("tables are read by header, not position", () => {
  function readOf(wbRead: ReadResult, mutate: (r: ReadResult) => void): ReadResult {
    const copy = JSON.parse(JSON.stringify(wbRead)) as ReadResult;
    mutate(copy);
    return copy;
  }

  test("an inserted row and reordered columns are read", async () => {
    const wb = await sampleWorkbook();
    const names = [...PLACEMENTS.fields.keys(), ...PLACEMENTS.calcs.keys()];
    const base = await wb.read({ names, tables: [...PLACEMENTS.tables.keys()] });
    const changed = readOf(base, (r) => {
      const t = r.tables.T_Bodies!;
      const row = [{ sheet: t.sheet, address: "Z99", value: "新设股室" }];
      t.rows.splice(2, 0, row);
      const p = r.tables.T_Projects!;
      p.headers.reverse();
      p.rows.forEach((cells) => cells.reverse());
    });
    const { model, findings } = readFrom(changed);
    expect(findings).toEqual([]);
    expect(model.profile.internalBodies[2]).toBe("新设股室");
    expect(model.profile.internalBodies).toHaveLength(7);
    expect(model.projects).toEqual(sampleModel().projects);
  });

  test("a missing column is an error naming it; the other columns are read", async () => {
    const wb = await sampleWorkbook();
    const base = await wb.read({ names: [], tables: ["T_Projects"] });
    const r = readOf(base, (x) => {
      x.tables.T_Projects!.headers[0] = "名称";
    });
    r.sheets = SHEETS.map((s) => s.name);
    r.names[VERSION_NAME] = { sheet: "x", address: "A1", value: `${TEMPLATE_MARKER} 1.0` };
    const { model, findings } = readFrom(r);
    const columnFinding = findings.find((f) => f.message.includes("项目名称"));
    expect(columnFinding?.ruleId).toBe("template-damaged");
    expect(model.projects[0].actual).toBe("8.00");
  });
});

describe("recognition", () => {
  test("a workbook that is not the template is refused", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    const x = await XlsxWorkbook.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(readWorkbook(x)).rejects.toThrow(NotATemplateError);
  });

  test("a newer template version is refused", async () => {
    const wb = await sampleWorkbook();
    setCell(wb, at(VERSION_NAME), `${TEMPLATE_MARKER} 9.0`);
    await expect(readWorkbook(wb)).rejects.toThrow(/9\.0/);
  });

  test("a lost version marker on a recognisable template is an error, not a refusal", async () => {
    const wb = await sampleWorkbook();
    setCell(wb, at(VERSION_NAME), null);
    const { findings } = await readWorkbook(wb);
    expect(findings.map((f) => f.ruleId)).toEqual(["template-damaged"]);
  });

  test.each([
    ["random bytes", Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9])],
    ["empty file", Buffer.alloc(0)],
  ])("%s cannot be opened", async (_what, bytes) => {
    await expect(openXlsx(bytes)).rejects.toThrow(UnreadableFileError);
  });

  test("a renamed Word document is named as one", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    const err = await openXlsx(await zip.generateAsync({ type: "nodebuffer" })).catch(
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect((err as UnreadableFileError).zh).toContain("Word");
  });

  test("an .xls (compound file) is asked to be saved as .xlsx; an encrypted one is named as such", async () => {
    const cfb = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    await expect(openXlsx(cfb)).rejects.toThrow(/\.xlsx/);
    const encrypted = Buffer.concat([cfb, Buffer.from("EncryptionInfo", "utf16le")]);
    const err = (await openXlsx(encrypted).catch((e: unknown) => e)) as UnreadableFileError;
    expect(err.zh).toContain("密码");
  });

  test("a zip that would inflate beyond the limits is refused before inflating", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(160 * 1024 * 1024, 32));
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    await expect(openXlsx(bytes)).rejects.toThrow(/too large/);
  });
});
