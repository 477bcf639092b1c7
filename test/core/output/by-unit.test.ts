import { checkGrids } from "../../../src/app/check";
import { rollUpChecks } from "../../../src/app/rollup";
import { buildOutputSheets } from "../../../src/core/output/build";
import { formatPercent } from "../../../src/core/text/format";
import { AN_PHU, BINH_MINH, DONG_HOA } from "../../helpers/province-lists";
import { provinceRollup } from "../../helpers/rollup";
import { sheet as listSheet, TODAY } from "../../helpers/sheet";
import { dataRows, shown, texts, totalsRow } from "./helpers";

describe("the summary sheet of a roll-up", () => {
  const { result, lists } = provinceRollup();
  const [sheet] = buildOutputSheets({
    summary: result.rollup.combined,
    findings: [],
    lang: "vi",
    rollup: result.rollup,
  });

  test("has a table by unit, lowest rate first, the list left out with its reason and no rate", () => {
    if (!sheet) throw new Error("no summary sheet");
    const rows = dataRows(sheet, "KDCL_CoverageByUnit").map((r) => r.map(shown));
    const rated = lists
      .map((l) => ({ place: l.place, standard: l.expected.standard, rate: l.expected.standard / 30 }))
      .sort((a, b) => a.rate - b.rate);
    expect(rows.slice(0, 3).map((r) => [r[0], r[2], r[3], r[4]])).toEqual(
      rated.map((x) => [x.place, 30, x.standard, x.rate]),
    );
    expect(rows[3]).toEqual([
      "Xã Trà Bồng",
      "tra-bong.xlsx",
      2,
      null,
      "Không tính vì: không có cột mức công nhận",
      null,
    ]);
    const total = totalsRow(sheet, "KDCL_CoverageByUnit").map(shown);
    const standard = lists.reduce((n, l) => n + l.expected.standard, 0);
    expect(total.slice(2, 5)).toEqual([90, standard, standard / 90]);
    const texts = sheet.cells.flatMap((c) => (c.value.kind === "text" ? [c.value.text] : []));
    expect(texts).toContain(`Xã, phường chưa có trường đạt chuẩn quốc gia: ${lists[1]?.place}.`);
    expect(texts.some((t) => t.startsWith("Không tính vào tỉ lệ chung 1 danh sách"))).toBe(true);
    expect(texts).toContain(
      `Tỉ lệ trường đạt chuẩn quốc gia: ${standard}/90 trường, tỉ lệ ${formatPercent(standard / 90, "vi")}`,
    );
  });

  test("one list's sheet has no table by unit", () => {
    const single = buildOutputSheets({
      summary: result.units[0]?.unit.summary ?? result.rollup.combined,
      findings: [],
      lang: "vi",
    });
    expect(single[0]?.tables.map((t) => t.name)).not.toContain("KDCL_CoverageByUnit");
  });
});

describe("the summary sheet of a roll-up of lists of different years", () => {
  const lists = [BINH_MINH, AN_PHU, DONG_HOA].map((spec, i) => ({
    source: ["phuong-binh-minh.xlsx", "xa-an-phu.xlsx", "phuong-dong-hoa.xlsx"][i] ?? "",
    check: checkGrids([listSheet(spec)], {}, { today: TODAY }),
  }));
  const { rollup } = rollUpChecks(lists, {}, TODAY);
  const [sheet] = buildOutputSheets({ summary: rollup.combined, findings: [], lang: "vi", rollup });
  if (!sheet) throw new Error("no summary sheet");

  test("names the list of another year with its year, and its targets are said to be left out", () => {
    expect(rollup.combined.planYear).toBe(2026);
    const row = dataRows(sheet, "KDCL_CoverageByUnit")
      .map((r) => r.map(shown))
      .find((r) => r[0] === "Xã An Phú");
    expect(row?.[4]).toBe("Không tính vì: năm kế hoạch 2025, khác năm tổng hợp");
    expect(texts(sheet)).toContain(
      "Không gồm chỉ tiêu của 1 danh sách năm kế hoạch khác năm 2026: Xã An Phú (năm 2025).",
    );
  });

  test("gives each renewal due its unit", () => {
    const rows = dataRows(sheet, "KDCL_Due").map((r) => r.slice(0, 2).map(shown));
    expect(rows).toContainEqual(["TH&THCS Kim Đồng", "Phường Đông Hòa"]);
    expect(rows).toContainEqual(["MN Bình Minh", "Phường Bình Minh"]);
  });
});
