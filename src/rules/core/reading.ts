import type { RuleMeta } from "./meta";

/**
 * Findings of the reader: what the cells hold before any rule looks at the figures
 * (PRODUCT.md §4 "Completeness and type", §5 damaged templates).
 */
export const NUMBER_AS_TEXT: RuleMeta = {
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

export const NOT_A_NUMBER: RuleMeta = {
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

export const ERROR_VALUE: RuleMeta = {
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

export const NOT_IN_LIST: RuleMeta = {
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

export const INVALID_DATE: RuleMeta = {
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

export const REQUIRED: RuleMeta = {
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

/**
 * Fields only the report needs (issue 25 item 2): a working draft is not an error wall. One info
 * line at validate lists the blank ones; 生成报告 asks for each with a warning.
 */
export const REQUIRED_FOR_REPORT: RuleMeta = {
  id: "cell-required-for-report",
  category: "completeness",
  severity: "info",
  description:
    "Fields only the report needs (单位简称, 报送对象, 报告日期), left blank: one info line listing them at validate, since no check needs them; generating the report asks for each.",
  messages: {
    requiredForReport: {
      zh: "生成报告前请填写：{{labels}}。校验不需要这些项目，报告中将留出空白待填。",
      en: "Fill these in before generating the report: {{labelsEn}}. No check needs them; the report leaves a visible blank for each.",
    },
  },
};

export const TEMPLATE_DAMAGED: RuleMeta = {
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

/**
 * A workbook of an older template version lacks what later versions added: optional there, so
 * not an error. Its message id for a missing sheet is "sheetMissing", as for a deleted one, so
 * the planners leave that sheet's computed cells alone alike.
 */
export const TEMPLATE_OLDER: RuleMeta = {
  id: "template-older",
  category: "completeness",
  severity: "info",
  description:
    "The workbook was made from an older template version: the sheets and fields added since are optional and left unread. `jixiao upgrade` (or 插入模板 in Excel) adds them without touching any input.",
  messages: {
    sheetMissing: {
      zh: "本工作簿为模板 {{version}} 版，没有 {{current}} 版新增的工作表“{{sheet}}”（可选）。如需使用，请运行 jixiao upgrade 或在加载项中点击“插入模板”添加，已填内容不变。",
      en: "This workbook is template version {{version}}; it has no sheet “{{sheet}}”, added (optional) in {{current}}. Run `jixiao upgrade` or 插入模板 to add it; nothing filled in changes.",
    },
    fieldsMissing: {
      zh: "本工作簿为模板 {{version}} 版，没有 {{current}} 版新增的项目：{{labels}}（可选）。如需填写，请运行 jixiao upgrade 或“插入模板”添加。",
      en: "This workbook is template version {{version}}; it lacks the optional fields added in {{current}}: {{labelsEn}}. Run `jixiao upgrade` or 插入模板 to add them.",
    },
  },
};

export const READING_RULES: readonly RuleMeta[] = [
  NUMBER_AS_TEXT,
  NOT_A_NUMBER,
  ERROR_VALUE,
  NOT_IN_LIST,
  INVALID_DATE,
  REQUIRED,
  REQUIRED_FOR_REPORT,
  TEMPLATE_DAMAGED,
  TEMPLATE_OLDER,
];
