#!/usr/bin/env node
"use strict";
// Is a plan whose appendix lists N schools (default 50,000) a valid document that LibreOffice opens?
// Writes a levels-only list of N schools (the appendix then lists every one), runs the built
// `kdcl plan --sections appendix` on it, converts the .docx to text with LibreOffice (`soffice`)
// and checks that every school is in the text, in order. Prints the times; exit 1 when LibreOffice
// fails or a school is missing, 3 when soffice is not installed (apt-get install libreoffice-writer-nogui).
// Called by `npm run bench` (scripts/bench.js). Usage: node scripts/bench-plan-lo.js [rows]
//   BENCH_LO_TIMEOUT=seconds (default 3600): LibreOffice lays out long tables slowly.
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { writeList } = require("./bench-list");

const root = path.join(__dirname, "..");
const ROWS = Number(process.argv[2]) || 50_000;
// Ten minutes by default so `npm run bench` ends; BENCH_LO_TIMEOUT (seconds) gives LibreOffice longer.
const TIMEOUT = (Number(process.env.BENCH_LO_TIMEOUT) || 600) * 1000;
const fmt = (n, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });

function hasSoffice() {
  return spawnSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" }).status === 0;
}

function timed(command, args, options) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26, ...options });
  return { ...r, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

async function main() {
  if (!hasSoffice()) {
    console.log("    LibreOffice check: soffice not found (apt-get install -y libreoffice-writer-nogui)");
    return 3;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kdcl-lo-"));
  try {
    const list = path.join(dir, "danh-sach.xlsx");
    await writeList(list, ROWS, { plans: false });
    const docx = path.join(dir, "ke-hoach.docx");
    const plan = timed(
      process.execPath,
      [
        path.join(root, "bin", "kdcl.js"),
        "plan",
        list,
        "--out",
        docx,
        "--year",
        "2024",
        "--sections",
        "appendix",
      ],
      { cwd: dir },
    );
    if (plan.status !== 0 && plan.status !== 1) throw new Error(`kdcl plan failed: ${plan.stderr}`);
    const profile = path.join(dir, "profile");
    const convert = timed(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "txt:Text",
        "--outdir",
        dir,
        docx,
      ],
      { timeout: TIMEOUT },
    );
    const text = path.join(dir, "ke-hoach.txt");
    if (convert.status !== 0 || !fs.existsSync(text)) {
      const why = convert.error ? convert.error.message : `exit ${convert.status}`;
      console.log(
        `    LibreOffice could not open the ${fmt(ROWS)}-school plan (${why}) after ${fmt(convert.ms / 1000, 1)} s`,
      );
      return 1;
    }
    // Every school's name, in list order (levels in the documents' order: MN, TH, THCS, TH&THCS).
    const content = fs.readFileSync(text, "utf8");
    const names = content.match(/^(?:MN|TH|THCS|TH&THCS) Số \d+ .+$/gm) ?? [];
    const seen = new Set(names.map((n) => Number(/Số (\d+)/.exec(n)[1])));
    const missing = [];
    for (let i = 1; i <= ROWS && missing.length < 5; i++) if (!seen.has(i)) missing.push(i);
    console.log(
      `    plan of ${fmt(ROWS)} schools: kdcl ${fmt(plan.ms / 1000, 1)} s, ${fmt(fs.statSync(docx).size / 1e6, 2)} MB .docx; ` +
        `LibreOffice opened it in ${fmt(convert.ms / 1000, 1)} s and reads ${fmt(seen.size)} schools`,
    );
    if (missing.length > 0) {
      console.log(
        `    NOT MET (chưa đạt): schools missing from LibreOffice's text, e.g. Số ${missing.join(", ")}`,
      );
      return 1;
    }
    console.log("    valid and openable, every school present: MET (đạt)");
    return 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`bench-plan-lo: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  },
);
