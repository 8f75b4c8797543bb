"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rowPaths = rowPaths;
exports.cellPath = cellPath;
exports.layoutLocations = layoutLocations;
const index_1 = require("./index");
const model_map_1 = require("./model-map");
/** Model path prefix of each table row: narrative rows land in three lists. */
function rowPaths(model, table) {
    if (table.path === "narrative.$paragraphs") {
        const n = model.narrative;
        return [
            ...n.achievements.map((_, i) => `narrative.achievements.${i}`),
            ...n.problems.map((_, i) => `narrative.problems.${i}`),
            ...n.suggestions.map((_, i) => `narrative.suggestions.${i}`),
        ];
    }
    return (0, model_map_1.tableObjects)(model, table).map((_, i) => `${table.path}.${i}`);
}
/** The column key whose value a row path addresses directly (lists of strings). */
function cellPath(rowPath, key, table) {
    if (key === "$value")
        return rowPath;
    if (table.path === "narrative.$paragraphs") {
        if (key === "kind")
            return `${rowPath}.$kind`;
        return rowPath.startsWith("narrative.achievements") ? `${rowPath}.${key}` : rowPath;
    }
    return `${rowPath}.${key}`;
}
/** Where each figure of `model` sits in a workbook the template writer fills with it. */
function layoutLocations(model, p = index_1.PLACEMENTS) {
    const out = {};
    for (const { field, sheet, address } of p.fields.values())
        out[field.path] = { sheet, cell: address };
    for (const { table, sheet, col, headerRow } of p.tables.values()) {
        rowPaths(model, table).forEach((rowPath, i) => {
            table.columns.forEach((c, j) => {
                if (!c.key)
                    return;
                const path = cellPath(rowPath, c.key, table);
                // A narrative problem's "text" and its row share the path; the text cell wins.
                if (out[path] && c.key !== "text")
                    return;
                out[path] = { sheet, cell: (0, index_1.addr)(col + j, headerRow + 1 + i) };
            });
        });
    }
    return out;
}
