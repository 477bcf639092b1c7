"use strict";
// Whole `kdcl` processes, as a user runs them: used by scripts/bench.js. Each run is a fresh node
// that loads the built command, runs it on a file and reports, from inside, its peak resident
// memory and which modules it loaded; the wall time is measured from outside, start to exit.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const entry = path.join(root, "dist", "node", "cli", "main.js");

/** One process: its wall time (ms), exit code, peak resident memory (MB), modules loaded. */
function run(args, cwd) {
  const script = `
    const Module = require("module");
    const main = require(${JSON.stringify(entry)}).main;
    main(${JSON.stringify(args)}, { stdout: () => {}, stderr: (t) => process.stderr.write(t), today: new Date() })
      .then((code) => {
        const loaded = Object.keys(require.cache);
        const has = (name) => loaded.some((k) => k.includes("/node_modules/" + name + "/"));
        process.stdout.write(JSON.stringify({
          code,
          rss: process.resourceUsage().maxRSS / 1024,
          modules: loaded.length,
          exceljs: has("exceljs"),
          docx: has("docx"),
          jszip: has("jszip"),
        }));
      });`;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-e", script], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 || !r.stdout) throw new Error(`kdcl ${args.join(" ")} failed: ${r.stderr}`);
  return { ms, ...JSON.parse(r.stdout) };
}

function bare(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, NODE_OPTIONS: "" } });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Interleaved runs, so a busy moment of the machine weighs on every contender alike. */
function interleaved(contenders, runs) {
  const results = contenders.map(() => []);
  for (let i = 0; i < runs; i++) contenders.forEach((c, k) => results[k].push(c()));
  return results;
}

/** A 5-school list as .xlsx, the smallest real input. */
function fiveRows(dir, ExcelJS) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["STT", "Tên trường", "Cấp học", "Xã, phường", "KĐCLGD", "CQG", "Năm công nhận"]);
  for (let i = 1; i <= 5; i++)
    ws.addRow([`${i}.`, `TH Số ${i} Sơn Hà`, "Tiểu học", "Xã Sơn Hà", "CĐ2", "MĐ1", 2020]);
  const file = path.join(dir, "nam-truong.xlsx");
  return wb.xlsx.writeFile(file).then(() => file);
}

module.exports = { run, bare, median, interleaved, fiveRows };
