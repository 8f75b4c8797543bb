"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NUMBER_FORMATS = exports.STYLES = exports.LIST_ERROR = exports.PAGE_MARGINS = exports.TABLE_STYLE = exports.BORDER = exports.SECTION_FILL = exports.HEADER_FILL = exports.CALC_FILL = exports.INPUT_FILL = exports.FONT = void 0;
exports.pageSetupOp = pageSetupOp;
exports.columnsOp = columnsOp;
exports.protectOp = protectOp;
exports.inputStyle = inputStyle;
exports.calcStyle = calcStyle;
const sheet_1 = require("../model/sheet");
/** 等线 is Office's default Chinese UI font since 2016; hosts without it substitute. */
exports.FONT = "等线";
/** Input cells are pale yellow and unlocked, computed cells blue-grey and locked. */
exports.INPUT_FILL = "FFF2CC";
exports.CALC_FILL = "DDEBF7";
exports.HEADER_FILL = "D9E1F2";
exports.SECTION_FILL = "F2F2F2";
exports.BORDER = { style: "thin", color: "BFBFBF" };
exports.TABLE_STYLE = "TableStyleLight1";
/** A4 with narrow margins (inches): the template and its sheets print on one page's width. */
exports.PAGE_MARGINS = {
    left: 0.5,
    right: 0.5,
    top: 0.6,
    bottom: 0.6,
    header: 0.3,
    footer: 0.3,
};
function pageSetupOp(sheet, orientation, printTitleRows) {
    return {
        op: "pageSetup",
        sheet,
        orientation,
        paper: "A4",
        margins: exports.PAGE_MARGINS,
        fitToWidth: true,
        centerHorizontally: true,
        ...(printTitleRows ? { printTitleRows } : {}),
    };
}
/** Column widths given in characters, as the layout thinks of them. */
function columnsOp(sheet, chars) {
    return { op: "columns", sheet, widths: chars.map(sheet_1.pointsFromChars) };
}
function protectOp(sheet) {
    return { op: "protect", sheet, options: sheet_1.TEMPLATE_PROTECTION };
}
exports.LIST_ERROR = {
    errorTitle: "不在列表中",
    errorMessage: "请从下拉列表中选择。Please pick a value from the list.",
};
exports.STYLES = {
    title: {
        font: { name: exports.FONT, size: 16, bold: true, color: "1F3864" },
        horizontal: "center",
        vertical: "middle",
        locked: true,
    },
    subtitle: { font: { name: exports.FONT, size: 12, bold: true }, vertical: "middle", locked: true },
    section: {
        font: { name: exports.FONT, size: 11, bold: true, color: "1F3864" },
        fill: exports.SECTION_FILL,
        vertical: "middle",
        locked: true,
    },
    header: {
        font: { name: exports.FONT, size: 10, bold: true },
        fill: exports.HEADER_FILL,
        horizontal: "center",
        vertical: "middle",
        wrap: true,
        border: exports.BORDER,
        locked: true,
    },
    label: {
        font: { name: exports.FONT, size: 10 },
        vertical: "middle",
        wrap: true,
        border: exports.BORDER,
        locked: true,
    },
    input: {
        font: { name: exports.FONT, size: 10 },
        fill: exports.INPUT_FILL,
        vertical: "middle",
        border: exports.BORDER,
        locked: false,
    },
    inputText: {
        font: { name: exports.FONT, size: 10 },
        fill: exports.INPUT_FILL,
        vertical: "top",
        wrap: true,
        border: exports.BORDER,
        locked: false,
        numFmt: "@",
    },
    calc: {
        font: { name: exports.FONT, size: 10, italic: true, color: "1F4E79" },
        fill: exports.CALC_FILL,
        vertical: "middle",
        border: exports.BORDER,
        locked: true,
    },
    hint: {
        font: { name: exports.FONT, size: 9, color: "595959" },
        vertical: "middle",
        wrap: true,
        locked: true,
    },
    meta: {
        font: { name: exports.FONT, size: 10, color: "595959" },
        vertical: "middle",
        border: exports.BORDER,
        locked: true,
        numFmt: "@",
    },
};
/** Number formats fix a stated figure's decimals (PRODUCT.md §4 "Rounding"). */
exports.NUMBER_FORMATS = {
    text: "@",
    longtext: "@",
    choice: "@",
    flag: "@",
    amount: "0.00",
    count: "0",
    year: "0",
    rate: "0%",
    date: 'yyyy"年"m"月"d"日"',
    value: "General",
};
function inputStyle(type) {
    const base = type === "longtext" ? exports.STYLES.inputText : exports.STYLES.input;
    const numFmt = exports.NUMBER_FORMATS[type];
    const horizontal = type === "amount" || type === "count" || type === "rate" || type === "year" || type === "value"
        ? "right"
        : undefined;
    return {
        ...base,
        numFmt,
        ...(horizontal ? { horizontal } : {}),
        ...(type === "text" || type === "choice" ? { wrap: true } : {}),
    };
}
function calcStyle(type) {
    return { ...exports.STYLES.calc, numFmt: exports.NUMBER_FORMATS[type], horizontal: "right" };
}
