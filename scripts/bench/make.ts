import { writeFileSync } from "node:fs";
import { scaled, withIndicators, workbookOf } from "./workloads";

/** Writes the bench workbooks: node build-bench/scripts/bench/make.js DIR */
async function main(): Promise<void> {
  const dir = process.argv[2] ?? "/tmp";
  for (const k of [1, 10, 100])
    writeFileSync(`${dir}/bench-${k}x.xlsx`, await workbookOf(scaled(k)));
  writeFileSync(`${dir}/bench-10000ind.xlsx`, await workbookOf(withIndicators(10000)));
}
void main();
