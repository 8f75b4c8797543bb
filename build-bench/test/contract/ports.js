"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sampleBytes = exports.HOSTS = exports.OFFICE_PROFILES = void 0;
exports.open = open;
const node_fs_1 = require("node:fs");
const fake_excel_1 = require("../fake-excel");
const xlsx_1 = require("../fake-excel/xlsx");
const office_workbook_1 = require("../../src/workbook/office/office-workbook");
const xlsx_workbook_1 = require("../../src/workbook/xlsx/xlsx-workbook");
exports.OFFICE_PROFILES = ["ltsc2021", "ltsc2024", "m365", "web"];
exports.HOSTS = ["xlsx", ...exports.OFFICE_PROFILES];
const sampleBytes = () => (0, node_fs_1.readFileSync)("assets/sample.xlsx");
exports.sampleBytes = sampleBytes;
async function open(host, bytes) {
    if (host === "xlsx") {
        const wb = await xlsx_workbook_1.XlsxWorkbook.load(bytes);
        return { host, port: () => wb, save: () => wb.toBuffer() };
    }
    const fake = new fake_excel_1.FakeExcel({ profile: host, state: await (0, xlsx_1.loadXlsx)(bytes), currentYear: 2022 });
    return {
        host,
        fake,
        port: () => new office_workbook_1.OfficeWorkbook({
            run: fake.run.bind(fake),
            isSetSupported: (s, v) => fake.isSetSupported(s, v),
        }),
        save: async () => Buffer.from(await (0, xlsx_1.saveXlsx)(fake.state)),
    };
}
