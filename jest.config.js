/**
 * Jest runs the TypeScript sources through ts-jest as CommonJS; type checking is `npm run typecheck`.
 *
 * Two projects, so the everyday run stays fast:
 * - `unit`: unit, property and architecture tests (`npm test`, a few minutes at most);
 * - `slow`: everything that starts another program — the browser tests in tests/e2e/ (Chromium) and the
 *   LibreOffice tests in tests/libreoffice/ (recalculation, PDF and PNG pages) — run by `npm run test:all`
 *   together with the unit project. tests/architecture/testSplit.test.ts keeps such tests out of `unit`.
 * `npx jest <path>` runs the file whichever project it belongs to.
 */
const SLOW_DIRS = ["tests/e2e", "tests/libreoffice"];

const shared = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // HyperFormula for the in-memory hosts, which tests build synchronously (the browser loads it lazily).
  setupFiles: ["<rootDir>/tests/setup/formulaEngine.ts", "<rootDir>/tests/setup/fastCheck.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node",
          jsx: "react-jsx",
          esModuleInterop: true,
          isolatedModules: true,
          target: "ES2020",
          resolveJsonModule: true,
        },
        diagnostics: false,
      },
    ],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
    "\\.(css)$": "<rootDir>/tests/stubs/style.js",
  },
};

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/tests"],
      testPathIgnorePatterns: ["/node_modules/", ...SLOW_DIRS.map((dir) => `<rootDir>/${dir}/`)],
    },
    {
      ...shared,
      displayName: "slow",
      roots: SLOW_DIRS.map((dir) => `<rootDir>/${dir}`),
    },
  ],
};
