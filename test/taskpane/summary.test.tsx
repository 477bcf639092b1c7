/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { FakeHost } from "./fake-host";
import { cityList, PLAN_YEAR } from "./lists";
import { inPanel, panel, renderPane } from "./render";

const SHEET = "DS trường";

function cityHost(): FakeHost {
  const host = new FakeHost({ [SHEET]: cityList() });
  host.settings.store.set("planYear", PLAN_YEAR);
  return host;
}

/** The value shown for a term of the key figures. */
function figure(term: string | RegExp): string {
  const list = panel().querySelector("dl");
  if (!list) throw new Error("no key figures");
  const dt = within(list)
    .getAllByRole("term")
    .find((el) => (typeof term === "string" ? el.textContent === term : term.test(el.textContent ?? "")));
  if (!dt) throw new Error(`no figure ${String(term)}`);
  return (dt.nextElementSibling as HTMLElement).textContent ?? "";
}

test("the summary page reads the list and shows coverage, projection, targets, budget and renewals due", async () => {
  const host = cityHost();
  const { user } = renderPane(host);
  await user.click(screen.getByRole("tab", { name: /^Tổng hợp/ }));
  expect(inPanel().getByText(/^Chưa đọc danh sách/)).toBeTruthy();
  await user.click(inPanel().getByRole("button", { name: "Đọc danh sách" }));
  await inPanel().findByRole("heading", { name: "Số liệu tổng hợp" });

  expect(figure("Đạt chuẩn quốc gia tại 31/12/2024")).toBe(
    "35/57 trường, tỉ lệ 61,40%Mức độ 1: 35 trường; mức độ 2: 0 trường.",
  );
  expect(figure("Dự kiến đến hết năm 2024")).toBe("39/57 trường, tỉ lệ 68,42%");
  expect(figure("Chỉ tiêu năm 2024")).toBe(
    "Công nhận mới: 02 trườngCông nhận lại: 02 trườngNâng mức độ: 00 trường",
  );
  expect(figure("Tổng kinh phí")).toBe(
    "44.497 triệu đồngCông nhận mới (02 trường): 31.162 triệu đồngCông nhận lại (02 trường): 13.335 triệu đồng",
  );
  expect(figure(/^Đến hạn công nhận lại/)).toBe("10 trường");
});

test("the period drives the figures: another plan year, an invalid reference date", async () => {
  const host = cityHost();
  const { user } = renderPane(host);
  await user.click(screen.getByRole("tab", { name: /^Tổng hợp/ }));
  await user.click(inPanel().getByRole("button", { name: "Đọc danh sách" }));
  await inPanel().findByRole("heading", { name: "Số liệu tổng hợp" });

  const date = inPanel().getByRole("textbox", { name: "Ngày tham chiếu" });
  await user.type(date, "31/02/2024");
  expect(inPanel().getByText(/^Ngày không hợp lệ/)).toBeTruthy();
  expect(inPanel().queryByRole("heading", { name: "Số liệu tổng hợp" })).toBeNull();
  await user.clear(date);
  await user.type(date, "30/06/2024");
  await inPanel().findByRole("heading", { name: "Số liệu tổng hợp" });
  // Mid-year, the two recognitions written only as "2019" may have lapsed or not: left out, and said.
  expect(figure("Đạt chuẩn quốc gia tại 30/06/2024")).toMatch(/^35\/55 trường, tỉ lệ 63,64%/);
  expect(
    inPanel().getByText(
      /^Không tính vào tỉ lệ tại ngày 30\/06\/2024 2 trường chỉ ghi năm hoặc tháng công nhận nên chưa biết công nhận có hiệu lực vào ngày đó hay không/,
    ),
  ).toBeTruthy();

  await user.clear(date);
  const year = inPanel().getByRole("spinbutton", { name: "Năm kế hoạch" });
  await user.clear(year);
  await user.type(year, "2025");
  await user.tab(); // a spin button takes typed text when the user leaves it
  await waitFor(() => expect(inPanel().getByText("Chỉ tiêu năm 2025")).toBeTruthy());
  // The eight 2020 recognitions have expired by 31/12/2025.
  expect(figure("Đạt chuẩn quốc gia tại 31/12/2025")).toMatch(/^27\/57 trường, tỉ lệ 47,37%/);
  expect(host.settings.store.get("planYear")).toBe(2025);
});

test("a plan list shows why coverage is not computed instead of 100%", async () => {
  const rows = cityList().filter((r, i) => i < 3 || r[7] !== null);
  const host = new FakeHost({ [SHEET]: rows });
  host.settings.store.set("planYear", PLAN_YEAR);
  const { user } = renderPane(host);
  await user.click(screen.getByRole("tab", { name: /^Tổng hợp/ }));
  await user.click(inPanel().getByRole("button", { name: "Đọc danh sách" }));
  await inPanel().findByRole("heading", { name: "Số liệu tổng hợp" });
  expect(figure(/^Đạt chuẩn quốc gia tại/)).toMatch(/^Danh sách chỉ gồm các trường có trong kế hoạch/);
  expect(inPanel().queryByText(/100,00%/)).toBeNull();
  expect(figure("Tổng kinh phí")).toMatch(/^44\.497 triệu đồng/);
});

test("Tạo bảng tổng hợp writes the summary and findings sheets", async () => {
  const host = cityHost();
  const { user } = renderPane(host);
  await user.click(screen.getByRole("tab", { name: /^Tổng hợp/ }));
  await user.click(inPanel().getByRole("button", { name: "Đọc danh sách" }));
  await user.click(await inPanel().findByRole("button", { name: "Tạo bảng tổng hợp" }));
  await waitFor(() => expect(host.calls.writeOutputSheets).toHaveLength(1));
  const sheets = host.calls.writeOutputSheets[0] ?? [];
  expect(sheets.map((s) => [s.id, s.name])).toEqual([
    ["summary", "Tổng hợp"],
    ["findings", "Kết quả kiểm tra"],
  ]);
  const texts = (sheets[0]?.cells ?? []).map((c) => (c.value.kind === "text" ? c.value.text : ""));
  expect(texts.some((t) => t.includes("35/57"))).toBe(true);
  expect(await inPanel().findByText("Đã ghi trang “Tổng hợp”, “Kết quả kiểm tra”.")).toBeTruthy();
});

test("a school whose expiry contradicts its decision is named under the renewals due, not dated", async () => {
  const host = new FakeHost({
    [SHEET]: [
      ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA XÃ TÂN LẬP"],
      [],
      ["STT", "Tên trường", "Mức công nhận", "Ngày công nhận", "Ngày hết hạn"],
      [1, "THCS Tân Lập", "CĐ2-MĐ1", "10/06/2020", "10/06/2026"],
      [2, "MN Tân Lập", "CĐ2-MĐ1", "15/03/2021", "15/03/2026"],
    ],
  });
  host.settings.store.set("planYear", 2026);
  const { user } = renderPane(host);
  await user.click(screen.getByRole("tab", { name: /^Tổng hợp/ }));
  await user.click(inPanel().getByRole("button", { name: "Đọc danh sách" }));
  await inPanel().findByRole("heading", { name: "Số liệu tổng hợp" });
  expect(figure(/^Đến hạn công nhận lại/)).toBe(
    "01 trườngChưa đưa vào danh sách đến hạn 1 trường có ngày công nhận hoặc ngày hết hạn không đọc " +
      "được, không hợp lý hoặc không khớp nhau nên chưa xác định được thời hạn (xem trang kết quả kiểm " +
      `tra): ${SHEET}!E4.`,
  );
});
