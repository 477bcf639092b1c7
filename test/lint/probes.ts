/**
 * Probe files linted in memory with the project's own ESLint configuration. That configuration is
 * an ES module, which jest's module system cannot load: the probes go to one Node process, and their
 * messages come back as JSON. One process a suite: starting ESLint is most of the cost.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

export interface Probe {
  /** Where the probe pretends to be, from the repository's root: its rules depend on it. */
  readonly file: string;
  readonly code: string;
}

export interface ProbeMessage {
  readonly ruleId: string | null;
  readonly line: number;
  readonly message: string;
}

/** Each probe's messages, in the order given. */
export function lintProbes(probes: readonly Probe[]): ProbeMessage[][] {
  const script = `
    import { ESLint } from "eslint";
    const input = JSON.parse(await new Promise((ok) => { let t = ""; process.stdin.on("data", (d) => (t += d)); process.stdin.on("end", () => ok(t)); }));
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const p of input) {
      const [r] = await eslint.lintText(p.code, { filePath: p.file });
      out.push(r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, message: m.message })));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    input: JSON.stringify(probes.map((p) => ({ ...p, file: join(ROOT, p.file) }))),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as ProbeMessage[][];
}
