#!/usr/bin/env node
"use strict";
// Prints the summary and findings sheets of a 60-school list to PDF with LibreOffice and checks the
// pages: A4, and a scale at which the 11 pt body text prints at 8 pt or more. The PDF and its pages
// as PNG (pdftoppm) are left in test-artifacts/print/ for a person to look at.
//
//   npm run build:cli && node scripts/print-check.js
//
// Needs Debian's libreoffice-calc and poppler-utils (soffice, pdfinfo, pdftotext, pdftoppm).
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");

const root = path.join(__dirname, "..");
const OUT = path.join(root, "test-artifacts", "print");
const dist = (p) => require(path.join(root, "dist", "node", p));

const A4 = { short: 595.3, long: 841.9 };
const BODY_PT = 11;
const MIN_PT = 8;

function need(cmd) {
  const r = spawnSync("which", [cmd], { encoding: "utf8" });
  if (r.status !== 0) {
    process.stderr.write(
      `print-check: ${cmd} không có: apt-get install libreoffice-calc poppler-utils (${cmd} is missing)\n`,
    );
    process.exit(2);
  }
}

/** 60 schools of a district, with long notes and a few faults, as offices keep them. */
function listWorkbook() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA VÀ KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC"]);
  ws.mergeCells("A1:J1");
  ws.addRow([]);
  ws.addRow([
    "STT",
    "Tên trường",
    "Cấp học",
    "Xã/phường",
    "KĐCLGD",
    "CQG",
    "Ngày công nhận",
    "Hình thức",
    "Kinh phí (triệu đồng)",
    "Ghi chú",
  ]);
  const levels = [
    ["MN", "Mầm non"],
    ["TH", "Tiểu học"],
    ["THCS", "THCS"],
  ];
  const communes = [
    "xã Sơn Hà",
    "xã Sơn Bình",
    "thị trấn Di Lăng",
    "xã Sơn Thượng",
    "xã Sơn Cao",
    "xã Sơn Linh",
  ];
  const names = [
    "Hoa Sen",
    "Lê Lợi",
    "Nguyễn Trãi",
    "Trần Hưng Đạo",
    "Sơn Ca",
    "Bình Minh",
    "Võ Thị Sáu",
    "Kim Đồng",
    "Hoa Mai",
    "Chu Văn An",
  ];
  for (let i = 0; i < 60; i++) {
    const [prefix, level] = levels[i % 3];
    const year = 2018 + (i % 6);
    const faulty = i % 7 === 3;
    ws.addRow([
      `${i + 1}.`,
      `${prefix} ${names[i % names.length]} ${Math.floor(i / 10) + 1}`,
      faulty ? "Tiểu học" : level,
      communes[i % communes.length],
      i % 5 === 0 ? "cấp độ 2" : `CĐ${1 + (i % 3)}`,
      i % 4 === 0 ? "-" : `MĐ${1 + (i % 2)}`,
      new Date(Date.UTC(year, i % 12, 1 + (i % 27))),
      i % 3 === 0 ? "Công nhận lại" : "Công nhận mới",
      i % 6 === 0 ? "1.500.000.000" : 200 + i * 10,
      i % 9 === 0
        ? "Đã hoàn thành tự đánh giá, chờ đoàn đánh giá ngoài của Sở Giáo dục và Đào tạo; hồ sơ bổ sung minh chứng về cơ sở vật chất và đội ngũ trước ngày 30/6"
        : "",
    ]);
  }
  ws.getColumn(7).numFmt = "dd/mm/yyyy";
  return wb;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 180_000, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

async function main() {
  for (const c of ["soffice", "pdfinfo", "pdftotext", "pdftoppm", "fc-list"]) need(c);
  if (!/carlito/i.test(run("fc-list", []))) {
    process.stderr.write(
      "print-check: thiếu phông Carlito: apt-get install fonts-crosextra-carlito (Carlito font missing)\n",
    );
    process.exit(2);
  }
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const { gridsFromWorkbook } = dist("hosts/file/workbook.js");
  const { validate } = dist("core/validate.js");
  const { summarize } = dist("core/summary/summary.js");
  const { buildOutputSheets } = dist("core/output/build.js");
  const { workbookWithSummary } = dist("hosts/file/chart.js");

  const list = listWorkbook();
  const options = { planYear: 2024, referenceDate: { y: 2024, m: 12, d: 31 } };
  const result = validate(gridsFromWorkbook(list), options);
  const summary = summarize(result.tables, { ...options, regime: null });
  const sheets = buildOutputSheets({
    summary,
    findings: result.findings,
    lang: "vi",
    sourceFile: "danh-sach-60.xlsx",
  });
  const report = new ExcelJS.Workbook();
  const bytes = await workbookWithSummary(report, sheets);
  const xlsx = path.join(OUT, "bao-cao-60.xlsx");
  fs.writeFileSync(xlsx, bytes);

  // A private LibreOffice profile: nothing of the user's is read or changed.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kdcl-lo-"));
  const started = Date.now();
  try {
    run("soffice", [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      OUT,
      xlsx,
    ]);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started) / 1000;
  const pdf = path.join(OUT, "bao-cao-60.pdf");
  const info = run("pdfinfo", ["-f", "1", "-l", "999", pdf]);
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  const problems = [];
  sizes.forEach(([w, h], i) => {
    const a4 = Math.abs(Math.min(w, h) - A4.short) < 2 && Math.abs(Math.max(w, h) - A4.long) < 2;
    if (!a4) problems.push(`trang ${i + 1} không phải A4: ${w} × ${h} pt (page ${i + 1} is not A4)`);
  });

  // The printed size of the body text: the commonest word height on each page, against 11 pt.
  const bbox = run("pdftotext", ["-bbox", pdf, "-"]);
  const pages = bbox.split(/<page /).slice(1);
  const scales = pages.map((page) => {
    const heights = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
      (m) => Math.round((Number(m[2]) - Number(m[1])) * 10) / 10,
    );
    const counts = new Map();
    for (const h of heights) counts.set(h, (counts.get(h) || 0) + 1);
    const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    return common ? common[0] : 0;
  });
  // Carlito, the metric twin of Calibri (Debian's fonts-crosextra-carlito), gives Excel's widths.
  // Measured against the first page, which prints the summary at 100% (checked below).
  const reference = scales[0] || 1;
  const printedPt = scales.map((h) => (BODY_PT * h) / reference);
  if (sheets[0] && sheets[0].print.scale < 1)
    problems.push("the summary no longer prints at 100%: no reference");
  printedPt.forEach((pt, i) => {
    if (pt > 0 && pt < MIN_PT)
      problems.push(
        `trang ${i + 1}: chữ in ${pt.toFixed(1)} pt < ${MIN_PT} pt (page ${i + 1}: text too small)`,
      );
  });
  run("pdftoppm", ["-png", "-r", "60", pdf, path.join(OUT, "trang")]);

  for (const s of sheets)
    console.log(
      `${s.name}: ${s.print.orientation}, scale ${(s.print.scale * 100).toFixed(0)}% (chữ ${(BODY_PT * s.print.scale).toFixed(1)} pt), ` +
        `lặp dòng ${s.print.titleRows ? `${s.print.titleRows.first}–${s.print.titleRows.last}` : "—"}, ${s.rowHeights.length} dòng cao hơn mặc định`,
    );
  console.log(
    `PDF: ${sizes.length} trang, ${sizes.map(([w, h]) => (w > h ? "A4 ngang" : "A4 dọc")).join(", ")} (LibreOffice ${seconds.toFixed(1)} s)`,
  );
  console.log(`Cỡ chữ in đo trên từng trang: ${printedPt.map((p) => p.toFixed(1)).join(", ")} pt`);
  console.log(`Ảnh các trang: ${path.relative(root, OUT)}/trang-*.png`);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`print-check: ${p}\n`);
    process.exit(1);
  }
}

main().catch((e) => {
  process.stderr.write(`print-check: ${e.message.split("\n")[0]}\n`);
  process.exit(2);
});
