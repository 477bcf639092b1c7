/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Types are stripped file by file, by swc (fast on a clean checkout, where nothing is cached);
  // `npm run typecheck` is what checks them.
  transform: {
    "^.+\\.tsx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
        sourceMaps: "inline",
      },
    ],
  },
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: a single worker on the 2-core machines the
  // suite runs on. Most suites wait on child processes (kdcl, npm ci, a browser) as much as they
  // compute, so two run side by side. `--maxWorkers=1` on the command line still wins.
  maxWorkers: 2,
  // A worker whose heap has grown past this is replaced before its next suite. A worker of 1 GB and
  // more can take longer to end than jest's half second, which then prints "A worker process has
  // failed to exit gracefully" (no handle is left open: the process is still freeing its memory).
  // The limit counts the heap alone, so a last suite can still leave a large worker. A lower limit
  // replaces workers so often that the suites take a fifth longer (500 MB: 881 s against 712 s).
  workerIdleMemoryLimit: "800MB",
  testSequencer: "<rootDir>/test/sequencer.js",
};
