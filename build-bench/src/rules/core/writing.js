"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMPUTED_OVERWRITTEN = void 0;
/** A computed cell holds something else than its formula; validate puts the formula back. */
exports.COMPUTED_OVERWRITTEN = {
    id: "computed-overwritten",
    category: "completeness",
    severity: "warning",
    description: "A computed cell was typed over; validate restores its formula (the typed value is reported, not kept).",
    messages: {
        overwritten: {
            zh: "此单元格应为自动计算的公式，却被填入了“{{text}}”；已恢复公式。请在黄色单元格中填报。",
            en: "This computed cell was typed over with “{{text}}”; its formula has been restored. Type figures in the yellow input cells.",
        },
        replaced: {
            zh: "此单元格的公式被改为 {{text}}；已恢复为模板公式。",
            en: "This cell's formula was changed to {{text}}; the template formula has been restored.",
        },
    },
};
