#!/usr/bin/env node
"use strict";
// `npm run bench` (after build:cli): how much the product adds on top of reading the file.
// Writes a realistic 50,000-school list as .xlsx, then in one run measures
//   (a) bare exceljs: workbook.xlsx.readFile
//   (b) the product's full path: loadGrids (file → grids) + validate (every rule)
//   (c) the reader and the rules alone, on grids already loaded
//   (e) whole `kdcl validate`, `report` and `plan` processes on that list: time and peak memory,
//       and validate against the floor: the zip opened, its sheets inflated, decoded and scanned
//   (f) a 5-row `kdcl validate` against a bare `node -e 0`, and the modules each command loads
//   (g) a plan whose appendix lists every school, opened with LibreOffice (scripts/bench-plan-lo.js)
//   (h) the list with its commune and action columns under headers the vocabulary does not know,
//       so they are placed by their values: what reading by values adds to (c)
//   (i) a province's roll-up: 100 commune lists of 60 schools against one list of 6,000
// One warm-up, then the median of 3 runs of each. Prints figures, asserts nothing.
// Usage: node scripts/bench.js [rows]     (BENCH_PROFILE=1 also writes a CPU profile of (c))
const fs = require("fs");
const os = require("os");
const path = require("path");
const v8 = require("v8");
const vm = require("vm");
const ExcelJS = require("exceljs");
const { writeList, LEVELS, PLACES } = require("./bench-list");

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

/**
 * The grids with the commune and action columns under headers no vocabulary places ("Thuộc",
 * "Kế hoạch năm 2024"), as in lists where the reader must go by the values.
 */
function relabelled(grids) {
  return grids.map((grid) => ({
    ...grid,
    cells: grid.cells.map((row, i) => {
      if (grid.top + i !== 5) return row;
      const copy = [...row];
      copy[4 - grid.left] = "Thuộc";
      copy[8 - grid.left] = "Kế hoạch năm 2024";
      return copy;
    }),
  }));
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
    const h = [];
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
      const unlabelled = relabelled(grids);
      const th = await time(() => validate(unlabelled, PLAN));
      const read = th.value.tables[0];
      if (
        read?.records.length !== ROWS ||
        read.table.columns.action === undefined ||
        read.table.columns.commune === undefined
      ) {
        throw new Error("(h): the unlabelled columns were not placed by their values");
      }
      if (run === 0) continue; // warm-up
      a.push(ta.ms);
      bLoad.push(tLoad.ms);
      b.push(tLoad.ms + tCheck.ms);
      c.push(tc.ms);
      d.push(td.ms);
      h.push(th.ms);
    }

    const [ma, mb, mc, ml] = [median(a), median(b), median(c), median(bLoad)];
    const rate = (ms) => `${fmt(ROWS / (ms / 1000)).padStart(9)} rows/s`;
    const line = (label, ms) => console.log(`${label.padEnd(52)} ${fmt(ms).padStart(7)} ms ${rate(ms)}`);
    line("(a) exceljs readFile (bare read)", ma);
    line("(b) kdcl: loadGrids + validate (full path)", mb);
    line("      of which loadGrids (bytes → lean reader → grids)", ml);
    line("(c) reader + rules on loaded grids (validate)", mc);
    line("(d) summaries + plan model from the checked list", median(d));
    line("(h) the same, commune and action read by their values", median(h));
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

    const byValues = median(h) / mc - 1;
    console.log(
      `(h)/(c) = ${fmt(median(h) / mc, 3)}  reading two columns by their values; goal ≤ 1.05: ${verdict(byValues <= 0.05)}`,
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
  const plan = path.join(dir, "ke-hoach.docx");
  const [check, report, planned] = p.interleaved(
    [
      () => p.run(["validate", file, "--year", "2024"], dir),
      () => p.run(["report", file, "--out", out, "--year", "2024", "--force"], dir),
      () => p.run(["plan", file, "--out", plan, "--year", "2024", "--force"], dir),
    ],
    RUNS,
  );
  const ms = (runs) => p.median(runs.map((r) => r.ms));
  const mb = (runs) => runs.reduce((m, r) => Math.max(m, r.rss), 0);
  const verdict = (ok) => (ok ? "MET (đạt)" : "NOT MET (chưa đạt)");
  // The floor: zip opened, sheets inflated, decoded and scanned once (scripts/bench-floor.js).
  const floorScript = path.join(__dirname, "bench-floor.js");
  const [floor, checkAgain] = p.interleaved(
    [() => p.bare([floorScript, file]), () => p.run(["validate", file, "--year", "2024"], dir).ms],
    RUNS,
  );
  const floorRatio = p.median(checkAgain) / p.median(floor);
  console.log(`    floor (zip, inflate, decode, scan) ${fmt(p.median(floor)).padStart(7)} ms`);
  console.log(
    `    validate/floor = ${fmt(floorRatio, 2)}   goal ≤ 2.00: ${verdict(floorRatio <= 2)}` +
      `   (${fmt((mb(check) * 1024) / ROWS, 1)} KB a row at peak, the process's start included; goal ≤ 1.5)`,
  );
  console.log(`    kdcl validate ${fmt(ms(check)).padStart(7)} ms, peak ${fmt(mb(check)).padStart(4)} MB`);
  console.log(`    kdcl report   ${fmt(ms(report)).padStart(7)} ms, peak ${fmt(mb(report)).padStart(4)} MB`);
  const ratio = ms(report) / ms(check);
  console.log(`    report/validate = ${fmt(ratio, 2)}   goal ≤ 1.50: ${verdict(ratio <= 1.5)}`);
  console.log(
    `    report peak memory = ${fmt(mb(report))} MB   goal ≤ 600 MB: ${verdict(mb(report) <= 600)}`,
  );
  console.log(
    `    kdcl plan     ${fmt(ms(planned)).padStart(7)} ms, peak ${fmt(mb(planned)).padStart(4)} MB`,
  );
  const planRatio = ms(planned) / ms(check);
  console.log(`    plan/validate = ${fmt(planRatio, 2)}   goal ≤ 1.50: ${verdict(planRatio <= 1.5)}`);
  console.log(
    `    plan peak memory = ${fmt(mb(planned))} MB   goal ≤ 600 MB: ${verdict(mb(planned) <= 600)}`,
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

  // (g) the longest appendix a list gives, opened by LibreOffice (scripts/bench-plan-lo.js).
  console.log(`\n(g) a plan whose appendix lists all ${fmt(ROWS)} schools, opened with LibreOffice`);
  const lo = require("child_process").spawnSync(
    process.execPath,
    [path.join(__dirname, "bench-plan-lo.js"), String(ROWS)],
    { stdio: "inherit" },
  );
  if (lo.status !== 0 && lo.status !== 3) console.log("    NOT MET (chưa đạt)");
}

// --- (i) a province's roll-up: 100 commune lists of 60 schools against one list of 6,000 ----------

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
    console.log(`\n(i) roll-up of ${FILES} commune lists × ${PER} schools, median of ${RUNS}`);
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
