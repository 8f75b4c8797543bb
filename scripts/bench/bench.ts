/**
 * npm run bench: the performance targets of PRODUCT.md §9, measured side by side in one run
 * (medians of repeated runs; this machine has 2 shared cores), one JSON line per figure, then a
 * table. npm run bench:office prints only the Office.js round trips, one line per job and size.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { planValidate, validateRequest } from "../../src/workbook/validate";
import { planReport, reportRequest } from "../../src/workbook/report";
import { syncFigures, type SyncFigure } from "./office";
import { scaled, withIndicators, workbookOf } from "./workloads";

interface Figure {
  figure: string;
  value: number;
  target: number;
  ok: boolean;
  detail?: Record<string, number | string>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(fn: () => unknown | Promise<unknown>, runs: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}

/** Engine time: model → rules → write plan → report document, from a read already made. */
async function engineTime(bytes: Buffer, runs: number): Promise<number> {
  const wb = await XlsxWorkbook.load(bytes);
  const read = await wb.read({
    ...validateRequest(wb.capabilities),
    ...reportRequest(wb.capabilities),
    cells: [
      ...(validateRequest(wb.capabilities).cells ?? []),
      ...(reportRequest(wb.capabilities).cells ?? []),
    ],
  });
  return timed(() => {
    planValidate(read, { notes: true });
    planReport(read, {});
  }, runs);
}

function reportPeakKB(input: string, dir: string): number {
  const rss = join(dir, "rss");
  const args = ["-r", "./scripts/bench/rss.js", "bin/jixiao.js", "report", input];
  args.push("-o", join(dir, "r.xlsx"), "--docx", join(dir, "r.docx"), "--overwrite");
  // Exit 1 means the report was written with errors remaining (the sample has two).
  const run = spawnSync(process.execPath, args, {
    env: { ...process.env, JIXIAO_RSS_FILE: rss },
    stdio: "ignore",
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`report exited ${run.status}`);
  return Number(readFileSync(rss, "utf8"));
}

/** The pane's first load: its entry script (the Word renderer, word.js, loads on 导出 Word). */
function paneGzipKB(): number {
  if (!existsSync("dist/taskpane.js")) {
    const r = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });
    if (r.status !== 0) throw new Error("npm run build failed");
  }
  const scripts = readdirSync("dist").filter((f) => /^taskpane.*\.js$/.test(f));
  const bytes = scripts.reduce((n, f) => n + gzipSync(readFileSync(join("dist", f))).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

function syncsFigure(figures: SyncFigure[]): Figure {
  // Target: 2 reads and 2 writes for validate while a request fits the 5 MB cap (1x, 10x).
  const within = figures.filter((f) => f.job === "validate" && /^(1x|10x)$/.test(f.rows));
  const worst = Math.max(...within.map((f) => f.readSyncs + f.writeSyncs));
  return {
    figure: "syncs",
    value: worst,
    target: 4,
    ok: worst <= 4 && figures.every((f) => f.maxRequestBytes <= 5_000_000),
    detail: Object.fromEntries(
      figures.map((f) => [
        `${f.job} ${f.rows}`,
        `${f.readSyncs}+${f.writeSyncs} syncs, ${f.maxRequestBytes} B`,
      ])
    ),
  };
}

async function main(): Promise<void> {
  const officeOnly = process.argv.includes("--office");
  const dir = mkdtempSync(join(tmpdir(), "jixiao-bench-"));
  const sizes = [1, 10, 100].map((k) => ({ k, rows: `${k}x` }));
  const books: { rows: string; bytes: Buffer; path: string }[] = [];
  for (const { k, rows } of sizes) {
    const bytes = await workbookOf(scaled(k));
    const path = join(dir, `${rows}.xlsx`);
    writeFileSync(path, bytes);
    books.push({ rows, bytes, path });
  }
  const syncs = await syncFigures(books);
  if (officeOnly) {
    for (const f of syncs) console.log(JSON.stringify(f));
    return;
  }
  const figures: Figure[] = [syncsFigure(syncs)];

  const [t1, t10, t100] = [
    await engineTime(books[0].bytes, 15),
    await engineTime(books[1].bytes, 7),
    await engineTime(books[2].bytes, 3),
  ];
  figures.push({
    figure: "engineScaling10x",
    value: Math.round((t100 / t10) * 100) / 100,
    target: 12,
    ok: t100 / t10 <= 12 && t10 / t1 <= 12,
    detail: { ms1x: t1, ms10x: t10, ms100x: t100, ratio10xOver1x: t10 / t1 },
  });

  const big = await workbookOf(withIndicators(10000));
  const engine = await engineTime(big, 3);
  const load = await timed(() => XlsxWorkbook.load(big), 3);
  figures.push({
    figure: "engineVsLoad",
    value: Math.round((engine / load) * 1000) / 1000,
    target: 0.1,
    ok: engine / load <= 0.1,
    detail: { engineMs: engine, exceljsLoadMs: load, indicators: 10000 },
  });

  const peak1 = reportPeakKB(books[0].path, dir);
  const peak100 = reportPeakKB(books[2].path, dir);
  figures.push({
    figure: "reportMemory100x",
    value: Math.round(peak100 / 1024),
    target: 200,
    ok: peak100 / 1024 < 200,
    detail: { peakMB1x: Math.round(peak1 / 1024), peakMB100x: Math.round(peak100 / 1024) },
  });

  const kb = paneGzipKB();
  figures.push({ figure: "paneGzipKB", value: kb, target: 120, ok: kb <= 120 });

  for (const f of figures) console.log(JSON.stringify(f));
  console.log("");
  console.log("figure              value     target   ok");
  for (const f of figures)
    console.log(
      `${f.figure.padEnd(20)}${String(f.value).padEnd(10)}${String(f.target).padEnd(9)}${f.ok ? "yes" : "NO"}`
    );
  console.log("\nround trips on the fake Excel (web profile: 5 MB cap):");
  for (const f of syncs)
    console.log(
      `  ${f.job.padEnd(9)}${f.rows.padEnd(10)}read ${f.readSyncs}  write ${f.writeSyncs}  largest request ${f.maxRequestBytes} B, response ${f.maxResponseBytes} B`
    );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
