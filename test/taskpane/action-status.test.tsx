/**
 * @jest-environment jsdom
 *
 * The one status of the actions on the findings: after a fix, its confirmation and Hoàn tác come at
 * the end of the findings, in an area kept in view (sticky at the bottom of the pane), and each new
 * action's outcome (success or failure) replaces the previous one instead of piling up.
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { HighlightCell } from "../../src/core/findings/cells";
import type { RevertToken } from "../../src/hosts/host";
import { FakeHost } from "./fake-host";
import { districtList, PLAN_YEAR, SHEET } from "./lists";
import { inPanel, renderPane } from "./render";

type User = ReturnType<typeof renderPane>["user"];

function districtHost(): FakeHost {
  const host = new FakeHost({ [SHEET]: districtList(), "Tra cứu QĐ": [["Mã", "Số QĐ"]] });
  host.settings.store.set("planYear", PLAN_YEAR);
  return host;
}

async function runCheck(user: User): Promise<void> {
  await user.click(inPanel().getByRole("button", { name: /^Kiểm tra( lại)?$/ }));
  await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
}

const findings = () => inPanel().getByRole("region", { name: "Kết quả kiểm tra" });
const statusArea = () => within(findings()).queryByRole("region", { name: "Kết quả thao tác vừa làm" });

/** The texts of the message bars in the status area: there is never more than one. */
function messages(): string[] {
  const area = statusArea();
  if (!area) return [];
  return [...area.querySelectorAll(".fui-MessageBar")].map((g) => g.textContent ?? "");
}

/** Message bars anywhere on the page, for "nothing piles up above". */
function allMessageBars(): number {
  return screen.getByRole("tabpanel").querySelectorAll(".fui-MessageBar").length;
}

async function fixE7(user: User): Promise<void> {
  await user.click(inPanel().getByRole("button", { name: "Sửa ô E7" }));
  const d = await screen.findByRole("dialog", { hidden: true });
  await user.click(within(d).getByRole("button", { name: "Áp dụng", hidden: true }));
  await waitFor(() => expect(messages()).toEqual([expect.stringContaining("Đã sửa 1 ô và kiểm tra lại.")]));
}

test("after a fix the confirmation and Hoàn tác come after the last finding, in the status area", async () => {
  const host = districtHost();
  const { user } = renderPane(host);
  await runCheck(user);
  expect(statusArea()).toBeNull();

  await fixE7(user);
  const area = statusArea() as HTMLElement;
  const undo = within(area).getByRole("button", { name: "Hoàn tác" });
  // Below every finding of the list, where a user who scrolled down to fix one is.
  const items = within(findings()).getAllByRole("listitem");
  const last = items[items.length - 1] as HTMLElement;
  expect(last.compareDocumentPosition(area) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  // …and nowhere else: no second confirmation at the top of the page.
  expect(inPanel().getAllByText("Đã sửa 1 ô và kiểm tra lại.")).toHaveLength(1);
  expect(allMessageBars()).toBe(1);

  await user.click(undo);
  await waitFor(() =>
    expect(messages()).toEqual([expect.stringContaining("Đã hoàn tác 1 ô và kiểm tra lại.")]),
  );
  expect(host.value(SHEET, "E7")).toBe("cấp độ 2");
  expect(within(statusArea() as HTMLElement).queryByRole("button", { name: /Hoàn tác/ })).toBeNull();
});

test("each action replaces the previous message; a fix stays undoable after another action", async () => {
  const host = districtHost();
  const { user } = renderPane(host);
  await runCheck(user);
  await fixE7(user);

  await user.click(inPanel().getByRole("button", { name: "Đánh dấu" }));
  await waitFor(() => expect(messages()).toEqual([expect.stringMatching(/^Đã tô màu \d+ ô theo mức độ/)]));
  expect(inPanel().queryByText("Đã sửa 1 ô và kiểm tra lại.")).toBeNull();
  expect(allMessageBars()).toBe(1);
  // The fix can still be undone, by a button that says which.
  const undoFix = within(statusArea() as HTMLElement).getByRole("button", {
    name: "Hoàn tác lần sửa gần nhất (1 ô)",
  });

  await user.click(inPanel().getByRole("button", { name: "Xuất kết quả" }));
  await waitFor(() =>
    expect(messages()).toEqual([expect.stringContaining("Đã ghi trang “Kết quả kiểm tra”.")]),
  );
  expect(allMessageBars()).toBe(1);

  await user.click(undoFix);
  await waitFor(() =>
    expect(messages()).toEqual([expect.stringContaining("Đã hoàn tác 1 ô và kiểm tra lại.")]),
  );
  expect(host.value(SHEET, "E7")).toBe("cấp độ 2");
  expect(host.calls.revert.map((t) => t.kind)).toEqual(["edits"]);
  expect(allMessageBars()).toBe(1);
});

test("a failure is the status until the next action replaces it", async () => {
  const host = districtHost();
  host.highlight = async (_cells: readonly HighlightCell[]): Promise<RevertToken> => {
    throw new Error("Trang tính đang được bảo vệ.");
  };
  const { user } = renderPane(host);
  await runCheck(user);
  await fixE7(user);

  await user.click(inPanel().getByRole("button", { name: "Đánh dấu" }));
  await waitFor(() => expect(messages()).toEqual([expect.stringContaining("Không tô màu được các ô")]));
  expect(messages()[0]).toContain("Chi tiết: Trang tính đang được bảo vệ.");
  expect(allMessageBars()).toBe(1);

  await user.click(inPanel().getByRole("button", { name: "Xuất kết quả" }));
  await waitFor(() =>
    expect(messages()).toEqual([expect.stringContaining("Đã ghi trang “Kết quả kiểm tra”.")]),
  );
  expect(inPanel().queryByText(/Không tô màu được/)).toBeNull();
});
