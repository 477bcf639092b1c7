/**
 * How the check says where its plan year came from: a title's words as written, the year in sight
 * even when the title is long, a school year counted by the year it starts, and a workbook whose lists
 * are of several years saying so.
 */
import { checkGrids } from "../../src/app/check";
import { describePeriod } from "../../src/app/describe";
import type { Grid } from "../../src/core/grid";
import { formatDay } from "../../src/app/format";
import { sheet, TODAY } from "../helpers/sheet";

const HEADER = ["TT", "Tên trường", "Mã công nhận", "Ngày công nhận", "Hình thức"];
const ROWS = [
  [1, "MN Sao Mai", "CĐ2-MĐ1", "15/03/2022", ""],
  [2, "TH Sao Mai", "CĐ2-MĐ1", "10/09/2021", "CN lại"],
  [3, "THCS Sao Mai", "", "", "CN mới"],
];

function periodOf(grids: readonly Grid[]) {
  return checkGrids(grids, {}, { today: TODAY }).period;
}

const titled = (title: string, name = "DS") => sheet({ name, title: [title], header: HEADER, rows: ROWS });

describe("a plan year read from a school year in the title", () => {
  test.each([
    [
      "KẾ HOẠCH XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM HỌC 2026-2027",
      "“…XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM HỌC 2026-2027”",
    ],
    ["DANH SÁCH ĐỀ NGHỊ NH 2026-2027", "“DANH SÁCH ĐỀ NGHỊ NH 2026-2027”"],
    ["DANH SÁCH ĐỀ NGHỊ NH: 2026-27", "“DANH SÁCH ĐỀ NGHỊ NH: 2026-27”"],
  ])("%s: plan year 2026, as the title says it", (title, quoted) => {
    const period = periodOf([titled(title)]);
    expect(period.planYear).toBe(2026);
    expect(formatDay(period.referenceDate)).toBe("31/12/2026");
    expect(describePeriod(period, "vi")).toEqual({
      planYear: `theo tiêu đề ${quoted}, năm học 2026-2027 tính theo năm bắt đầu`,
      referenceDate: "cuối năm kế hoạch",
    });
    expect(describePeriod(period, "en").planYear).toBe(
      `from the title ${quoted}, school year 2026-2027 counted by the year it starts`,
    );
  });
});

describe("a long title is quoted with its year in sight", () => {
  test("a year at the end of a long title: the start is cut, not the year", () => {
    const period = periodOf([
      titled("KẾ HOẠCH KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2027"),
    ]);
    expect(describePeriod(period, "vi").planYear).toBe(
      "theo tiêu đề “…GIÁO DỤC VÀ XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2027”",
    );
  });
});

describe("a workbook with one list per year", () => {
  test("says its plan year is the latest its lists state, and names the other lists' years", () => {
    const period = periodOf([
      titled("DANH SÁCH TRƯỜNG NĂM 2023", "DS 2023"),
      titled("DANH SÁCH TRƯỜNG NĂM 2024", "DS 2024"),
      titled("DANH SÁCH TRƯỜNG NĂM 2025", "DS 2025"),
    ]);
    expect(period.planYear).toBe(2025);
    expect(describePeriod(period, "vi").planYear).toBe(
      "theo tiêu đề “DANH SÁCH TRƯỜNG NĂM 2025”, năm mới nhất trong các danh sách của tệp; " +
        "danh sách năm 2024, 2023 trong tệp cũng được kiểm tra với năm này",
    );
    expect(describePeriod(period, "en").planYear).toBe(
      "from the title “DANH SÁCH TRƯỜNG NĂM 2025”, the latest of the workbook's lists; " +
        "its lists of 2024, 2023 are checked for this year too",
    );
  });
});
