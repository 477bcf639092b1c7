"use strict";
// The realistic school list the benches measure: titles, two-row merged header, groups, "1." numbering,
// a total and a footer, written with exceljs's streaming writer (so 300,000 rows fit in memory).
// Deterministic: every run writes the same file. Used by scripts/bench.js and scripts/bench-plan-lo.js.
const ExcelJS = require("exceljs");

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

/**
 * `plans: false` writes the list as a record of levels only (no action, budget or source column): the
 * plan's appendix then lists every school, the longest appendix a list can give.
 */
async function writeList(file, rows, { plans = true } = {}) {
  const width = plans ? 10 : 7;
  const last = String.fromCharCode(64 + width);
  const rnd = random(20240110);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet("Danh sách");
  ws.columns = [5, 34, 11, 20, 10, 10, 11, 22, 12, 20].slice(0, width).map((w) => ({ width: w }));
  const add = (values) => ws.addRow(values.slice(0, width)).commit();
  // Title and header rows stay open until their merges are made.
  const open = (values) => ws.addRow(values.slice(0, width));
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
    `A2:${last}2`,
    `A3:${last}3`,
    "A5:A6",
    "B5:B6",
    "C5:C6",
    "D5:D6",
    "E5:F5",
    "G5:G6",
    "H5:H6",
    "I5:I6",
    "J5:J6",
  ].filter((m) => m.charCodeAt(0) <= last.charCodeAt(0))) {
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
  if (plans) add([null, "Tổng cộng", null, null, null, null, null, null, total]);
  add([]);
  const footer = ws.addRow([`Danh sách này gồm: ${seq} đơn vị./.`]);
  ws.mergeCells(footer.number, 1, footer.number, width);
  footer.commit();
  ws.commit();
  await wb.commit();
}

module.exports = { writeList, LEVELS, PLACES };
