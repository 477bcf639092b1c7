/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { FakeHost } from "./fake-host";
import { cityList, districtList, PLAN_YEAR, SHEET } from "./lists";
import { inPanel, panel, renderPane } from "./render";

function host(cells = districtList()): FakeHost {
  const h = new FakeHost({ [SHEET]: cells });
  h.settings.store.set("planYear", PLAN_YEAR);
  return h;
}

test("switching to English changes every page's words and is remembered", async () => {
  const h = host();
  const { user, unmount } = renderPane(h);
  expect(screen.getAllByRole("tab").map((t) => t.getAttribute("value"))).toEqual([
    "check",
    "summary",
    "plan",
    "help",
    "settings",
  ]);
  await user.click(screen.getByRole("tab", { name: /^Cài đặt/ }));
  await user.click(inPanel().getByRole("radio", { name: "English" }));

  expect(screen.getByRole("tab", { name: /^Settings/ }).getAttribute("aria-selected")).toBe("true");
  expect(screen.queryByRole("tab", { name: /^Kiểm tra/ })).toBeNull();
  expect(inPanel().getByText("Language")).toBeTruthy();
  expect(h.settings.store.get("lang")).toBe("en");

  await user.click(screen.getByRole("tab", { name: /^Check/ }));
  await user.click(inPanel().getByRole("button", { name: "Check" }));
  await inPanel().findByRole("heading", { name: "Check results" });
  const region = inPanel().getByRole("region", { name: "Check results" });
  expect(within(region).getByRole("status").textContent).toBe(
    "8 findings: 3 errors, 1 warning, 4 information.",
  );
  expect(within(region).getByRole("button", { name: /^Cell G11/ }).textContent).toMatch(/#N\/A/);
  expect(within(region).queryByText(/Ô chứa lỗi Excel/)).toBeNull();
  expect(panel().closest("[lang]")?.getAttribute("lang")).toBe("en");

  unmount();
  renderPane(h);
  expect(screen.getByRole("tab", { name: /^Check/ })).toBeTruthy();
});

test("a regime chosen in Settings is used by the check and kept", async () => {
  const h = host();
  const { user } = renderPane(h);
  await user.click(inPanel().getByRole("button", { name: "Kiểm tra" }));
  await inPanel().findByRole("heading", { name: "Kết quả kiểm tra" });
  expect(inPanel().getByRole("button", { name: /^Ô F6/ })).toBeTruthy(); // CĐ1 with MĐ1

  await user.click(screen.getByRole("tab", { name: /^Cài đặt/ }));
  await user.click(inPanel().getByRole("combobox", { name: "Quy định áp dụng" }));
  await user.click(screen.getByRole("option", { name: "Quy định trước 10/10/2018" }));
  expect(h.settings.store.get("regime")).toBe("legacy");

  await user.click(screen.getByRole("tab", { name: /^Kiểm tra/ }));
  // Before 2018 the two levels came from separate processes: no cấp độ ↔ mức độ rule applies.
  await waitFor(() => expect(inPanel().queryByRole("button", { name: /^Ô F6/ })).toBeNull());
});

test("a budget unit chosen in Settings converts the budget to triệu đồng", async () => {
  const h = host(cityList());
  const { user } = renderPane(h);
  await user.click(screen.getByRole("tab", { name: /^Cài đặt/ }));
  await user.click(inPanel().getByRole("combobox", { name: "Đơn vị kinh phí" }));
  await user.click(screen.getByRole("option", { name: "nghìn đồng" }));
  expect(h.settings.store.get("budgetUnit")).toBe("nghìn đồng");

  await user.click(screen.getByRole("tab", { name: /^Tổng hợp/ }));
  await user.click(inPanel().getByRole("button", { name: "Đọc danh sách" }));
  await inPanel().findByRole("heading", { name: "Số liệu tổng hợp" });
  expect(inPanel().getByText("44,5 triệu đồng")).toBeTruthy();
});
