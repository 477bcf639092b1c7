/**
 * Spreading into arguments overflows the stack on long arrays, so shipped code may not do it: probes
 * linted with the project's own configuration must be refused exactly where they spread.
 */
import { lintProbes } from "./probes";

describe("no spreading into arguments", () => {
  const code = [
    "export function f(rows: number[], out: number[]): number {",
    "  out.push(...rows);",
    "  const copy = [...rows];",
    "  const top = Math.max(...copy);",
    "  const d = new Date(...([2024, 1, 1] as const));",
    "  return top + d.getTime() + copy.length;",
    "}",
    "",
  ].join("\n");

  const [core, host, script] = lintProbes([
    { file: "src/core/probe.ts", code },
    { file: "src/hosts/file/probe.ts", code },
    { file: "scripts/probe.js", code: "const a = [1];\nconsole.log(Math.min(...a));\n" },
  ]).map((messages) => messages.filter((m) => m.ruleId === "spread/no-spread-arguments").map((m) => m.line));

  it("refuses push(...), Math.max(...) and new X(...) in the core, and allows spreads inside array literals", () => {
    expect(core).toEqual([2, 4, 5]);
  });

  it("applies to hosts and build scripts too", () => {
    expect(host).toEqual([2, 4, 5]);
    expect(script).toEqual([2]);
  });
});
