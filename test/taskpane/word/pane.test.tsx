/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs (which builds the test's files, and which the reader falls back to) needs uuid's CommonJS
// build; jsdom's default "browser" condition would pick its ES module build, which jest cannot load.
/**
 * The Word pane on the fake Word: pick the list, see what was read, choose the sections, insert the
 * plan at the cursor; the choices stay in the document; failures are told in the user's language.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { outline } from "../../fakes/word";
import { cityList, PLAN_YEAR } from "../lists";
import { insertedText, installWord, LETTER, renderWordPane, uninstallWord, xlsxFile } from "./helpers";

const SHEET = "DS trường";
const FILE_LABEL = "Tệp danh sách trường (.xlsx, .xlsm, .xls, .ods hoặc .csv)";

let list: File;
beforeAll(async () => {
  list = await xlsxFile(SHEET, cityList(), "danh-sach-truong.xlsx");
});

afterEach(() => uninstallWord());

/** The saved plan year, as the document keeps it (JSON text). */
const SAVED_YEAR: [string, unknown] = ["planYear", JSON.stringify(PLAN_YEAR)];

test("pick the list, choose the sections, Chèn kế hoạch: the plan goes in at the cursor, with the appendix only when chosen", async () => {
  const word = installWord({ settings: [SAVED_YEAR] });
  const { user } = await renderWordPane();
  const insert = screen.getByRole("button", { name: "Chèn kế hoạch" });
  expect(insert).toHaveProperty("disabled", true); // no list yet
  expect(screen.getByText("Hãy chọn tệp danh sách trường.")).toBeTruthy();

  await user.upload(screen.getByLabelText(FILE_LABEL), list);
  expect(await screen.findByText("Trang “DS trường”: 57 trường, 0 lỗi.")).toBeTruthy();
  expect(screen.getByText("danh-sach-truong.xlsx")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Chọn tệp khác…" })).toBeTruthy();

  // The place is left empty: the issuing body names it.
  await user.type(screen.getByRole("textbox", { name: "Cơ quan ban hành" }), "UBND thành phố Kon Tum");
  expect(screen.getByRole("textbox", { name: "Địa danh" }).getAttribute("placeholder")).toBe("Kon Tum");
  await user.type(screen.getByRole("textbox", { name: "Số kế hoạch" }), "20/KH-UBND");
  await user.type(screen.getByRole("textbox", { name: "Ngày" }), "04/01/2024");
  await user.click(screen.getByRole("checkbox", { name: "Phụ lục" }));

  await waitFor(() => expect(insert).toHaveProperty("disabled", false));
  await user.click(insert);
  expect(
    await screen.findByText(
      "Đã chèn kế hoạch năm 2024 vào tài liệu: Mục tiêu cụ thể, Kinh phí, Lộ trình công nhận lại.",
    ),
  ).toBeTruthy();
  expect(word.stats.runs).toBe(1);
  expect(word.stats.syncs).toBe(1);
  expect(word.stats.insertions.map((i) => i.location)).toEqual(["After"]);
  expect(outline(word.document)).toEqual([
    ...LETTER.before,
    ...["Tỷ lệ đạt chuẩn", "Chỉ tiêu công nhận", "Kinh phí", "Danh sách đến hạn công nhận lại"].flatMap(
      (part) => ["[file]", `[Số liệu tự động: ${part}]`],
    ),
    "[file]",
    ...LETTER.after,
  ]);
  const first = await insertedText(word, 0);
  expect(first).toContain("20/KH-UBND");
  expect(first).toContain("Kon Tum, ngày 04 tháng 01 năm 2024");
  expect(first).toContain("35/57");
  expect(first).toContain("44.497");
  expect(first).not.toContain("Danh sách này gồm");

  await user.click(screen.getByRole("checkbox", { name: "Phụ lục" }));
  await user.click(screen.getByRole("button", { name: "Chèn kế hoạch" }));
  expect(
    await screen.findByText(
      "Đã chèn kế hoạch năm 2024 vào tài liệu: Mục tiêu cụ thể, Kinh phí, Lộ trình công nhận lại, Phụ lục.",
    ),
  ).toBeTruthy();
  expect(await insertedText(word, 1)).toContain("Danh sách này gồm");
  expect(word.stats.runs).toBe(2);
  expect(word.stats.syncs).toBe(2);
});

test("the header, sections and plan year are kept in the document and come back next time", async () => {
  const word = installWord({ settings: [SAVED_YEAR] });
  const { user, unmount } = await renderWordPane();
  await user.type(screen.getByRole("textbox", { name: "Cơ quan ban hành" }), "UBND huyện Cao Lộc");
  await user.click(screen.getByRole("checkbox", { name: "Lộ trình công nhận lại" }));
  await user.click(screen.getByRole("textbox", { name: "Số kế hoạch" })); // leaving the field saves it
  await waitFor(() => expect(word.settings.saved.has("plan:header")).toBe(true));
  expect(JSON.parse(String(word.settings.saved.get("plan:header")))).toEqual({
    issuingBody: "UBND huyện Cao Lộc",
    place: "",
    number: "",
    date: "",
  });
  expect(JSON.parse(String(word.settings.saved.get("plan:sections")))).toEqual([
    "targets",
    "budget",
    "appendix",
  ]);
  unmount();

  // The document is opened again: a new session of the pane, on what the document saved.
  const again = installWord({ settings: [...word.settings.saved] });
  await renderWordPane();
  expect(screen.getByRole("textbox", { name: "Cơ quan ban hành" })).toHaveProperty(
    "value",
    "UBND huyện Cao Lộc",
  );
  expect(screen.getByRole("textbox", { name: "Địa danh" }).getAttribute("placeholder")).toBe("Cao Lộc");
  expect(screen.getByRole("checkbox", { name: "Lộ trình công nhận lại" })).toHaveProperty("checked", false);
  expect(screen.getByRole("spinbutton", { name: "Năm kế hoạch" })).toHaveProperty("value", "2024");
  expect(again.stats.runs).toBe(0); // settings need no Word.run
});

test("a file that is not a workbook: the reader's Vietnamese message, and no plan to insert", async () => {
  installWord({ settings: [SAVED_YEAR] });
  const { user } = await renderWordPane();
  const bad = new File(["STT;Tên trường\n1;MN Hoa Sen\n"], "danh-sach.xlsx", {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  await user.upload(screen.getByLabelText(FILE_LABEL), bad);
  const bar = (await screen.findByText("Không đọc được danh-sach.xlsx")).closest("[role=group], div");
  expect(bar).not.toBeNull();
  expect(screen.getByText(/danh-sach\.xlsx không phải là tệp Excel \(\.xlsx\)\./)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Chèn kế hoạch" })).toHaveProperty("disabled", true);

  // A good file afterwards clears the message.
  await user.upload(screen.getByLabelText(FILE_LABEL), list);
  expect(await screen.findByText("Trang “DS trường”: 57 trường, 0 lỗi.")).toBeTruthy();
  expect(screen.queryByText("Không đọc được danh-sach.xlsx")).toBeNull();
});

test("a workbook without a list says what it looked for", async () => {
  installWord({ settings: [SAVED_YEAR] });
  const { user } = await renderWordPane();
  const notes = await xlsxFile("Ghi chú", [["Biên bản họp"], ["Nội dung", "Ghi chú"]], "bien-ban.xlsx");
  await user.upload(screen.getByLabelText(FILE_LABEL), notes);
  expect(await screen.findByText(/^Không tìm thấy bảng danh sách trong bien-ban\.xlsx/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Chèn kế hoạch" })).toHaveProperty("disabled", true);
});

test("in English: the switch is kept in the document, the pane and the inserted plan follow it", async () => {
  const word = installWord({ settings: [SAVED_YEAR] });
  const { user, unmount } = await renderWordPane();
  await user.click(screen.getByRole("button", { name: "Cài đặt" }));
  await user.click(await screen.findByRole("radio", { name: "English" }));
  expect(await screen.findByRole("heading", { name: "Insert plan" })).toBeTruthy();
  await waitFor(() => expect(word.settings.saved.get("lang")).toBe('"en"'));

  await user.upload(screen.getByLabelText("List file (.xlsx, .xlsm, .xls, .ods or .csv)"), list);
  expect(await screen.findByText("Sheet “DS trường”: 57 schools, 0 errors.")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Insert plan" }));
  expect(
    await screen.findByText(
      "The 2024 plan was inserted into the document: Specific targets, Budget, Renewal schedule, Appendix.",
    ),
  ).toBeTruthy();
  const text = await insertedText(word, 0);
  expect(text).toContain("PLAN");
  expect(text).toContain("This list comprises");
  unmount();

  installWord({ settings: [...word.settings.saved] });
  await renderWordPane();
  expect(screen.getByRole("heading", { name: "Insert plan" })).toBeTruthy();
});

test("a Word below WordApi 1.1 explains itself and never offers the insertion", async () => {
  const word = installWord({ settings: [SAVED_YEAR], apiVersion: null });
  const { user } = await renderWordPane();
  expect(screen.getByText("Phiên bản Word này chưa chèn được kế hoạch")).toBeTruthy();
  expect(screen.getByText(/cần WordApi 1\.1/)).toBeTruthy();
  await user.upload(screen.getByLabelText(FILE_LABEL), list);
  await screen.findByText("Trang “DS trường”: 57 trường, 0 lỗi.");
  expect(screen.getByRole("button", { name: "Chèn kế hoạch" })).toHaveProperty("disabled", true);
  expect(word.stats.runs).toBe(0);
});

test("a protected document: Word's refusal is told with what to do, and the document is unchanged", async () => {
  const word = installWord({ settings: [SAVED_YEAR] });
  word.document.protected = true;
  const { user } = await renderWordPane();
  await user.upload(screen.getByLabelText(FILE_LABEL), list);
  await screen.findByText("Trang “DS trường”: 57 trường, 0 lỗi.");
  await user.click(screen.getByRole("button", { name: "Chèn kế hoạch" }));
  const title = await screen.findByText("Không chèn được kế hoạch");
  const bar = title.parentElement as HTMLElement;
  expect(within(bar).getByText(/Hạn chế chỉnh sửa/)).toBeTruthy();
  expect(within(bar).getByText("Chi tiết: The document is protected.")).toBeTruthy();
  expect(outline(word.document)).toEqual([...LETTER.before, ...LETTER.after]);
  // The button is back for another try once the user allowed editing.
  word.document.protected = false;
  await user.click(screen.getByRole("button", { name: "Chèn kế hoạch" }));
  expect(await screen.findByText(/^Đã chèn kế hoạch năm 2024/)).toBeTruthy();
  expect(screen.queryByText("Không chèn được kế hoạch")).toBeNull();
});
