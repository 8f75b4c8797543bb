/**
 * The bench's engine part alone, for profiling and for proving a speed change changes nothing:
 * node build-bench/scripts/bench/engine.js FILE.xlsx [runs] [--digest]
 * prints the median engine time (validate plan + report plan from one read, as bench.ts times
 * it) and, with --digest, a hash of everything both plans return (findings, ops, document).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { planValidate, validateRequest } from "../../src/workbook/validate";
import { planReport, reportRequest } from "../../src/workbook/report";

async function main(): Promise<void> {
  const [file, runsArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const runs = Number(runsArg ?? 3);
  const wb = await XlsxWorkbook.load(readFileSync(file));
  const read = await wb.read({
    ...validateRequest(wb.capabilities),
    ...reportRequest(wb.capabilities),
    cells: [
      ...(validateRequest(wb.capabilities).cells ?? []),
      ...(reportRequest(wb.capabilities).cells ?? []),
    ],
  });
  if (process.argv.includes("--digest")) {
    // Everything both plans return but `where`, the reader's lookup of cells by model path (a
    // structure, not a result; the findings carry the cells it gave).
    const plan = (p: object) => ({ ...p, where: undefined });
    const plans = {
      validate: plan(planValidate(read, { notes: true })),
      report: plan(planReport(read, {})),
    };
    const text = JSON.stringify(plans);
    console.log(`digest ${createHash("sha256").update(text).digest("hex")} ${text.length}`);
  }
  // Wall time, and CPU time of this process (steadier on a machine shared with other jobs).
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    planValidate(read, { notes: true });
    planReport(read, {});
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  if (runs < 1) return;
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const mid = (xs: number[]) => xs[Math.floor(xs.length / 2)].toFixed(0);
  const all = ms.map((m) => m.toFixed(0)).join(" ");
  console.log(`engine ms median ${mid(ms)} (cpu ${mid(cpu)}) all ${all}`);
}
void main();
