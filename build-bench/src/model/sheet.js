"use strict";
/**
 * The sheet vocabulary: what a workbook host reads and writes, shared by the domain (layout,
 * rules, report), the planners and the adapters. A leaf module: it imports nothing, so the
 * arrow runs down from every layer to here. Each write op is complete — an adapter executes it
 * as written and decides nothing (PRODUCT.md §8).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.rowHeight = exports.MAX_ROW_HEIGHT = exports.charsFromPoints = exports.pointsFromChars = exports.isMarkFormula = exports.markFormula = exports.cellKey = exports.canonicalProtection = exports.TEMPLATE_PROTECTION = void 0;
/** The template's protection: computed cells guarded, widths and heights still adjustable. */
exports.TEMPLATE_PROTECTION = {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: false,
    formatColumns: true,
    formatRows: true,
    insertColumns: false,
    insertRows: false,
    insertHyperlinks: false,
    deleteColumns: false,
    deleteRows: false,
    sort: false,
    autoFilter: false,
    pivotTables: false,
    editObjects: true,
    editScenarios: true,
};
/** Options in one key order, so records written by different hosts compare equal. */
const canonicalProtection = (o) => Object.fromEntries(Object.keys(exports.TEMPLATE_PROTECTION).map((k) => [k, o[k]]));
exports.canonicalProtection = canonicalProtection;
const cellKey = (sheet, address) => `${sheet}!${address}`;
exports.cellKey = cellKey;
/**
 * A mark is a conditional format with this always-true formula, so it never rewrites the
 * cell's own format (theme fills and the user's conditional formats survive) and is found again
 * by its formula on any host.
 */
const markFormula = (severity) => `ISTEXT("绩效自评助手:${severity}")`;
exports.markFormula = markFormula;
const isMarkFormula = (formula) => /^=?ISTEXT\("绩效自评助手:(error|warning|info)"\)$/.test(formula.trim());
exports.isMarkFormula = isMarkFormula;
/** Column widths are declared in points; an Excel "character" of the default font is 7 px. */
const pointsFromChars = (chars) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
exports.pointsFromChars = pointsFromChars;
const charsFromPoints = (points) => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
exports.charsFromPoints = charsFromPoints;
/** Excel's tallest row, in points; a taller height is refused. */
exports.MAX_ROW_HEIGHT = 409;
const rowHeight = (points) => Math.min(exports.MAX_ROW_HEIGHT, points);
exports.rowHeight = rowHeight;
