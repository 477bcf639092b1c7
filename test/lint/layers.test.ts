/**
 * The import boundaries are lint, not good intentions: probe files placed (in memory) in each layer
 * import across it, and ESLint with the project's own configuration must refuse exactly the
 * crossings the architecture forbids.
 */
import { lintProbes } from "./probes";

const forbidden: readonly [string, string, string][] = [
  ["the core imports a host", "src/core/probe.ts", `import { ExcelHost } from "../hosts/excel/host";`],
  [
    "the core imports the application layer",
    "src/core/rules/probe.ts",
    `import { checkGrids } from "../../app/check";`,
  ],
  ["the core imports a front end", "src/core/probe.ts", `import type { CliArgs } from "../cli/args";`],
  ["a host imports another host", "src/hosts/excel/probe.ts", `import { WordHost } from "../word/host";`],
  [
    "the file host imports the Excel host",
    "src/hosts/file/probe.ts",
    `export { createExcelHost } from "../excel";`,
  ],
  ["a host imports a front end", "src/hosts/word/probe.ts", `import { App } from "../../taskpane/App";`],
  [
    "a host imports the application layer",
    "src/hosts/file/probe.ts",
    `import { SETTING } from "../../app/settings";`,
  ],
  [
    "the ribbon imports the task pane",
    "src/commands/probe.ts",
    `import { useText } from "../taskpane/i18n";`,
  ],
  [
    "a front end calls into the core",
    "src/taskpane/probe.ts",
    `import { validate } from "../core/validate";`,
  ],
  ["the command line loads the Excel host", "src/cli/probe.ts", `const m = import("../hosts/excel/host");`],
  [
    "the application layer imports a host",
    "src/app/probe.ts",
    `import { loadGrids } from "../hosts/file/load";`,
  ],
];

const allowed: readonly [string, string, string][] = [
  [
    "a front end imports the application layer",
    "src/taskpane/probe.ts",
    `import { checkGrids } from "../app/check";`,
  ],
  [
    "a front end imports the core's types",
    "src/cli/probe.ts",
    `import type { Finding } from "../core/findings/finding";`,
  ],
  [
    "a front end imports its host",
    "src/commands/probe.ts",
    `import { createExcelHost } from "../hosts/excel/host";`,
  ],
  [
    "a host imports the core",
    "src/hosts/excel/probe.ts",
    `import { HIGHLIGHT_STYLE } from "../../core/findings/cells";`,
  ],
  [
    "a host imports the host contract",
    "src/hosts/word/probe.ts",
    `import type { WorkbookSettings } from "../host";`,
  ],
  [
    "the application layer imports the core",
    "src/app/probe.ts",
    `import { validate } from "../core/validate";`,
  ],
];

describe("import boundaries", () => {
  const cases = [...forbidden, ...allowed];
  // The tree itself is linted by `npm run lint`, which CI runs before the tests.
  const linted = lintProbes(cases.map(([, file, code]) => ({ file, code })));
  const messagesOf = (i: number): string[] =>
    (linted[i] ?? []).filter((m) => m.ruleId === "kdcl/layers").map((m) => m.message);

  test.each(forbidden.map((c, i) => [c[0], i] as const))("refused: %s", (_what, i) => {
    expect(messagesOf(i)).toHaveLength(1);
  });

  test.each(allowed.map((c, i) => [c[0], forbidden.length + i] as const))("allowed: %s", (_what, i) => {
    expect(messagesOf(i)).toEqual([]);
  });
});
