/**
 * The scoring profile travels with the workbook (issue 15 item 10), through the built CLI: a
 * bureau's template carries its profile, --profile replaces a workbook's, and the reviewer's
 * batch says which profile each unit was scored with.
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_PROFILE, profileDigest } from "../../src/model/scoring-profile";
import { cliRunner } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "jixiao-profile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jixiao = cliRunner(dir, 120000);

const bureau = {
  ...DEFAULT_PROFILE,
  name: "某区财政局评分方案",
  indicators: DEFAULT_PROFILE.indicators.map((i) =>
    i.id === "procurement" ? { ...i, points: 2 } : i.id === "execution" ? { ...i, points: 9 } : i
  ),
};
const profilePath = join(dir, "方案.json");
writeFileSync(profilePath, JSON.stringify(bureau, null, 2));

test("a bureau's template carries its profile; validate scores with it without --profile", () => {
  const template = join(dir, "区模板.xlsx");
  expect(jixiao("template", "--profile", profilePath, "-o", template).code).toBe(0);
  const run = jixiao("validate", template);
  expect(run.stdout).toContain("评分方案：某区财政局评分方案（工作簿所带）");
});

test("--profile replaces the workbook's; the output then carries it, the input is untouched", () => {
  const input = join(dir, "单位.xlsx");
  copyFileSync("assets/sample.xlsx", input);
  const out = join(dir, "单位-已校验.xlsx");
  const sha = () => createHash("sha256").update(readFileSync(input)).digest("hex");
  const before = sha();
  const replaced = jixiao("validate", input, "--profile", profilePath, "-o", out);
  expect(replaced.stdout).toContain("评分方案：某区财政局评分方案（命令行指定）");
  expect(jixiao("validate", out).stdout).toContain("评分方案：某区财政局评分方案（工作簿所带）");
  expect(sha()).toBe(before);
  expect(jixiao("validate", input).stdout).toContain(
    `评分方案：${DEFAULT_PROFILE.name}（工作簿所带）`
  );

  const folder = join(dir, "batch");
  mkdirSync(folder);
  copyFileSync(input, join(folder, "a.xlsx"));
  copyFileSync(out, join(folder, "b.xlsx"));
  const review = jixiao("review", folder, "-o", join(dir, "复核汇总.xlsx"), "--json");
  const units = JSON.parse(review.stdout) as {
    file: string;
    profile?: { name: string; digest: string };
  }[];
  const byFile = Object.fromEntries(units.map((u) => [u.file, u.profile]));
  expect(byFile["a.xlsx"]).toMatchObject({
    name: DEFAULT_PROFILE.name,
    digest: profileDigest(DEFAULT_PROFILE),
  });
  expect(byFile["b.xlsx"]).toMatchObject({ name: "某区财政局评分方案" });
  expect(byFile["b.xlsx"]?.digest).not.toBe(byFile["a.xlsx"]?.digest);
});

test("a profile too long for one cell is refused with exit 2, nothing written", () => {
  const long = join(dir, "过长.json");
  const huge = { ...bureau, sources: ["说明".repeat(17000)] };
  writeFileSync(long, JSON.stringify(huge));
  const out = join(dir, "不应写出.xlsx");
  const run = jixiao("template", "--profile", long, "-o", out);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("评分方案过长");
  expect(existsSync(out)).toBe(false);
});
