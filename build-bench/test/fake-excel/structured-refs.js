"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.translateStructuredRefs = translateStructuredRefs;
const address_1 = require("./address");
const IDENT_START = /[\p{L}_\\]/u;
const IDENT_PART = /[\p{L}\p{N}_.\\]/u;
function quoteSheet(name) {
    return `'${name.replace(/'/g, "''")}'`;
}
/** Index just past the bracket group that opens at `start`, honouring ' escapes. */
function closingBracket(text, start) {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
        const ch = text[i];
        if (ch === "'") {
            i += 1;
            continue;
        }
        if (ch === "[")
            depth += 1;
        else if (ch === "]") {
            depth -= 1;
            if (depth === 0)
                return i + 1;
        }
    }
    return -1;
}
function unescapeName(s) {
    return s.replace(/'(.)/g, "$1").trim();
}
/** Splits "[#This Row],[Col]" or "[A]:[B]" into bracket items, keeping ":" as its own item. */
function items(inner) {
    const out = [];
    let i = 0;
    while (i < inner.length) {
        const ch = inner[i];
        if (ch === "[") {
            const end = closingBracket(inner, i);
            if (end < 0)
                return [inner];
            out.push(inner.slice(i + 1, end - 1));
            i = end;
        }
        else if (ch === ":") {
            out.push(":");
            i += 1;
        }
        else
            i += 1;
    }
    return out;
}
function rowsFor(specials, t, currentRow) {
    const { r0, r1 } = t.rect;
    const has = (s) => specials.includes(s);
    if (has("#this row"))
        return currentRow > r0 && currentRow <= r1 ? { r0: currentRow, r1: currentRow } : "error";
    if (has("#all") || (has("#headers") && has("#data")))
        return { r0, r1 };
    if (has("#headers"))
        return { r0, r1: r0 };
    if (has("#totals"))
        return "error";
    return { r0: r0 + 1, r1 };
}
function translate(t, inner, currentRow) {
    let spec = inner;
    let thisRow = false;
    if (spec.startsWith("@")) {
        thisRow = true;
        spec = spec.slice(1);
    }
    const parts = spec.startsWith("[") ? items(spec) : spec === "" ? [] : [spec];
    const specials = parts.filter((p) => p.trim().startsWith("#")).map((p) => p.trim().toLowerCase());
    if (thisRow)
        specials.push("#this row");
    const columns = parts.filter((p) => !p.trim().startsWith("#"));
    const rows = rowsFor(specials, t, currentRow);
    if (rows === "error")
        return "#REF!";
    let c0 = t.rect.c0;
    let c1 = t.rect.c1;
    if (columns.length) {
        const names = columns.filter((p) => p !== ":").map(unescapeName);
        const idx = names.map((n) => t.headers.findIndex((h) => h.toLowerCase() === n.toLowerCase()));
        if (idx.some((i) => i < 0))
            return "#REF!";
        c0 = t.rect.c0 + Math.min(...idx);
        c1 = t.rect.c0 + Math.max(...idx);
    }
    const a = `$${(0, address_1.columnLetters)(c0)}$${rows.r0 + 1}`;
    const b = `$${(0, address_1.columnLetters)(c1)}$${rows.r1 + 1}`;
    return `${quoteSheet(t.sheet)}!${a === b ? a : `${a}:${b}`}`;
}
/** Rewrites every structured reference in `formula`; `currentRow` is the formula cell's row (0-based). */
function translateStructuredRefs(formula, tables, currentRow, names = new Map()) {
    if (names.size === 0 && (tables.size === 0 || !formula.includes("[")))
        return formula;
    let out = "";
    let i = 0;
    while (i < formula.length) {
        const ch = formula[i];
        if (ch === '"' || ch === "'") {
            const end = skipQuoted(formula, i, ch);
            out += formula.slice(i, end);
            i = end;
            continue;
        }
        const prev = i > 0 ? formula[i - 1] : "";
        if (IDENT_START.test(ch) && !IDENT_PART.test(prev)) {
            let j = i + 1;
            while (j < formula.length && IDENT_PART.test(formula[j]))
                j += 1;
            const ident = formula.slice(i, j);
            const table = tables.get(ident.toLowerCase());
            if (table && formula[j] === "[") {
                const end = closingBracket(formula, j);
                if (end > 0) {
                    out += translate(table, formula.slice(j + 1, end - 1), currentRow);
                    i = end;
                    continue;
                }
            }
            const ref = names.get(ident.toLowerCase());
            out += ref !== undefined && !/^[([!]/.test(formula[j] ?? "") && prev !== "!" ? ref : ident;
            i = j;
            continue;
        }
        out += ch;
        i += 1;
    }
    return out;
}
/** End of a "string" or 'sheet name' literal (doubled quotes escape). */
function skipQuoted(text, start, quote) {
    let i = start + 1;
    while (i < text.length) {
        if (text[i] === quote) {
            if (text[i + 1] === quote)
                i += 2;
            else
                return i + 1;
        }
        else
            i += 1;
    }
    return text.length;
}
