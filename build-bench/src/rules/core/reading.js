"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.READING_RULES = exports.TEMPLATE_DAMAGED = exports.REQUIRED = exports.INVALID_DATE = exports.NOT_IN_LIST = exports.ERROR_VALUE = exports.NOT_A_NUMBER = exports.NUMBER_AS_TEXT = void 0;
/**
 * Findings of the reader: what the cells hold before any rule looks at the figures
 * (PRODUCT.md §4 "Completeness and type", §5 damaged templates).
 */
exports.NUMBER_AS_TEXT = {
    id: "cell-number-as-text",
    category: "completeness",
    severity: "warning",
    description: "A number typed as text (with a unit, full-width digits, separators or spaces).",
    messages: {
        numberAsText: {
            zh: "{{label}}填的是文字“{{text}}”，校验按数字 {{value}} 读取；Excel 公式不计入文字，请改填数字。",
            en: "{{label}} holds the text “{{text}}”, read as the number {{value}} for the checks; Excel formulas ignore text, so type it as a number.",
        },
    },
};
exports.NOT_A_NUMBER = {
    id: "cell-not-a-number",
    category: "completeness",
    severity: "error",
    description: "Text that is no number in a number field.",
    messages: {
        notANumber: {
            zh: "{{label}}应填数字，现为“{{text}}”。",
            en: "{{label}} must be a number; found “{{text}}”.",
        },
    },
};
exports.ERROR_VALUE = {
    id: "cell-error-value",
    category: "completeness",
    severity: "error",
    description: "An Excel error value (#DIV/0!, #REF! …) where a value belongs.",
    messages: {
        errorValue: {
            zh: "{{label}}为错误值 {{text}}，请修正公式或改填数值。",
            en: "{{label}} is the error value {{text}}; fix the formula or type the value.",
        },
    },
};
exports.NOT_IN_LIST = {
    id: "cell-not-in-list",
    category: "completeness",
    severity: "error",
    description: "A value outside a dropdown's list.",
    messages: {
        notInList: {
            zh: "{{label}}“{{text}}”不是可选值，应为：{{choices}}。",
            en: "{{label}} “{{text}}” is not one of: {{choices}}.",
        },
    },
};
exports.INVALID_DATE = {
    id: "cell-invalid-date",
    category: "completeness",
    severity: "error",
    description: "A date field that holds no date.",
    messages: {
        invalidDate: {
            zh: "{{label}}应填日期（如 2022-09-27），现为“{{text}}”。",
            en: "{{label}} must be a date (e.g. 2022-09-27); found “{{text}}”.",
        },
    },
};
exports.REQUIRED = {
    id: "cell-required",
    category: "completeness",
    severity: "error",
    description: "A required field, or a required column of a filled table row, is blank.",
    messages: {
        required: {
            zh: "{{label}}未填写。",
            en: "{{labelEn}} is required.",
        },
    },
};
exports.TEMPLATE_DAMAGED = {
    id: "template-damaged",
    category: "completeness",
    severity: "error",
    description: "A sheet, defined name, table or column of the template is missing.",
    messages: {
        sheetMissing: {
            zh: "缺少工作表“{{sheet}}”，其中的内容未能读取。请从模板中恢复该工作表。",
            en: "Sheet “{{sheet}}” is missing; its content was not read. Restore it from the template.",
        },
        nameMissing: {
            zh: "找不到名称 {{name}}（{{label}}），该单元格可能已被删除；此项未能读取。",
            en: "Defined name {{name}} ({{labelEn}}) is missing, perhaps its cell was deleted; it was not read.",
        },
        tableMissing: {
            zh: "找不到表格 {{table}}（{{label}}），其中的内容未能读取。",
            en: "Table {{table}} ({{labelEn}}) is missing; its rows were not read.",
        },
        columnMissing: {
            zh: "表格“{{label}}”缺少列“{{column}}”，该列未能读取。",
            en: "Table “{{labelEn}}” has no column “{{column}}”; that column was not read.",
        },
        versionMissing: {
            zh: "缺少模板版本标记（{{name}}），按当前模板读取。",
            en: "The template version marker ({{name}}) is missing; read as the current template.",
        },
    },
};
exports.READING_RULES = [
    exports.NUMBER_AS_TEXT,
    exports.NOT_A_NUMBER,
    exports.ERROR_VALUE,
    exports.NOT_IN_LIST,
    exports.INVALID_DATE,
    exports.REQUIRED,
    exports.TEMPLATE_DAMAGED,
];
