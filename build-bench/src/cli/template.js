"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.templateXlsx = templateXlsx;
const layout_1 = require("../layout");
const xlsx_workbook_1 = require("../workbook/xlsx/xlsx-workbook");
/** The standard workbook as .xlsx bytes: blank, or filled with a model. */
async function templateXlsx(model) {
    const wb = xlsx_workbook_1.XlsxWorkbook.create();
    await wb.write((0, layout_1.templateOps)(model));
    return wb.toBuffer();
}
