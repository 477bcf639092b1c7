#!/usr/bin/env node
"use strict";
// `npm run bench` (after build:cli): how much the product adds on top of reading the file.
// Writes a realistic 50,000-school list as .xlsx, then in one run measures
//   (a) bare exceljs: workbook.xlsx.readFile
//   (b) the product's full path: loadGrids (file → grids) + validate (every rule)
//   (c) the reader and the rules alone, on grids already loaded
//   (e) whole `kdcl report` and `kdcl validate` processes on that list: time and peak memory
//   (f) a 5-row `kdcl validate` against a bare `node -e 0`, and the modules each command loads
// One warm-up, then the median of 3 runs of each. Prints figures, asserts nothing.
// Usage: node scripts/bench.js [rows]     (BENCH_PROFILE=1 also writes a CPU profile of (c))
const fs = require("fs");
const os = require("os");
const path = require("path");
const v8 = require("v8");
const vm = require("vm");
const ExcelJS = require("exceljs");

const root = path.join(__dirname, "..");
const dist = (p) => path.join(root, "dist", "node", p);
if (!fs.existsSync(dist("core/validate.js"))) {
  process.stderr.write(
    "bench: chưa biên dịch; chạy `npm run build:cli` (not built: run `npm run build:cli`).\n",
  );
  process.exit(2);
}
const { loadGrids } = require(dist("hosts/file/load.js"));
const { validate } = require(dist("core/validate.js"));
const { summarize } = require(dist("core/summary/summary.js"));
const { buildPlan } = require(dist("core/plan/build.js"));
const { PLAN_SECTIONS } = require(dist("core/plan/model.js"));

const ROWS = Number(process.argv[2]) || 50_000;
const RUNS = 3;
const PLAN = { planYear: 2024 };

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

// --- a realistic list: titles, two-row merged header, groups, 1. numbering, total, footer -------------

const LEVELS = [
  { group: "Mầm non", type: "Mầm non", prefix: "MN" },
  { group: "Tiểu học", type: "Tiểu học", prefix: "TH" },
  { group: "Trung học cơ sở", type: "THCS", prefix: "THCS" },
  { group: "Tiểu học và Trung học cơ sở", type: "TH&THCS", prefix: "TH&THCS" },
];
const ROMAN = ["I", "II", "III", "IV"];
const PLACES = [
  "Sơn Hà",
  "Hà Thành",
  "Sơn Lâm",
  "Sơn Bình",
  "Hà Trung",
  "Nậm Khao",
  "Sơn Kỳ",
  "Hà Bắc",
  "Suối Đá",
];
const SOURCES = ["Ngân sách huyện", "Ngân sách tỉnh", "Xã hội hóa", "Chương trình MTQG"];

/** Deterministic pseudo-random numbers, so every run measures the same file. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * One school's codes, recognition year and planned action: mostly clean rows, as real lists are,
 * with the usual share of renewals due, first recognitions and upgrades, and a few faults (about
 * 3%: an expired recognition, a renewal not planned, a code written "cấp độ 2").
 */
function school(rnd, pick) {
  const r = rnd();
  if (r < 0.1)
    return [
      ...pick([
        ["CĐ2", "MĐ1"],
        ["CĐ3", "MĐ2"],
      ]),
      2019,
      rnd() < 0.9 ? "Công nhận lại" : null,
    ];
  if (r < 0.16) return ["Chưa đạt", "Chưa đạt", null, "Công nhận mới"];
  if (r < 0.2) return ["CĐ2", "MĐ1", 2020 + Math.floor(rnd() * 3), "Nâng lên mức độ 2"];
  if (r < 0.21) return ["CĐ2", "MĐ1", 2018, null];
  if (r < 0.22) return ["cấp độ 2", "MĐ1", 2021, null];
  const [kd, cqg] = pick([
    ["CĐ2", "MĐ1"],
    ["CĐ2", "MĐ1"],
    ["CĐ3", "MĐ2"],
    ["CĐ4", "MĐ2"],
    ["CĐ1", "-"],
  ]);
  return [kd, cqg, 2020 + Math.floor(rnd() * 4), null];
}

async function writeList(file, rows) {
  const rnd = random(20240110);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet("Danh sách");
  ws.columns = [5, 34, 11, 20, 10, 10, 11, 22, 12, 20].map((width) => ({ width }));
  const add = (values) => ws.addRow(values).commit();
  // Title and header rows stay open until their merges are made.
  const open = (values) => ws.addRow(values);
  open(["UBND HUYỆN SƠN HÀ"]);
  open(["DANH SÁCH TRƯỜNG HỌC ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ TRƯỜNG ĐẠT CHUẨN QUỐC GIA, NĂM 2024"]);
  open(["(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2024 của UBND huyện Sơn Hà)"]);
  open([]);
  open([
    "STT",
    "Tên trường",
    "Cấp học",
    "Xã, thị trấn",
    "Kết quả công nhận",
    null,
    "Năm công nhận",
    "Hình thức (công nhận mới/lại/nâng mức)",
    "Kinh phí (triệu đồng)",
    "Nguồn vốn",
  ]);
  open([null, null, null, null, "KĐCLGD", "CQG"]);
  for (const m of [
    "A1:C1",
    "A2:J2",
    "A3:J3",
    "A5:A6",
    "B5:B6",
    "C5:C6",
    "D5:D6",
    "E5:F5",
    "G5:G6",
    "H5:H6",
    "I5:I6",
    "J5:J6",
  ]) {
    ws.mergeCells(m);
  }
  ws.lastRow.commit();
  let seq = 0;
  let total = 0;
  const perGroup = Math.ceil(rows / LEVELS.length);
  LEVELS.forEach((level, g) => {
    add([ROMAN[g], level.group]);
    for (let i = 0; i < perGroup && seq < rows; i++) {
      seq += 1;
      const place = pick(PLACES);
      const [kd, cqg, year, action] = school(rnd, pick);
      const budget = action ? 100 * (1 + Math.floor(rnd() * 30)) : null;
      if (budget) total += budget;
      add([
        `${seq}.`,
        `${level.prefix} Số ${seq} ${place}`,
        level.type,
        `Xã ${place}`,
        kd,
        cqg,
        year,
        action,
        budget,
        action ? pick(SOURCES) : null,
      ]);
    }
  });
  add([null, "Tổng cộng", null, null, null, null, null, null, total]);
  add([]);
  const footer = ws.addRow([`Danh sách này gồm: ${seq} đơn vị./.`]);
  ws.mergeCells(footer.number, 1, footer.number, 10);
  footer.commit();
  ws.commit();
  await wb.commit();
}

// --- measuring ----------------------------------------------------------------------------------

async function time(fn) {
  gc();
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kdcl-bench-"));
  const file = path.join(dir, "danh-sach-50000.xlsx");
  try {
    const written = await time(() => writeList(file, ROWS));
    const size = fs.statSync(file).size;
    console.log(
      `kdcl bench — ${fmt(ROWS)} trường (schools), ${fmt(size / 1e6, 1)} MB .xlsx, written in ${fmt(written.ms / 1000, 1)} s`,
    );
    console.log(`node ${process.version}, ${os.cpus().length} CPU(s); warm-up 1, median of ${RUNS}\n`);

    const a = [];
    const b = [];
    const bLoad = [];
    const c = [];
    const d = [];
    let grids = null;
    let findings = 0;
    for (let run = 0; run <= RUNS; run++) {
      const ta = await time(async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        return wb.worksheets.length;
      });
      const tLoad = await time(() => loadGrids(file));
      const tCheck = await time(() => validate(tLoad.value, PLAN));
      grids = tLoad.value;
      const tc = await time(() => validate(grids, PLAN));
      findings = tc.value.findings.length;
      // Summaries and the plan model, from the checked tables: what the Tổng hợp and Kế hoạch pages cost.
      const td = await time(() => {
        const summary = summarize(tc.value.tables, PLAN);
        const header = {
          issuingBody: "UBND huyện Sơn Hà",
          place: "Sơn Hà",
          number: "",
          date: null,
          planYear: PLAN.planYear,
        };
        const records = tc.value.tables.flatMap((t) => t.records);
        return buildPlan({ summary, records, header, sections: PLAN_SECTIONS, lang: "vi" });
      });
      if (tc.value.tables[0]?.records.length !== ROWS) {
        throw new Error(`read ${tc.value.tables[0]?.records.length ?? 0} schools, expected ${ROWS}`);
      }
      if (run === 0) continue; // warm-up
      a.push(ta.ms);
      bLoad.push(tLoad.ms);
      b.push(tLoad.ms + tCheck.ms);
      c.push(tc.ms);
      d.push(td.ms);
    }

    const [ma, mb, mc, ml] = [median(a), median(b), median(c), median(bLoad)];
    const rate = (ms) => `${fmt(ROWS / (ms / 1000)).padStart(9)} rows/s`;
    const line = (label, ms) => console.log(`${label.padEnd(52)} ${fmt(ms).padStart(7)} ms ${rate(ms)}`);
    line("(a) exceljs readFile (bare read)", ma);
    line("(b) kdcl: loadGrids + validate (full path)", mb);
    line("      of which loadGrids (bytes → lean reader → grids)", ml);
    line("(c) reader + rules on loaded grids (validate)", mc);
    line("(d) summaries + plan model from the checked list", median(d));
    console.log(`    ${fmt(findings)} findings per check\n`);

    const overhead = mb / ma - 1;
    const rules = mc / ma;
    const verdict = (ok) => (ok ? "MET (đạt)" : "NOT MET (chưa đạt)");
    // Two readings of "the product adds at most 10% on top of reading the file"; both are printed.
    console.log(`(b)/(a) = ${fmt(mb / ma, 3)}  the whole product path against a bare exceljs read`);
    console.log(`          goal (b) ≤ 1.10 × (a): ${verdict(overhead <= 0.1)}`);
    console.log(`(c)/(a) = ${fmt(rules, 3)}  reader + rules alone, as a share of a bare exceljs read`);
    console.log(`          goal (c) ≤ 0.10 × (a): ${verdict(rules <= 0.1)}`);
    console.log(
      `(d)/(c) = ${fmt(median(d) / mc, 3)}  summaries and plan model, as a share of the validation time`,
    );

    await processes(file, dir);

    if (process.env.BENCH_PROFILE) {
      const { Session } = require("inspector");
      const session = new Session();
      session.connect();
      const post = (method, params) =>
        new Promise((resolve, reject) =>
          session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))),
        );
      await post("Profiler.enable");
      await post("Profiler.start");
      for (let i = 0; i < 3; i++) validate(grids, PLAN);
      const { profile } = await post("Profiler.stop");
      const out = path.join(root, "test-artifacts", "bench-validate.cpuprofile");
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(profile));
      console.log(`\nCPU profile of 3 × (c): ${path.relative(process.cwd(), out)}`);
    }
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${file}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** (e) and (f): whole processes, as a user runs them (scripts/bench-process.js). */
async function processes(file, dir) {
  const p = require("./bench-process");
  const out = path.join(dir, "bao-cao.xlsx");
  console.log(`\n(e) whole processes on the ${fmt(ROWS)}-school list, median of ${RUNS} interleaved runs`);
  p.run(["validate", file, "--year", "2024"], dir); // warm the file cache
  const [check, report] = p.interleaved(
    [
      () => p.run(["validate", file, "--year", "2024"], dir),
      () => p.run(["report", file, "--out", out, "--year", "2024", "--force"], dir),
    ],
    RUNS,
  );
  const ms = (runs) => p.median(runs.map((r) => r.ms));
  const mb = (runs) => Math.max(...runs.map((r) => r.rss));
  const verdict = (ok) => (ok ? "MET (đạt)" : "NOT MET (chưa đạt)");
  console.log(`    kdcl validate ${fmt(ms(check)).padStart(7)} ms, peak ${fmt(mb(check)).padStart(4)} MB`);
  console.log(`    kdcl report   ${fmt(ms(report)).padStart(7)} ms, peak ${fmt(mb(report)).padStart(4)} MB`);
  const ratio = ms(report) / ms(check);
  console.log(`    report/validate = ${fmt(ratio, 2)}   goal ≤ 1.50: ${verdict(ratio <= 1.5)}`);
  console.log(
    `    report peak memory = ${fmt(mb(report))} MB   goal ≤ 600 MB: ${verdict(mb(report) <= 600)}`,
  );

  const five = await p.fiveRows(dir, ExcelJS);
  const STARTS = 9;
  p.bare(["-e", "0"]);
  const [node, small] = p.interleaved(
    [() => p.bare(["-e", "0"]), () => p.run(["validate", five, "--year", "2024"], dir).ms],
    STARTS,
  );
  const start = p.median(small) / p.median(node);
  console.log(`\n(f) start: a 5-school list, median of ${STARTS} interleaved runs`);
  console.log(`    node -e 0            ${fmt(p.median(node)).padStart(5)} ms`);
  console.log(`    kdcl validate (5)    ${fmt(p.median(small)).padStart(5)} ms`);
  console.log(`    validate/node = ${fmt(start, 2)}   goal ≤ 2.50: ${verdict(start <= 2.5)}`);
  console.log("    modules each command loads (5-school list):");
  for (const args of [
    ["validate", five],
    ["summarize", five],
    ["report", five, "--out", path.join(dir, "nam-bc.xlsx"), "--force"],
    ["plan", five, "--out", path.join(dir, "nam-kh.docx"), "--force"],
  ]) {
    const r = p.run([...args, "--year", "2024"], dir);
    const libs = ["exceljs", "docx", "jszip"].map((l) => `${l} ${r[l] ? "yes" : "no"}`).join(", ");
    console.log(`    ${args[0].padEnd(10)} ${String(r.modules).padStart(4)} modules; ${libs}`);
  }
}

// --- (g) a province's roll-up: 100 commune lists of 60 schools against one list of 6,000 -----------

/** One commune's list: merged title naming the commune, header, schools with levels, actions, budget. */
async function writeCommune(file, index, rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  const place = `${PLACES[index % PLACES.length]} ${index + 1}`.toLocaleUpperCase("vi");
  const header = [
    "STT",
    "Tên trường",
    "Cấp học",
    "KĐCLGD",
    "CQG",
    "Năm công nhận",
    "Hình thức",
    "Kinh phí (triệu đồng)",
  ];
  ws.addRow([`UBND XÃ ${place}`]);
  ws.addRow([`DANH SÁCH TRƯỜNG HỌC XÃ ${place} NĂM 2024`]);
  ws.mergeCells(1, 1, 1, header.length);
  ws.mergeCells(2, 1, 2, header.length);
  ws.addRow([]);
  ws.addRow(header);
  for (let i = 1; i <= rows; i++) {
    const level = LEVELS[i % 3];
    const k = (index * 7 + i) % 10;
    const cqg = k < 4 ? "MĐ1" : k < 6 ? "MĐ2" : "-";
    const planned = cqg === "-" && k % 2 === 0;
    ws.addRow([
      `${i}.`,
      `${level.prefix} ${place} số ${i}`,
      level.type,
      cqg === "-" ? (planned ? "CĐ1" : "-") : "CĐ2",
      cqg,
      cqg === "-" && !planned ? null : 2021 + (i % 3),
      planned ? "Công nhận mới" : null,
      planned ? 300 + (i % 5) * 50 : null,
    ]);
  }
  await wb.xlsx.writeFile(file);
}

async function rollupBench() {
  const { checkWorkbook } = require(dist("app/check.js"));
  const { rollUpChecks } = require(dist("app/rollup.js"));
  const FILES = 100;
  const PER = 60;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kdcl-bench-rollup-"));
  try {
    const files = [];
    for (let i = 0; i < FILES; i++) {
      const f = path.join(dir, `xa-${i + 1}.xlsx`);
      await writeCommune(f, i, PER);
      files.push(f);
    }
    const one = path.join(dir, "toan-tinh.xlsx");
    await writeCommune(one, 0, FILES * PER);
    const today = new Date();
    const checkOne = async (f) => {
      const outcome = checkWorkbook(await loadGrids(f), PLAN, { today, fileName: f });
      return outcome.check;
    };
    const single = async () => checkOne(one);
    const many = async () => {
      const entries = [];
      for (const f of files) entries.push({ source: path.basename(f), check: await checkOne(f) });
      return rollUpChecks(entries, PLAN, today);
    };
    // Warm-up.
    await single();
    await many();
    const a = [];
    const b = [];
    const c = [];
    for (let r = 0; r < RUNS; r++) {
      a.push((await time(single)).ms);
      const m = await time(many);
      b.push(m.ms);
      // The summing alone, on lists already checked.
      const entries = [];
      for (const f of files) entries.push({ source: path.basename(f), check: await checkOne(f) });
      c.push((await time(() => rollUpChecks(entries, PLAN, today))).ms);
    }
    const last = await many();
    const total = last.rollup.combined.coverage.total;
    console.log(`\n(g) roll-up of ${FILES} commune lists × ${PER} schools, median of ${RUNS}`);
    console.log(
      `    one list of ${fmt(FILES * PER)} rows, read + checked   ${fmt(median(a)).padStart(7)} ms`,
    );
    console.log(`    ${FILES} lists read + checked + summed      ${fmt(median(b)).padStart(7)} ms`);
    console.log(`    the summing alone (rollUp)              ${fmt(median(c)).padStart(7)} ms`);
    console.log(
      `    roll-up / one list = ${fmt(median(b) / median(a), 2)}   (${fmt(total.standard)}/${fmt(total.schools)} schools meet the standard)`,
    );
    console.log(`    summing / one list = ${fmt(median(c) / median(a), 3)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main()
  .then(() => rollupBench())
  .catch((err) => {
    process.stderr.write(`bench: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  });
