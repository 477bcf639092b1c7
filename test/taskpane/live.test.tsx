/** @jest-environment jsdom */
/**
 * The pane's live check on the real Excel host over the fake Office: after a check, an edit of the
 * list updates the counts without pressing anything; the switch turns it off (and removes Excel's
 * handlers) and is remembered with the workbook.
 */
import { act, screen, waitFor } from "@testing-library/react";
import type { CellSpec, InstalledFakeOffice } from "../fakes/office";
import { buildWorkbook, installFakeOffice } from "../fakes/office";
import { handlerCount } from "../fakes/office/events";
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
  return { ...view, office, host };
}

/** The counts line of the findings. */
const counts = (): string =>
  inPanel().getByText(/phát hiện/, { selector: "p[role=status]" }).textContent ?? "";

test("an edit updates the counts by itself; switched off, edits are left alone and the choice is kept", async () => {
  const { user, office: fake, host } = await open();
  const toggle = inPanel().getByRole("switch", { name: "Kiểm tra ngay khi sửa" }) as HTMLInputElement;
  expect(toggle.checked).toBe(true);
  await waitFor(() => expect(handlerCount(fake.workbook, "changed")).toBe(1));
  const before = counts();
  expect(before).toMatch(/3 lỗi/);

  // The #N/A in the year column of TH Nậm Khao: the user types the year.
  await act(() => fake.user.edit(SHEET, "G11", [[2021]]));
  await waitFor(() => expect(counts()).not.toBe(before));
  expect(counts()).toMatch(/2 lỗi/);
  expect(screen.queryByText(/G11/)).toBeNull();

  await user.click(toggle);
  expect(toggle.checked).toBe(false);
  await waitFor(() => expect(handlerCount(fake.workbook, "changed")).toBe(0));
  expect(host.settings.get("live")).toBe(false);
  const off = counts();
  await act(() => fake.user.edit(SHEET, "E5", [["CĐ9"]]));
  await new Promise((r) => setTimeout(r, 50));
  expect(counts()).toBe(off);

  // Settings shows the same switch, off.
  await user.click(screen.getByRole("tab", { name: /^Cài đặt/ }));
  expect((inPanel().getByRole("switch", { name: "Kiểm tra ngay khi sửa" }) as HTMLInputElement).checked).toBe(
    false,
  );
});

test("the check stops, and says why, when the sheet is renamed", async () => {
  const { office: fake } = await open();
  await waitFor(() => expect(handlerCount(fake.workbook, "changed")).toBe(1));
  await act(() => fake.user.renameSheet(SHEET, "Danh sách cũ"));
  expect(await screen.findByText(/đã được đổi tên/)).toBeTruthy();
  await waitFor(() => expect(handlerCount(fake.workbook, "changed")).toBe(0));
});
