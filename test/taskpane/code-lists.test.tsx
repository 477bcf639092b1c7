/** @jest-environment jsdom */
/**
 * "Áp dụng danh mục" and "Gỡ danh mục" on the real Excel host over the fake Office: drop-downs on the
 * list's code, level and action columns, the cells' values untouched, removed exactly; "Tạo danh
 * sách mới" never takes the name of the user's sheet.
 */
import { screen } from "@testing-library/react";
import type { CellSpec, InstalledFakeOffice } from "../fakes/office";
import { buildWorkbook, installFakeOffice, sheetOf, snapshotSheet } from "../fakes/office";
import { validationAt } from "../fakes/office/validation";
import { createExcelHost } from "../../src/hosts/excel/host";
import { districtList, PLAN_YEAR, SHEET } from "./lists";
import { inPanel, renderPane } from "./render";

let office: InstalledFakeOffice | null = null;
afterEach(() => {
  office?.uninstall();
  office = null;
});

test("code lists are added to the list's columns and removed exactly; a new list sheet takes a free name", async () => {
  office = installFakeOffice(
    buildWorkbook({
      sheets: [
        { name: SHEET, rows: districtList() as CellSpec[][] },
        { name: "Danh sách mới", rows: [["ghi chú của tôi"]] },
      ],
      active: SHEET,
    }),
  );
  const host = await createExcelHost();
  await host.settings.set("planYear", PLAN_YEAR);
  const { user } = renderPane(host);
  await user.click(inPanel().getByRole("button", { name: /^Kiểm tra( lại)?$/ }));
  await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
  const sheet = sheetOf(office.workbook, SHEET);
  const before = snapshotSheet(sheet);

  await user.click(inPanel().getByRole("button", { name: "Áp dụng danh mục" }));
  // KĐCLGD (E), CQG (F), Cấp học (C), Hình thức (H).
  expect(await screen.findByText("Đã thêm danh mục chọn cho 4 cột.")).toBeTruthy();
  expect(validationAt(sheet, 6, 5)?.rule).toMatchObject({
    list: { source: expect.stringMatching(/^CĐ1,CĐ2/) },
  });
  expect(validationAt(sheet, 6, 3)?.rule).toMatchObject({
    list: { source: expect.stringContaining("Mầm non") },
  });
  expect(snapshotSheet(sheet)).toEqual(before);
  expect(host.settings.get<unknown[]>("codeLists")).toHaveLength(4);

  await user.click(inPanel().getByRole("button", { name: "Gỡ danh mục" }));
  expect(await screen.findByText("Đã gỡ 4 danh mục do phần bổ trợ thêm.")).toBeTruthy();
  expect(validationAt(sheet, 6, 5)).toBeNull();
  expect(host.settings.get("codeLists")).toBeNull();

  const mine = snapshotSheet(sheetOf(office.workbook, "Danh sách mới"));
  await user.click(inPanel().getByRole("button", { name: "Tạo danh sách mới (tỉnh)" }));
  expect(
    await screen.findByText("Đã tạo trang “Danh sách mới (2)” với dòng tiêu đề và danh mục chọn."),
  ).toBeTruthy();
  expect(snapshotSheet(sheetOf(office.workbook, "Danh sách mới"))).toEqual(mine);
  expect(sheetOf(office.workbook, "Danh sách mới (2)").rows[0]?.[3]?.value).toBe("Xã, phường");
});
