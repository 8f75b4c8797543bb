/**
 * The engine's time by stage on one workbook, for docs/benchmarks.md:
 * node build-bench/scripts/bench/stages.js FILE.xlsx [runs]
 * Each stage is timed on its own from the same read (median of `runs`, CPU time of this process
 * in brackets); the figures, score and rules on a model just read, as a plan meets them (they are
 * kept per model object). A plan reads the model itself, so validate and report each pay for the
 * read, the figures, the score and the rules.
 */
import { readFileSync } from "node:fs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { planValidate, validateRequest } from "../../src/workbook/validate";
import { planReport, reportRequest } from "../../src/workbook/report";
import { readFrom } from "../../src/workbook/reader";
import { RULES, runRules } from "../../src/rules";
import { deriveFigures } from "../../src/rules/core/figures";
import { score } from "../../src/rules/scoring/score";
import type { Evaluation } from "../../src/model/evaluation";
import { DEFAULT_PROFILE } from "../../src/model/scoring-profile";
import { buildReport } from "../../src/report/narrative";
import { selfEvaluationSheetOps, summarySheetOps, reportSheetOps } from "../../src/report/sheets";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A stage is timed on a fresh copy of the model: the figures are cached per model object. */
function timed<T>(
  runs: number,
  prepare: () => T,
  fn: (input: T) => unknown
): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    fn(input);
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

async function main(): Promise<void> {
  const [file, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg ?? 5);
  const wb = await XlsxWorkbook.load(readFileSync(file));
  const read = await wb.read({
    ...validateRequest(wb.capabilities),
    ...reportRequest(wb.capabilities),
    cells: [
      ...(validateRequest(wb.capabilities).cells ?? []),
      ...(reportRequest(wb.capabilities).cells ?? []),
    ],
  });
  const outcome = readFrom(read);
  const { model, where } = outcome;
  const scored = score(model, DEFAULT_PROFILE);
  const all = [...outcome.findings, ...runRules(model, RULES, where)];
  const document = buildReport(model, all, scored, { locations: where });
  const fresh = () => readFrom(read).model;
  const none = () => model;
  const stages: [string, () => Evaluation, (m: Evaluation) => unknown][] = [
    ["whole engine (validate + report plans)", none, () => [planValidate(read), planReport(read)]],
    ["validate plan", none, () => planValidate(read, { notes: true })],
    ["report plan", none, () => planReport(read, {})],
    ["read the model", none, () => readFrom(read)],
    ["derived figures", fresh, (m) => deriveFigures(m)],
    ["score (figures included)", fresh, (m) => score(m, DEFAULT_PROFILE)],
    ["rules (figures and score included)", fresh, (m) => runRules(m, RULES, where)],
    ["report document", none, () => buildReport(model, all, scored, { locations: where })],
    ["报告 sheet", none, () => reportSheetOps(document)],
    ["自评表 sheet", none, () => selfEvaluationSheetOps(document)],
    ["汇总 sheet", none, () => summarySheetOps(model, all, scored)],
  ];
  for (const [name, prepare, fn] of stages) {
    const t = timed(runs, prepare, fn);
    console.log(`${name.padEnd(40)} ${t.wall.toFixed(0).padStart(6)} ms (cpu ${t.cpu.toFixed(0)})`);
  }
}
void main();
