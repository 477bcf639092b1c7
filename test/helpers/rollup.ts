/** A small province roll-up for output tests: three communes' lists, one without a recognition column. */
import { checkGrids } from "../../src/app/check";
import type { RollupResult } from "../../src/app/rollup";
import { rollUpChecks } from "../../src/app/rollup";
import { communeList, HEADER, ROLLUP_YEAR } from "./communes";
import { sheet, TODAY } from "./sheet";

export function provinceRollup(): { result: RollupResult; lists: ReturnType<typeof communeList>[] } {
  const choices = { planYear: ROLLUP_YEAR };
  const lists = [0, 1, 2].map((i) => communeList(i, 30, i === 1));
  const entries = lists.map((l, i) => ({
    source: `xa-${i + 1}.xlsx`,
    check: checkGrids([sheet({ title: l.title, header: [...HEADER], rows: l.rows })], choices, {
      today: TODAY,
    }),
  }));
  const bare = sheet({
    title: ["DANH SÁCH TRƯỜNG XÃ TRÀ BỒNG"],
    header: ["STT", "Tên trường", "Cấp học", "Hình thức"],
    rows: [
      [1, "MN Trà Bồng", "Mầm non", "Công nhận mới"],
      [2, "TH Trà Bồng", "Tiểu học", null],
    ],
  });
  const result = rollUpChecks(
    [...entries, { source: "tra-bong.xlsx", check: checkGrids([bare], choices, { today: TODAY }) }],
    choices,
    TODAY,
  );
  return { result, lists };
}
