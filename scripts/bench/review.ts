/**
 * `npm run bench:review`: the reviewer's batch (PRODUCT.md §9). 200 generated workbooks; `review`
 * on one job against the ExcelJS adapter's own open + save of the same files in one process
 * (bare ExcelJS cannot load the template's calculated columns), then `--jobs 2` as the CLI runs.
 * Runs alternate and the best of each is kept: the machine is shared.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsx } from "../../src/workbook/xlsx/open";
import { collectInputs, reviewUnits, summaryXlsx } from "../../src/cli/review";
import { templateXlsx } from "../../src/cli/template";
import { cleanModel, withErrors } from "../../test/review/units";

const COUNT = Number(process.env.REVIEW_BENCH_FILES ?? 200);
const ROUNDS = Number(process.env.REVIEW_BENCH_ROUNDS ?? 2);

async function makeFolder(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  // A quarter carry the sample's errors; the rest are clean units under their own names.
  const clean = await templateXlsx(cleanModel("单位"));
  for (let i = 0; i < COUNT; i++) {
    const name = `单位${String(i + 1).padStart(3, "0")}`;
    const bytes = i % 4 === 0 ? await templateXlsx(withErrors(name)) : clean;
    writeFileSync(join(dir, `${name}.xlsx`), bytes);
  }
}

async function ms(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The baseline: every file read, opened by the adapter, saved and written, one after another. */
async function openAndSave(dir: string, out: string): Promise<void> {
  for (const name of readdirSync(dir)) {
    const wb = await openXlsx(readFileSync(join(dir, name)));
    writeFileSync(join(out, name), await wb.toBuffer());
  }
}

/** `review` on one job, in this process: read, check, summarise, write the summary. */
async function reviewInProcess(dir: string, out: string): Promise<void> {
  const units = await reviewUnits(collectInputs([dir]), 1);
  writeFileSync(join(out, "复核汇总.xlsx"), await summaryXlsx(units, [dir], "默认评分方案"));
}

/** The CLI as a reviewer runs it, start-up included. */
function cli(dir: string, out: string, jobs: number): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      "bin/jixiao.js",
      "review",
      dir,
      "-o",
      join(out, `cli-${jobs}.xlsx`),
      "--jobs",
      String(jobs),
      "--overwrite",
    ],
    { encoding: "utf8" }
  );
  if (r.status !== 1 && r.status !== 0) throw new Error(r.stderr);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "jixiao-bench-review-"));
  const dir = join(root, "units");
  const out = join(root, "out");
  mkdirSync(out);
  await makeFolder(dir);
  const best = { baseline: Infinity, review: Infinity, cli1: Infinity, cli2: Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    best.baseline = Math.min(best.baseline, await ms(() => openAndSave(dir, out)));
    best.review = Math.min(best.review, await ms(() => reviewInProcess(dir, out)));
    best.cli1 = Math.min(best.cli1, cli(dir, out, 1));
    best.cli2 = Math.min(best.cli2, cli(dir, out, 2));
  }
  const ratio = best.review / best.baseline;
  const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
  console.log(`review bench: ${COUNT} workbooks, best of ${ROUNDS}`);
  console.log(`  ExcelJS adapter open + save, one process:   ${s(best.baseline)}`);
  console.log(`  review, one job, same process:               ${s(best.review)}`);
  console.log(
    `  ratio review / open+save:                    ${ratio.toFixed(2)} (target ≤ 1.5) ${ratio <= 1.5 ? "ok" : "MISSED"}`
  );
  console.log(`  jixiao review --jobs 1 (CLI, start-up incl.): ${s(best.cli1)}`);
  console.log(
    `  jixiao review --jobs 2 (CLI, start-up incl.): ${s(best.cli2)}  (${(best.cli1 / best.cli2).toFixed(2)}× faster than --jobs 1)`
  );
  process.exitCode = ratio <= 1.5 ? 0 : 1;
}
void main();
