import { gridsFromWorkbook } from "../../../src/hosts/file/workbook";
import { summarize } from "../../../src/core/summary/summary";
import { validate } from "../../../src/core/validate";
import { formatPercent, formatNumber } from "../../../src/core/text/format";
import { KONTUM_PLAN_YEAR, kontumWorkbook } from "../../fixtures/kontum";

function kontumSummary() {
  const result = validate(gridsFromWorkbook(kontumWorkbook()), { planYear: KONTUM_PLAN_YEAR });
  return { result, summary: summarize(result.tables, { planYear: KONTUM_PLAN_YEAR }) };
}

describe("the Kon Tum 2023 figures", () => {
  const { result, summary } = kontumSummary();

  test("the list is read as one table of 57 schools", () => {
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]?.records).toHaveLength(57);
    expect(summary.schools).toHaveLength(57);
  });

  test("coverage now: the three renewals lapse during 2023", () => {
    expect(summary.coverage?.total).toMatchObject({ schools: 57, standard: 29 });
  });

  test("projected coverage at the end of 2023 is 35/57, 61,40%", () => {
    const p = summary.coverage?.projected;
    expect(p).toMatchObject({ schools: 57, standard: 35 });
    expect(formatPercent(p?.rate ?? 0)).toBe("61,40%");
  });

  test("targets: TH 1 new + 3 renewals, TH&THCS 2 new", () => {
    expect(summary.targets.total).toEqual({ new: 3, renewal: 3, upgrade: 0 });
    const byType = Object.fromEntries(
      summary.targets.byType.map((t) => [t.type, [t.new, t.renewal, t.upgrade]]),
    );
    expect(byType).toEqual({ TH: [1, 3, 0], TH_THCS: [2, 0, 0] });
    expect(summary.targets.byType.find((t) => t.type === "TH")?.schools.renewal).toEqual([
      "TH Lê Văn Tám",
      "TH Phan Chu Trinh",
      "TH Hòa Bình",
    ]);
  });

  test("budget 44.497 = new 31.162 (2 schools) + renewal 13.335 (2 schools)", () => {
    const b = summary.budget;
    if (!b) throw new Error("the list has a budget column");
    expect(formatNumber(b.total)).toBe("44.497");
    expect(b.byAction.new).toEqual({ schools: 2, amount: 31162 });
    expect(b.byAction.renewal).toEqual({ schools: 2, amount: 13335 });
    expect(b.byAction.upgrade).toEqual({ schools: 0, amount: 0 });
    expect(b.unfunded).toEqual(["TH Hòa Bình", "TH&THCS Ngok Bay"]);
    expect(b.bySource).toEqual([
      { source: "Ngân sách tỉnh", amount: 38312 },
      { source: "Ngân sách thành phố", amount: 6185 },
    ]);
    expect(b.excluded).toEqual([]);
  });

  test("the three 2018 recognitions are due in 2023, with dossier deadlines five months earlier", () => {
    const in2023 = summary.due.filter((d) => d.expiry.date.y === 2023);
    expect(in2023.map((d) => [d.name, d.expiry.date, d.dossierDeadline.date, d.planned])).toEqual([
      ["TH Lê Văn Tám", { y: 2023, m: 5, d: 12 }, { y: 2022, m: 12, d: 12 }, true],
      ["TH Phan Chu Trinh", { y: 2023, m: 8, d: 20 }, { y: 2023, m: 3, d: 20 }, true],
      ["TH Hòa Bình", { y: 2023, m: 11, d: 3 }, { y: 2023, m: 6, d: 3 }, true],
    ]);
  });

  test("the due list looks one year ahead: the eight 2019 recognitions expire in 2024, unplanned", () => {
    const in2024 = summary.due.filter((d) => d.expiry.date.y === 2024);
    expect(in2024).toHaveLength(8);
    expect(in2024.every((d) => !d.planned)).toBe(true);
    expect(summary.due).toHaveLength(11);
  });

  test("the total row agrees with the schools, so the checker finds no total mismatch", () => {
    expect(result.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });
});
