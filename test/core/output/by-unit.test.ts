import { buildOutputSheets } from "../../../src/core/output/build";
import { formatPercent } from "../../../src/core/text/format";
import { provinceRollup } from "../../helpers/rollup";
import { dataRows, shown, totalsRow } from "./helpers";

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
