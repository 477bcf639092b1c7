"use strict";
// Longest suites first, so that neither worker is left running one long suite alone at the end.
// Jest knows a suite's length from earlier runs on this machine; on a clean checkout (as in CI) it
// falls back to the file's size, and the national list's suite, a short file that runs for a minute
// and a half, would start last. Suites that run much longer than their size says are named here.
const { relative } = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

/** Milliseconds, as measured on 2 cores; only for suites whose size says far less. */
const KNOWN = {
  "test/cli/national.test.ts": 100_000,
  "test/e2e/first-run.test.ts": 35_000,
  "test/cli/atomic.test.ts": 18_000,
  "test/e2e/standalone/rollup.test.ts": 20_000,
};

/** A suite never run here: about half a millisecond per byte of test code. */
const MS_PER_BYTE = 0.5;

class LongestFirst extends Sequencer {
  sort(tests) {
    const expected = (test) => {
      const known =
        this.time(test) ?? KNOWN[relative(test.context.config.rootDir, test.path).split("\\").join("/")];
      return known ?? (test.context.hasteFS.getSize(test.path) ?? 0) * MS_PER_BYTE;
    };
    const weight = new Map(tests.map((t) => [t, expected(t)]));
    return [...tests].sort(
      (a, b) =>
        Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || (weight.get(b) ?? 0) - (weight.get(a) ?? 0),
    );
  }
}

module.exports = LongestFirst;
