"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.difference = exports.change = exports.effective = exports.BLANK = exports.and = exports.eq = exports.isNumber = exports.iff = exports.ratio = exports.sub = exports.add = exports.thisRow = exports.countCol = exports.sumCol = exports.name = exports.str = exports.num = void 0;
exports.toFormula = toFormula;
exports.evaluate = evaluate;
exports.references = references;
const decimal_1 = require("../model/decimal");
const num = (v) => ({ k: "num", v: String(v) });
exports.num = num;
const str = (v) => ({ k: "str", v });
exports.str = str;
const name = (n) => ({ k: "name", name: n });
exports.name = name;
const sumCol = (table, column, where) => ({ k: "sumCol", table, column, where });
exports.sumCol = sumCol;
const countCol = (table, column) => ({ k: "countCol", table, column });
exports.countCol = countCol;
const thisRow = (table, column) => ({ k: "thisRow", table, column });
exports.thisRow = thisRow;
const add = (...args) => ({ k: "add", args });
exports.add = add;
const sub = (a, b) => ({ k: "sub", a, b });
exports.sub = sub;
const ratio = (a, b) => ({ k: "ratio", a, b });
exports.ratio = ratio;
const iff = (cond, then, otherwise) => ({
    k: "if",
    cond,
    then,
    else: otherwise,
});
exports.iff = iff;
const isNumber = (e) => ({ k: "isNumber", e });
exports.isNumber = isNumber;
const eq = (a, b) => ({ k: "eq", a, b });
exports.eq = eq;
const and = (...args) => ({ k: "and", args });
exports.and = and;
exports.BLANK = (0, exports.str)("");
/** The stated figure where it is a number, else what the parts give (PRODUCT.md §3). */
const effective = (stated, computed) => (0, exports.iff)((0, exports.isNumber)((0, exports.name)(stated)), (0, exports.name)(stated), computed);
exports.effective = effective;
/** (current − previous) / previous, blank unless both are numbers and previous is not 0. */
const change = (current, previous) => (0, exports.iff)((0, exports.and)((0, exports.isNumber)(current), (0, exports.isNumber)(previous)), (0, exports.ratio)((0, exports.sub)(current, previous), previous), exports.BLANK);
exports.change = change;
/** stated − computed, blank unless both are numbers. */
const difference = (stated, computed) => (0, exports.iff)((0, exports.and)((0, exports.isNumber)((0, exports.name)(stated)), (0, exports.isNumber)(computed)), (0, exports.sub)((0, exports.name)(stated), computed), exports.BLANK);
exports.difference = difference;
// ---------------------------------------------------------------------------------------------
// Formula text
function structuredColumn(column) {
    // Excel escapes these characters in structured references with a leading apostrophe.
    return column.replace(/['#[\]@]/g, (c) => `'${c}`);
}
function quoteString(v) {
    return `"${v.replace(/"/g, '""')}"`;
}
/** The formula text without its leading "=", as the file format stores it. */
function toFormula(e) {
    switch (e.k) {
        case "num":
            return e.v;
        case "str":
            return quoteString(e.v);
        case "name":
            return e.name;
        case "sumCol": {
            const target = `${e.table}[${structuredColumn(e.column)}]`;
            if (!e.where)
                return `IF(COUNT(${target})=0,"",SUM(${target}))`;
            const crit = `${e.table}[${structuredColumn(e.where.column)}]`;
            const value = quoteString(e.where.equals);
            return `IF(SUMPRODUCT(ISNUMBER(${target})*(${crit}=${value}))=0,"",SUMIFS(${target},${crit},${value}))`;
        }
        case "countCol":
            return `COUNTA(${e.table}[${structuredColumn(e.column)}])`;
        case "thisRow":
            return `${e.table}[[#This Row],[${structuredColumn(e.column)}]]`;
        case "add": {
            const args = e.args.map(toFormula);
            return `IF(COUNT(${args.join(",")})=0,"",${args.map((a) => `N(${a})`).join("+")})`;
        }
        case "sub":
            return `${wrap(e.a)}-${wrap(e.b)}`;
        case "ratio": {
            const b = toFormula(e.b);
            return `IF(AND(ISNUMBER(${b}),${b}<>0),${wrap(e.a)}/${wrap(e.b)},"")`;
        }
        case "if":
            return `IF(${condFormula(e.cond)},${toFormula(e.then)},${toFormula(e.else)})`;
    }
}
function wrap(e) {
    const f = toFormula(e);
    return e.k === "add" || e.k === "sub" ? `(${f})` : f;
}
function condFormula(c) {
    switch (c.k) {
        case "isNumber":
            return `ISNUMBER(${toFormula(c.e)})`;
        case "eq":
            return `${toFormula(c.a)}=${toFormula(c.b)}`;
        case "and":
            return `AND(${c.args.map(condFormula).join(",")})`;
    }
}
const VALUE_ERROR = { error: "#VALUE!" };
const DIV0 = { error: "#DIV/0!" };
function isError(v) {
    return typeof v === "object" && v !== null && !(v instanceof decimal_1.Decimal) && "error" in v;
}
function normalise(v) {
    if (v === null)
        return new decimal_1.Decimal(0);
    if (typeof v === "number")
        return new decimal_1.Decimal(v);
    return v;
}
/** Arithmetic operand coercion as Excel's + and − do it: blank 0, numeric text coerced, else #VALUE!. */
function operand(v) {
    if (v === null)
        return new decimal_1.Decimal(0);
    if (typeof v === "number")
        return new decimal_1.Decimal(v);
    if (v instanceof decimal_1.Decimal)
        return v;
    if (typeof v === "boolean")
        return new decimal_1.Decimal(v ? 1 : 0);
    if (isError(v))
        return v;
    const t = v.trim();
    if (t !== "" && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t))
        return new decimal_1.Decimal(t);
    return VALUE_ERROR;
}
function isNumberValue(v) {
    return typeof v === "number" || v instanceof decimal_1.Decimal;
}
function evaluate(e, env) {
    switch (e.k) {
        case "num":
            return new decimal_1.Decimal(e.v);
        case "str":
            return e.v;
        case "name": {
            const v = env.name(e.name);
            return normalise(v);
        }
        case "sumCol": {
            const values = env.column(e.table, e.column);
            const crit = e.where ? env.column(e.table, e.where.column) : undefined;
            let sum = new decimal_1.Decimal(0);
            let numbers = 0;
            for (let i = 0; i < values.length; i++) {
                const v = values[i];
                if (crit) {
                    const c = crit[i];
                    if (typeof c !== "string" || c.toLowerCase() !== e.where.equals.toLowerCase())
                        continue;
                }
                if (isError(v))
                    return v;
                if (typeof v === "number") {
                    sum = sum.plus(v);
                    numbers++;
                }
            }
            return numbers === 0 ? "" : sum;
        }
        case "countCol":
            return new decimal_1.Decimal(env.column(e.table, e.column).filter((v) => v !== null && v !== "").length);
        case "thisRow": {
            if (!env.thisRow)
                throw new Error(`thisRow(${e.column}) outside a table row`);
            return normalise(env.thisRow(e.table, e.column));
        }
        case "add": {
            let sum = new decimal_1.Decimal(0);
            let numbers = 0;
            for (const a of e.args) {
                const v = rawOf(a, env);
                if (isError(v))
                    return v;
                if (isNumberValue(v)) {
                    sum = sum.plus(v);
                    numbers++;
                }
                else if (typeof v === "boolean" && a.k !== "name") {
                    sum = sum.plus(v ? 1 : 0);
                }
            }
            return numbers === 0 ? "" : sum;
        }
        case "sub": {
            const a = operand(evaluate(e.a, env));
            if (isError(a))
                return a;
            const b = operand(evaluate(e.b, env));
            if (isError(b))
                return b;
            return a.minus(b);
        }
        case "ratio": {
            const b = evaluate(e.b, env);
            if (!(b instanceof decimal_1.Decimal) || b.isZero())
                return "";
            const a = operand(evaluate(e.a, env));
            if (isError(a))
                return a;
            return b.isZero() ? DIV0 : a.div(b);
        }
        case "if": {
            const c = evalCond(e.cond, env);
            if (isError(c))
                return c;
            return evaluate(c ? e.then : e.else, env);
        }
    }
}
function evalCond(c, env) {
    switch (c.k) {
        case "isNumber":
            return isNumberValue(rawOf(c.e, env));
        case "eq": {
            const ra = rawOf(c.a, env);
            const rb = rawOf(c.b, env);
            // Excel: a blank cell equals both "" and 0.
            if (ra === null || rb === null) {
                const other = ra === null ? rb : ra;
                return other === null || other === "" || isZero(other);
            }
            const a = normalise(ra);
            const b = normalise(rb);
            if (isError(a))
                return a;
            if (isError(b))
                return b;
            if (a instanceof decimal_1.Decimal && b instanceof decimal_1.Decimal)
                return a.eq(b);
            if (typeof a === "string" && typeof b === "string")
                return a.toLowerCase() === b.toLowerCase();
            return false;
        }
        case "and": {
            for (const a of c.args) {
                const v = evalCond(a, env);
                if (isError(v) || !v)
                    return v;
            }
            return true;
        }
    }
}
function isZero(v) {
    return (typeof v === "number" && v === 0) || (v instanceof decimal_1.Decimal && v.isZero());
}
/** ISNUMBER looks at the cell itself: a blank cell is not a number even though it counts as 0. */
function rawOf(e, env) {
    if (e.k === "name")
        return env.name(e.name);
    if (e.k === "thisRow" && env.thisRow)
        return env.thisRow(e.table, e.column);
    return evaluate(e, env);
}
/** Names and table columns an expression reads, for documentation and dependency order. */
function references(e) {
    const names = new Set();
    const columns = new Set();
    const visit = (x) => {
        switch (x.k) {
            case "name":
                names.add(x.name);
                break;
            case "sumCol":
            case "countCol":
            case "thisRow":
                columns.add(`${x.table}[${x.column}]`);
                if (x.k === "sumCol" && x.where)
                    columns.add(`${x.table}[${x.where.column}]`);
                break;
            case "add":
                x.args.forEach(visit);
                break;
            case "sub":
            case "ratio":
                visit(x.a);
                visit(x.b);
                break;
            case "if":
                visitCond(x.cond);
                visit(x.then);
                visit(x.else);
                break;
            default:
                break;
        }
    };
    const visitCond = (c) => {
        if (c.k === "isNumber")
            visit(c.e);
        else if (c.k === "eq") {
            visit(c.a);
            visit(c.b);
        }
        else
            c.args.forEach(visitCond);
    };
    visit(e);
    return { names: [...names], columns: [...columns] };
}
