/**
 * `jixiao review DIR|FILES… -o 复核汇总.xlsx`: the 财政局's batch over units' workbooks
 * (PRODUCT.md §1, §7). Reads every .xlsx, never writes to one, never stops on a bad file; checks
 * run in parallel over worker threads; the summary is written through the ExcelJS port.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, extname, join, relative, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { Command } from "commander";
import { TEMPLATE_MARKER, TEMPLATE_VERSION } from "../layout";
import { ALL_METAS } from "../rules";
import type { ScoringProfile } from "../model/scoring-profile";
import { reviewWorkbookOps } from "../review/sheets";
import {
  STATUS_LABEL,
  markDuplicates,
  refusedUnit,
  reviewOutcome,
  type UnitSummary,
} from "../review/unit";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import { UserError, canonicalPath, checkOutputs, writeOutput } from "./fs-safe";
import { reviewFile } from "./review-file";
import { jixiaoVersion } from "./version";
import type { ReviewTask } from "./review-worker";

export interface ReviewInput {
  /** The file on disk. */
  path: string;
  /** How the summary names it: relative to the folder given, or as given. */
  file: string;
}

/**
 * .xlsx files, and old .xls ones so that they get a row asking for .xlsx; Excel's lock files
 * ("~$name.xlsx") are not workbooks.
 */
const isWorkbookName = (name: string) =>
  [".xlsx", ".xls"].includes(extname(name).toLowerCase()) && !name.startsWith("~$");

function walk(dir: string, root: string, out: ReviewInput[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name)
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, root, out);
    else if (isWorkbookName(entry.name))
      out.push({ path, file: relative(root, path) || entry.name });
  }
}

/** Every .xlsx under the folders given (recursively) and every file given, the output excepted. */
export function collectInputs(args: string[], out?: string): ReviewInput[] {
  const found: ReviewInput[] = [];
  for (const arg of args) {
    if (!existsSync(arg)) throw new UserError(`找不到 ${arg}。`, `${arg} does not exist.`);
    if (statSync(arg).isDirectory()) walk(arg, arg, found);
    else found.push({ path: arg, file: arg });
  }
  const skip = out ? canonicalPath(resolve(out)) : undefined;
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = canonicalPath(resolve(f.path));
    if (key === skip || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Files done / total, the current file and the time so far, on one terminal line. */
export class Progress {
  private readonly start = Date.now();
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr
  ) {}
  private get on(): boolean {
    return this.stream.isTTY === true;
  }
  tick(file: string): void {
    this.done++;
    if (!this.on) return;
    const seconds = Math.round((Date.now() - this.start) / 1000);
    const width = (this.stream.columns || 80) - 1;
    const line = `复核 ${this.done}/${this.total}  ${seconds}s  ${basename(file)}`;
    this.stream.write(`\r${line.slice(0, width).padEnd(width)}`);
  }
  end(): void {
    if (this.on) this.stream.write(`\r${" ".repeat((this.stream.columns || 80) - 1)}\r`);
  }
}

/** The compiled worker beside this file; absent when run from sources (tests), then in-process. */
const WORKER = join(__dirname, "review-worker.js");
/** In the single executable (`npm run build:exe`) the worker is an embedded asset. */
const WORKER_ASSET = "review-worker.js";

/** Where a worker's code comes from: a file, the executable's asset, or nowhere (run in-process). */
function workerSource(): { code: string; eval: boolean } | undefined {
  try {
    // node:sea exists from Node 20.12; outside an executable isSea() is false.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sea = require("node:sea") as typeof import("node:sea");
    if (sea.isSea()) return { code: sea.getAsset(WORKER_ASSET, "utf8"), eval: true };
  } catch {
    // Not an executable, or a Node without node:sea.
  }
  return existsSync(WORKER) ? { code: WORKER, eval: false } : undefined;
}

async function inProcess(
  inputs: ReviewInput[],
  profile: ScoringProfile | undefined,
  progress: Progress
): Promise<UnitSummary[]> {
  const out: UnitSummary[] = [];
  for (const input of inputs) {
    out.push(await reviewFile(input.path, input.file, profile));
    progress.tick(input.file);
  }
  return out;
}

/** What a file's row says when the worker checking it died (out of memory, say). */
function workerDied(file: string, e: unknown): UnitSummary {
  const detail = e instanceof Error ? e.message : String(e);
  return refusedUnit(file, "unreadable", {
    zh: `读取此文件时程序出错（${detail}），已跳过。`,
    en: `Reading this file failed (${detail}); skipped.`,
  });
}

/**
 * Each worker takes the next file when it is done with one; results keep the inputs' order. A
 * worker that dies takes only its file with it: that file gets a row, a new worker goes on.
 */
export function inWorkers(
  source: { code: string; eval: boolean },
  inputs: ReviewInput[],
  jobs: number,
  profile: ScoringProfile | undefined,
  progress: Progress
): Promise<UnitSummary[]> {
  const results: UnitSummary[] = new Array(inputs.length);
  const working = new Map<Worker, number>();
  const all = new Set<Worker>();
  let next = 0;
  let done = 0;
  return new Promise((resolvePromise) => {
    const finish = (index: number, unit: UnitSummary) => {
      results[index] = unit;
      progress.tick(inputs[index].file);
      if (++done < inputs.length) return false;
      for (const w of all) void w.terminate();
      resolvePromise(results);
      return true;
    };
    const feed = (w: Worker) => {
      if (next >= inputs.length) return void working.delete(w);
      const task: ReviewTask = { index: next, ...inputs[next] };
      working.set(w, next++);
      w.postMessage(task);
    };
    const start = () => {
      const w = new Worker(source.code, { eval: source.eval, workerData: { profile } });
      all.add(w);
      w.on("message", (m: { index: number; unit: UnitSummary }) => {
        if (!finish(m.index, m.unit)) feed(w);
      });
      w.on("error", (e) => {
        const index = working.get(w);
        working.delete(w);
        all.delete(w);
        void w.terminate();
        if (index === undefined) return;
        if (!finish(index, workerDied(inputs[index].file, e)) && next < inputs.length)
          feed(start());
      });
      return w;
    };
    for (let i = 0; i < Math.min(jobs, inputs.length); i++) feed(start());
  });
}

export async function reviewUnits(
  inputs: ReviewInput[],
  jobs: number,
  profile?: ScoringProfile
): Promise<UnitSummary[]> {
  const progress = new Progress(inputs.length);
  try {
    const source = jobs > 1 && inputs.length > 1 ? workerSource() : undefined;
    if (!source) return await inProcess(inputs, profile, progress);
    return await inWorkers(source, inputs, jobs, profile, progress);
  } finally {
    progress.end();
  }
}

const pad = (n: number) => String(n).padStart(2, "0");
const localTime = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

export async function summaryXlsx(
  units: UnitSummary[],
  inputs: string[],
  profileName: string
): Promise<Buffer> {
  const wb = XlsxWorkbook.create();
  await wb.write(
    reviewWorkbookOps(
      units,
      {
        when: localTime(new Date()),
        profileName,
        templateVersion: `${TEMPLATE_MARKER} ${TEMPLATE_VERSION}`,
        inputs,
        toolVersion: `绩效自评助手 jixiao ${jixiaoVersion()}`,
      },
      ALL_METAS
    )
  );
  return wb.toBuffer();
}

/** Each file not checked, with why, and each unit found in more than one file. */
export function terminalNotes(units: UnitSummary[], repeated: UnitSummary[][]): string[] {
  const lines = units
    .filter((u) => u.status !== "checked")
    .map(
      (u) =>
        `${STATUS_LABEL[u.status]}：${u.file}${u.reason ? `——${u.reason.zh}` : ""} Not checked: ${u.file}${u.reason ? ` — ${u.reason.en}` : ""}`
    );
  for (const group of repeated) {
    const { unitName, year } = group[0];
    lines.push(
      `同一单位、同一年度有 ${group.length} 个文件（${unitName}，${year} 年）：${group.map((u) => u.file).join("、")}，请核对是否重复报送。 Same unit and year in ${group.length} files (${unitName}, ${year}): ${group.map((u) => u.file).join(", ")}.`
    );
  }
  return lines;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UserError(
      `--jobs 应为正整数，而不是 ${value}。`,
      `--jobs must be a positive whole number, not ${value}.`
    );
  return n;
}

interface ReviewOptions {
  out: string;
  json?: boolean;
  jobs?: string;
  profile?: string;
  overwrite?: boolean;
}

/** `review` on the program; `readProfile` reads a --profile file. */
export function registerReview(
  program: Command,
  readProfile: (path: string) => ScoringProfile,
  overwriteHelp: string
): void {
  program
    .command("review")
    .description(
      "复核 Review every .xlsx under the folders given: one summary workbook (exit 0: no errors, 1: errors or unreadable files, 2: nothing readable)"
    )
    .argument(
      "<inputs...>",
      "文件夹（含子文件夹）或 .xlsx 文件 folders (searched recursively) or .xlsx files"
    )
    .requiredOption("-o, --out <file>", "输出的复核汇总 .xlsx summary .xlsx (复核汇总.xlsx)")
    .option(
      "--json",
      "同时以 JSON 输出各单位的汇总和问题 also print each unit's summary and findings as JSON"
    )
    .option(
      "--jobs <n>",
      "并行线程数（默认：CPU 核数） worker threads (default: the number of cores)"
    )
    .option(
      "--profile <json>",
      "评分方案（默认：内置方案） scoring profile (default: the bundled one)"
    )
    .option("--overwrite", overwriteHelp)
    .action(async (args: string[], opts: ReviewOptions) => {
      const jobs = parseJobs(opts.jobs);
      const inputs = collectInputs(args, opts.out);
      checkOutputs(
        [...inputs.map((i) => i.path), ...(opts.profile ? [opts.profile] : [])],
        [{ path: opts.out, option: "-o", kind: "xlsx" }],
        opts.overwrite
      );
      const profile = opts.profile ? readProfile(opts.profile) : undefined;
      const units = await reviewUnits(inputs, jobs, profile);
      const repeated = markDuplicates(units);
      const outcome = reviewOutcome(units);
      const profileNote = profile
        ? `${profile.name}（--profile ${opts.profile}，替代各工作簿所带的方案）`
        : "各单位工作簿所带的评分方案（见“单位一览”的“评分方案”列）";
      writeOutput(opts.out, await summaryXlsx(units, args, profileNote));
      if (opts.json) console.log(JSON.stringify(units, null, 2));
      else
        console.log(
          `已复核 ${units.length} 个文件：已校验 ${outcome.checked} 个，其中有错误 ${outcome.withErrors} 个；未能校验 ${outcome.refused} 个。汇总：${opts.out}\n` +
            `Reviewed ${units.length} files: ${outcome.checked} checked, ${outcome.withErrors} with errors, ${outcome.refused} not readable. Summary: ${opts.out}`
        );
      // What needs the reviewer's eye names its files on the terminal, not only in the summary.
      for (const line of terminalNotes(units, repeated)) process.stderr.write(`${line}\n`);
      process.exitCode = outcome.exitCode;
    });
}
