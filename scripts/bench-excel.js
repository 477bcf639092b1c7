#!/usr/bin/env node
"use strict";
// The Excel host's requests, measured on the fake Office (test/fakes/office): for lists of 1 000,
// 10 000 and 50 000 schools (12 columns, merged titles, a few #N/A), how many syncs each user action
// makes and how many bytes its requests carry (request + response JSON, as the fake measures them).
// Excel on the web refuses a request above 5 MB; the host plans 4 MB per sync.
//
// The host and the fake are compiled with tsconfig.bench.json into dist/bench (done here first, unless
// --no-build). Usage: node scripts/bench-excel.js [--no-build] [rows …]
// Prints figures, asserts nothing. Times are of the fake, not of Excel: only the ratios mean anything.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const root = path.join(__dirname, "..");
const args = process.argv.slice(2);
if (!args.includes("--no-build")) {
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.bench.json")],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
}
const out = (p) => path.join(root, "dist", "bench", p);
if (!fs.existsSync(out("src/hosts/excel/host.js"))) {
  process.stderr.write("bench-excel: chưa biên dịch (not built): npx tsc -p tsconfig.bench.json\n");
  process.exit(2);
}

const { createExcelHost } = require(out("src/hosts/excel/host.js"));
const { buildWorkbook, installFakeOffice } = require(out("test/fakes/office/index.js"));
const { schoolList } = require(out("test/fakes/office/school-list.js"));
const { validate } = require(out("src/core/validate.js"));
const { summarize } = require(out("src/core/summary/summary.js"));
const { buildOutputSheets } = require(out("src/core/output/build.js"));
const { checkGrids } = require(out("src/app/check.js"));
const { LiveSession } = require(out("src/app/live-session.js"));
const { highlightCells } = require(out("src/core/findings/cells.js"));

const SIZES = args.filter((a) => /^\d+$/.test(a)).map(Number);
const ROWS = SIZES.length > 0 ? SIZES : [1_000, 10_000, 50_000];
const PLAN = { planYear: 2024 };
const API = process.env.EXCEL_API || "1.17";

const fmt = (n) => n.toLocaleString("en-US");
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;

async function measure(office, fn) {
  office.stats.reset();
  const start = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const s = office.stats;
  return {
    value,
    ms,
    syncs: s.syncs,
    total: s.totalBytes,
    max: s.maxRequestBytes,
    ops: s.operations,
    failed: s.failures.length,
  };
}

async function run(rows) {
  const list = schoolList(rows);
  const office = installFakeOffice(buildWorkbook({ sheets: [list.sheet] }), { apiVersion: API });
  try {
    const host = await createExcelHost();
    const lines = [];
    const read = await measure(office, () => host.readSheet(null));
    lines.push(["read", read]);
    const result = validate([read.value], PLAN);
    const marks = result.findings
      .filter((f) => f.cell !== null)
      .map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }));
    const hl = await measure(office, () => host.highlight(marks));
    lines.push([`highlight (${fmt(hl.value.cells)} cells)`, hl]);
    lines.push(["revert highlight", await measure(office, () => host.revert(hl.value))]);
    const edits = result.findings
      .filter((f) => f.cell !== null && f.fix !== undefined)
      .map((f) => ({ sheet: f.sheet, cell: f.cell, value: f.fix }));
    const fix = await measure(office, () => host.applyEdits(edits));
    lines.push([`fix (${fmt(fix.value.cells)} cells)`, fix]);
    lines.push(["revert fix", await measure(office, () => host.revert(fix.value))]);
    const sheets = buildOutputSheets({
      summary: summarize(result.tables, PLAN),
      findings: result.findings,
      lang: "vi",
    });
    lines.push([
      `write summary sheets (${fmt(result.findings.length)} findings)`,
      await measure(office, () => host.writeOutputSheets(sheets)),
    ]);
    lines.push(["write them again", await measure(office, () => host.writeOutputSheets(sheets))]);
    for (const line of await liveEdit(office, host, read.value, list)) lines.push(line);
    return lines;
  } finally {
    office.uninstall();
  }
}

/**
 * The live check: one code typed over in the middle of the list, re-checked and its mark painted
 * (read the row, look at the sheets, read the new cell's format, paint), as the task pane does it.
 */
async function liveEdit(office, host, grid, list) {
  const sheet = grid.sheet;
  const choices = { planYear: PLAN.planYear };
  const origin = { today: new Date(2024, 0, 10) };
  const first = checkGrids([grid], choices, origin);
  let token = await host.highlight(highlightCells(first.findings));
  let painting = Promise.resolve();
  const session = new LiveSession(
    first,
    sheet,
    choices,
    origin,
    {
      readRows: (top, bottom, left, right) => host.live.readRows(sheet, top, bottom, left, right),
      readSheet: () => host.readSheet(sheet),
    },
    {
      onUpdate: (u) => {
        painting = host.live.updateHighlight(token, sheet, highlightCells(u.check.findings)).then((t) => {
          token = t;
        });
      },
      onStop: () => undefined,
    },
  );
  const watch = await host.live.watch(sheet, (e) =>
    e.kind === "change" ? session.change(e.change) : session.end(e.reason),
  );
  const row = list.firstRow + Math.floor((list.lastRow - list.firstRow) / 2);
  const edit = await measure(office, async () => {
    await office.user.edit(sheet, `E${row}`, [["CĐ9"]]);
    await session.settled();
    await painting;
  });
  const rows = await measure(office, async () => {
    await office.user.edit(sheet, `B${row}`, [["MN Số 1 Sơn Hà"]]);
    await session.settled();
    await painting;
  });
  await watch.stop();
  await host.revert(token);
  return [
    ["live: one code typed over, re-checked and marked", edit],
    ["live: a name typed over (duplicates re-checked)", rows],
  ];
}

async function main() {
  console.log(
    `kdcl bench-excel — the Excel host on the fake Office (ExcelApi ${API}); limit 5 MB per request\n`,
  );
  const head = ["rows", "action", "syncs", "total bytes", "max request", "operations", "fake ms"];
  const table = [head];
  for (const rows of ROWS) {
    for (const [action, m] of await run(rows)) {
      table.push([
        fmt(rows),
        action + (m.failed ? ` [${m.failed} refused]` : ""),
        String(m.syncs),
        mb(m.total),
        mb(m.max),
        fmt(m.ops),
        fmt(Math.round(m.ms)),
      ]);
    }
  }
  const widths = head.map((_, i) => table.reduce((m, r) => Math.max(m, r[i].length), 0));
  for (const r of table)
    console.log(r.map((c, i) => (i <= 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
