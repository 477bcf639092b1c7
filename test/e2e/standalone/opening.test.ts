/**
 * A long list on the standalone page: opening it shows what is being done with a Hủy button, Hủy
 * goes back at once to the list that was open (even when the file has been read by then), and opened
 * again it is read and checked. Screenshot of the opening:
 * test-artifacts/e2e/standalone-opening-long-list.png.
 *
 * Needs `npm run build:web` (npm test does it).
 */
import ExcelJS from "exceljs";
import { openStandalone, pane, shot, type StandalonePage } from "./page";

jest.setTimeout(180_000);

const FILE = "danh-sach-toan-tinh.xlsx";
const SHEET = "Toàn tỉnh";
/**
 * A province's list. The page's clock is held while the opening is looked at, so the opening shows
 * for as long as the test needs whatever the list's length and the machine's speed.
 */
const SCHOOLS = 8_000;

async function provinceList(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NGÃI";
  ws.mergeCells("A1:G1");
  ws.addRow(["STT", "Tên trường", "Cấp học", "Xã", "Mức KĐCLGD", "Năm công nhận", "Kế hoạch năm 2024"]);
  for (let n = 1; n <= SCHOOLS; n++) {
    ws.addRow([
      n,
      `Trường Tiểu học Số ${n}`,
      "Tiểu học",
      `Xã ${["Tịnh Sơn", "Bình Minh", "Nghĩa Hà", "Đức Phổ"][n % 4]}`,
      n % 101 === 0 ? "Cấp độ 5" : `Cấp độ ${1 + (n % 3)}`,
      2017 + (n % 6),
      n % 7 === 0 ? "Đánh giá ngoài" : null,
    ]);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

let sp: StandalonePage;
let bytes: Buffer;

beforeAll(async () => {
  [sp, bytes] = await Promise.all([openStandalone(), provinceList()]);
  await sp.page.locator('[role=grid][data-sheet="Danh sách"]').waitFor();
});

afterAll(async () => {
  await sp?.close();
});

/** Stops the page's clock (a second ahead of its own time): timers wait until it is resumed. */
async function holdClock(): Promise<void> {
  await sp.page.clock.install();
  await sp.page.clock.pauseAt((await sp.page.evaluate(() => Date.now())) + 1000);
}

const choose = () =>
  sp.page.getByTestId("open-file").setInputFiles({
    name: FILE,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bytes,
  });

test("opening says what it does, and Hủy goes back to the list that was open", async () => {
  const { page } = sp;
  const sampleFile = await page.getByText(/^Tệp: /).textContent();
  // The page's clock stands still, so the opening waits at each step's turn of the event loop for as
  // long as the test needs, on a fast machine or a loaded one: the file is unpacked and read to the
  // end, then held just before it replaces the list. Hủy pressed there must still drop it.
  await holdClock();
  const opening = page.getByTestId("opening");
  try {
    await choose();
    await opening.getByText(`Đang giải nén và đọc ${FILE}`, { exact: false }).waitFor();
    await page.clock.runFor(1);
    await opening
      .getByText(`Đang chuẩn bị ${FILE} để kiểm tra`, { exact: false })
      .waitFor({ timeout: 120_000 });
    await opening.getByRole("button", { name: `Hủy việc mở ${FILE}` }).click();
    await page.getByText(`Đã hủy việc mở ${FILE}. Danh sách đang mở vẫn giữ nguyên.`).waitFor();
    await expect(opening.count()).resolves.toBe(0);
  } finally {
    await page.clock.resume();
  }
  // The held step goes on, sees the Hủy, and the read file is dropped: the sample stays open and usable.
  await page.getByRole("button", { name: "Mở tệp" }).waitFor();
  await expect(page.getByText(/^Tệp: /).textContent()).resolves.toBe(sampleFile);
  await expect(page.getByRole("button", { name: "Mở tệp" }).isEnabled()).resolves.toBe(true);
  await expect(page.locator(`[role=grid][data-sheet="${SHEET}"]`).count()).resolves.toBe(0);
  expect(sp.errors).toEqual([]);
});

test("opened to the end, the long list is read and checked", async () => {
  const { page } = sp;
  const opening = page.getByTestId("opening");
  // Held at its first step, as a slow office PC shows it, for the screenshot.
  await holdClock();
  try {
    await choose();
    await opening.getByText(`Đang giải nén và đọc ${FILE}`, { exact: false }).waitFor();
    await expect(opening.getByRole("progressbar").count()).resolves.toBe(1);
    await shot(page, "opening-long-list");
  } finally {
    await page.clock.resume();
  }
  await page.locator(`[role=grid][data-sheet="${SHEET}"]`).waitFor({ timeout: 120_000 });
  await page.getByText(`Tệp: ${FILE}`).waitFor();
  await pane(page).getByRole("button", { name: "Kiểm tra", exact: true }).click();
  // The first planted "Cấp độ 5" (no such accreditation level): school 101, on row 103.
  await pane(page)
    .getByRole("button", { name: /^Ô E103(?!\d)/ })
    .first()
    .waitFor({ timeout: 120_000 });
  expect(sp.errors).toEqual([]);
});
