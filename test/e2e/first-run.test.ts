/**
 * The first run a new user makes: a fresh copy of the repository (the files a clone of this working
 * tree would hold), `npm ci`, then `npm start` in the background with no terminal and no stdin, as CI
 * runs it. The printed standalone address must answer within ~90 s of the build, with the page and the
 * manifest served; then the whole process tree is stopped.
 *
 * `npm ci` itself is what CI runs on its clean checkout. Here the copy's lock file must be one `npm ci`
 * accepts (checked without installing), and when the tree installed in this checkout is exactly the
 * one that lock file describes, the copy uses it instead of unpacking 1,100 packages again, then runs
 * the step `npm ci` would run after installing (`prepare`). KDCL_FIRST_RUN_INSTALL=1, or an installed
 * tree that differs, makes the test install in full (about two minutes more).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import http from "node:http";
import https from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

jest.setTimeout(15 * 60_000);

/** The repository's files as a clone would have them: tracked and new ones, none ignored. */
function copyWorkingTree(to: string): void {
  const list = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  })
    .toString("utf8")
    .split("\0")
    .filter((f) => f !== "");
  for (const file of list) {
    const from = join(ROOT, file);
    if (!existsSync(from) || !statSync(from).isFile()) continue; // deleted in the working tree
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(from, join(to, file));
  }
}

interface Locked {
  readonly optional?: boolean;
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
}

/** The packages a lock file pins, as "version resolved integrity" by install path. */
function pinned(file: string): Map<string, { pin: string; optional: boolean }> | null {
  if (!existsSync(file)) return null;
  const lock = JSON.parse(readFileSync(file, "utf8")) as { packages?: Record<string, Locked> };
  const out = new Map<string, { pin: string; optional: boolean }>();
  for (const [at, p] of Object.entries(lock.packages ?? {})) {
    if (at === "") continue; // the project itself
    const pin = `${p.version ?? ""} ${p.resolved ?? ""} ${p.integrity ?? ""}`;
    out.set(at, { pin, optional: p.optional === true });
  }
  return out;
}

/**
 * Is this checkout's node_modules exactly the tree `npm ci` would install from `lockFile`? Optional
 * packages for other systems (fsevents on Linux) are never installed, here or by `npm ci`.
 */
function installedMatches(lockFile: string): boolean {
  const wanted = pinned(lockFile);
  const installed = pinned(join(ROOT, "node_modules", ".package-lock.json"));
  if (!wanted || !installed) return false;
  for (const [at, { pin, optional }] of wanted) {
    const got = installed.get(at);
    if (got ? got.pin !== pin : !optional) return false;
  }
  for (const at of installed.keys()) if (!wanted.has(at)) return false;
  return true;
}

function run(args: readonly string[], cwd: string): { status: number | null; stderr: string } {
  const r = spawnSync(NPM, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    timeout: 10 * 60_000,
  });
  return { status: r.status, stderr: r.status === 0 ? "" : r.stderr };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
}

function get(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Loopback only; with office-addin-dev-certs installed the server is HTTPS with their local CA.
    const request = url.startsWith("https:")
      ? https.get(url, { rejectUnauthorized: false, timeout: 5000 })
      : http.get(url, { timeout: 5000 });
    request.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}

async function waitFor<T>(probe: () => Promise<T | null>, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const got = await probe().catch(() => null);
    if (got !== null) return got;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function stopTree(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.once("exit", () => resolve());
    try {
      // The whole group: npm, its shell and node scripts/start.js.
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
    setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000).unref();
  });
}

const skip = process.env.KDCL_SKIP_FIRST_RUN === "1" || process.platform === "win32";

(skip ? describe.skip : describe)("first run", () => {
  let dir = "";
  let child: ChildProcess | null = null;

  afterAll(async () => {
    if (child) await stopTree(child);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("a fresh copy: npm ci, npm start in the background, the printed page answers, then it stops", async () => {
    dir = mkdtempSync(join(tmpdir(), "kdcl-first-run-"));
    copyWorkingTree(dir);
    expect(existsSync(join(dir, "node_modules"))).toBe(false);
    expect(existsSync(join(dir, "dist"))).toBe(false);

    // The lock file agrees with package.json, as `npm ci` demands (it refuses otherwise).
    expect(
      run(["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"], dir),
    ).toEqual({ status: 0, stderr: "" });
    if (process.env.KDCL_FIRST_RUN_INSTALL !== "1" && installedMatches(join(dir, "package-lock.json"))) {
      symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
      expect(run(["run", "prepare"], dir)).toEqual({ status: 0, stderr: "" });
    } else {
      expect(run(["ci", "--no-audit", "--no-fund", "--prefer-offline"], dir)).toEqual({
        status: 0,
        stderr: "",
      });
    }
    expect(existsSync(join(dir, "dist", "node", "cli", "main.js"))).toBe(true);

    const port = await freePort();
    let output = "";
    child = spawn(NPM, ["start"], {
      cwd: dir,
      env: { ...process.env, PORT: String(port), CI: "true" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    child.stdout?.on("data", (d: Buffer) => (output += d.toString("utf8")));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString("utf8")));
    const started = child;

    // The build comes first (about half a minute here), then the addresses.
    const page = await waitFor(
      async () => {
        if (started.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
        return /(https?:\/\/localhost:\d+\/index\.html)/.exec(output)?.[1] ?? null;
      },
      5 * 60_000,
      "npm start to print the standalone page's address",
    ).catch((e: Error) => {
      throw new Error(`${e.message}\n${output}`);
    });
    expect(page).toMatch(new RegExp(`^https?://localhost:${port}/index\\.html$`));
    const origin = new URL(page).origin;
    expect(output).toContain(`${origin}/taskpane.html`);
    expect(output).toContain(`${origin}/manifest.xml`);
    expect(output).toMatch(/Upload My Add-in → manifest\.xml/);
    if (origin.startsWith("http:")) expect(output).toContain("npx office-addin-dev-certs install");

    const answer = await waitFor(
      async () => {
        const a = await get(page);
        return a.status === 200 ? a : null;
      },
      90_000,
      `${page} to answer 200`,
    );
    expect(answer.body).toMatch(/<meta http-equiv="?Content-Security-Policy"?/);
    expect(answer.body).not.toContain("office.js");
    expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");

    const manifest = await get(`${origin}/manifest.xml`);
    expect(manifest.status).toBe(200);
    expect(manifest.body).toContain("<OfficeApp");
    expect(manifest.body).toContain(`${origin}/taskpane.html`);
    const pane = await get(`${origin}/taskpane.html`);
    expect(pane.status).toBe(200);
    expect(pane.body).toContain("office.js");
    expect((await get(`${origin}/no-such-file.js`)).status).toBe(404);

    await stopTree(started);
    child = null;
    await expect(get(page)).rejects.toThrow();
  });
});
