"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.placeholders = placeholders;
exports.fill = fill;
exports.toFinding = toFinding;
function placeholders(template) {
    return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
}
function fill(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, k) => {
        if (!(k in data))
            throw new Error(`message placeholder {{${k}}} has no data`);
        return String(data[k]);
    });
}
function toFinding(meta, r) {
    const m = meta.messages[r.messageId];
    if (!m)
        throw new Error(`rule ${meta.id} has no message ${r.messageId}`);
    const first = r.cells[0];
    return {
        ruleId: meta.id,
        messageId: r.messageId,
        severity: r.severity ?? meta.severity,
        sheet: first?.sheet,
        cell: first?.cell,
        cells: r.cells,
        message: fill(m.zh, r.data),
        messageEn: fill(m.en, r.data),
        expected: r.expected,
        actual: r.actual,
    };
}
