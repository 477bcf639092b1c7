/**
 * A national list: 300,000 schools (generated here, never committed) through every command. A valid
 * list must never fail because it is long: no "Maximum call stack size exceeded", no crash, every
 * command ends with its usual exit code and its usual output.
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectBuilt, ROOT } from "./kdcl";

const ROWS = 300_000;
const KINDS = ["Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường TH&THCS"];
const ACTIONS = ["", "Công nhận lại", "", "Nâng mức", "Công nhận mới", ""];
const CODES = ["CĐ2-MĐ1", "CĐ3-MĐ2", "CĐ1", "", "CĐ2-MĐ1", "CĐ3-MĐ1"];

let dir = "";
let list = "";

/**
 * One command on the list. With `stdoutTo`, its output goes to that file rather than through this
 * process: a report of 250,000 findings is 100 MB of text, which the test reads only the ends of.
 */
function kdclLong(args: readonly string[], stdoutTo?: string) {
  const out = stdoutTo === undefined ? "pipe" : openSync(stdoutTo, "w");
  try {
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=4096", join(ROOT, "bin", "kdcl.js"), ...args],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "" },
        stdio: ["ignore", out, "pipe"],
        timeout: 600_000,
        maxBuffer: 1 << 30,
      },
    );
    return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr, signal: r.signal };
  } finally {
    if (typeof out === "number") closeSync(out);
  }
}

/** The first and the last `bytes` of a file, as text. */
function ends(file: string, bytes = 64 * 1024): { head: string; tail: string } {
  const size = statSync(file).size;
  const fd = openSync(file, "r");
  try {
    const read = (at: number): string => {
      const b = Buffer.alloc(Math.min(bytes, size));
      const n = readSync(fd, b, 0, b.length, at);
      return b.subarray(0, n).toString("utf8");
    };
    return { head: read(0), tail: read(Math.max(0, size - bytes)) };
  } finally {
    closeSync(fd);
  }
}

/** The stderr of a run is plain lines for a person: never a stack, never a heap report. */
function expectNoCrash(r: { stderr: string; signal: NodeJS.Signals | null }): void {
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/Maximum call stack|heap out of memory|^\s*at .+:\d+/m);
}

beforeAll(() => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-national-"));
  list = join(dir, "danh-sach-toan-quoc.csv");
  const lines = [
    "DANH SÁCH CƠ SỞ GIÁO DỤC ĐẠT KIỂM ĐỊNH VÀ CHUẨN QUỐC GIA NĂM 2025",
    "",
    "STT,Tên trường,Tỉnh/Thành phố,Xã/phường,Mã KĐCLGD-CQG,Năm công nhận,Hình thức công nhận,Kinh phí (triệu đồng)",
  ];
  for (let i = 1; i <= ROWS; i++) {
    const action = ACTIONS[i % ACTIONS.length] as string;
    lines.push(
      [
        i,
        `${KINDS[i % KINDS.length]} Số ${i}`,
        `Tỉnh ${1 + (i % 34)}`,
        `Xã ${1 + (i % 3321)}`,
        // Every 50,000th school has a level that does not exist: six errors in all.
        i % 50_000 === 0 ? "CĐ5" : CODES[i % CODES.length],
        2019 + (i % 6),
        action,
        action === "" ? "" : 100 + (i % 50),
      ].join(","),
    );
  }
  writeFileSync(list, `${lines.join("\n")}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`a national list of ${ROWS.toLocaleString("vi-VN")} schools`, () => {
  it("validate reads every school and reports its findings", () => {
    const report = join(dir, "kiem-tra.txt");
    const r = kdclLong(["validate", list], report);
    expectNoCrash(r);
    expect(r.status).toBe(1);
    const { head, tail } = ends(report);
    expect(head).toContain("300.000 trường");
    expect(tail).toMatch(/Tổng: 6 lỗi, [\d.]+ cảnh báo, [\d.]+ thông tin\.\n$/);
  });

  it("summarize counts all of them (exit 1, as for validate: the list has errors)", () => {
    const r = kdclLong(["summarize", list, "--json"]);
    expectNoCrash(r);
    expect(r.status).toBe(1);
    const summary = JSON.parse(r.stdout) as {
      files: {
        schools: number;
        coverage: { total: { schools: number }; accreditation: { unknown: number } };
      }[];
    };
    expect(summary.files[0]?.schools).toBe(ROWS);
    // The six "CĐ5" schools hold no national standard, so they count in its rate; their cấp độ,
    // which cannot be, is unknown rather than none.
    expect(summary.files[0]?.coverage.total.schools).toBe(ROWS);
    expect(summary.files[0]?.coverage.accreditation.unknown).toBe(6);
  });

  it("report writes the workbook with the list and our sheets", () => {
    const out = join(dir, "bao-cao.xlsx");
    const r = kdclLong(["report", list, "--out", out]);
    expectNoCrash(r);
    expect(r.status).toBe(1);
    expect(statSync(out).size).toBeGreaterThan(1_000_000);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("plan writes the document, with the long appendix attached as a workbook beside it", () => {
    const out = join(dir, "ke-hoach.docx");
    const r = kdclLong(["plan", list, "--out", out, "--appendix", "xlsx"]);
    expectNoCrash(r);
    expect(r.status).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    const appendix = join(dir, "ke-hoach-phu-luc.xlsx");
    expect(statSync(appendix).size).toBeGreaterThan(1_000_000);
  });
});
