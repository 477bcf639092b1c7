/** @jest-environment jsdom */
/**
 * The pane on the real Excel host over the fake Office: a protected template and a fix Excel fails
 * midway, as the user meets them. One message says what was and was not done, and Undo still puts
 * every cell back.
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { CellSpec, InstalledFakeOffice } from "../fakes/office";
import { buildWorkbook, installFakeOffice, sheetOf, snapshotSheet, valuesIn } from "../fakes/office";
import { ensureCell } from "../fakes/office/model";
import { createExcelHost } from "../../src/hosts/excel/host";
import { districtList, PLAN_YEAR, SHEET } from "./lists";
import { inPanel, renderPane } from "./render";

let office: InstalledFakeOffice | null = null;
afterEach(() => {
  office?.uninstall();
  office = null;
});

async function open() {
  office = installFakeOffice(
    buildWorkbook({ sheets: [{ name: SHEET, rows: districtList() as CellSpec[][] }], active: SHEET }),
  );
  const host = await createExcelHost();
  await host.settings.set("planYear", PLAN_YEAR);
  const view = renderPane(host);
  await view.user.click(inPanel().getByRole("button", { name: /^Kiểm tra( lại)?$/ }));
  await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
  return { ...view, office };
}

async function fixAllCodes(user: ReturnType<typeof renderPane>["user"]): Promise<void> {
  const info = inPanel().getByRole("region", { name: /^Thông tin/ });
  await user.click(within(info).getAllByRole("button", { name: "Sửa cả 3 ô cùng loại" })[0] as HTMLElement);
  const d = await screen.findByRole("dialog", { hidden: true });
  await user.click(within(d).getByRole("button", { name: "Áp dụng", hidden: true }));
}

test("on a protected template, fixes land in the unlocked cells and the pane says which were left alone", async () => {
  const { user, office } = await open();
  const sheet = sheetOf(office.workbook, SHEET);
  // The input column KĐCLGD (E) is unlocked; the CQG column (F) stays locked.
  for (let row = 5; row <= 13; row++) ensureCell(sheet, row, 5).locked = false;
  sheet.protection = { allowFormatCells: true };

  await fixAllCodes(user);
  await screen.findByText(
    "Đã sửa 2 ô và kiểm tra lại. Để nguyên 1 ô ở vùng được bảo vệ (bỏ bảo vệ trang, hoặc cho phép định dạng ô, rồi thử lại).",
  );
  expect(valuesIn(office.workbook, SHEET, "E7:F7")).toEqual([["CĐ2", "Mức độ 1"]]);
  expect(valuesIn(office.workbook, SHEET, "E10")).toEqual([["CĐ3"]]);
  expect(office.stats.failures).toEqual([]);
});

test("a fix cut off midway says so in one line, and Hoàn tác puts every cell back once Excel answers", async () => {
  const { user, office } = await open();
  const before = snapshotSheet(sheetOf(office.workbook, SHEET));
  // The connection drops at the first value written, and stays down for the immediate undo.
  office.stats.faults.failOn(/^set:values$/, { andAfter: true });
  await fixAllCodes(user);

  const alert = await screen.findByText(
    "Excel báo lỗi giữa chừng khi sửa (GeneralException); 3 ô có thể đã bị ghi và chưa đặt lại được. Bấm Hoàn tác để đặt lại các ô đó.",
  );
  expect(alert).toBeTruthy();
  await screen.findByText("Có thể còn 3 ô bị ghi dở. Bấm Hoàn tác để đặt lại các ô đó như cũ.");

  await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
  office.stats.faults.count();
  // Matched even while Tabster leaves the closed dialog's aria-hidden on the page for a moment in jsdom.
  await user.click(screen.getByRole("button", { name: "Hoàn tác", hidden: true }));
  await waitFor(() => expect(snapshotSheet(sheetOf(office.workbook, SHEET))).toEqual(before));
  await screen.findByText("Đã hoàn tác 3 ô và kiểm tra lại.");
});
