import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// Architecture boundary (PRODUCT.md §8): only src/workbook/office touches Excel.*,
// only src/workbook/xlsx imports ExcelJS; the domain touches neither.
const noHostApis = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        { group: ["exceljs", "exceljs/*"], message: "Only src/workbook/xlsx imports ExcelJS." },
        {
          group: ["**/workbook/office/**"],
          message: "The domain does not reach the Office adapter.",
        },
        {
          group: ["**/workbook/xlsx/**"],
          message: "The domain does not reach the ExcelJS adapter.",
        },
        {
          group: ["**/cli/**", "**/taskpane/**", "**/commands/**"],
          message: "The domain does not depend on its hosts.",
        },
      ],
    },
  ],
  "no-restricted-globals": [
    "error",
    { name: "Excel", message: "Only src/workbook/office calls the workbook API." },
    { name: "Office", message: "Host glue lives in src/taskpane and src/commands." },
  ],
};

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
    ignores: ["node_modules/", "build/", "dist/", "out/", "coverage/", "assets/", "docs/"],
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
  {
    files: [
      "src/model/**",
      "src/layout/**",
      "src/rules/**",
      "src/report/**",
      "src/workbook/port.ts",
      "src/workbook/reader.ts",
      "src/workbook/cell-values.ts",
    ],
    rules: noHostApis,
  },
  {
    files: ["src/cli/**"],
    rules: {
      "no-restricted-globals": noHostApis["no-restricted-globals"],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["exceljs", "exceljs/*"], message: "Only src/workbook/xlsx imports ExcelJS." },
          ],
        },
      ],
    },
  },
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
