"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hintRow = exports.sectionRow = exports.titleRow = exports.tablesRow = exports.blankRow = exports.row = exports.result = exports.skip = exports.computed = exports.input = exports.text = void 0;
exports.field = field;
exports.calc = calc;
/** Small constructors that keep the sheet descriptions readable. */
function field(name, path, base) {
    return { kind: "input", name, path, ...base };
}
function calc(name, label, en, type, expr) {
    return { kind: "calc", name, label, en, type, expr };
}
const text = (t, style = "label", span) => ({
    t: "text",
    text: t,
    style,
    span,
});
exports.text = text;
const input = (f, span) => ({ t: "field", field: f, span });
exports.input = input;
const computed = (c, span) => ({ t: "calc", calc: c, span });
exports.computed = computed;
exports.skip = { t: "skip" };
const result = (name, label, en, type, span) => ({
    t: "result",
    result: { kind: "result", name, label, en, type },
    span,
});
exports.result = result;
const row = (cells, height) => ({ cells, height });
exports.row = row;
exports.blankRow = { cells: [] };
const tablesRow = (...tables) => ({ tables });
exports.tablesRow = tablesRow;
/** A title row merged across the sheet's width. */
const titleRow = (title, width) => (0, exports.row)([(0, exports.text)(title, "title", width)], 30);
exports.titleRow = titleRow;
const sectionRow = (title, width) => (0, exports.row)([(0, exports.text)(title, "section", width)], 22);
exports.sectionRow = sectionRow;
const hintRow = (hint, width, height) => (0, exports.row)([(0, exports.text)(hint, "hint", width)], height);
exports.hintRow = hintRow;
