import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// Architecture boundary (PRODUCT.md §8), folder by folder over every file: only
// src/workbook/office touches Excel.*, only src/workbook/xlsx imports ExcelJS, host glue
// (Office.*) lives in src/taskpane and src/commands, and the domain and the planners touch
// neither, nor Node.
const ban = {
  exceljs: { group: ["exceljs", "exceljs/*"], message: "Only src/workbook/xlsx imports ExcelJS." },
  office: {
    group: ["**/workbook/office", "**/workbook/office/**"],
    message: "Only the host glue (taskpane, commands) reaches the Office adapter.",
  },
  xlsx: {
    group: ["**/workbook/xlsx", "**/workbook/xlsx/**"],
    message: "Only the CLI reaches the ExcelJS adapter.",
  },
  wps: {
    group: ["**/workbook/wps", "**/workbook/wps/**"],
    message: "Only the WPS entry files (src/wps) reach the WPS adapter.",
  },
  hosts: {
    group: ["**/cli/**", "**/taskpane/**", "**/commands/**"],
    message: "The engine does not depend on its hosts.",
  },
  ui: {
    group: ["**/taskpane/**", "**/commands/**"],
    message: "The CLI does not depend on the task pane.",
  },
  pane: {
    group: ["**/taskpane", "**/taskpane/**"],
    message: "The ribbon commands do not depend on the task pane; what both need lives below them.",
  },
  workbook: {
    group: ["**/workbook/*", "**/workbook/**"],
    message: "The domain does not reach src/workbook; the sheet vocabulary is src/model/sheet.",
  },
  node: {
    group: ["node:*", "fs", "path", "crypto", "os", "child_process", "worker_threads"],
    message: "This code also runs in the browser: no Node modules.",
  },
};
const EXCEL = { name: "Excel", message: "Only src/workbook/office calls the workbook API." };
const OFFICE = { name: "Office", message: "Host glue lives in src/taskpane and src/commands." };
// WPS's object model (window.Application, the wps global) only in src/workbook/wps and src/wps.
const WPS_MESSAGE = "Only src/workbook/wps and the src/wps entry files touch WPS objects.";
const WPS = [
  { name: "Application", message: WPS_MESSAGE },
  { name: "wps", message: WPS_MESSAGE },
];
const WPS_PROPERTIES = ["Application", "wps"].flatMap((property) =>
  ["window", "globalThis", "self"].map((object) => ({ object, property, message: WPS_MESSAGE }))
);
const layer = (patterns, globals, wps = false) => ({
  "no-restricted-imports": ["error", { patterns: wps ? patterns : [...patterns, ban.wps] }],
  "no-restricted-globals": ["error", ...globals, ...(wps ? [] : WPS)],
  ...(wps ? {} : { "no-restricted-properties": ["error", ...WPS_PROPERTIES] }),
});
const LAYERS = [
  {
    files: ["src/model/**", "src/layout/**", "src/rules/**", "src/report/**"],
    rules: layer(
      [ban.exceljs, ban.office, ban.xlsx, ban.hosts, ban.workbook, ban.node],
      [EXCEL, OFFICE]
    ),
  },
  {
    files: ["src/workbook/*.ts"],
    rules: layer([ban.exceljs, ban.office, ban.xlsx, ban.hosts, ban.node], [EXCEL, OFFICE]),
  },
  {
    files: ["src/workbook/office/**"],
    rules: layer([ban.exceljs, ban.xlsx, ban.hosts, ban.node], [OFFICE]),
  },
  {
    files: ["src/workbook/xlsx/**"],
    rules: layer([ban.office, ban.hosts], [EXCEL, OFFICE]),
  },
  {
    files: ["src/workbook/wps/**"],
    rules: layer([ban.exceljs, ban.office, ban.xlsx, ban.hosts, ban.node], [EXCEL, OFFICE], true),
  },
  {
    files: ["src/wps/**"],
    rules: layer([ban.exceljs, ban.office, ban.xlsx, ban.node], [EXCEL, OFFICE], true),
  },
  {
    files: ["src/cli/**"],
    rules: layer([ban.exceljs, ban.office, ban.ui], [EXCEL, OFFICE]),
  },
  {
    files: ["src/taskpane/**"],
    rules: layer([ban.exceljs, ban.xlsx, ban.node], [EXCEL]),
  },
  {
    files: ["src/commands/**"],
    rules: layer([ban.exceljs, ban.xlsx, ban.node, ban.pane], [EXCEL]),
  },
];

// eslint-plugin-office-addins bundles an older typescript-eslint that ESLint 9 cannot load
// beside ours: keep its rules, prettier and office-addins plugins, and use our parser/plugin.
const officeRecommended = officeAddins.configs.recommended.map((c) => {
  if (!c.plugins) return c;
  const plugins = { ...c.plugins };
  delete plugins["@typescript-eslint"];
  return { ...c, plugins, languageOptions: { ...c.languageOptions, parser: tseslint.parser } };
});

export default [
  {
    ignores: [
      "node_modules/",
      "build/",
      "build-bench/",
      "dist/",
      "out/",
      "coverage/",
      "assets/",
      "docs/",
    ],
  },
  ...tseslint.configs.recommended,
  ...officeRecommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      ecmaVersion: 2022,
      parserOptions: { project: false },
      globals: {
        Excel: "readonly",
        Office: "readonly",
        OfficeExtension: "readonly",
        console: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // TypeScript itself reports undefined names, with the types' globals (jest, node, office-js).
      "no-undef": "off",
      // A zod schema and its inferred type share a name on purpose.
      "no-redeclare": "off",
    },
  },
  {
    // The Office.js load/sync rules know method names, not types: they misread ExcelJS code.
    ignores: ["src/taskpane/**", "src/commands/**", "src/workbook/office/**"],
    rules: Object.fromEntries(
      Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, "off"])
    ),
  },
  ...LAYERS,
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        exports: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
        document: "readonly",
        window: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
