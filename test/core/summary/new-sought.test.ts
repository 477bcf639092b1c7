/**
 * A plan list that dates its recognitions, where a row proposed for first recognition writes the
 * level it seeks and no date ("Công nhận mới | CĐ2-MĐ1 | (trống)"): that level is sought, not held.
 * It was counted as held: 2/4 (50,00%) today where 1/4 (25,00%) holds the standard.
 */
import { checkGrids } from "../../../src/app/check";
import { nfd, sheet, TODAY } from "../../helpers/sheet";
import { planOf, sectionBlocks, tablesOf } from "../plan/helpers";

const list = sheet({
  name: "Kế hoạch",
  title: ["KẾ HOẠCH XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2026"],
  header: ["STT", "Tên trường", "Mã công nhận", "Ngày công nhận", "Hình thức"],
  rows: [
    ["1.", "MN An Phú", "CĐ2-MĐ1", null, "Công nhận mới"],
    ["2.", nfd("MN Hòa Phú"), "CĐ1", "12/05/2023", ""],
    ["3.", "TH An Phú", "CĐ2", "10/06/2024", "Công nhận mới"],
    ["4.", "THCS An Phú", "CĐ3-MĐ2", "15/03/2024", ""],
  ],
});

test("the level a first recognition seeks is in no rate today, and in the year's projection", () => {
  const { summary, findings } = checkGrids([list], { planYear: 2026 }, { today: TODAY });
  expect(summary.coverage?.total).toMatchObject({ schools: 4, standard: 1, level1: 0, level2: 1 });
  // Both first recognitions count at the end of the year, as planned actions do.
  expect(summary.coverage?.projected).toMatchObject({ schools: 4, standard: 3 });
  expect(summary.targets.total).toEqual({ new: 2, renewal: 0, upgrade: 0 });
  // No "already recognised" warning for a level it only seeks.
  expect(findings.filter((f) => f.rule === "new-with-previous")).toEqual([]);
});

test("the appendix states the level sought", () => {
  const [table] = tablesOf(sectionBlocks(planOf([list], 2026), "appendix"));
  expect(table?.body).toEqual([
    ["1.", "MN An Phú", "CĐ2-MĐ1", "Công nhận mới"],
    ["2.", "TH An Phú", "", "Công nhận mới"],
  ]);
});
