#!/usr/bin/env node
"use strict";
// Proof that a report opens outside our own code: builds a list workbook with a picture, a formula,
// merges, a second sheet and a sheet-scoped print area, runs the BUILT `kdcl report` on it twice
// (the second time from the first report), and converts the result to PDF with LibreOffice
// (`soffice`). Writes dist/samples/bao-cao-mau.xlsx and .pdf; prints the pages' first lines.
// A look-and-open check, not part of `npm test`.
//
//   npm run build:cli && node scripts/report-pdf.js
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");

const root = path.join(__dirname, "..");
const bin = path.join(root, "bin", "kdcl.js");
const outDir = path.join(root, "dist", "samples");

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function listWorkbook(file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách trường");
  ws.addRow(["DANH SÁCH TRƯỜNG HỌC ĐẠT CHUẨN QUỐC GIA NĂM 2024"]);
  ws.mergeCells("A1:H1");
  ws.addRow([
    "STT",
    "Tên trường",
    "Cấp học",
    "Xã, phường",
    "KĐCLGD",
    "CQG",
    "Năm công nhận",
    "Kinh phí (triệu đồng)",
  ]);
  const rows = [
    ["TH Số 1 Sơn Hà", "Tiểu học", "Xã Sơn Hà", "CĐ2", "MĐ1", 2019, 1200],
    ["MN Hoa Sen", "Mầm non", "Xã Hà Thành", "CĐ3", "MĐ2", 2020, 0],
    ["THCS Nguyễn Du", "THCS", "Xã Sơn Lâm", "cấp độ 2", "MĐ1", 2018, 850],
    ["TH&THCS Suối Đá", "TH&THCS", "Xã Suối Đá", "CĐ1", "MĐ1", 2021, 300],
  ];
  rows.forEach((r, i) => ws.addRow([`${i + 1}.`, ...r]));
  ws.addRow(["", "Tổng cộng", "", "", "", "", "", { formula: "SUM(H3:H6)", result: 2350 }]);
  ws.pageSetup.printArea = "A1:H7";
  const image = wb.addImage({ buffer: PNG, extension: "png" });
  ws.addImage(image, "J2:K4");
  wb.addWorksheet("Ghi chú").getCell("A1").value = "Ghi chú của phòng";
  await wb.xlsx.writeFile(file);
}

function kdcl(...args) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  process.stdout.write(r.stdout + r.stderr);
  if (r.status === 2) throw new Error(`kdcl ${args[0]} failed`);
}

async function main() {
  if (!fs.existsSync(path.join(root, "dist", "node", "cli", "main.js"))) {
    process.stderr.write("report-pdf: run `npm run build:cli` first.\n");
    return 2;
  }
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kdcl-report-pdf-"));
  const list = path.join(work, "danh-sach.xlsx");
  await listWorkbook(list);
  const first = path.join(work, "lan-1.xlsx");
  const report = path.join(outDir, "bao-cao-mau.xlsx");
  kdcl("report", list, "--out", first, "--year", "2024");
  kdcl("report", first, "--out", report, "--year", "2024", "--force");

  if (spawnSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" }).status !== 0) {
    process.stdout.write("soffice not found: PDF skipped\n");
    return 0;
  }
  // A throwaway profile, so a running LibreOffice or a first-start dialog cannot block the conversion.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kdcl-lo-"));
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      report,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  fs.rmSync(profile, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
  const pdf = report.replace(/\.xlsx$/, ".pdf");
  if (run.status !== 0 || !fs.existsSync(pdf)) {
    process.stderr.write(`LibreOffice could not open the report:\n${run.stdout}${run.stderr}\n`);
    return 1;
  }
  process.stdout.write(`${path.relative(root, pdf)} (${fs.statSync(pdf).size} bytes)\n`);
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (text.status === 0) {
    const lines = text.stdout.split("\n").filter((l) => /TỔNG HỢP|KẾT QUẢ KIỂM TRA|DANH SÁCH/.test(l));
    process.stdout.write(`${lines.map((l) => `  ${l.trim()}`).join("\n")}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`report-pdf: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 1;
  },
);
