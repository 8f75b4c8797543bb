import { FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";

/**
 * Excel's COUNT where HyperFormula differs: HyperFormula coerces a value argument ("" from an
 * IF, a blank cell reached through IF) to a number and counts it; Excel counts only numbers.
 */

function isNumber(v: unknown): boolean {
  return (
    typeof v === "number" ||
    (typeof v === "object" && v !== null && typeof (v as { val?: unknown }).val === "number")
  );
}

class ExcelCountPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    COUNT: {
      method: "count",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
    },
  };

  count(ast: { args: unknown[] }, state: unknown): number {
    let n = 0;
    for (const arg of ast.args) {
      const value: unknown = this.evaluateAst(arg as never, state as never);
      if (value instanceof SimpleRangeValue) {
        for (const v of value.valuesFromTopLeftCorner()) if (isNumber(v)) n += 1;
      } else if (isNumber(value)) n += 1;
    }
    return n;
  }
}

let registered = false;

/** Replaces HyperFormula's COUNT, once per process (its function registry is global). */
export function registerExcelFunctions(): void {
  if (registered) return;
  HyperFormula.unregisterFunction("COUNT");
  HyperFormula.registerFunctionPlugin(ExcelCountPlugin, {
    enGB: { COUNT: "COUNT" },
    enUS: { COUNT: "COUNT" },
  });
  registered = true;
}
