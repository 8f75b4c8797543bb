import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHEETS } from "../../src/layout";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { snapshotOfFile } from "../../src/workbook/xlsx/snapshot";
import { at, setCell } from "../helpers/workbooks";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cliRunner } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "jixiao-cli-"));

const jixiao = cliRunner(dir);

/** Every file under a folder with its bytes, to prove a refused run changed nothing. */
function disk(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder).map((f) => [f, readFileSync(join(folder, f)).toString("base64")])
  );
}

/** One bilingual line, Chinese then English, no errno text, no stack. */
function expectOneLine(stderr: string) {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^错误：[^\n]*[\u4e00-\u9fff][^\n]* Error: \S/);
  expect(stderr).not.toMatch(/E[A-Z]{3,}:|\n\s+at /);
}

describe("jixiao CLI", () => {
  test("template -o writes the blank template", async () => {
    const out = join(dir, "sub", "t.xlsx");
    const r = jixiao("template", "-o", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const wb = await XlsxWorkbook.load(readFileSync(out));
    expect(wb.workbook.worksheets.map((w) => w.name)).toEqual(SHEETS.map((s) => s.name));
  });

  test("a missing option is one clear line and exit code 2", () => {
    const r = jixiao("template");
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/--out/);
  });

  test("an unknown command exits 2", () => {
    const r = jixiao("frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });

  test("an unwritable output is one line, bilingual, no stack trace", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "x");
    const r = jixiao("template", "-o", join(file, "t.xlsx"));
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain(join(file, "t.xlsx"));
  });

  test("demo validates the sample, writes under the output folder and exits 0", () => {
    const out = join(dir, "demo");
    const r = jixiao("demo", "--out-dir", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("错误");
    for (const f of ["template.xlsx", "sample.xlsx", "sample.json"])
      expect(existsSync(join(out, f))).toBe(true);
  });

  test("validate: exit 0 without errors, 1 with errors (a copy with text in a number cell)", async () => {
    expect(jixiao("validate", "assets/sample.xlsx").code).toBe(1); // the seed's two real errors
    // The seed with its two errors mended: total = basic + projects, no 财政拨款 beyond actual.
    const mended = JSON.parse(readFileSync("assets/sample.json", "utf8"));
    mended.expenditure.stated.total.actual = "234.98";
    for (const row of ["personnel", "public", "basic"])
      delete mended.expenditure.stated[row].fiscal;
    mended.expenditure.shares = {};
    const mendedJson = join(dir, "mended.json");
    writeFileSync(mendedJson, JSON.stringify(mended));
    const mendedXlsx = join(dir, "mended.xlsx");
    expect(jixiao("fill", mendedJson, "-o", mendedXlsx).code).toBe(0);
    const ok = jixiao("validate", mendedXlsx);
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringContaining("错误 0 个")]);
    const wb = await XlsxWorkbook.load(readFileSync("assets/sample.xlsx"));
    const where = at("jx_peopleTotal");
    setCell(wb, where, "abc");
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, await wb.toBuffer());
    const r = jixiao("validate", bad, "--json");
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as Record<string, unknown>[];
    const notANumber = findings.filter((f) => f.ruleId === "cell-not-a-number");
    expect(notANumber).toHaveLength(1);
    expect(notANumber[0]).toMatchObject({
      file: bad,
      ruleId: "cell-not-a-number",
      severity: "error",
      sheet: where.sheet,
      cell: where.address,
      cells: [`${where.sheet}!${where.address}`],
    });
    for (const k of ["message", "messageEn", "expected", "actual"])
      expect(notANumber[0]).toHaveProperty(k);
    const human = jixiao("validate", bad);
    expect(human.stdout).toContain(`【${where.sheet}】`);
    expect(human.stdout).toContain(notANumber[0].message as string);
  });

  test.each([
    ["random bytes", "random.xlsx", Buffer.from("not a workbook at all")],
    ["an .xls file", "old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
  ])("validate on %s: exit 2 and one clear line", (_what, name, bytes) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const r = jixiao("validate", file);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stdout).toBe("");
  });

  test("validate on a missing file or a foreign workbook: exit 2", async () => {
    expect(jixiao("validate", join(dir, "nope.xlsx")).code).toBe(2);
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Sheet1");
    const file = join(dir, "foreign.xlsx");
    writeFileSync(file, Buffer.from(await foreign.xlsx.writeBuffer()));
    const r = jixiao("validate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不是绩效自评模板/);
  });

  test("export of the sample is the sample JSON; fill then export is the identity", () => {
    const exported = jixiao("export", "assets/sample.xlsx");
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(
      JSON.parse(readFileSync("assets/sample.json", "utf8"))
    );
    const json = join(dir, "s.json");
    writeFileSync(json, exported.stdout);
    const filled = join(dir, "filled.xlsx");
    expect(jixiao("fill", json, "-o", filled).code).toBe(0);
    const again = jixiao("export", filled, "-o", join(dir, "again.json"));
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, "again.json"), "utf8")).toBe(exported.stdout);
  });

  test("fill refuses JSON that does not match the schema, naming the path", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        ...JSON.parse(readFileSync("assets/sample.json", "utf8")),
        projects: [{ actual: "八万" }],
      })
    );
    const r = jixiao("fill", bad, "-o", join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("projects.0.actual");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("sample -o writes the sample workbook", async () => {
    const out = join(dir, "sample.xlsx");
    expect(jixiao("sample", "-o", out).code).toBe(0);
    expect(await snapshotOfFile(readFileSync(out))).toEqual(
      await snapshotOfFile(readFileSync("assets/sample.xlsx"))
    );
  });

  test("validate -o writes the checked copy and leaves the input alone; clear -o undoes it", async () => {
    const input = join(dir, "in.xlsx");
    writeFileSync(input, readFileSync("assets/sample.xlsx"));
    const before = readFileSync(input);
    const checked = join(dir, "checked.xlsx");
    const r = jixiao("validate", input, "-o", checked);
    expect(r.code).toBe(1); // the sample's own inconsistencies are errors
    expect(readFileSync(input).equals(before)).toBe(true);
    const wb = await XlsxWorkbook.load(readFileSync(checked));
    expect(wb.workbook.getWorksheet("校验结果")).toBeDefined();
    const cleared = join(dir, "cleared.xlsx");
    expect(jixiao("clear", checked, "-o", cleared).code).toBe(0);
    const c = await XlsxWorkbook.load(readFileSync(cleared));
    expect(c.workbook.getWorksheet("校验结果")).toBeUndefined();
  });

  test("the CLI refuses to write over its input unless asked", () => {
    const input = join(dir, "same.xlsx");
    writeFileSync(input, readFileSync("assets/sample.xlsx"));
    const r = jixiao("validate", input, "-o", input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--overwrite");
    expect(readFileSync(input).equals(readFileSync("assets/sample.xlsx"))).toBe(true);
    expect(jixiao("validate", input, "-o", input, "--overwrite").code).toBe(1);
  });

  test("content ExcelJS cannot carry is named, not silently dropped", async () => {
    const zip = await JSZip.loadAsync(readFileSync("assets/sample.xlsx"));
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    const input = join(dir, "with-chart.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const r = jixiao("validate", input, "-o", join(dir, "with-chart-checked.xlsx"));
    expect(r.stderr).toMatch(/图表 charts/);
    expect(jixiao("validate", input).stderr).toBe(""); // nothing is written, nothing is lost
  });

  test("--profile: a changed profile changes the findings; a broken one is refused", () => {
    const profile = JSON.parse(readFileSync("src/model/scoring-profile.default.json", "utf8"));
    profile.deductions.targetTooLow.enabled = false;
    const file = join(dir, "profile.json");
    writeFileSync(file, JSON.stringify(profile));
    const tooLow = (args: string[]) =>
      (
        JSON.parse(jixiao("validate", "assets/sample.xlsx", "--json", ...args).stdout) as {
          ruleId: string;
        }[]
      ).filter((f) => f.ruleId === "indicator-target-too-low").length;
    expect(tooLow([])).toBe(4);
    expect(tooLow(["--profile", file])).toBe(0);
    const broken = join(dir, "broken-profile.json");
    writeFileSync(broken, JSON.stringify({ ...profile, grades: "优" }));
    const r = jixiao("validate", "assets/sample.xlsx", "--profile", broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("grades");
  });

  test("report -o writes the generated sheets and --docx the Word document", async () => {
    const out = join(dir, "report.xlsx");
    const docx = join(dir, "report.docx");
    const r = jixiao("report", "assets/sample.xlsx", "-o", out, "--docx", docx);
    expect(r.code).toBe(1); // it still writes, but the sample's two errors remain
    expect(r.stdout).toContain("2 个错误");
    const wb = await XlsxWorkbook.load(readFileSync(out));
    expect(["报告", "自评表", "汇总"].every((s) => wb.workbook.getWorksheet(s))).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    expect(await zip.file("word/document.xml")!.async("string")).toContain(
      "部门整体支出绩效自评表"
    );
    expect(jixiao("report", out, "-o", out).code).toBe(2);
  });

  describe("outputs never collide, never replace what Jixiao did not write (issue 12)", () => {
    const work = join(dir, "collide");
    mkdirSync(work, { recursive: true });
    const a = join(work, "a.xlsx");
    writeFileSync(a, readFileSync("assets/sample.xlsx"));

    test.each([
      ["--docx over the input", ["report", a, "-o", join(work, "r.xlsx"), "--docx", a]],
      [
        "--docx equal to -o",
        ["report", a, "--docx", join(work, "r.xlsx"), "-o", join(work, "r.xlsx")],
      ],
      [
        "--docx equal to -o through ./ and ..",
        ["report", a, "-o", join(work, "r.xlsx"), "--docx", `${work}/./x/../r.xlsx`],
      ],
      [
        "--docx over the input even with --overwrite",
        ["report", a, "-o", join(work, "r.xlsx"), "--docx", a, "--overwrite"],
      ],
      [
        "fill over its own JSON",
        ["fill", join(work, "missing.json"), "-o", join(work, "missing.json")],
      ],
    ])("%s: exit 2, one line, nothing written", (_n, args) => {
      const before = disk(work);
      const r = jixiao(...args);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr);
      expect(disk(work)).toEqual(before);
    });

    test("a symlink to the input is the input", () => {
      const link = join(work, "link.xlsx");
      symlinkSync(a, link);
      const before = disk(work);
      const r = jixiao("report", link, "-o", join(work, "r2.xlsx"), "--docx", a);
      expect(r.code).toBe(2);
      expect(disk(work)).toEqual(before);
    });

    test("an existing file Jixiao did not write needs --overwrite; its own output does not", () => {
      const mine = join(work, "mine.docx");
      writeFileSync(mine, "a Word file the user wrote");
      const out = join(work, "out.xlsx");
      const refused = jixiao("report", a, "-o", out, "--docx", mine);
      expect(refused.code).toBe(2);
      expectOneLine(refused.stderr);
      expect(refused.stderr).toContain("--overwrite");
      expect(readFileSync(mine, "utf8")).toBe("a Word file the user wrote");
      expect(existsSync(out)).toBe(false);
      // Written by Jixiao and unchanged: a second run may replace it.
      expect(jixiao("template", "-o", out).code).toBe(0);
      expect(jixiao("template", "-o", out).code).toBe(0);
      // Changed since: refused again.
      writeFileSync(out, Buffer.concat([readFileSync(out), Buffer.from("x")]));
      expect(jixiao("template", "-o", out).code).toBe(2);
      expect(jixiao("template", "-o", out, "--overwrite").code).toBe(0);
      expect(
        jixiao("report", a, "-o", join(work, "out2.xlsx"), "--docx", mine, "--overwrite").code
      ).toBe(1);
    });

    test("fill --overwrite to an output that does not exist yet simply writes it", () => {
      const json = join(work, "s.json");
      writeFileSync(json, readFileSync("assets/sample.json"));
      const r = jixiao("fill", json, "-o", join(work, "new.xlsx"), "--overwrite");
      expect([r.code, r.stderr]).toEqual([0, ""]);
    });

    test("no temporary file is left beside an output", () => {
      expect(readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });
  });

  describe("file-system failures: one bilingual line naming the path, exit 2 (issue 12)", () => {
    test.each([
      ["a folder as input", ["validate", tmpdir()], tmpdir(), "是文件夹"],
      [
        "a missing input",
        ["validate", join(dir, "nope.xlsx")],
        join(dir, "nope.xlsx"),
        "找不到文件",
      ],
      ["a folder as output", ["template", "-o", dir], dir, "是文件夹"],
      [
        "a missing JSON",
        ["fill", join(dir, "nope.json"), "-o", join(dir, "n.xlsx")],
        "nope.json",
        "找不到",
      ],
    ])("%s", (_n, args, path, says) => {
      const r = jixiao(...args);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr);
      expect(r.stderr).toContain(path);
      expect(r.stderr).toContain(says);
      expect(r.stderr).not.toContain("EISDIR");
    });
  });

  test("the issue's workbooks: clean exits 0; 支出总计 or 项目实际支出 typed in 元 is an error proposing 万元, exit 1", () => {
    const mended = JSON.parse(readFileSync("assets/sample.json", "utf8"));
    mended.expenditure.stated.total.actual = "234.98";
    for (const row of ["personnel", "public", "basic"])
      delete mended.expenditure.stated[row].fiscal;
    mended.expenditure.shares = {};
    const run = (name: string, change: (m: typeof mended) => void) => {
      const m = structuredClone(mended);
      change(m);
      const json = join(dir, `${name}.json`);
      writeFileSync(json, JSON.stringify(m));
      const xlsx = join(dir, `${name}.xlsx`);
      expect(jixiao("fill", json, "-o", xlsx).code).toBe(0);
      const r = jixiao("validate", xlsx, "--json");
      return {
        code: r.code,
        errors: (JSON.parse(r.stdout) as Record<string, string>[]).filter(
          (f) => f.severity === "error"
        ),
      };
    };
    expect(run("clean", () => {})).toEqual({ code: 0, errors: [] });
    const total = run("total-yuan", (m) => (m.expenditure.stated.total.actual = "2349800"));
    expect(total.code).toBe(1);
    expect(total.errors).toHaveLength(1);
    expect(total.errors[0]).toMatchObject({ ruleId: "amount-in-yuan", expected: "234.98" });
    expect(total.errors[0].message).toContain("应为 234.98 万元");
    const project = run("project-yuan", (m) => (m.projects[0].actual = "80000"));
    expect(project.code).toBe(1);
    expect(project.errors).toHaveLength(1);
    expect(project.errors[0].message).toContain("应为 8 万元");
  });
});
