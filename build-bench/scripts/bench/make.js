"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const workloads_1 = require("./workloads");
/** Writes the bench workbooks: node build-bench/scripts/bench/make.js DIR */
async function main() {
    const dir = process.argv[2] ?? "/tmp";
    for (const k of [1, 10, 100])
        (0, node_fs_1.writeFileSync)(`${dir}/bench-${k}x.xlsx`, await (0, workloads_1.workbookOf)((0, workloads_1.scaled)(k)));
    (0, node_fs_1.writeFileSync)(`${dir}/bench-10000ind.xlsx`, await (0, workloads_1.workbookOf)((0, workloads_1.withIndicators)(10000)));
}
void main();
