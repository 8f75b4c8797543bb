"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerExcelFunctions = registerExcelFunctions;
const hyperformula_1 = require("hyperformula");
/**
 * Excel's COUNT where HyperFormula differs: HyperFormula coerces a value argument ("" from an
 * IF, a blank cell reached through IF) to a number and counts it; Excel counts only numbers.
 */
function isNumber(v) {
    return (typeof v === "number" ||
        (typeof v === "object" && v !== null && typeof v.val === "number"));
}
class ExcelCountPlugin extends hyperformula_1.FunctionPlugin {
    count(ast, state) {
        let n = 0;
        for (const arg of ast.args) {
            const value = this.evaluateAst(arg, state);
            if (value instanceof hyperformula_1.SimpleRangeValue) {
                for (const v of value.valuesFromTopLeftCorner())
                    if (isNumber(v))
                        n += 1;
            }
            else if (isNumber(value))
                n += 1;
        }
        return n;
    }
}
ExcelCountPlugin.implementedFunctions = {
    COUNT: {
        method: "count",
        parameters: [{ argumentType: hyperformula_1.FunctionArgumentType.ANY }],
        repeatLastArgs: 1,
    },
};
let registered = false;
/** Replaces HyperFormula's COUNT, once per process (its function registry is global). */
function registerExcelFunctions() {
    if (registered)
        return;
    hyperformula_1.HyperFormula.unregisterFunction("COUNT");
    hyperformula_1.HyperFormula.registerFunctionPlugin(ExcelCountPlugin, {
        enGB: { COUNT: "COUNT" },
        enUS: { COUNT: "COUNT" },
    });
    registered = true;
}
