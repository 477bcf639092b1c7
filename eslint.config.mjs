// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";
import layers from "./scripts/eslint/layers.mjs";
import noSpreadArguments from "./scripts/eslint/no-spread-arguments.mjs";

/** Imports that would tie the domain core to a host: Office, React, the DOM, files, spreadsheet libraries. */
const HOST_MODULES = [
  "react",
  "react-dom",
  "react-dom/*",
  "@fluentui/*",
  "office-js",
  "@microsoft/office-js",
  "exceljs",
  "docx",
  "fs",
  "node:*",
  "path",
  "os",
  "child_process",
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The layers of src/ import each other in one direction only (scripts/eslint/layers.mjs).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { kdcl: layers },
    rules: { "kdcl/layers": "error" },
  },
  {
    // A valid list must never fail because it is long: no array spread into arguments in shipped code.
    files: ["src/**/*.ts", "src/**/*.tsx", "scripts/**/*.js", "bin/**/*.js"],
    plugins: { spread: { rules: { "no-spread-arguments": noSpreadArguments } } },
    rules: { "spread/no-spread-arguments": "error" },
  },
  {
    files: ["src/core/**/*.ts", "src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: HOST_MODULES,
              message: "src/core and src/app stay pure: no Office, React, DOM or file-system code.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "Office", "Excel", "Word", "process", "require", "Buffer"].map(
          (name) => ({ name, message: "src/core and src/app stay pure: hosts pass plain values in." }),
        ),
      ],
    },
  },
  {
    // Build scripts, the command launcher and config files run in Node as CommonJS.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
