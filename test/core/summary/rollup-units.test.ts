/**
 * A province roll-up of lists that differ the way real ones do: plan years, budget columns, a school
 * two communes list, schools of one name in two communes. The figures must not depend on the order of
 * the files, and every figure left out is named with why.
 */
import { checkGrids } from "../../../src/app/check";
import type { Choices } from "../../../src/app/choices";
import type { RollupEntry, RollupResult } from "../../../src/app/rollup";
import { rollUpChecks } from "../../../src/app/rollup";
import { budgetNote, coverageNote, targetsNote } from "../../../src/core/summary/notes";
import { AN_PHU, BINH_MINH, DONG_HOA, GIA_BINH } from "../../helpers/province-lists";
import type { SheetSpec } from "../../helpers/sheet";
import { sheet, TODAY } from "../../helpers/sheet";

const FILES: ReadonlyMap<SheetSpec, string> = new Map([
  [AN_PHU, "xa-an-phu.xlsx"],
  [BINH_MINH, "phuong-binh-minh.xlsx"],
  [GIA_BINH, "xa-gia-binh.xlsx"],
  [DONG_HOA, "phuong-dong-hoa.xlsx"],
]);

function entry(spec: SheetSpec, choices: Choices): RollupEntry {
  const fileName = FILES.get(spec) ?? "";
  return { source: fileName, check: checkGrids([sheet(spec)], choices, { today: TODAY, fileName }) };
}

function roll(specs: readonly SheetSpec[], choices: Choices = {}): RollupResult {
  return rollUpChecks(
    specs.map((s) => entry(s, choices)),
    choices,
    TODAY,
  );
}

/** A list checked alone, as `kdcl summarize` prints it before the roll-up. */
const alone = (spec: SheetSpec, choices: Choices = {}) => entry(spec, choices);

describe("plan years: each list is read for its own year, the roll-up's year does not depend on order", () => {
  const forward = roll([BINH_MINH, AN_PHU]);
  const backward = roll([AN_PHU, BINH_MINH]);

  test("the roll-up takes the later of two years stated equally often, whichever file comes first", () => {
    for (const r of [forward, backward]) {
      expect(r.period.planYear).toBe(2026);
      expect(r.rollup.yearBasis).toBe("latest");
      expect(r.rollup.combined.targets).toEqual(forward.rollup.combined.targets);
      expect(r.rollup.combined.coverage?.total).toEqual(forward.rollup.combined.coverage?.total);
    }
  });

  test("a list of another year keeps its own plan and is named, never summed as zero", () => {
    const anPhu = forward.rollup.units.find((u) => u.source === "xa-an-phu.xlsx");
    expect(anPhu).toMatchObject({ name: "Xã An Phú", gap: "other-year", rate: null });
    // Its own figures, as when checked alone: 3 schools planned for 2025, 4.500,5 triệu.
    expect(anPhu?.summary?.planYear).toBe(2025);
    expect(anPhu?.summary?.targets.total).toEqual({ new: 1, renewal: 1, upgrade: 1 });
    expect(anPhu?.summary?.budget?.total).toBe(4500.5);
    const c = forward.rollup.combined;
    expect(c.otherYears).toEqual({ basis: "latest", units: [{ unit: "Xã An Phú", planYear: 2025 }] });
    expect(c.schools.map((s) => s.name)).not.toContain("MN An Phú");
    expect(budgetNote(c, "vi")).toBe(
      "Danh sách của Phường Bình Minh không có cột kinh phí nên không có số liệu kinh phí. " +
        "Không gồm kinh phí của 1 danh sách năm kế hoạch khác năm 2026: Xã An Phú (năm 2025).",
    );
    expect(targetsNote(c, "vi")).toBe(
      "Không gồm chỉ tiêu của 1 danh sách năm kế hoạch khác năm 2026: Xã An Phú (năm 2025).",
    );
    expect(coverageNote(c, "vi")).toContain(
      "Các danh sách không cùng năm kế hoạch; số liệu chung tính theo năm 2026, năm sau trong các năm có số danh sách ghi bằng nhau; không gồm tỉ lệ, chỉ tiêu, kinh phí và hạn công nhận lại của 1 danh sách năm kế hoạch khác: Xã An Phú (năm 2025).",
    );
  });

  test("each unit's rate is its own section's", () => {
    const binhMinh = forward.rollup.units.find((u) => u.source === "phuong-binh-minh.xlsx");
    const own = alone(BINH_MINH);
    expect("check" in own && own.check.summary.coverage?.total.rate).toBe(0.5);
    expect(binhMinh?.rate?.rate).toBe(0.5);
    expect(forward.rollup.combined.coverage?.total).toMatchObject({ schools: 4, standard: 2 });
  });

  test("the year most lists state wins; a list that states no year is read for it", () => {
    const r = roll([BINH_MINH, DONG_HOA, GIA_BINH, AN_PHU]);
    expect(r.period.planYear).toBe(2025);
    expect(r.rollup.yearBasis).toBe("most");
    expect(r.rollup.combined.otherYears?.units).toEqual([{ unit: "Phường Bình Minh", planYear: 2026 }]);
    // Đông Hòa states no year: checked alone it is this year's (2026), in a 2025 roll-up it is 2025's.
    const dongHoa = r.units.find((u) => u.unit.source === "phuong-dong-hoa.xlsx");
    expect(dongHoa?.unit.gap).toBeNull();
    expect(dongHoa?.unit.summary?.planYear).toBe(2025);
    expect(dongHoa?.check?.period.planYear).toBe(2025);
  });

  test("the user's year reads every list for it", () => {
    const r = roll([BINH_MINH, AN_PHU], { planYear: 2025 });
    expect(r.rollup.yearBasis).toBe("user");
    expect(r.rollup.combined.otherYears).toBeNull();
    expect(r.rollup.units.map((u) => u.rate?.rate)).toEqual([0.75, 2 / 6]);
  });
});

describe("a list without a budget column has no budget figures, never 'already funded'", () => {
  const r = roll([AN_PHU, BINH_MINH], { planYear: 2025 });
  const b = r.rollup.combined.budget;

  test("its planned schools are not among the schools needing no new money", () => {
    expect(r.rollup.combined.targets.total).toEqual({ new: 2, renewal: 2, upgrade: 1 });
    expect(b?.total).toBe(4500.5);
    expect(b?.unfunded).toEqual([]);
    expect(b?.unitsWithoutColumn).toEqual(["Phường Bình Minh"]);
    expect(budgetNote(r.rollup.combined, "vi")).toBe(
      "Không có số liệu kinh phí của 1 danh sách không có cột kinh phí (không coi là đã có kinh phí): Phường Bình Minh; kinh phí trên chỉ gồm các danh sách có cột kinh phí.",
    );
  });
});

describe("a school two communes list is counted once", () => {
  const forward = roll([AN_PHU, GIA_BINH]);
  const backward = roll([GIA_BINH, AN_PHU]);

  test("in the targets, the budget and the count of schools, whichever file comes first", () => {
    for (const r of [forward, backward]) {
      const c = r.rollup.combined;
      expect(c.targets.byType.flatMap((t) => t.schools.upgrade).sort()).toEqual([
        "MN Hoa Sen",
        "TH&THCS Kim Đồng",
      ]);
      expect(c.budget?.byAction.upgrade).toEqual({ schools: 2, amount: 1400 });
      expect(c.budget?.total).toBe(4500.5 + 3000 + 600);
      expect(c.schools).toHaveLength(6 + 3 - 1);
      // A school of the same name in another commune is another school.
      expect(c.schools.filter((x) => x.name === "TH&THCS Kim Đồng")).toHaveLength(2);
      // Counted in An Phú, whose title names its commune.
      expect(c.repeatedSchools).toEqual([
        {
          name: "MN Hoa Sen",
          commune: "Xã An Phú",
          units: [
            { unit: "Xã An Phú", source: "xa-an-phu.xlsx" },
            { unit: "Xã Gia Bình", source: "xa-gia-binh.xlsx" },
          ],
        },
      ]);
    }
  });

  test("the outputs name the school, both lists, and the budget cell not added again", () => {
    const c = forward.rollup.combined;
    const cell = sheet(GIA_BINH).cell(1, "Kinh phí");
    expect(c.budget?.excluded).toEqual([
      {
        sheet: "DS",
        cell,
        reason: "duplicate",
        school: "MN Hoa Sen",
        unit: "Xã Gia Bình",
        countedIn: "Xã An Phú",
      },
    ]);
    expect(budgetNote(c, "vi")).toBe(
      `Không cộng thêm 1 ô kinh phí của trường đã tính trong danh sách của đơn vị khác: Xã Gia Bình: DS!${cell} (MN Hoa Sen, đã tính ở Xã An Phú).`,
    );
    expect(coverageNote(c, "vi")).toContain(
      "Tính một lần trong số liệu chung 1 trường có trong danh sách của nhiều đơn vị (cùng tên, cùng xã, phường): MN Hoa Sen (Xã An Phú): có trong danh sách Xã An Phú (xa-an-phu.xlsx) và Xã Gia Bình (xa-gia-binh.xlsx), tính ở Xã An Phú.",
    );
  });
});

test("the renewals due name each row's unit: one school name in two communes is told apart", () => {
  const r = roll([AN_PHU, DONG_HOA], { planYear: 2025 });
  const kimDong = r.rollup.combined.due.filter((d) => d.name === "TH&THCS Kim Đồng");
  expect(kimDong.map((d) => [d.unit, d.expiry.date.y])).toEqual([
    ["Xã An Phú", 2025],
    ["Phường Đông Hòa", 2026],
  ]);
  // One list alone has no units to name.
  const own = alone(AN_PHU, { planYear: 2025 });
  expect("check" in own && own.check.summary.due.every((d) => d.unit === undefined)).toBe(true);
});
