/** @jest-environment jsdom */
/**
 * A list typed long ago in TCVN3, checked in the pane on the real Excel host over the fake Office:
 * the column is reported once, "Chuyển sang Unicode" previews and writes the whole column, the
 * re-check is clean of it, and Hoàn tác puts every byte of the old text back.
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { CellSpec, InstalledFakeOffice } from "../fakes/office";
import { buildWorkbook, installFakeOffice, sheetOf, snapshotSheet, valuesIn } from "../fakes/office";
import { createExcelHost } from "../../src/hosts/excel/host";
import { encodeTcvn3 } from "../helpers/legacy-text";
import { districtList, PLAN_YEAR, SHEET } from "./lists";
import { inPanel, renderPane } from "./render";

let office: InstalledFakeOffice | null = null;
afterEach(() => {
  office?.uninstall();
  office = null;
});

/** The district list with its school names (column B) typed with the ABC fonts. */
function legacyList(): CellSpec[][] {
  return districtList().map((row, i) =>
    row.map((v, col) => (col === 1 && i >= 3 && typeof v === "string" ? encodeTcvn3(v) : v)),
  ) as CellSpec[][];
}

test("a TCVN3 column: one finding, Chuyển sang Unicode converts it with a preview, Hoàn tác restores it exactly", async () => {
  office = installFakeOffice(buildWorkbook({ sheets: [{ name: SHEET, rows: legacyList() }], active: SHEET }));
  const host = await createExcelHost();
  await host.settings.set("planYear", PLAN_YEAR);
  const { user } = renderPane(host);
  const before = snapshotSheet(sheetOf(office.workbook, SHEET));
  expect(valuesIn(office.workbook, SHEET, "B5")).toEqual([["MN Hoa Sen"]]);
  expect(valuesIn(office.workbook, SHEET, "B6")).toEqual([[encodeTcvn3("MN Sơn Lâm")]]);

  await user.click(inPanel().getByRole("button", { name: /^Kiểm tra( lại)?$/ }));
  await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
  // The names were read as Unicode: the planted faults are found on their rows as in a Unicode list.
  expect(screen.getAllByText(/bảng mã TCVN3/)).toHaveLength(1);
  expect(screen.getByText(/ví dụ “Tªn tr\u00adêng” là “Tên trường”/)).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Chuyển sang Unicode (9 ô)" }));
  const dialog = await screen.findByRole("dialog", { hidden: true });
  const rows = within(dialog).getAllByRole("row", { hidden: true });
  expect(rows).toHaveLength(10); // the table's header and the nine cells ("MN Hoa Sen" reads the same)
  expect(within(dialog).getByText("THCS Sơn Bình")).toBeTruthy();
  await user.click(within(dialog).getByRole("button", { name: "Áp dụng", hidden: true }));
  await screen.findByText("Đã sửa 9 ô và kiểm tra lại.");
  expect(valuesIn(office.workbook, SHEET, "B4:B6")).toEqual([["Tên trường"], ["MN Hoa Sen"], ["MN Sơn Lâm"]]);
  await waitFor(() => expect(screen.queryByText(/bảng mã TCVN3/)).toBeNull());

  await user.click(screen.getByRole("button", { name: "Hoàn tác", hidden: true }));
  await screen.findByText("Đã hoàn tác 9 ô và kiểm tra lại.");
  await waitFor(() => expect(snapshotSheet(sheetOf(office!.workbook, SHEET))).toEqual(before));
});
