/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import { FakeHost, gate } from "./fake-host";
import { districtList, PLAN_YEAR, SHEET } from "./lists";
import { inPanel, panel, renderPane } from "./render";

type User = ReturnType<typeof renderPane>["user"];

function districtHost(yearHeader?: string): FakeHost {
  const host = new FakeHost({ [SHEET]: districtList(yearHeader), "Tra cứu QĐ": [["Mã", "Số QĐ"]] });
  host.settings.store.set("planYear", PLAN_YEAR);
  return host;
}

async function runCheck(user: User): Promise<void> {
  await user.click(inPanel().getByRole("button", { name: /^Kiểm tra( lại)?$/ }));
  await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
}

/**
 * The open dialog. Under load, Tabster (Fluent's focus manager) can leave `aria-hidden` on a freshly
 * opened modal for a moment in jsdom; the dialog is matched even then.
 */
function dialog(): Promise<HTMLElement> {
  return screen.findByRole("dialog", { hidden: true });
}

async function dialogClosed(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
}

function inDialog(d: HTMLElement, name: string): HTMLElement {
  return within(d).getByRole("button", { name, hidden: true });
}

function status(): string {
  return (
    within(inPanel().getByRole("region", { name: "Kết quả kiểm tra" })).getByRole("status").textContent ?? ""
  );
}

function group(name: string): HTMLElement {
  return inPanel().getByRole("region", { name: new RegExp(`^${name}`) });
}

/** The cell labels of a severity group, in order ("Ô F6", …). */
function cellsOf(name: string): string[] {
  return within(group(name))
    .getAllByRole("listitem")
    .map((li) => li.querySelector("button span")?.textContent ?? "");
}

test("the check shows the table found and the findings grouped by severity with their counts", async () => {
  const host = districtHost();
  const { user } = renderPane(host);
  await runCheck(user);

  expect(host.calls.readSheet).toEqual([null]);
  const table = inPanel().getByRole("region", { name: "Bảng đã nhận" });
  expect(within(table).getByText("Danh sách")).toBeTruthy();
  expect(within(table).getByText("A4:J13")).toBeTruthy();
  expect(within(table).getByText("9 trường")).toBeTruthy();

  expect(status()).toBe("8 phát hiện: 3 lỗi, 1 cảnh báo, 4 thông tin.");
  expect(cellsOf("Lỗi")).toEqual(["Ô F6", "Ô C9", "Ô G11"]);
  expect(cellsOf("Cảnh báo")).toEqual(["Ô G8"]);
  expect(cellsOf("Thông tin")).toEqual(["Ô E7", "Ô F7", "Ô E10", "Ô G12"]);
  expect(
    within(group("Lỗi")).getByText("Ô chứa lỗi Excel #N/A; kiểm tra lại công thức hoặc dữ liệu nguồn."),
  ).toBeTruthy();
});

test("severity toggles and the rule filter narrow the list and the counts say so", async () => {
  const host = districtHost();
  const { user } = renderPane(host);
  await runCheck(user);

  await user.click(inPanel().getByRole("button", { name: "4 thông tin" }));
  expect(inPanel().queryByRole("region", { name: /^Thông tin/ })).toBeNull();
  expect(status()).toBe("8 phát hiện: 3 lỗi, 1 cảnh báo, 4 thông tin. Đang hiện 4/8 phát hiện.");
  await user.click(inPanel().getByRole("button", { name: "4 thông tin" }));

  await user.click(inPanel().getByRole("combobox", { name: "Lọc theo quy tắc" }));
  await user.click(screen.getByRole("option", { name: "Mức công nhận chưa ghi theo cách chuẩn (3)" }));
  expect(cellsOf("Thông tin")).toEqual(["Ô E7", "Ô F7", "Ô E10"]);
  expect(inPanel().queryByRole("region", { name: /^Lỗi/ })).toBeNull();
});

test("a finding selects its cell on click and with the keyboard; the legal basis opens on demand", async () => {
  const host = districtHost();
  const { user } = renderPane(host);
  await runCheck(user);

  const [first, second] = within(group("Lỗi")).getAllByRole("listitem");
  await user.click(within(first as HTMLElement).getByRole("button", { name: /^Ô F6/ }));
  expect(host.calls.select).toEqual([{ sheet: SHEET, cell: "F6" }]);

  within(second as HTMLElement)
    .getByRole("button", { name: /^Ô C9/ })
    .focus();
  await user.keyboard("{Enter}");
  expect(host.calls.select).toEqual([
    { sheet: SHEET, cell: "F6" },
    { sheet: SHEET, cell: "C9" },
  ]);

  const basis = within(first as HTMLElement).getByText("Căn cứ pháp lý");
  const details = basis.closest("details") as HTMLDetailsElement;
  expect(details.open).toBe(false);
  await user.click(basis);
  expect(details.open).toBe(true);
  expect(details.textContent).toContain("Điều 37 khoản 2");
});

test("a fix is previewed, applied, and undone exactly; the check re-runs each time", async () => {
  const host = districtHost();
  const { user } = renderPane(host);
  await runCheck(user);

  await user.click(inPanel().getByRole("button", { name: "Sửa ô E7" }));
  const d = await dialog();
  expect(within(d).getByText("Sửa ô E7")).toBeTruthy();
  const rows = within(within(d).getByRole("table", { hidden: true })).getAllByRole("row", { hidden: true });
  expect(rows.map((r) => r.textContent)).toEqual(["ÔGiá trị hiện tạiGiá trị mới", "E7cấp độ 2CĐ2"]);
  expect(host.calls.applyEdits).toEqual([]);

  await user.click(inDialog(d, "Áp dụng"));
  await dialogClosed();
  expect(host.calls.applyEdits).toEqual([[{ sheet: SHEET, cell: "E7", value: "CĐ2" }]]);
  expect(host.value(SHEET, "E7")).toBe("CĐ2");
  await waitFor(() => expect(status()).toBe("7 phát hiện: 3 lỗi, 1 cảnh báo, 3 thông tin."));
  expect(cellsOf("Thông tin")).toEqual(["Ô F7", "Ô E10", "Ô G12"]);
  expect(host.calls.readSheet).toEqual([null, SHEET]);
  expect(inPanel().getByText("Đã sửa 1 ô và kiểm tra lại.")).toBeTruthy();

  await user.click(inPanel().getByRole("button", { name: "Hoàn tác" }));
  await waitFor(() => expect(status()).toBe("8 phát hiện: 3 lỗi, 1 cảnh báo, 4 thông tin."));
  expect(host.value(SHEET, "E7")).toBe("cấp độ 2");
  expect(host.calls.revert).toHaveLength(1);
  expect(cellsOf("Thông tin")).toEqual(["Ô E7", "Ô F7", "Ô E10", "Ô G12"]);
  expect(inPanel().queryByRole("button", { name: "Hoàn tác" })).toBeNull();
});

test("all fixes of a rule are previewed together; Cancel writes nothing", async () => {
  const host = districtHost();
  const { user } = renderPane(host);
  await runCheck(user);

  await user.click(
    within(group("Thông tin")).getAllByRole("button", { name: "Sửa cả 3 ô cùng loại" })[0] as HTMLElement,
  );
  const d = await dialog();
  const rows = within(within(d).getByRole("table", { hidden: true }))
    .getAllByRole("row", { hidden: true })
    .slice(1);
  expect(rows.map((r) => r.textContent)).toEqual(["E7cấp độ 2CĐ2", "F7Mức độ 1MĐ1", "E10cấp độ 3CĐ3"]);
  await user.click(inDialog(d, "Hủy"));
  await dialogClosed();
  expect(host.calls.applyEdits).toEqual([]);

  await user.click(
    within(group("Thông tin")).getAllByRole("button", { name: "Sửa cả 3 ô cùng loại" })[0] as HTMLElement,
  );
  await user.click(inDialog(await dialog(), "Áp dụng"));
  await waitFor(() => expect(status()).toBe("5 phát hiện: 3 lỗi, 1 cảnh báo, 1 thông tin."));
  expect([host.value(SHEET, "E7"), host.value(SHEET, "F7"), host.value(SHEET, "E10")]).toEqual([
    "CĐ2",
    "MĐ1",
    "CĐ3",
  ]);

  await user.click(inPanel().getByRole("button", { name: "Hoàn tác" }));
  await waitFor(() => expect(status()).toBe("8 phát hiện: 3 lỗi, 1 cảnh báo, 4 thông tin."));
  expect([host.value(SHEET, "E7"), host.value(SHEET, "F7"), host.value(SHEET, "E10")]).toEqual([
    "cấp độ 2",
    "Mức độ 1",
    "cấp độ 3",
  ]);
});

test("highlight colours every finding cell by severity and removing it restores the previous fills", async () => {
  const host = districtHost();
  host.sheets.get(SHEET)?.fills.set("F6", "#FFFF00"); // the user's own yellow
  const { user } = renderPane(host);
  await runCheck(user);

  expect(inPanel().getByRole("button", { name: "Bỏ đánh dấu" })).toHaveProperty("disabled", true);
  await user.click(inPanel().getByRole("button", { name: "Đánh dấu" }));
  await waitFor(() => expect(host.calls.highlight).toHaveLength(1));
  expect(host.calls.highlight[0]).toEqual([
    { sheet: SHEET, cell: "F6", severity: "error" },
    { sheet: SHEET, cell: "E7", severity: "info" },
    { sheet: SHEET, cell: "F7", severity: "info" },
    { sheet: SHEET, cell: "G8", severity: "warning" },
    { sheet: SHEET, cell: "C9", severity: "error" },
    { sheet: SHEET, cell: "E10", severity: "info" },
    { sheet: SHEET, cell: "G11", severity: "error" },
    { sheet: SHEET, cell: "G12", severity: "info" },
  ]);
  expect(host.fill(SHEET, "F6")).toBe("#F8B4B4");
  expect(await inPanel().findByText(/^Đã tô màu 8 ô theo mức độ/)).toBeTruthy();

  await user.click(inPanel().getByRole("button", { name: "Bỏ đánh dấu" }));
  await waitFor(() => expect(host.calls.revert).toHaveLength(1));
  expect(host.fill(SHEET, "F6")).toBe("#FFFF00");
  expect(host.fill(SHEET, "G8")).toBeUndefined();
  expect(await inPanel().findByText("Đã trả lại định dạng cũ của các ô.")).toBeTruthy();
});

test("a column with an unknown header is read by its values, says so, and can be corrected and kept", async () => {
  const host = districtHost("Năm CN"); // an abbreviation the header vocabulary does not know
  const { user, unmount } = renderPane(host);
  await runCheck(user);
  expect(status()).toBe("8 phát hiện: 3 lỗi, 1 cảnh báo, 4 thông tin.");

  await user.click(inPanel().getByRole("button", { name: /^Cột đã nhận/ }));
  const dropdown = inPanel().getByRole("combobox", { name: "Cột của “Ngày (năm) công nhận”" });
  expect(dropdown.textContent).toBe("Cột G — Năm CN");
  const panelText = panel().textContent ?? "";
  expect(panelText).toContain("Ngày (năm) công nhận theo nội dung");
  expect(panelText).toContain("Tên trường theo tiêu đề");
  // The user says the list has no such column.
  await user.click(dropdown);
  await user.click(screen.getByRole("option", { name: "Không dùng cột nào" }));

  await waitFor(() => expect(status()).toBe("6 phát hiện: 2 lỗi, 1 cảnh báo, 3 thông tin."));
  expect(cellsOf("Cảnh báo")).toEqual(["Ô F6"]); // without dates, CĐ1-MĐ1 is only a warning
  expect(host.settings.store.get(`mapping:${SHEET}`)).toEqual({ decisionDate: 0 });

  // A new session on the same workbook uses the saved mapping.
  unmount();
  const again = renderPane(host);
  await runCheck(again.user);
  expect(status()).toBe("6 phát hiện: 2 lỗi, 1 cảnh báo, 3 thông tin.");

  await again.user.click(inPanel().getByRole("button", { name: /^Cột đã nhận/ }));
  await again.user.click(inPanel().getByRole("button", { name: "Nhận cột tự động lại" }));
  await waitFor(() => expect(status()).toBe("8 phát hiện: 3 lỗi, 1 cảnh báo, 4 thông tin."));
  expect(cellsOf("Lỗi")).toEqual(["Ô F6", "Ô C9", "Ô G11"]);
  expect(host.settings.store.get(`mapping:${SHEET}`)).toEqual({});
});

test("reading can be cancelled: progress is shown, then nothing is checked", async () => {
  const host = districtHost();
  host.readGate = gate();
  const { user } = renderPane(host);
  await user.click(inPanel().getByRole("button", { name: "Kiểm tra" }));

  const bar = await inPanel().findByRole("progressbar");
  expect(bar.getAttribute("aria-valuenow")).toBe("0.5");
  await user.click(inPanel().getByRole("button", { name: "Hủy" }));
  expect(inPanel().getByText("Đã hủy việc đọc trang tính.")).toBeTruthy();
  await act(async () => host.readGate?.open());
  expect(inPanel().queryByRole("progressbar")).toBeNull();
  expect(inPanel().queryByRole("heading", { name: "Kết quả kiểm tra" })).toBeNull();
  expect(inPanel().getByRole("button", { name: "Kiểm tra" })).toBeTruthy();
});

test("a sheet without a list says what to do; the add-in's own sheet is refused", async () => {
  const host = new FakeHost({ "Ghi chú": [["Ghi chú của phòng"], ["Họp ngày 04/01/2024"]] });
  const { user } = renderPane(host);
  await user.click(inPanel().getByRole("button", { name: "Kiểm tra" }));
  expect(
    await inPanel().findByText(
      /^Không tìm thấy bảng danh sách trên trang “Ghi chú” — hãy mở trang có danh sách/,
    ),
  ).toBeTruthy();
  expect(inPanel().queryByRole("heading", { name: "Kết quả kiểm tra" })).toBeNull();

  (host.sheets.get("Ghi chú") as { ours: boolean }).ours = true;
  await user.click(inPanel().getByRole("button", { name: "Kiểm tra lại" }));
  expect(await inPanel().findByText("Đây là trang kết quả của phần bổ trợ")).toBeTruthy();
  expect(host.calls.readSheet).toEqual([null]);
});

test("a failed read shows the host's message without a stack trace", async () => {
  const host = districtHost();
  host.readSheet = async () => {
    throw new Error("InvalidOperation: Cell editing mode\n    at Excel.run (office.js:1:1)");
  };
  const { user } = renderPane(host);
  await user.click(inPanel().getByRole("button", { name: "Kiểm tra" }));
  expect(await inPanel().findByText("Không đọc được trang tính")).toBeTruthy();
  expect(inPanel().getByText("Chi tiết: InvalidOperation: Cell editing mode")).toBeTruthy();
  expect(inPanel().queryByText(/office\.js/)).toBeNull();
});

test("Xuất kết quả writes the findings sheet and offers to open it", async () => {
  const host = districtHost();
  const { user } = renderPane(host);
  await runCheck(user);
  await user.click(inPanel().getByRole("button", { name: "Xuất kết quả" }));
  await waitFor(() => expect(host.calls.writeOutputSheets).toHaveLength(1));
  const [sheet] = host.calls.writeOutputSheets[0] ?? [];
  expect(sheet?.id).toBe("findings");
  expect(sheet?.name).toBe("Kết quả kiểm tra");
  const texts = (sheet?.cells ?? []).map((c) => (c.value.kind === "text" ? c.value.text : ""));
  expect(texts).toContain("Ô chứa lỗi Excel #N/A; kiểm tra lại công thức hoặc dữ liệu nguồn.");
  await user.click(await inPanel().findByRole("button", { name: "Mở trang “Kết quả kiểm tra”" }));
  expect(host.calls.select).toEqual([{ sheet: "Kết quả kiểm tra", cell: "A1" }]);
});
