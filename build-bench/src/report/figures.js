"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sumOf = exports.dec = void 0;
exports.effectiveTotal = effectiveTotal;
const expenditure_1 = require("../rules/core/expenditure");
var decimal_1 = require("../model/decimal");
Object.defineProperty(exports, "dec", { enumerable: true, get: function () { return decimal_1.dec; } });
Object.defineProperty(exports, "sumOf", { enumerable: true, get: function () { return decimal_1.sumOf; } });
/** A stated total, else what its parts give: the figure the workbook stands for. */
function effectiveTotal(m, row, col) {
    return (0, expenditure_1.effectiveTotal)(m, row, col)?.value;
}
