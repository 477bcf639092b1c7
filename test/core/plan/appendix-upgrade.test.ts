import { check, findingsOf, planOptions, sheet } from "../../helpers/sheet";
import { planOf, sectionBlocks, tablesOf } from "./helpers";

/**
 * The level the appendix prints for an upgrade ("Nâng mức") when the list states no target: the next
 * level up from the one last recognised (SPEC §4.1, §7), never the level held already, never a code
 * the check itself warns on, and nothing at all when the check rejects the upgrade as an error.
 */
const list = sheet({
  title: ["DANH SÁCH TRƯỜNG XÃ NÂNG MỨC NĂM 2026"],
  header: ["STT", "Tên trường", "Cấp học", "KĐCLGD", "CQG", "Ngày công nhận", "Hình thức"],
  rows: [
    [1, "THCS A", "THCS", "4", "2", "15/03/2022", "Nâng mức"],
    [2, "THCS B", "THCS", "3", "2", "15/03/2022", "Nâng mức"],
    [3, "THCS C", "THCS", "3", "", "15/03/2022", "Nâng mức"],
    [4, "THCS D", "THCS", "2", "1", "15/03/2022", "Nâng mức"],
    [5, "THCS E", "THCS", "", "", "", "Nâng mức"],
    [6, "THCS F", "THCS", "3", "1", "15/03/2022", "Nâng mức"],
    // Recognised in the plan year itself: upgrade-too-early, an error.
    [7, "THCS G", "THCS", "2", "1", "10/02/2026", "Nâng mức"],
    // Recognised 10/02/2025, under TT 22/2024: its one-year wait, only reported, makes this a warning.
    [8, "THCS H", "THCS", "2", "1", "10/02/2025", "Nâng mức"],
    [9, "TH Kim Đồng", "Tiểu học", "1", "", "15/03/2022", "Nâng mức"],
  ],
});

describe("the level an upgrade aims at in the appendix", () => {
  const [table] = tablesOf(sectionBlocks(planOf([list], 2026), "appendix"));
  const code = (name: string): string | undefined => table?.body.find((r) => r[1] === name)?.[2];

  test("CĐ3-MĐ2 moves up to CĐ4-MĐ2, not to the level it holds; the usual steps stay", () => {
    expect(code("THCS B")).toBe("CĐ4-MĐ2");
    expect(code("THCS D")).toBe("CĐ3-MĐ2");
    expect(code("TH Kim Đồng")).toBe("CĐ2-MĐ1");
  });

  test("cấp độ 3 without a CQG level aims at mức độ 2, which cấp độ 3 goes with", () => {
    expect(code("THCS C")).toBe("CĐ3-MĐ2");
    expect(code("THCS F")).toBe("CĐ3-MĐ2");
  });

  test("no target is invented where the check rejects the upgrade or no level is known", () => {
    expect(code("THCS A")).toBe(""); // CĐ4-MĐ2 already: upgrade-not-higher
    expect(code("THCS G")).toBe(""); // upgrade-too-early, an error
    expect(code("THCS E")).toBe(""); // nothing recorded to go up from
    expect(code("THCS H")).toBe("CĐ3-MĐ2"); // upgrade-too-early only warns
    // The blank cells are the upgrades the check reports as errors.
    const findings = check(list, planOptions(2026));
    const errors = (rule: "upgrade-not-higher" | "upgrade-too-early"): (number | null)[] =>
      findingsOf(findings, rule)
        .filter((f) => f.severity === "error")
        .map((f) => f.row);
    expect(errors("upgrade-not-higher")).toEqual([list.row(0)]);
    expect(errors("upgrade-too-early")).toEqual([list.row(6)]);
    const early = findingsOf(findings, "upgrade-too-early").find((f) => f.row === list.row(7));
    expect(early?.severity).toBe("warning");
    // THCS B has a level above it: no upgrade-not-higher.
    expect(findingsOf(findings, "upgrade-not-higher").map((f) => f.row)).toEqual([list.row(0)]);
  });
});
