/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { RULES } from "../../src/core/rules/registry";
import { FakeHost } from "./fake-host";
import { districtList, PLAN_YEAR, SHEET } from "./lists";
import { inPanel, renderPane } from "./render";

function host(): FakeHost {
  const h = new FakeHost({ [SHEET]: districtList() });
  h.settings.store.set("planYear", PLAN_YEAR);
  return h;
}

const ids = RULES.map((r) => r.id);

test("Quy tắc lists every rule of the registry with its severity, what it checks, an example and its basis", async () => {
  const { user } = renderPane(host());
  await user.click(screen.getByRole("tab", { name: /^Quy tắc/ }));
  expect(inPanel().getByRole("heading", { name: "Các quy tắc kiểm tra" })).toBeTruthy();
  expect(inPanel().getByRole("status").textContent).toBe(`${RULES.length} quy tắc`);
  const headers = inPanel().getAllByRole("button", { expanded: false });
  expect(headers).toHaveLength(RULES.length);

  const expiry = inPanel().getByRole("button", { name: /Công nhận đã hết hạn/ });
  expect(expiry.textContent).toMatch(/^Cảnh báo/);
  await user.click(expiry);
  const open = inPanel()
    .getByText(/Công nhận đã hết hạn 5 năm trước ngày tham chiếu/)
    .closest("div");
  expect(open).not.toBeNull();
  const details = within(open as HTMLElement);
  expect(details.getByText(/Ô ghi “10\/05\/2019”:/)).toBeTruthy();
  expect(details.getByText(/Công nhận đã hết hạn \(10\/05\/2024\)/)).toBeTruthy();
  expect(details.getByText(/^Căn cứ: Thông tư 17\/2018/)).toBeTruthy();

  // Rule ids are for machines: none is shown to the user.
  const text =
    inPanel().getByRole("heading", { name: "Các quy tắc kiểm tra" }).closest("div")?.textContent ?? "";
  for (const id of ids) expect(text).not.toContain(id);
});

test("the search finds rules without diacritics and says when nothing matches", async () => {
  const { user } = renderPane(host());
  await user.click(screen.getByRole("tab", { name: /^Quy tắc/ }));
  const search = inPanel().getByRole("searchbox", { name: "Tìm quy tắc" });
  await user.type(search, "kinh phi");
  const found = inPanel()
    .getAllByRole("button", { expanded: false })
    .map((b) => b.textContent);
  expect(found).toEqual([
    "Lỗi" + "Kinh phí không phải số",
    "Lỗi" + "Kinh phí âm",
    "Cảnh báo" + "Kinh phí có thể sai đơn vị",
    // Its description speaks of the budget's total column, beside the list's total rows.
    "Lỗi" + "Dòng tổng không khớp",
  ]);
  expect(inPanel().getByRole("status").textContent).toBe(`4 trên ${RULES.length} quy tắc`);
  await user.clear(search);
  await user.type(search, "zzz");
  expect(inPanel().getByText("Không có quy tắc nào khớp.")).toBeTruthy();
});

test("in English the same rules speak English", async () => {
  const h = host();
  h.settings.store.set("lang", "en");
  const { user } = renderPane(h);
  await user.click(screen.getByRole("tab", { name: /^Rules/ }));
  expect(inPanel().getByRole("heading", { name: "The rules of the check" })).toBeTruthy();
  expect(inPanel().getByRole("button", { name: /Recognition expired/ })).toBeTruthy();
  expect(inPanel().queryByText(/Công nhận đã hết hạn/)).toBeNull();
});
