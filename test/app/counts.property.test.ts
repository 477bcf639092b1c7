/**
 * Validation and the summary read the same schools, and every figure adds up: on lists generated
 * the way offices write them (merged titles naming the year, section rows for actions, levels and
 * districts, rows with no commune, school years and coarse dates, budgets with a wrong cell, NFD text,
 * Excel errors and a total row), whatever the mix:
 *
 * - the rows validation checks as schools are exactly the rows the summary's schools are made of;
 * - no school is lost from a breakdown: by level, by commune, by district and by unit add up to the
 *   total, and every planned action is counted once in the targets;
 * - the budget's total equals its lines by action, by level and by source, and no excluded cell is
 *   in any of them.
 */
import fc from "fast-check";
import { checkGrids, combinedSummary, type WorkbookCheck } from "../../src/app/check";
import type { CellValue } from "../../src/core/grid";
import type { Summary } from "../../src/core/summary/summary";
import { budgetNote } from "../../src/core/summary/notes";
import { sheet } from "../helpers/sheet";

const nfd = (s: string): string => s.normalize("NFD");

const KINDS = ["Mầm non", "Tiểu học", "THCS", "TH&THCS"] as const;
const NAMES = [
  "Hoa Sen",
  "Sao Mai",
  "Lê Lợi",
  "Kim Đồng",
  "Nguyễn Trãi",
  "Võ Thị Sáu",
  "Bình Minh",
  "Hòa Bình",
];
const COMMUNES = ["Xã Tân Lập", "Phường Bến Thành", "Xã Ia Chim", "Thị trấn Gia Bình", null];
const DISTRICTS = ["Huyện Gia Bình", "Huyện Lương Tài", "Quận 1"];
const ACTIONS = ["Công nhận mới", "Công nhận lại", "Nâng mức", "CÔNG NHẬN LẠI", null];
const CODES = ["CĐ1-MĐ1", "CĐ2-MĐ1", "CĐ3-MĐ2", "Cấp độ 2", "CĐ1", "MĐ1", "", "CĐ5", "#N/A"];
const DATES: CellValue[] = [
  2018,
  2019,
  2021,
  "2017-2018",
  "2019 – 2020",
  "09/4/2021",
  "5/2019",
  "tháng 5/2022",
  null,
];
const MONEY: CellValue[] = [150, 200, 0, null, "không rõ", -30, 120000, "#VALUE!"];

interface Row {
  readonly kind: number;
  readonly name: number;
  readonly commune: number;
  readonly code: number;
  readonly date: number;
  readonly action: number;
  readonly money: number;
  readonly decomposed: boolean;
}

const row = fc.record<Row>({
  kind: fc.nat(KINDS.length - 1),
  name: fc.nat(NAMES.length - 1),
  commune: fc.nat(COMMUNES.length - 1),
  code: fc.nat(CODES.length - 1),
  date: fc.nat(DATES.length - 1),
  action: fc.nat(ACTIONS.length - 1),
  money: fc.nat(MONEY.length - 1),
  decomposed: fc.boolean(),
});

/** A list: districts as section rows, each with its schools; an optional total row at the end. */
const list = fc.record({
  year: fc.integer({ min: 2023, max: 2027 }),
  districts: fc.array(fc.array(row, { minLength: 0, maxLength: 12 }), { minLength: 1, maxLength: 3 }),
  actionSections: fc.boolean(),
  total: fc.boolean(),
  budget: fc.boolean(),
});

type ListSpec = typeof list extends fc.Arbitrary<infer T> ? T : never;

function build(spec: ListSpec) {
  const header = ["STT", "Tên trường", "Xã/phường", "Mã KĐCLGD-CQG", "Năm công nhận", "Hình thức công nhận"];
  if (spec.budget) header.push("Kinh phí (triệu đồng)");
  const rows: CellValue[][] = [];
  let n = 0;
  spec.districts.forEach((schools, d) => {
    rows.push([null, (DISTRICTS[d] ?? "Huyện Mới").toUpperCase()]);
    let section: string | null = null;
    for (const r of schools) {
      const action = ACTIONS[r.action] ?? null;
      if (spec.actionSections && action !== null && action.toUpperCase() !== section) {
        section = action.toUpperCase();
        rows.push([null, section]);
      }
      const name = `Trường ${KINDS[r.kind]} ${NAMES[r.name]}`;
      const cells: CellValue[] = [
        ++n,
        r.decomposed ? nfd(name) : name,
        COMMUNES[r.commune] ?? null,
        CODES[r.code] ?? "",
        DATES[r.date] ?? null,
        spec.actionSections ? null : action,
      ];
      if (spec.budget) cells.push(MONEY[r.money] ?? null);
      rows.push(cells);
    }
  });
  if (spec.total) rows.push([null, "Tổng cộng", null, null, null, null, ...(spec.budget ? [null] : [])]);
  return sheet({
    title: ["UBND TỈNH BẮC NINH", `DANH SÁCH TRƯỜNG ĐỀ NGHỊ KIỂM ĐỊNH VÀ CÔNG NHẬN NĂM ${spec.year}`],
    header,
    rows,
  });
}

const sum = (xs: readonly { readonly schools: number }[]): number => xs.reduce((a, x) => a + x.schools, 0);
const money = (xs: readonly { readonly amount: number }[]): number =>
  Math.round(xs.reduce((a, x) => a + x.amount, 0) * 1e6) / 1e6;

function expectFiguresAddUp(check: WorkbookCheck | null, s: Summary): void {
  if (check) {
    // The rows validation checks as schools are exactly the rows the summary counts.
    const checked = check.records.map((r) => `${r.sheet}!${r.row}`).sort();
    const counted = s.schools.flatMap((x) => x.records.map((r) => `${r.sheet}!${r.row}`)).sort();
    expect(counted).toEqual(checked);
  }
  const c = s.coverage;
  if (c) {
    // One list: every school with a readable level is covered. (Summed lists leave out a whole list
    // that cannot be stood behind: that is checked against the lists below.)
    if (check) expect(c.total.schools).toBe(s.schools.length - s.coverageExcluded.length);
    expect(sum(c.byType)).toBe(c.total.schools);
    expect(sum(c.byCommune)).toBe(c.total.schools);
    if (c.byDistrict) expect(sum(c.byDistrict)).toBe(c.total.schools);
    if (c.byUnit) expect(sum(c.byUnit)).toBe(c.total.schools);
    expect(c.total.standard).toBe(c.total.level1 + c.total.level2);
    const a = c.accreditation;
    expect(a.level1 + a.level2 + a.level3 + a.level4 + a.none + a.unknown).toBe(c.total.schools);
  }
  for (const action of ["new", "renewal", "upgrade"] as const) {
    expect(s.targets.byType.reduce((x, t) => x + t[action], 0)).toBe(s.targets.total[action]);
  }
  const b = s.budget;
  if (b) {
    expect(money([...Object.values(b.byAction), b.unassigned])).toBe(b.total);
    expect(money(b.byType)).toBe(b.total);
    expect(money(b.bySource)).toBe(b.total);
    // What is left out is a school row's budget cell, each named once.
    const budgetCells = new Set(
      s.schools.flatMap((x) =>
        x.records.flatMap((r) => (r.cells.budget ? [`${r.sheet}!${r.cells.budget.source.address}`] : [])),
      ),
    );
    // Several lists may each have a "DS trường!G9": the unit tells them apart.
    const excluded = b.excluded.map((e) => `${e.unit ?? ""}|${e.sheet}!${e.cell}`);
    expect(new Set(excluded).size).toBe(excluded.length);
    for (const e of b.excluded) expect(budgetCells.has(`${e.sheet}!${e.cell}`)).toBe(true);
  }
}

describe("validation and summary count the same schools, and every total is the sum of its lines", () => {
  it("on one generated list at a time", () => {
    fc.assert(
      fc.property(list, (spec) => {
        const check = checkGrids([build(spec)], {}, { today: new Date(2026, 11, 5) });
        expect(check.period.planYear).toBe(spec.year);
        expectFiguresAddUp(check, check.summary);
      }),
      { seed: 20261205, numRuns: 150 },
    );
  });

  it("on several lists summed as units, where same-named communes of two lists stay apart", () => {
    fc.assert(
      fc.property(fc.array(list, { minLength: 2, maxLength: 4 }), (specs) => {
        const checks = specs.map((spec) =>
          checkGrids([build(spec)], { planYear: 2025 }, { today: new Date() }),
        );
        const units = specs.map((_, i) => `Xã ${i + 1}`);
        const combined = combinedSummary(checks, checks[0]!.period, null, units);
        expectFiguresAddUp(null, combined);
        expect(combined.schools.length).toBe(checks.reduce((a, c) => a + c.summary.schools.length, 0));
        expect(combined.budget?.excluded.length ?? 0).toBe(
          checks.reduce((a, c) => a + (c.summary.budget?.excluded.length ?? 0), 0),
        );
        // Each cell left out says which list it is in, and the note names it so.
        for (const e of combined.budget?.excluded ?? []) expect(units).toContain(e.unit);
        const note = budgetNote(combined, "vi");
        const first = combined.budget?.excluded[0];
        if (first) expect(note).toContain(`${first.unit ?? ""}: ${first.sheet}!${first.cell}`);
        // The combined coverage is the sum of the lists whose coverage stands; the others are left out.
        const standing = checks.reduce((a, c) => a + (c.summary.coverage?.total.schools ?? 0), 0);
        expect(combined.coverage?.total.schools ?? 0).toBe(standing);
        if (combined.coverage?.byUnit) {
          for (const line of combined.coverage.byUnit) {
            const own = checks[units.indexOf(line.name ?? "")]?.summary.coverage;
            if (own) expect(line.schools).toBe(own.total.schools);
          }
        }
      }),
      { seed: 7, numRuns: 40 },
    );
  });
});
