/**
 * Spreading into arguments overflows the stack on long arrays, so shipped code may not do it: probes
 * linted with the project's own configuration must be refused exactly where they spread.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

function spreadMessages(file: string, code: string): number[] {
  const script = `
    import { ESLint } from "eslint";
    const input = JSON.parse(await new Promise((ok) => { let t = ""; process.stdin.on("data", (d) => (t += d)); process.stdin.on("end", () => ok(t)); }));
    const [r] = await new ESLint({ cwd: process.cwd() }).lintText(input.code, { filePath: input.file });
    process.stdout.write(JSON.stringify(r.messages.filter((m) => m.ruleId === "spread/no-spread-arguments").map((m) => m.line)));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    input: JSON.stringify({ file: join(ROOT, file), code }),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as number[];
}

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

  it("refuses push(...), Math.max(...) and new X(...) in the core, and allows spreads inside array literals", () => {
    expect(spreadMessages("src/core/probe.ts", code)).toEqual([2, 4, 5]);
  }, 60_000);

  it("applies to hosts and build scripts too", () => {
    expect(spreadMessages("src/hosts/file/probe.ts", code)).toEqual([2, 4, 5]);
    expect(spreadMessages("scripts/probe.js", "const a = [1];\nconsole.log(Math.min(...a));\n")).toEqual([2]);
  }, 60_000);
});
