/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import type { CellValue } from "../../src/core/grid";
import { formatNumber, formatPercent } from "../../src/core/text/format";
import type { CommuneList } from "../helpers/communes";
import { communeList, HEADER, ROLLUP_YEAR } from "../helpers/communes";
import { FakeHost } from "./fake-host";
import { inPanel, renderPane } from "./render";

/** A Sở's workbook: a commune per sheet, the second with no CQG school, and a sheet of notes. */
function provinceBook(): { host: FakeHost; lists: CommuneList[] } {
  const lists = [0, 1, 2].map((i) => communeList(i, 40, i === 1));
  const cells = (l: CommuneList): CellValue[][] => [
    ...l.title.map((t) => [t]),
    [],
    [...HEADER],
    ...l.rows.map((r) => [...r]),
  ];
  const host = new FakeHost({
    "Hướng dẫn": [["Mỗi xã, phường điền một trang."]],
    "Xã 1": cells(lists[0] as CommuneList),
    "Xã 2": cells(lists[1] as CommuneList),
    "Xã 3": cells(lists[2] as CommuneList),
  });
  host.settings.store.set("planYear", ROLLUP_YEAR);
  return { host, lists };
}

test("Tổng hợp mọi trang tính sums every sheet as a unit and writes the sheets with a table by unit", async () => {
  const { host, lists } = provinceBook();
  const { user } = renderPane(host);
  await user.click(screen.getByRole("tab", { name: /^Tổng hợp/ }));
  await user.click(inPanel().getByRole("switch", { name: "Tổng hợp mọi trang tính" }));
  await inPanel().findByRole("heading", { name: "Tổng hợp 3 trang tính" });

  const standard = lists.reduce((n, l) => n + l.expected.standard, 0);
  expect(
    inPanel().getByText(`${formatNumber(standard)}/120 trường, tỉ lệ ${formatPercent(standard / 120)}`, {
      exact: false,
    }),
  ).toBeTruthy();
  const units = inPanel().getByTestId("rollup-units");
  const items = [...units.querySelectorAll("li")].map((li) => li.textContent);
  expect(items[0]).toBe(`${lists[1]?.place} (Xã 2): 0,00%`);
  expect(items).toHaveLength(3);
  expect(units.textContent).toContain(`Xã, phường chưa có trường đạt chuẩn: ${lists[1]?.place}.`);
  // Each sheet read once; the notes sheet is no unit.
  expect(host.calls.readSheet.filter((s) => s !== null).sort()).toEqual([
    "Hướng dẫn",
    "Xã 1",
    "Xã 2",
    "Xã 3",
  ]);

  await user.click(inPanel().getByRole("button", { name: "Tạo bảng tổng hợp" }));
  await inPanel().findByText(/Đã ghi/);
  const written = host.calls.writeOutputSheets[0] ?? [];
  expect(written[0]?.tables.map((t) => t.name)).toContain("KDCL_CoverageByUnit");

  await user.click(inPanel().getByRole("switch", { name: "Tổng hợp mọi trang tính" }));
  expect(inPanel().queryByTestId("rollup-units")).toBeNull();
});
