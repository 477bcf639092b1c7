/**
 * A school whose level reads but whose term does not (a recognition date of 31/02/2023, an Excel
 * error in the date) cannot be counted as meeting the standard nor as missing it: it is left out of
 * the rates, and every output names its cell, as for a level that cannot be read.
 */
import { coverageNote } from "../../../src/core/summary/notes";
import { summarize } from "../../../src/core/summary/summary";
import { validate } from "../../../src/core/validate";
import type { CellValue } from "../../../src/core/grid";
import type { TestSheet } from "../../helpers/sheet";
import { nfd, sheet } from "../../helpers/sheet";
import { planOf, sectionText } from "../plan/helpers";

const YEAR = 2027;
const TITLE = ["UBND PHƯỜNG HÒA BÌNH", "DANH SÁCH TRƯỜNG HỌC NĂM HỌC 2026-2027"];

function summaryOf(s: TestSheet) {
  return summarize(validate([s], { planYear: YEAR }).tables, { planYear: YEAR });
}

function dated(
  rows: readonly (readonly CellValue[])[],
  header = ["STT", "Tên trường", "Mức công nhận", "Ngày công nhận"],
) {
  return sheet({ title: TITLE, header, rows });
}

describe("a readable level whose date does not read", () => {
  const list = dated([
    [1, "MN Hoa Mai", "CĐ2-MĐ1", "15/03/2024"],
    [2, "TH Lê Văn Tám", "CĐ2-MĐ2", "31/02/2023"],
    [3, "THCS Tân An", "CĐ2-MĐ1", { error: "#VALUE!" }],
    [4, "TH Kim Đồng", "", ""],
    [5, nfd("MN Sơn Ca"), "CĐ3-MĐ2", "20/11/2025"],
    // No national standard at all: its rate does not rest on the date, only its cấp độ does.
    [6, "TH Trần Phú", "CĐ1", { error: "#VALUE!" }],
  ]);
  const s = summaryOf(list);

  test("is left out of the rates, by its date cell", () => {
    expect(s.coverageExcluded.map((c) => [c.school, c.cell, c.reason])).toEqual([
      ["TH Lê Văn Tám", list.cell(1, "Ngày công nhận"), "date"],
      ["THCS Tân An", list.cell(2, "Ngày công nhận"), "date"],
    ]);
    expect(s.coverage?.total).toMatchObject({ schools: 4, standard: 2, level1: 1, level2: 1 });
    expect(s.coverage?.projected).toMatchObject({ schools: 4, standard: 2 });
  });

  test("a school with no national standard still counts in the rates; its cấp độ is unknown", () => {
    expect(s.coverage?.accreditation).toEqual({
      level1: 0,
      level2: 1,
      level3: 1,
      level4: 0,
      none: 1,
      unknown: 1,
      unlisted: 0,
    });
  });

  test("is still one of the list's schools, and the check still reports the date", () => {
    expect(s.schools).toHaveLength(6);
    const found = validate([list], { planYear: YEAR }).findings.filter((f) =>
      ["date-invalid", "cell-error"].includes(f.rule),
    );
    expect(found.map((f) => [f.rule, f.cell])).toEqual([
      ["date-invalid", list.cell(1, "Ngày công nhận")],
      ["cell-error", list.cell(2, "Ngày công nhận")],
      ["cell-error", list.cell(5, "Ngày công nhận")],
    ]);
  });

  test("the note says it is the date, and names the cells", () => {
    const at = `DS trường!${list.cell(1, "Ngày công nhận")}, DS trường!${list.cell(2, "Ngày công nhận")}`;
    expect(coverageNote(s, "vi")).toBe(
      `Không tính vào tỉ lệ 2 trường có ngày công nhận hoặc ngày hết hạn không đọc được (xem trang kết quả kiểm tra): ${at}.`,
    );
    expect(coverageNote(s, "en")).toBe(
      `2 schools whose recognition or expiry date cannot be read are left out of the rates (see the check results): ${at}.`,
    );
  });

  test("the plan names the schools whose term it could not establish", () => {
    expect(sectionText(planOf([list], YEAR), "targets")).toContain(
      "Tỉ lệ trên chưa tính 02 trường chưa xác định được thời hạn công nhận, cần rà soát, bổ sung trước " +
        "khi ban hành Kế hoạch: TH Lê Văn Tám, THCS Tân An.",
    );
  });
});

describe("which date the term rests on", () => {
  const header = ["STT", "Tên trường", "CQG", "Ngày công nhận", "Công nhận lần trước", "Ngày hết hạn"];

  test("a readable expiry stands on its own: the school is counted", () => {
    const list = dated([[1, "TH Lê Lợi", "MĐ1", "31/02/2024", "12/05/2019", "12/05/2029"]], header);
    const s = summaryOf(list);
    expect(s.coverageExcluded).toEqual([]);
    expect(s.coverage?.total).toMatchObject({ schools: 1, standard: 1 });
  });

  test("an unreadable decision date is not replaced by the previous recognition's", () => {
    // The previous date would end the term in 2024 and drop a school that may well hold MĐ1 today.
    const list = dated([[1, "TH Lê Lợi", "MĐ1", "31/02/2024", "12/05/2019", ""]], header);
    const s = summaryOf(list);
    expect(s.coverageExcluded.map((c) => [c.cell, c.reason])).toEqual([
      [list.cell(0, "Ngày công nhận"), "date"],
    ]);
    expect(s.coverage?.total.schools).toBe(0);
  });

  test("with no decision date, an unreadable expiry leaves the term unknown", () => {
    const list = dated([[1, "TH Lê Lợi", "MĐ2", "", "", "tháng 13/2028"]], header);
    expect(summaryOf(list).coverageExcluded.map((c) => [c.cell, c.reason])).toEqual([
      [list.cell(0, "Ngày hết hạn"), "date"],
    ]);
  });

  test("a date the check marks as wrong is as good as unreadable: a recognition in the future, an expiry decades away", () => {
    const list = dated(
      [
        [1, "TH Lê Lợi", "MĐ1", 2029, "", ""],
        [2, "TH Trần Phú", "MĐ2", "12/05/2015", "", "12/05/2045"],
        [3, "MN Bông Sen", "MĐ1", "04/09/1985", "", ""],
        [4, "THCS Hùng Vương", "MĐ1", "04/09/2024", "", ""],
      ],
      header,
    );
    const s = summaryOf(list);
    expect(s.coverageExcluded.map((c) => [c.school, c.cell])).toEqual([
      ["TH Lê Lợi", list.cell(0, "Ngày công nhận")],
      ["TH Trần Phú", list.cell(1, "Ngày hết hạn")],
      ["MN Bông Sen", list.cell(2, "Ngày công nhận")],
    ]);
    const flagged = validate([list], { planYear: YEAR }).findings.filter((f) => f.rule === "date-invalid");
    expect(flagged.map((f) => f.cell).sort()).toEqual(s.coverageExcluded.map((c) => c.cell).sort());
    expect(s.coverage?.total).toMatchObject({ schools: 1, standard: 1 });
  });

  test("a bare year, or a date with no level, takes nobody out", () => {
    const list = dated(
      [
        [1, "TH Lê Lợi", "MĐ1", 2024, "", ""],
        [2, "TH Trần Phú", "", "31/02/2024", "", ""],
      ],
      header,
    );
    const s = summaryOf(list);
    expect(s.coverageExcluded).toEqual([]);
    expect(s.coverage?.total).toMatchObject({ schools: 2, standard: 1 });
  });
});

test("levels and dates left out together are named each for its reason", () => {
  const list = dated([
    [1, "MN Hoa Mai", "MĐ 1,5", "15/03/2024"],
    [2, "TH Lê Văn Tám", "CĐ2-MĐ2", "31/02/2023"],
    [3, "THCS Tân An", "CĐ2-MĐ1", "15/03/2024"],
  ]);
  const s = summaryOf(list);
  expect(s.coverageExcluded.map((c) => c.reason)).toEqual(["code", "date"]);
  expect(coverageNote(s, "vi")).toBe(
    "Không tính vào tỉ lệ 1 trường có mức công nhận không đọc được (xem trang kết quả kiểm tra): DS trường!C5. " +
      "Không tính vào tỉ lệ 1 trường có ngày công nhận hoặc ngày hết hạn không đọc được (xem trang kết quả kiểm tra): DS trường!D6.",
  );
  const targets = sectionText(planOf([list], YEAR, { lang: "en" }), "targets");
  expect(targets).toContain("These rates do not count 1 school whose recognition level cannot be read");
  expect(targets).toContain("These rates do not count 1 school whose term of recognition cannot be read");
});

describe("a recognition known only to its year, at a reference date inside the year it ends", () => {
  const list = sheet({
    title: ["UBND PHƯỜNG HÒA BÌNH", "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA (tính đến ngày 30/06/2027)"],
    header: ["STT", "Tên trường", "Mức công nhận", "Năm công nhận"],
    rows: [
      [1, "TH Kim Đồng", "CĐ2-MĐ1", 2022],
      [2, "TH Chu Văn An", "CĐ2-MĐ1", "05/2022"],
      [3, "THCS Lê Lợi", "CĐ3-MĐ2", 2023],
      [4, "MN Hoa Mai", "CĐ2-MĐ1", "15/08/2022"],
    ],
  });
  const mid = { y: 2027, m: 6, d: 30 };
  const s = summarize(validate([list], { planYear: YEAR, referenceDate: mid }).tables, {
    planYear: YEAR,
    referenceDate: mid,
  });

  test("may have lapsed or not: it is left out of the rate, and the note says why without a finding", () => {
    // 2022 ends somewhere in 2027; 05/2022 ended by 31/05/2027; 15/08/2022 runs to 15/08/2027.
    expect(s.coverageExcluded.map((c) => [c.school, c.reason])).toEqual([["TH Kim Đồng", "uncertain"]]);
    expect(s.coverage?.total).toMatchObject({ schools: 3, standard: 2 });
    expect(coverageNote(s, "vi")).toBe(
      "Không tính vào tỉ lệ tại ngày 30/06/2027 1 trường chỉ ghi năm hoặc tháng công nhận nên chưa biết công " +
        `nhận có hiệu lực vào ngày đó hay không: DS trường!${list.cell(0, "Năm công nhận")}. ` +
        "Tỉ lệ dự kiến đến hết năm 2027 có tính các trường này.",
    );
    // One school is one school in English too.
    expect(coverageNote(s, "en")).toBe(
      "1 school whose recognition, given only to the year or month, may or may not be in force on " +
        `30/06/2027 is left out of the rate on that day: DS trường!${list.cell(0, "Năm công nhận")}. ` +
        "The target for the end of 2027 counts it.",
    );
  });

  test("by the end of the plan year its term has surely run out: the target counts it, as lapsed", () => {
    // 31/12/2027: 2022 and 05/2022 have lapsed, 15/08/2022 too; only THCS Lê Lợi (2023) holds.
    expect(s.coverage?.projected).toEqual({ schools: 4, standard: 1, rate: 0.25 });
    const targets = sectionText(planOf([list], YEAR), "targets");
    expect(targets).toContain("tổng số trường đạt chuẩn quốc gia là 1/4 trường, tỉ lệ 25,00%");
    expect(targets).toContain(
      "Tỉ lệ đến ngày 30/06/2027 chưa tính 01 trường chỉ ghi năm hoặc tháng công nhận nên chưa xác định " +
        "được công nhận còn hiệu lực hay không; chỉ tiêu đến hết năm 2027 có tính các trường này.",
    );
  });

  test("at the end of the plan year nothing is in doubt", () => {
    expect(summaryOf(list).coverageExcluded).toEqual([]);
  });
});

describe("a cấp độ that does not read, beside a mức độ that does (KĐCLGD and CQG in their own columns)", () => {
  const list = dated(
    [
      [1, "MN Hoa Ban", 2, 1, 2023],
      [2, "MN Hướng Dương", 5, 2, 2023],
      [3, "TH Ia Bă", "Đạt", "", 2023],
      [4, "THCS Ia Grai", 2, "MĐ 1,5", 2024],
    ],
    ["STT", "Tên trường", "KĐCLGD", "CQG", "Năm công nhận"],
  );
  const s = summaryOf(list);

  test("counts the school in the rates by its mức độ; only an unreadable mức độ leaves a school out", () => {
    expect(s.coverage?.total).toMatchObject({ schools: 3, standard: 2, level1: 1, level2: 1 });
    expect(s.coverageExcluded.map((c) => [c.school, c.cell])).toEqual([
      ["THCS Ia Grai", list.cell(3, "CQG")],
    ]);
  });

  test("gives the KĐCLGD results it cannot read as unknown, beside those it can", () => {
    expect(s.coverage?.accreditation).toEqual({
      level1: 0,
      level2: 1,
      level3: 0,
      level4: 0,
      none: 0,
      unknown: 2,
      unlisted: 0,
    });
  });
});

test("a list of recognition years with no level column has no coverage, never 0%", () => {
  const list = sheet({
    title: ["DANH SÁCH TRƯỜNG XÃ IA KHA"],
    header: ["STT", "Tên trường", "Năm công nhận", "Hình thức"],
    rows: [
      [1, "TH Kim Đồng", 2023, null],
      [2, "MN Hoa Mai", 2022, "Công nhận lại"],
    ],
  });
  const s = summaryOf(list);
  expect(s.coverage).toBeNull();
  expect(s.coverageGap).toBe("no-recognition-column");
  expect(coverageNote(s, "vi")).toBe(
    "Danh sách không có cột mức công nhận (KĐCLGD, CQG) nên không có dữ liệu về tỉ lệ đạt chuẩn.",
  );
});

describe("units no national standard for schools applies to", () => {
  const list = sheet({
    title: ["DANH SÁCH CƠ SỞ GIÁO DỤC XÃ CHƯ SÊ"],
    header: ["STT", "Tên trường", "Mã công nhận", "Năm công nhận"],
    rows: [
      [1, "MN Hoa Mai", "CĐ2-MĐ1", 2024],
      [2, "TH Kim Đồng", "CĐ3-MĐ2", 2023],
      [3, "Nhóm trẻ Họa Mi", null, null],
      [4, nfd("Lớp mẫu giáo độc lập Sao Mai"), null, null],
      [5, "Trung tâm GDNN-GDTX huyện Chư Sê", null, null],
      [6, "Trường Quốc tế Việt Úc", null, null],
      // Sites of a school, listed under it: recognised with their school, never units of their own.
      [null, "- Điểm trường Huổi Sông", null, null],
      [7, "Phân hiệu TH Kim Đồng tại bản Mạ", null, null],
    ],
  });
  const s = summaryOf(list);

  test("are left out of the rates, named, without a word of a finding; a school of unknown type stays", () => {
    expect(s.coverage?.total).toMatchObject({ schools: 3, standard: 2 });
    expect(s.coverageExcluded.map((c) => [c.school, c.reason])).toEqual([
      ["Nhóm trẻ Họa Mi", "not-school"],
      ["Lớp mẫu giáo độc lập Sao Mai", "not-school"],
      ["Trung tâm GDNN-GDTX huyện Chư Sê", "not-school"],
      ["- Điểm trường Huổi Sông", "not-school"],
      ["Phân hiệu TH Kim Đồng tại bản Mạ", "not-school"],
    ]);
    expect(coverageNote(s, "vi")).toMatch(
      /^Không tính vào tỉ lệ 5 đơn vị là nhóm trẻ, lớp mẫu giáo độc lập, trung tâm hoặc điểm trường, phân hiệu của một trường, không phải trường: DS trường!B6, /,
    );
  });

  test("the plan says so in its own words", () => {
    expect(sectionText(planOf([list], YEAR), "targets")).toContain(
      "Tỉ lệ trên không tính 05 đơn vị là nhóm trẻ, lớp mẫu giáo độc lập, trung tâm hoặc điểm trường, phân hiệu " +
        "(được công nhận cùng trường chính), không thuộc đối tượng công nhận trường đạt chuẩn quốc gia: " +
        "Nhóm trẻ Họa Mi, Lớp mẫu giáo độc lập Sao Mai, Trung tâm GDNN-GDTX huyện Chư Sê, - Điểm trường Huổi Sông, " +
        "Phân hiệu TH Kim Đồng tại bản Mạ.",
    );
  });
});

describe("an expiry that contradicts its decision date, in the renewals due", () => {
  // 10/06/2020 gives 10/06/2025; the list writes 10/06/2026. Which is right is for the office to say.
  const list = dated(
    [
      [1, "THCS Tân Lập", "CĐ2-MĐ1", "10/06/2020", "10/06/2026"],
      [2, "MN Tân Lập", "CĐ2-MĐ1", "15/03/2021", "15/03/2026"],
      [3, "TH Hòa Bình", "CĐ2-MĐ1", "31/02/2021", ""],
    ],
    ["STT", "Tên trường", "Mức công nhận", "Ngày công nhận", "Ngày hết hạn"],
  );
  const s = summarize(validate([list], { planYear: 2026 }).tables, { planYear: 2026 });

  test("is not printed as a date to renew by: the school is named instead, with its cell", () => {
    expect(s.due.map((d) => d.name)).toEqual(["MN Tân Lập"]);
    expect(s.dueExcluded.map((c) => [c.school, c.cell])).toEqual([
      ["THCS Tân Lập", list.cell(0, "Ngày hết hạn")],
      ["TH Hòa Bình", list.cell(2, "Ngày công nhận")],
    ]);
  });

  test("the plan's renewals name both schools to be checked", () => {
    const renewals = sectionText(planOf([list], 2026), "renewals");
    expect(renewals).toContain("MN Tân Lập");
    expect(renewals).toContain(
      "Danh sách trên chưa gồm 02 trường có ngày công nhận hoặc ngày hết hạn chưa xác định được " +
        "(không đọc được, không hợp lý hoặc không khớp nhau), cần rà soát, bổ sung trước khi ban hành Kế " +
        "hoạch: THCS Tân Lập, TH Hòa Bình.",
    );
  });
});

describe("a recognition dated after the reference date (a newer list read as of an earlier day)", () => {
  const list = dated([
    [1, "MN Lạc Hồng", "CĐ2-MĐ1", "15/06/2025"],
    [2, "TH Lạc Hồng", "CĐ2-MĐ1", "2025"],
    [3, "THCS Lạc Hồng", "CĐ2-MĐ1", "10/03/2022"],
  ]);
  const at = (referenceDate: { y: number; m: number; d: number }, planYear: number) =>
    summarize(validate([list], { planYear, referenceDate }).tables, { planYear, referenceDate });

  test("is not yet a recognition on that day: 1/3 on 31/12/2024, not 3/3", () => {
    const s = at({ y: 2024, m: 12, d: 31 }, 2024);
    expect(s.coverage?.total).toMatchObject({ schools: 3, standard: 1 });
    expect(s.coverage?.projected).toMatchObject({ schools: 3, standard: 1 });
    expect(s.coverageExcluded).toEqual([]);
  });

  test("a year that may begin before or after the day is left out of that day's rate, counted by the year's end", () => {
    const s = at({ y: 2025, m: 3, d: 1 }, 2025);
    expect(s.coverageExcluded.map((c) => [c.school, c.reason])).toEqual([["TH Lạc Hồng", "uncertain"]]);
    // MN Lạc Hồng (15/06/2025) is not yet recognised on 01/03/2025; all three are by 31/12/2025.
    expect(s.coverage?.total).toMatchObject({ schools: 2, standard: 1 });
    expect(s.coverage?.projected).toMatchObject({ schools: 3, standard: 3 });
  });
});
