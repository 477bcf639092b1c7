/**
 * Total rows an office labels in its own words: "Tổng kinh phí", "Tổng cộng: 11 trường, 01 trung tâm",
 * "Total" in an English list. Read as schools, they doubled the budget (9.801 for 4.900,5) and added a
 * school of unknown type to every rate.
 */
import { checkGrids } from "../../../src/app/check";
import { nfd, sheet, TODAY } from "../../helpers/sheet";

const rows = (label: string) => [
  ["1.", "MN Hoa Sen", "CĐ2-MĐ1", 2023, "Công nhận lại", 350],
  ["2.", nfd("TH Hòa An"), "CĐ1", 2024, "Công nhận mới", "1.250,5"],
  ["3.", "THCS Hòa An", "CĐ3-MĐ2", 2022, "", null],
  [null, label, null, null, null, "1.600,5"],
];

test.each(["Tổng kinh phí", "Tổng cộng: 03 trường", "Total", "Grand total"])(
  "a row labelled %j is the total, not a school",
  (label) => {
    const list = sheet({
      title: ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2026"],
      header: ["STT", "Tên trường", "Mã công nhận", "Năm công nhận", "Hình thức", "Kinh phí (triệu đồng)"],
      rows: rows(label),
    });
    const { summary, findings, records } = checkGrids([list], { planYear: 2026 }, { today: TODAY });
    expect(records).toHaveLength(3);
    expect(summary.budget?.total).toBe(1600.5);
    expect(summary.coverage?.total).toMatchObject({ schools: 3, standard: 2 });
    // The total agrees with its rows: nothing to report.
    expect(findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  },
);
