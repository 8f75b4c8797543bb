/**
 * Issue 27's CLI items, as a clerk meets them: a failed `report` leaves no file, a Word name for
 * a workbook is refused, usage errors and --help speak Chinese and English, --version is ours,
 * and the 校验情况 page is mentioned only when a Word file was written.
 */
import fs, { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jixiao } from "./in-process";

const dir = mkdtempSync(join(tmpdir(), "jixiao-clerk-"));
process.env.JIXIAO_STATE_DIR = join(dir, ".state");
const SAMPLE = "assets/sample.xlsx";

/** One bilingual line, Chinese first. */
function expectOneLine(stderr: string) {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^错误：[^\n]*[\u4e00-\u9fff][^\n]* Error: \S/);
}

describe("a failed report writes nothing", () => {
  test("--docx into a folder it may not write: no .xlsx left behind either", async () => {
    const folder = join(dir, "refused");
    mkdirSync(folder);
    const words = join(folder, "words");
    mkdirSync(words);
    // The Word file's folder refuses writes (as a read-only share does); the workbook's does not.
    const open = fs.openSync;
    const spy = jest.spyOn(fs, "openSync").mockImplementation(((
      path: fs.PathLike,
      ...rest: unknown[]
    ) => {
      if (String(path).startsWith(words))
        throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return (open as (...a: unknown[]) => number)(path, ...rest);
    }) as typeof fs.openSync);
    try {
      const r = await jixiao(
        "report",
        SAMPLE,
        "-o",
        join(folder, "report.xlsx"),
        "--docx",
        join(words, "report.docx")
      );
      expect(spy).toHaveBeenCalled();
      expect(r.code).toBe(2);
      expectOneLine(r.stderr);
      expect(r.stderr).toContain("report.docx");
      expect(readdirSync(folder)).toEqual(["words"]);
      expect(readdirSync(words)).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  }, 60000);

  test.each([
    ["report", [SAMPLE, "-o", "out.docx"]],
    ["report", [SAMPLE, "-o", "out.xlsx", "--docx", "out-word.xlsx"]],
    ["template", ["-o", "blank.docx"]],
    ["validate", [SAMPLE, "-o", "checked.json"]],
    ["docx", [SAMPLE, "-o", "word.xlsx"]],
  ])("%s %j: a file named for another kind is refused, nothing written", async (cmd, args) => {
    const folder = mkdtempSync(join(dir, "kind-"));
    const r = await jixiao(
      cmd,
      ...args.map((a) => (a.startsWith("assets/") || a.startsWith("-") ? a : join(folder, a)))
    );
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toMatch(/扩展名.*Nothing was written/);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("usage, help and version in both languages", () => {
  test.each([
    [["frobnicate"], /^错误：没有“frobnicate”这个命令.* Error: unknown command 'frobnicate'/],
    [["template"], /^错误：必须给出选项 -o, --out <file>.* Error: required option/],
    [["validate"], /^错误：缺少参数 <in>.* Error: missing required argument 'in'/],
    [["validate", SAMPLE, "--bogus"], /^错误：没有“--bogus”这个选项.* Error: unknown option/],
  ])("%j is one bilingual line, exit code 2", async (args, said) => {
    const r = await jixiao(...args);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toMatch(said);
    expect(r.stderr).toContain("jixiao --help");
  });

  test("--help: titles and every option in Chinese and English", async () => {
    const top = await jixiao("--help");
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/用法 Usage:/);
    expect(top.stdout).toMatch(/命令 Commands:/);
    expect(top.stdout).toMatch(/-V, --version\s+显示版本 Show the version/);
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    expect(commands).toEqual(expect.arrayContaining(["report", "docx", "review", "demo", "docs"]));
    for (const c of commands.filter((c) => c !== "help")) {
      const help = await jixiao(c, "--help");
      expect([c, help.code]).toEqual([c, 0]);
      expect(help.stdout).toMatch(/选项 Options:/);
      // Each option's description opens in Chinese and goes on in English.
      const options = help.stdout.split("选项 Options:")[1].split(/\n(?= {2}-)/);
      for (const o of options.filter((x) => x.trim()))
        expect([c, o.trim()]).toEqual([c, expect.stringMatching(/[\u4e00-\u9fff][\s\S]*[a-z]{3}/)]);
    }
  }, 60000);

  test("--version prints Jixiao's own version and its template's", async () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    const r = await jixiao("--version");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`jixiao ${pkg.version}`);
    expect(r.stdout).toMatch(/模板 template jixiao-template \d+\.\d+/);
  });
});

describe("what report says about the errors left", () => {
  test("the 校验情况 page is named only when a Word file was written", async () => {
    const noWord = await jixiao("report", SAMPLE, "-o", join(dir, "r1.xlsx"));
    expect(noWord.code).toBe(1);
    expect(noWord.stdout).toContain("仍有 2 个错误");
    expect(noWord.stdout).not.toMatch(/校验情况|Word/);
    const word = await jixiao(
      "report",
      SAMPLE,
      "-o",
      join(dir, "r2.xlsx"),
      "--docx",
      join(dir, "r2.docx")
    );
    expect(word.code).toBe(1);
    expect(word.stdout).toContain("“校验情况”草稿页");
    expect(existsSync(join(dir, "r2.docx"))).toBe(true);
  }, 60000);
});
