/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "CommonJS", moduleResolution: "Node10", jsx: "react-jsx", isolatedModules: true },
      },
    ],
  },
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: a single worker on the 2-core machines the
  // suite runs on. Most suites wait on child processes (kdcl, npm ci, a browser) as much as they
  // compute, so two run side by side. `--maxWorkers=1` on the command line still wins.
  maxWorkers: 2,
};
