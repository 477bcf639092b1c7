import { rollupPlanOf } from "../../../src/app/plan";
import type { TableBlock } from "../../../src/core/plan/model";
import { blockText } from "../../../src/core/plan/text";
import { provinceRollup } from "../../helpers/rollup";

test("a roll-up's plan has each unit's rate in its coverage part, and the communes without CQG", () => {
  const { result, lists } = provinceRollup();
  const plan = rollupPlanOf(result, {
    header: { issuingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NGÃI", place: "Quảng Ngãi", number: "", date: null },
    sections: ["targets"],
    lang: "vi",
  });
  const table = plan.blocks.find((b): b is TableBlock => b.kind === "table" && b.header[0]?.[0] === "Đơn vị");
  expect(table).toBeDefined();
  expect(table?.body.map((r) => r[0])).toHaveLength(4);
  expect(table?.body[3]).toEqual(["Xã Trà Bồng", "2", "—", "Không tính vì: không có cột mức công nhận", "—"]);
  expect(table?.body[0]?.slice(0, 4)).toEqual([lists[1]?.place, "30", "0", "0,00%"]);
  const standard = lists.reduce((n, l) => n + l.expected.standard, 0);
  expect(table?.total?.slice(1, 3)).toEqual(["90", String(standard)]);
  const text = plan.blocks.map(blockText).join("\n");
  expect(text).toContain(lists[1]?.place);
  expect(plan.notes.some((n) => n.includes("Xã Trà Bồng (không có cột mức công nhận)"))).toBe(true);
});
