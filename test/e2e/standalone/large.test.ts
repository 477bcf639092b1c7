/**
 * A province-sized list in the standalone page: 50 000 schools. The grid draws only what is on
 * screen, so the DOM stays the same size whatever the list's length, and a finding 49 000 rows down
 * is one click away. Timings are printed, not asserted (see GUIDE: benchmarks are scripts).
 */
import { inView, openStandalone, pane, selectedCell, shot, until, type StandalonePage } from "./page";

jest.setTimeout(120_000);

const ROWS = 50_000;
const LEVELS = [
  ["MN", "Mầm non"],
  ["TH", "Tiểu học"],
  ["THCS", "THCS"],
] as const;

/**
 * A CSV export of a province list; the school numbered 49 000 (row 49 001) has its code written
 * "cấp độ 2" (a recognised school's, so the old levels apply). Recognised in the last two years, so no renewal falls due whatever today's year.
 */
function provinceCsv(): string {
  const recent = new Date().getFullYear() - 1;
  const lines = ['STT,Tên trường,Cấp học,"Xã, phường",KĐCLGD,CQG,Năm công nhận'];
  for (let i = 1; i <= ROWS; i++) {
    const [prefix, level] = LEVELS[i % 3] ?? LEVELS[0];
    const kd = i === 49_000 ? "cấp độ 2" : i % 4 === 0 ? "CĐ1" : "CĐ2";
    const cqg = i % 4 === 0 ? "-" : "MĐ1";
    const year = i % 4 === 0 && i !== 49_000 ? "" : String(recent - (i % 2));
    lines.push(`${i}.,${prefix} Số ${i},${level},"Xã số ${i % 700}",${kd},${cqg},${year}`);
  }
  return `${lines.join("\r\n")}\r\n`;
}

let sp: StandalonePage;

beforeAll(async () => {
  sp = await openStandalone();
  await sp.page.locator('[role=grid][data-sheet="Danh sách"]').waitFor();
});

afterAll(async () => {
  await sp?.close();
});

test("a 50 000-row list: the DOM holds only the rows on screen, and a finding far down is one click away", async () => {
  const { page } = sp;
  const t0 = Date.now();
  await page.getByTestId("open-file").setInputFiles({
    name: "toan-tinh.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(provinceCsv(), "utf8"),
  });
  await page.locator('[role=grid][data-sheet="toan-tinh"]').waitFor({ timeout: 60_000 });
  const opened = Date.now() - t0;
  const grid = page.locator("[role=grid]");
  await expect(grid.getAttribute("aria-rowcount")).resolves.toBe(String(ROWS + 1 + 1 + 20));
  const drawn = () => page.locator("[role=grid] [role=row]").count();
  const atTop = await drawn();
  expect(atTop).toBeLessThan(80);

  // Scroll to the very end: the last school is drawn, and no more rows than before.
  const t1 = Date.now();
  await grid.evaluate((g) => {
    g.scrollTop = g.scrollHeight;
  });
  await page.locator(`[role=gridcell][data-cell="B${ROWS + 1}"]`).waitFor();
  const scrolled = Date.now() - t1;
  await expect(page.locator(`[role=gridcell][data-cell="B${ROWS + 1}"]`).textContent()).resolves.toBe(
    `${LEVELS[ROWS % 3]?.[0]} Số ${ROWS}`,
  );
  expect(await drawn()).toBeLessThanOrEqual(atTop + 2);

  // Check, then jump to the finding 49 000 schools down from the top of the sheet.
  await grid.evaluate((g) => {
    g.scrollTop = 0;
  });
  const t2 = Date.now();
  await pane(page).getByRole("button", { name: "Kiểm tra", exact: true }).click();
  const target = pane(page).getByRole("button", { name: /^Ô E49001(?!\d)/ });
  await target.waitFor({ timeout: 60_000 });
  const checked = Date.now() - t2;
  await target.click();
  await expect(selectedCell(page).getAttribute("data-cell")).resolves.toBe("E49001");
  await expect(until(() => inView(page, "E49001"))).resolves.toBe(true);
  await expect(selectedCell(page).textContent()).resolves.toBe("cấp độ 2");
  expect(await drawn()).toBeLessThan(80);
  await pane(page).getByText("1 phát hiện: 0 lỗi, 0 cảnh báo, 1 thông tin.").waitFor();
  await shot(page, "large");
  expect(sp.errors).toEqual([]);
  expect(sp.external).toEqual([]);
  console.log(
    `50 000 rows: opened in ${opened} ms, scrolled to the end in ${scrolled} ms, checked in ${checked} ms; ${atTop} rows drawn`,
  );
});
