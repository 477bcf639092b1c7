/**
 * The BUILT `kdcl report` writes atomically: killed at any moment, the target is the old file or
 * the complete new one, never a broken one; two reports written to one target at once leave one
 * complete report. The kill comes when the process is seen writing, or the moment the target
 * changes; whichever it is, what is left must hold.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { KONTUM_HEADER, kontumRows } from "../fixtures/kontum";
import { expectBuilt, ROOT } from "./kdcl";

const BIN = join(ROOT, "bin", "kdcl.js");
let dir: string;
let list: string;

/** A district list long enough that writing its report takes a while: the Kon Tum rows, repeated. */
async function longList(path: string, copies: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách trường");
  ws.addRow(["DANH SÁCH TRƯỜNG HỌC NĂM 2023"]);
  ws.mergeCells("A1:J1");
  ws.addRow(KONTUM_HEADER);
  let n = 0;
  for (let k = 0; k < copies; k++)
    for (const r of kontumRows()) {
      n += 1;
      ws.addRow([`${n}.`, `${r[0]} (${k + 1})`, ...r.slice(1)]);
    }
  await wb.xlsx.writeFile(path);
}

interface Started {
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>;
  kill(signal: NodeJS.Signals): void;
}

function start(...args: string[]): Started {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: { ...process.env, NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout })),
  );
  return { done, kill: (signal) => child.kill(signal) };
}

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 2));

/** The temporary files of a target, while a run writes it. */
const temporaries = (name: string): string[] =>
  readdirSync(dir).filter((f) => f.startsWith(`.${name}.`) && f.endsWith(".kdcl-tmp"));

/** A complete report: it opens, with the user's list and our two sheets. */
async function expectCompleteReport(path: string, year?: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Danh sách trường", "Tổng hợp", "Kết quả kiểm tra"]);
  const title = String(wb.getWorksheet("Tổng hợp")?.getCell("A1").value);
  if (year !== undefined) expect(title).toContain(String(year));
}

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-atomic-"));
  list = join(dir, "ds.xlsx");
  await longList(list, 120);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a report killed while it writes", () => {
  test("killed as soon as it is seen writing: the earlier report is left whole", async () => {
    const target = join(dir, "bao-cao.xlsx");
    const first = start("report", list, "--out", target, "--year", "2023");
    expect((await first.done).code).toBeLessThan(2);
    const before = readFileSync(target);

    const run = start("report", list, "--out", target, "--year", "2024");
    let seen = false;
    const finished = run.done.then(() => true);
    while (!seen && !(await Promise.race([finished, pause().then(() => false)]))) {
      seen = temporaries("bao-cao.xlsx").length > 0;
    }
    run.kill("SIGKILL");
    const end = await run.done;
    const after = readFileSync(target);
    if (end.signal === "SIGKILL" && !after.equals(before)) {
      // Killed after the rename: the new report is whole.
      await expectCompleteReport(target, 2024);
    } else if (end.signal === "SIGKILL") {
      expect(after.equals(before)).toBe(true);
      await expectCompleteReport(target, 2023);
    } else {
      await expectCompleteReport(target, 2024);
    }
  }, 120_000);

  test("killed the moment the target changes: what is there is a complete report", async () => {
    const target = join(dir, "lan-hai.xlsx");
    expect((await start("report", list, "--out", target, "--year", "2023").done).code).toBeLessThan(2);
    const before = statSync(target, { bigint: true }).ino;
    const run = start("report", list, "--out", target, "--year", "2024");
    const finished = run.done.then(() => true);
    while (!(await Promise.race([finished, pause().then(() => false)]))) {
      if (statSync(target, { bigint: true }).ino !== before) break;
    }
    run.kill("SIGKILL");
    await run.done;
    await expectCompleteReport(target, 2024);
  }, 120_000);

  test("stopped by Ctrl+C or a kill signal while writing: no temporary file is left, the old report stays", async () => {
    const target = join(dir, "ngat.xlsx");
    expect((await start("report", list, "--out", target, "--year", "2023").done).code).toBeLessThan(2);
    const before = readFileSync(target);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      const run = start("report", list, "--out", target, "--year", "2024");
      const finished = run.done.then(() => true);
      let seen = false;
      while (!seen && !(await Promise.race([finished, pause().then(() => false)]))) {
        seen = temporaries("ngat.xlsx").length > 0;
      }
      run.kill(signal);
      const end = await run.done;
      expect(temporaries("ngat.xlsx")).toEqual([]);
      if (!end.stdout.includes("Đã ghi")) {
        expect(readFileSync(target).equals(before)).toBe(true);
      }
    }
  }, 120_000);
});

describe("two reports to one target at once", () => {
  test("both finish, and the target is one complete report", async () => {
    const target = join(dir, "chung.xlsx");
    const a = start("report", list, "--out", target, "--year", "2023");
    const b = start("report", list, "--out", target, "--year", "2024", "--force");
    const [ra, rb] = await Promise.all([a.done, b.done]);
    // The first to finish creates the target; the other then replaces a report of kdcl's own.
    expect([ra.code, rb.code].map((c) => c === 0 || c === 1)).toEqual([true, true]);
    expect(existsSync(target)).toBe(true);
    await expectCompleteReport(target);
    expect(temporaries("chung.xlsx")).toEqual([]);
  }, 120_000);
});

describe("a signal while a file is being written", () => {
  /**
   * A child writes one small file over and over, each time atomically, while this test signals it
   * every millisecond. Its handler, like kdcl's, can only remove a temporary file whose name it has
   * been told: every temporary file it finds on disk must be the one it knows. (Told only after an
   * asynchronous open, a signal handled between the open and its continuation found an unnamed file.)
   */
  const CHILD = `
    const { readdirSync } = require("node:fs");
    const { join } = require("node:path");
    const { writeAtomically } = require(process.argv[1]);
    const dir = process.argv[2];
    let told = null, signals = 0, unknown = 0, writes = 0;
    process.on("SIGUSR2", () => {
      signals += 1;
      const found = readdirSync(dir).filter((f) => f.endsWith(".kdcl-tmp")).map((f) => join(dir, f));
      if (found.some((p) => p !== told)) unknown += 1;
    });
    (async () => {
      process.stdout.write("ready\\n");
      // Until it has been signalled a thousand times over fifty writes; on a loaded machine, whose
      // disk may take long over each flush, at most ten seconds.
      const end = Date.now() + 10000;
      while (Date.now() < end && !(signals >= 1000 && writes >= 50)) {
        await writeAtomically(join(dir, "so-lieu.txt"), (sink) => sink.write(Buffer.from("2024")), {
          onTemporary: (p) => (told = p),
        });
        writes += 1;
      }
      process.stdout.write(JSON.stringify({ signals, unknown, writes }) + "\\n");
      // Alive a moment longer, with its handler, for the signals already on their way.
      setTimeout(() => undefined, 300);
    })();`;

  test("its handler always knows the temporary file that is on disk", async () => {
    const folder = mkdtempSync(join(dir, "tin-hieu-"));
    const atomic = join(ROOT, "dist", "node", "hosts", "file", "node", "atomic.js");
    const child = spawn(process.execPath, ["-e", CHILD, atomic, folder], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
      if (timer === undefined && out.startsWith("ready\n")) {
        timer = setInterval(() => child.kill("SIGUSR2"), 1);
      }
      if (out.split("\n").length > 2) clearInterval(timer);
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    clearInterval(timer);
    expect(code).toBe(0);
    const result = JSON.parse(out.split("\n")[1] ?? "") as {
      signals: number;
      unknown: number;
      writes: number;
    };
    expect(result.writes).toBeGreaterThanOrEqual(10);
    expect(result.signals).toBeGreaterThanOrEqual(100);
    expect(result.unknown).toBe(0);
  }, 60_000);
});
