// Flat ESLint config: typescript-eslint recommended, the Office add-in rules where Office.js is
// used, React rules for .tsx, Prettier compatibility, and the purity fence around src/core/.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

const NODE_BUILTINS = [
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "events",
  "fs",
  "fs/promises",
  "http",
  "https",
  "module",
  "net",
  "os",
  "path",
  "process",
  "stream",
  "url",
  "util",
  "worker_threads",
  "zlib",
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Office.js practice: sync after load, no sync in loops, no empty or navigational loads.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts", "src/functions/**/*.ts", "src/workbench/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.tsx"],
    ...react.configs.flat.recommended,
    ...react.configs.flat["jsx-runtime"],
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "18" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      "react/prop-types": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // src/core runs in Node and in the browser: no host, UI or Node-only modules.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...NODE_BUILTINS, ...NODE_BUILTINS.map((name) => `node:${name}`)].map((name) => ({
            name,
            message: "src/core/ must not use Node built-ins.",
          })),
          patterns: [
            { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "src/core/ must not use React or Fluent UI." },
            {
              group: ["exceljs", "hyperformula", "@microsoft/office-js", "office-addin-*"],
              message: "src/core/ must not use Office.js, ExcelJS or HyperFormula.",
            },
            { group: ["docx", "docx/*", "jszip"], message: "src/core/ plans the report; src/docx/ writes it." },
          ],
        },
      ],
    },
  },
  {
    // WPS: Kingsoft's Et.Xl… enums are ambient declarations with no value at run time.
    files: ["src/wps/**/*.{ts,tsx}", "src/etHost/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Et']", message: "Et enums do not exist in WPS at run time: use the number (facade.ts names each)." },
        { selector: "MemberExpression[object.name='Kso']", message: "Kso enums do not exist in WPS at run time: use the number." },
      ],
    },
  },
  {
    files: ["scripts/**/*.js", "*.config.js", "webpack*.js", "bin/**/*.js", "tests/stubs/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    // Reference values are quoted with every digit R or SciPy printed.
    rules: { "no-loss-of-precision": "off" },
  },
  {
    // Published algorithm coefficients (Wichura's AS 241) are kept digit for digit as printed.
    files: ["src/core/stats/normal.ts"],
    rules: { "no-loss-of-precision": "off" },
  },
  prettier,
);
