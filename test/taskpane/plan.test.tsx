/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { TextDecoder, TextEncoder } from "util";
import { readBlob } from "./blob";
import { FakeHost } from "./fake-host";
import { cityList, PLAN_YEAR } from "./lists";
import { inPanel, renderPane } from "./render";

const SHEET = "DS trường";

// jsdom lacks the encoders every browser has; the docx writer needs them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

let blobs: Blob[];
let clicked: { download: string; href: string }[];

beforeEach(() => {
  blobs = [];
  clicked = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:plan-${blobs.length}`;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.getAttribute("href") ?? "" });
  });
});

afterEach(() => jest.restoreAllMocks());

test("the plan page downloads a .docx built from the list with the header the user typed, and remembers it", async () => {
  const host = new FakeHost({ [SHEET]: cityList() });
  host.settings.store.set("planYear", PLAN_YEAR);
  const { user, unmount } = renderPane(host);
  await user.click(screen.getByRole("tab", { name: /^Kế hoạch/ }));

  const download = inPanel().getByRole("button", { name: "Tải tệp Word (.docx)" });
  expect(download).toHaveProperty("disabled", true); // nothing read yet
  await user.type(inPanel().getByRole("textbox", { name: "Cơ quan ban hành" }), "UBND thành phố Kon Tum");
  await user.type(inPanel().getByRole("textbox", { name: "Địa danh" }), "Kon Tum");
  await user.type(inPanel().getByRole("textbox", { name: "Số kế hoạch" }), "20/KH-UBND");
  await user.type(inPanel().getByRole("textbox", { name: "Ngày" }), "04/01/2024");
  await user.click(inPanel().getByRole("checkbox", { name: "Phụ lục" }));
  expect(host.settings.store.get("plan:header")).toEqual({
    issuingBody: "UBND thành phố Kon Tum",
    place: "Kon Tum",
    number: "20/KH-UBND",
    date: "04/01/2024",
  });
  expect(host.settings.store.get("plan:sections")).toEqual(["targets", "budget", "renewals"]);

  await user.click(inPanel().getByRole("button", { name: "Đọc danh sách" }));
  await waitFor(() => expect(download).toHaveProperty("disabled", false));
  await user.click(download);
  expect(await inPanel().findByText("Đã tạo tệp ke-hoach-kdcl-2024.docx.")).toBeTruthy();

  expect(clicked).toEqual([{ download: "ke-hoach-kdcl-2024.docx", href: "blob:plan-1" }]);
  const blob = blobs[0] as Blob;
  expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const zip = await JSZip.loadAsync(await readBlob(blob));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const text = xml.replace(/<[^>]+>/g, "");
  expect(text).toContain("20/KH-UBND");
  expect(text).toContain("Kon Tum, ngày 04 tháng 01 năm 2024");
  expect(text).toContain("35/57");
  expect(text).toContain("44.497");
  expect(text).not.toContain("Danh sách này gồm"); // no appendix

  // The next session on this workbook starts from what was typed.
  unmount();
  renderPane(host);
  await user.click(screen.getByRole("tab", { name: /^Kế hoạch/ }));
  expect(inPanel().getByRole("textbox", { name: "Cơ quan ban hành" })).toHaveProperty(
    "value",
    "UBND thành phố Kon Tum",
  );
  expect(inPanel().getByRole("checkbox", { name: "Phụ lục" })).toHaveProperty("checked", false);
});

test("an invalid date blocks the download and says how to write it", async () => {
  const host = new FakeHost({ [SHEET]: cityList() });
  host.settings.store.set("planYear", PLAN_YEAR);
  const { user } = renderPane(host);
  await user.click(screen.getByRole("tab", { name: /^Kế hoạch/ }));
  await user.click(inPanel().getByRole("button", { name: "Đọc danh sách" }));
  const download = inPanel().getByRole("button", { name: "Tải tệp Word (.docx)" });
  await waitFor(() => expect(download).toHaveProperty("disabled", false));
  await user.type(inPanel().getByRole("textbox", { name: "Ngày" }), "2024-01-04");
  expect(inPanel().getByText(/^Ngày không hợp lệ — hãy nhập theo dạng dd\/mm\/yyyy/)).toBeTruthy();
  expect(download).toHaveProperty("disabled", true);
  expect(clicked).toEqual([]);
});
