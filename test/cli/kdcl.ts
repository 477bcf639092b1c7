/** Runs the BUILT `kdcl` command as a user does, and refuses to test a stale build. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "kdcl.js");
const ENTRY = join(ROOT, "dist", "node", "cli", "main.js");

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function kdcl(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Newest .ts source the command is built from (tests excluded). */
function newestSource(path: string): number {
  const info = statSync(path);
  if (info.isDirectory())
    return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
  return /\.ts$/.test(path) && !/\.test\.tsx?$/.test(path) ? info.mtimeMs : 0;
}

/** Throws a clear message when dist/ is missing or older than src/ (`npm test` builds first). */
export function expectBuilt(): void {
  if (!existsSync(ENTRY)) throw new Error("kdcl is not built: run `npm run build:cli` (npm test does it).");
  const src = ["core", "app", "hosts/file", "cli", "render"].map((p) => newestSource(join(ROOT, "src", p)));
  if (statSync(ENTRY).mtimeMs < Math.max(...src)) {
    throw new Error("dist/node is older than src: run `npm run build:cli` (npm test does it).");
  }
}

/** Exit 2, one line on stderr starting "kdcl: ", no stack frame anywhere; returns that line. */
export function expectRefusal(run: Run): string {
  expect(run.status).toBe(2);
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s*at .+[(:]\d+/m);
  expect(run.stderr).not.toMatch(/Error:|TypeError|node:internal|\.js:\d+/);
  expect(run.stderr.endsWith("\n")).toBe(true);
  const lines = run.stderr.slice(0, -1).split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^kdcl: \S/);
  return lines[0] as string;
}
