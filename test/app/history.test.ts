/**
 * A history of recognitions (one row per recognition given: a school's first, then its renewal) is
 * no plan: its action column says what was done on the row's date. Read as a plan, it made every
 * row a target of the plan year ("Công nhận mới 3, công nhận lại 2"), two "duplicate" errors and
 * "expired" warnings on recognitions renewed long ago.
 */
import { checkGrids } from "../../src/app/check";
import { planRecheck, recheckRows } from "../../src/app/live";
import type { CellValue } from "../../src/core/grid";
import { targetsNote } from "../../src/core/summary/notes";
import { nfd, serial, sheet, TODAY } from "../helpers/sheet";
import { planOf, sectionText } from "../core/plan/helpers";

const HEADER = [
  "STT",
  "Tên trường",
  "Năm học",
  "Hình thức công nhận",
  "Mức độ",
  "Số quyết định",
  "Ngày quyết định",
];

const ledger = sheet({
  name: "Theo dõi CQG",
  title: ["THEO DÕI KẾT QUẢ CÔNG NHẬN TRƯỜNG ĐẠT CHUẨN QUỐC GIA", "XÃ HÒA AN"],
  header: HEADER,
  rows: [
    [
      1,
      "Trường Mầm non Hoa Sen",
      "2016-2017",
      "Công nhận lần đầu",
      "Mức độ 1",
      "123/QĐ-UBND",
      serial(12, 5, 2017),
    ],
    // The same school, its name typed in decomposed Unicode: one school, renewed in 2022.
    [2, nfd("Trường Mầm non Hoa Sen"), "2021-2022", "Công nhận lại", "Mức độ 1", "88/QĐ-UBND", "20/04/2022"],
    [3, "Trường Tiểu học Hòa An", "2018-2019", "Công nhận lần đầu", "Mức độ 1", "45/QĐ-UBND", "10/06/2019"],
    [4, "Trường Tiểu học Hòa An", "2023-2024", "Công nhận lại", "Mức độ 2", "77/QĐ-UBND", "15/05/2024"],
    [5, "Trường THCS Hòa An", "2019-2020", "Công nhận lần đầu", "Mức độ 1", "51/QĐ-UBND", "02/07/2020"],
  ],
});

const check = (grids: Parameters<typeof checkGrids>[0], planYear = 2026) =>
  checkGrids(grids, { planYear, referenceDate: { y: 2026, m: 12, d: 31 } }, { today: TODAY });

describe("a history of recognitions", () => {
  test("plans nothing: no target, and the targets say why", () => {
    const { summary } = check([ledger]);
    expect(summary.targets.total).toEqual({ new: 0, renewal: 0, upgrade: 0 });
    expect(summary.histories).toEqual(["Theo dõi CQG"]);
    expect(targetsNote(summary, "vi")).toBe(
      'Danh sách "Theo dõi CQG" ghi các lần công nhận đã có (mỗi lần một dòng, theo ngày quyết định), không phải kế hoạch: hình thức công nhận ghi trong đó không được tính vào chỉ tiêu.',
    );
    expect(targetsNote(summary, "en")).toMatch(
      /^The list "Theo dõi CQG" records the recognitions already given/,
    );
  });

  test("counts each school once, at its latest recognition", () => {
    const { summary } = check([ledger]);
    // Hoa Sen renewed 2022 (to 2027) and Hòa An's primary 2024 hold; the secondary's 2020 lapsed in 2025.
    expect(summary.coverage?.total).toMatchObject({ schools: 3, standard: 2, level1: 1, level2: 1 });
  });

  test("finds no duplicate in a school's several recognitions, and no lapse in one renewed since", () => {
    const { findings } = check([ledger]);
    expect(findings.filter((f) => f.rule === "duplicate-school")).toEqual([]);
    expect(findings.filter((f) => f.rule === "new-with-previous" || f.rule === "renewal-too-early")).toEqual(
      [],
    );
    expect(findings.filter((f) => f.rule === "recognition-expired").map((f) => f.row)).toEqual([
      ledger.row(4),
    ]);
  });

  test("still finds one recognition written twice", () => {
    const twice = sheet({
      name: "Theo dõi CQG",
      header: HEADER,
      rows: [
        [
          1,
          "Trường Mầm non Hoa Sen",
          "2016-2017",
          "Công nhận lần đầu",
          "Mức độ 1",
          "123/QĐ-UBND",
          "12/05/2017",
        ],
        [2, "Trường Mầm non Hoa Sen", "2021-2022", "Công nhận lại", "Mức độ 1", "88/QĐ-UBND", "20/04/2022"],
        [3, "Trường Mầm non Hoa Sen", "2021-2022", "Công nhận lại", "Mức độ 1", "88/QĐ-UBND", "20/04/2022"],
      ],
    });
    const dup = check([twice]).findings.filter((f) => f.rule === "duplicate-school");
    expect(dup.map((f) => f.row)).toEqual([twice.row(2)]);
  });

  test("of first recognitions only, every one dated in the past, is a history too", () => {
    const firsts = sheet({
      header: ["STT", "Tên trường", "Hình thức", "Mức độ", "Năm công nhận"],
      rows: [
        [1, "MN Hoa Sen", "Công nhận lần đầu", "Mức độ 1", 2019],
        [2, "TH Hòa An", "Công nhận lần đầu", "Mức độ 1", 2023],
        [3, "THCS Hòa An", "Công nhận lần đầu", "Mức độ 2", 2024],
      ],
    });
    const { summary } = check([firsts]);
    expect(summary.targets.total.new).toBe(0);
    // 2019's recognition lapsed in 2024; 2023's and 2024's hold.
    expect(summary.coverage?.total).toMatchObject({ schools: 3, standard: 2 });
  });

  test("in the plan, the targets section says the list is a history", () => {
    const text = sectionText(planOf([ledger], 2026), "targets");
    expect(text).toContain("ghi các lần công nhận đã có");
  });
});

describe("the live check of a history", () => {
  const choices = { planYear: 2026, referenceDate: { y: 2026, m: 12, d: 31 } };
  test("reads the sheet again when a row changes: which row is current is the whole list's to say", () => {
    const base = checkGrids([ledger], choices, { today: TODAY });
    // The primary school's renewal undone: its 2019 recognition, lapsed in 2024, is current again.
    const row = ledger.row(3);
    const cells: CellValue[][] = [[...(ledger.cells[row - ledger.top] ?? [])]];
    (cells[0] as CellValue[])[3] = null;
    (cells[0] as CellValue[])[6] = null;
    const range = { top: row, bottom: row, left: 1, right: HEADER.length };
    const plan = planRecheck(base, ledger.sheet, { kind: "edit", range });
    if (plan.kind !== "rows") throw new Error("expected a row re-check");
    const done = recheckRows(base, ledger.sheet, { top: row, cells }, plan.scope, choices, { today: TODAY });
    expect(done.patched).toBe(false);
    const scratch = checkGrids([done.grid], choices, { today: TODAY });
    expect(done.check.findings).toEqual(scratch.findings);
    expect(done.check.summary.coverage?.total.standard).toBe(1);
  });
});

describe("a plan is still a plan", () => {
  const plan = (rows: (string | number | null)[][], action = "Hình thức công nhận") =>
    sheet({ header: ["STT", "Tên trường", "Cấp độ KĐCLGD", "Mức độ CQG", action, "Ngày công nhận"], rows });

  test("one new recognition wrongly dated among undated ones: a slip, reported", () => {
    const s = plan([
      [1, "MN Hoa Sen", "", "Mức độ 1", "Công nhận mới", "12/05/2019"],
      [2, "TH Hòa An", "", "", "Công nhận mới", ""],
      [3, "THCS Hòa An", "Cấp độ 2", "Mức độ 1", "Công nhận lại", "10/06/2021"],
    ]);
    const { summary, findings } = check([s]);
    expect(summary.histories).toEqual([]);
    expect(summary.targets.total).toEqual({ new: 2, renewal: 1, upgrade: 0 });
    expect(findings.filter((f) => f.rule === "new-with-previous").map((f) => f.row)).toEqual([s.row(0)]);
  });

  test("one school on two rows, its accreditation and its standard to renew", () => {
    const s = plan([
      [1, "MN Hoa Sen", "Cấp độ 2", "", "Công nhận lại", "15/03/2021"],
      [2, "MN Hoa Sen", "", "Mức độ 1", "Công nhận lại", "20/09/2021"],
      [3, "TH Hòa An", "", "", "Công nhận mới", ""],
    ]);
    const { summary } = check([s]);
    expect(summary.histories).toEqual([]);
    expect(summary.targets.total).toEqual({ new: 1, renewal: 1, upgrade: 0 });
  });

  test("dated new recognitions under a header that names the plan", () => {
    const s = plan(
      [
        [1, "MN Hoa Sen", "", "", "Công nhận mới", "12/05/2019"],
        [2, "TH Hòa An", "", "", "Công nhận mới", "10/06/2021"],
      ],
      "Đề nghị năm 2026",
    );
    expect(check([s]).summary.targets.total.new).toBe(2);
  });

  test("first national standards sought by schools whose accreditation is dated", () => {
    const s = plan([
      [1, "MN Hoa Sen", "Cấp độ 2", "", "Công nhận mới", "12/05/2022"],
      [2, "TH Hòa An", "Cấp độ 2", "", "Công nhận mới", "10/06/2023"],
      [3, "TH Hòa An", "Cấp độ 2", "", "Nâng mức độ", "10/06/2024"],
    ]);
    const { summary } = check([s]);
    expect(summary.histories).toEqual([]);
    expect(summary.targets.total).toEqual({ new: 2, renewal: 0, upgrade: 1 });
  });

  test("new recognitions dated in the plan year: the dates planned, not given", () => {
    const s = plan([
      [1, "MN Hoa Sen", "", "", "Công nhận mới", "11/2026"],
      [2, "TH Hòa An", "", "", "Công nhận mới", "12/2026"],
    ]);
    const { summary } = check([s]);
    expect(summary.histories).toEqual([]);
    expect(summary.targets.total.new).toBe(2);
  });
});
