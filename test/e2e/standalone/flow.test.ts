/**
 * The standalone page as a user meets it, in headless Chromium with no Office: the sample opens by
 * itself; the user opens their own district list; Kiểm tra lists the planted faults; a finding
 * selects its cell in the grid; a fix is undone exactly; highlights come and go; the summary sheets
 * are written; the workbook and the plan are downloaded and read back. Throughout, nothing is
 * requested from anywhere but the page's own server, and the console stays clean.
 *
 * Needs `npm run build:web` (npm test does it).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { OutputCell } from "../../../src/core/output/model";
import { gridsFromWorkbook, toCellValue } from "../../../src/hosts/file/workbook";
import {
  DISTRICT_FILE,
  districtBytes,
  districtWorkbook,
  FAULTS,
  LIST_SHEET,
  NOTES_SHEET,
  PLAN_YEAR,
  TYPED_TOTAL,
  USER_PROPERTY,
} from "./district";
import {
  cell,
  inView,
  openStandalone,
  pane,
  saved,
  selectedCell,
  shot,
  until,
  type StandalonePage,
} from "./page";
import { checkGrids } from "../../../src/app/check";
import { outputSheetsOf } from "../../../src/app/output";
import { TODAY } from "../../helpers/sheet";

jest.setTimeout(60_000);

/** An exceljs cell (a plain object: no Office proxy to load or sync). */
const cellOf = (ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell => ws.getCell(row, col);

let sp: StandalonePage;
let original: Buffer;
let downloaded: Buffer;

beforeAll(async () => {
  original = await districtBytes();
  sp = await openStandalone();
});

afterAll(async () => {
  await sp?.close();
});

const tab = (name: string) => sp.page.getByRole("tab", { name, exact: true });
const button = (name: string | RegExp) => pane(sp.page).getByRole("button", { name, exact: true });
/** A finding's button in the pane: "Ô C17" followed by its message. */
const finding = (address: string) =>
  pane(sp.page).getByRole("button", { name: new RegExp(`^Ô ${address}(?!\\d)`) });
const sheetTabs = () =>
  sp.page.$$eval("[data-sheet-tab]", (tabs) => tabs.map((t) => t.getAttribute("data-sheet-tab")));

describe("the standalone page", () => {
  test("has its Content-Security-Policy, loads no office.js, and Fluent's styles work under it", async () => {
    const { page } = sp;
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    const scripts = await page.$$eval("script[src]", (list) => list.map((s) => (s as HTMLScriptElement).src));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(new URL(src).origin).toBe(new URL(sp.url).origin);
    expect(scripts.join(" ")).not.toMatch(/office\.js/);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe(
      "undefined",
    );
    // Griffel injected its rules under the policy: style elements with rules, and the primary button
    // drawn by them (white text on Fluent's brand colour) rather than as the browser's grey default.
    const rules = await page.evaluate(() =>
      [...document.querySelectorAll("style")].reduce((n, s) => n + (s.sheet?.cssRules.length ?? 0), 0),
    );
    expect(rules).toBeGreaterThan(100);
    const open = page.getByRole("toolbar").getByRole("button", { name: "Mở tệp" });
    const look = await open.evaluate((b) => {
      const s = getComputedStyle(b);
      return { color: s.color, background: s.backgroundColor, radius: s.borderRadius };
    });
    expect(look.radius).toBe("4px");
    expect(look.background).not.toBe("rgb(239, 239, 239)");
    expect(look.color).not.toBe("rgb(0, 0, 0)");
  });

  test("opens on the built-in sample, checkable at once", async () => {
    const { page } = sp;
    await page.locator('[role=grid][data-sheet="Danh sách"]').waitFor();
    await expect(cell(page, "B8").textContent()).resolves.toBe("MN Thị trấn Sơn Hà");
    await expect(sheetTabs()).resolves.toEqual(["Danh sách", "Tra cứu QĐ"]);
    await page.getByText("Tệp: danh-sach-mau.xlsx").waitFor();
    await button("Kiểm tra").click();
    // The sample's plan year (2024) travels in its settings: the planted findings appear as documented.
    await finding("F10").waitFor();
    await finding("I37").click();
    await expect(selectedCell(page).getAttribute("data-cell")).resolves.toBe("I37");
    await shot(page, "sample-check");
  });

  test("says in Vietnamese why a damaged .xls cannot be opened", async () => {
    const { page } = sp;
    await page.getByTestId("open-file").setInputFiles({
      name: "danh-sach-cu.xls",
      mimeType: "application/vnd.ms-excel",
      buffer: Buffer.from("D0CF11E0A1B11AE1", "hex"),
    });
    const bar = page.getByTestId("note-error");
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toContain(
      "Tệp danh-sach-cu.xls bị hỏng hoặc không đầy đủ: không mở được.",
    );
    // The sample is still open.
    await page.locator('[role=grid][data-sheet="Danh sách"]').waitFor();
    await bar.getByRole("button", { name: "Đóng thông báo" }).click();
  });

  test("opens the user's own list and shows it as Excel would", async () => {
    const { page } = sp;
    await page.getByTestId("open-file").setInputFiles({
      name: DISTRICT_FILE,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: original,
    });
    await page.locator(`[role=grid][data-sheet="${LIST_SHEET}"]`).waitFor();
    await page.getByText(`Tệp: ${DISTRICT_FILE}`).waitFor();
    await expect(cell(page, "B8").textContent()).resolves.toBe("MN Hoa Mai");
    await expect(cell(page, "G8").textContent()).resolves.toBe("12/05/2021");
    await expect(cell(page, "I18").textContent()).resolves.toBe("1.200");
    await expect(cell(page, "K10").textContent()).resolves.toBe("=> bổ sung hồ sơ tự đánh giá");
    await expect(cell(page, "A2").getAttribute("aria-colspan")).resolves.toBe("11");
    await expect(sheetTabs()).resolves.toEqual([LIST_SHEET, NOTES_SHEET]);
    // The pane starts afresh for the new workbook.
    await expect(button("Kiểm tra").isVisible()).resolves.toBe(true);
  });

  test("the plan year is set on Tổng hợp, and Kiểm tra finds the planted faults", async () => {
    const { page } = sp;
    await tab("Tổng hợp").click();
    const year = pane(page).getByRole("spinbutton", { name: "Năm kế hoạch" });
    await year.fill(String(PLAN_YEAR));
    await year.press("Enter");
    await tab("Kiểm tra").click();
    await pane(page).getByText(`Năm kế hoạch ${PLAN_YEAR}`).waitFor();
    await button("Kiểm tra").click();
    for (const address of Object.values(FAULTS)) await finding(address).waitFor();
  });

  test("clicking a finding scrolls the grid to its cell and selects it", async () => {
    const { page } = sp;
    // Scroll the grid away first, to the far bottom right.
    await page.locator("[role=grid]").evaluate((g) => {
      g.scrollTop = g.scrollHeight;
      g.scrollLeft = g.scrollWidth;
    });
    await expect(inView(page, FAULTS.typeMismatch)).resolves.toBe(false);
    await finding(FAULTS.typeMismatch).click();
    await expect(selectedCell(page).getAttribute("data-cell")).resolves.toBe(FAULTS.typeMismatch);
    await expect(selectedCell(page).textContent()).resolves.toBe("Tiểu học");
    await expect(until(() => inView(page, FAULTS.typeMismatch))).resolves.toBe(true);
    await expect(page.getByTestId("name-box").textContent()).resolves.toBe(FAULTS.typeMismatch);
    await expect(page.getByTestId("cell-content").textContent()).resolves.toBe("Tiểu học");
    const grid = page.locator("[role=grid]");
    await expect(grid.getAttribute("aria-activedescendant")).resolves.toBe(
      await selectedCell(page).getAttribute("id"),
    );
    await shot(page, "finding-selected", true);

    await finding(FAULTS.total).click();
    await expect(selectedCell(page).getAttribute("data-cell")).resolves.toBe(FAULTS.total);
    await expect(selectedCell(page).textContent()).resolves.toBe("3.950");
    await expect(until(() => inView(page, FAULTS.total))).resolves.toBe(true);

    // The keyboard moves the selection too.
    await grid.focus();
    await page.keyboard.press("ArrowUp");
    await expect(selectedCell(page).getAttribute("data-cell")).resolves.toBe("I27");
  });

  test("Sửa writes the fix into the grid and Hoàn tác puts the cell back exactly", async () => {
    const { page } = sp;
    const target = FAULTS.noncanonical;
    await button(`Sửa ô ${target}`).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Áp dụng" }).click();
    await pane(page).getByText("Đã sửa 1 ô và kiểm tra lại.").waitFor();
    await expect(cell(page, target).textContent()).resolves.toBe("CĐ3");
    await expect(selectedCell(page).getAttribute("data-cell")).resolves.toBeTruthy();
    await button("Hoàn tác").click();
    await pane(page).getByText("Đã hoàn tác 1 ô và kiểm tra lại.").waitFor();
    await expect(cell(page, target).textContent()).resolves.toBe("cấp độ 3");
    await finding(target).waitFor();
  });

  test("Đánh dấu colours the findings' cells by severity, Bỏ đánh dấu restores them", async () => {
    const { page } = sp;
    await button("Đánh dấu").click();
    await pane(page)
      .getByText(/Đã tô màu \d+ ô/)
      .waitFor();
    await page.locator("[role=grid]").evaluate((g) => {
      g.scrollTop = 0;
      g.scrollLeft = 0;
    });
    await expect(cell(page, FAULTS.typeMismatch).getAttribute("data-severity")).resolves.toBe("error");
    await expect(cell(page, FAULTS.noncanonical).getAttribute("data-severity")).resolves.toBe("info");
    await expect(
      cell(page, FAULTS.typeMismatch).evaluate((c) => getComputedStyle(c).backgroundColor),
    ).resolves.toBe("rgb(255, 199, 206)");
    await shot(page, "highlight", true);
    await button("Bỏ đánh dấu").click();
    await pane(page).getByText("Đã trả lại định dạng cũ của các ô.").waitFor();
    await expect(page.locator("[role=grid] [data-severity]").count()).resolves.toBe(0);
    await expect(
      cell(page, FAULTS.typeMismatch).evaluate((c) => getComputedStyle(c).backgroundColor),
    ).resolves.toBe("rgba(0, 0, 0, 0)");
    // The header's own fill, shared by every header cell in the file, is untouched.
    await expect(cell(page, "C5").evaluate((c) => getComputedStyle(c).backgroundColor)).resolves.toBe(
      "rgb(217, 225, 242)",
    );
  });

  test("Tạo bảng tổng hợp adds the summary sheets as new tabs, and the user's sheet stays open", async () => {
    const { page } = sp;
    await tab("Tổng hợp").click();
    await button("Tạo bảng tổng hợp").click();
    await pane(page)
      .getByText(/Đã ghi trang/)
      .waitFor();
    await expect(sheetTabs()).resolves.toEqual([LIST_SHEET, NOTES_SHEET, "Tổng hợp", "Kết quả kiểm tra"]);
    await expect(page.locator("[role=grid]").getAttribute("data-sheet")).resolves.toBe(LIST_SHEET);
    await button("Mở trang “Tổng hợp”").click();
    await page.locator('[role=grid][data-sheet="Tổng hợp"]').waitFor();
    await expect(page.getByTestId("name-box").textContent()).resolves.toBe("A1");
    // The chart exceljs cannot hold is drawn over the cells it covers, from the sheet's own model.
    const chart = page.locator("[role=grid] [role=img]");
    await chart.evaluate((c) => c.scrollIntoView({ block: "nearest", inline: "end" }));
    await expect(chart.getAttribute("aria-label")).resolves.toMatch(
      /^Tỉ lệ trường đạt chuẩn quốc gia theo cấp học: Mầm non 80,00%; Tiểu học 83,33%; THCS 50,00%$/,
    );
    await shot(page, "summary-sheet", true);
    // The pane refuses to check its own sheet…
    await tab("Kiểm tra").click();
    await button("Kiểm tra lại").click();
    await pane(page).getByRole("tabpanel").getByText("Đây là trang kết quả của phần bổ trợ").waitFor();
    // …and checks the list again once the user goes back to it.
    await page.locator(`[data-sheet-tab="${LIST_SHEET}"]`).click();
    await button("Kiểm tra lại").click();
    await finding(FAULTS.total).waitFor();
  });

  test("Kế hoạch downloads the plan as .docx with the list's figures", async () => {
    const { page } = sp;
    await tab("Kế hoạch").click();
    await pane(page).getByRole("textbox", { name: "Cơ quan ban hành" }).fill("UBND huyện Bình Sơn");
    await pane(page).getByRole("textbox", { name: "Địa danh" }).fill("Bình Sơn");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      button("Tải file Word (.docx)").click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ke-hoach-kdcl-${PLAN_YEAR}.docx`);
    const docx = await saved(download, "standalone-plan.docx");
    const zip = await JSZip.loadAsync(docx);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = xml.replace(/<w:tab\/>/g, " ").replace(/<[^>]+>/g, "");
    expect(text).toContain("UBND HUYỆN BÌNH SƠN");
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toContain("Bình Sơn");
    expect(text).toMatch(/THCS Bình Hòa|TH Bình Hòa|MN Sơn Ca/);
    await shot(page, "plan");
  });

  test("Tải về .xlsx gives the workbook: the user's sheets intact, the summary sheets with their figures", async () => {
    const { page } = sp;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("toolbar").getByRole("button", { name: "Tải về .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("danh-sach-binh-son-kdcl.xlsx");
    downloaded = await saved(download, "standalone-download.xlsx");
    await page.getByText("Đã tải về danh-sach-binh-son-kdcl.xlsx.").waitFor();

    const got = new ExcelJS.Workbook();
    await got.xlsx.load(downloaded as unknown as ExcelJS.Buffer);
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(original as unknown as ExcelJS.Buffer);
    expect(got.worksheets.map((ws) => ws.name)).toEqual([
      LIST_SHEET,
      NOTES_SHEET,
      "Tổng hợp",
      "Kết quả kiểm tra",
    ]);

    // Every cell of the user's sheets as it was: values, formulas, number formats, fills.
    for (const name of [LIST_SHEET, NOTES_SHEET]) {
      const a = before.getWorksheet(name) as ExcelJS.Worksheet;
      const b = got.getWorksheet(name) as ExcelJS.Worksheet;
      expect(b.rowCount).toBe(a.rowCount);
      a.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (c, col) => {
          const other = cellOf(b, r, col);
          expect({ at: c.address, value: other.value }).toEqual({ at: c.address, value: c.value });
          expect({ at: c.address, numFmt: other.numFmt }).toEqual({ at: c.address, numFmt: c.numFmt });
          expect({ at: c.address, fill: other.fill }).toEqual({ at: c.address, fill: c.fill });
        });
      });
      expect(Object.keys((b as unknown as { _merges: object })._merges).sort()).toEqual(
        Object.keys((a as unknown as { _merges: object })._merges).sort(),
      );
    }
    const list = got.getWorksheet(LIST_SHEET) as ExcelJS.Worksheet;
    expect(list.getCell(FAULTS.noncanonical).value).toBe("cấp độ 3");
    expect(list.getCell("K10").value).toBe("=> bổ sung hồ sơ tự đánh giá");
    expect(list.getCell(FAULTS.total).value).toBe(TYPED_TOTAL);
    expect((got.getWorksheet(NOTES_SHEET) as ExcelJS.Worksheet).getCell("B2").formula).toBe(
      `SUM('${LIST_SHEET}'!I8:I30)`,
    );

    // "Tổng hợp" holds the figures the core computes from the same list.
    const wb = districtWorkbook();
    const check = checkGrids(
      [gridsFromWorkbook(wb)[0]!],
      { planYear: PLAN_YEAR, referenceDate: { y: PLAN_YEAR, m: 12, d: 31 } },
      { today: TODAY },
    );
    const model = outputSheetsOf(check, "vi", DISTRICT_FILE);
    const sheet = got.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    const modelSheet = model.find((s) => s.id === "summary");
    const numbers = (modelSheet?.cells ?? []).filter(
      (c: OutputCell) => c.value.kind === "count" || c.value.kind === "amount" || c.value.kind === "percent",
    );
    expect(numbers.length).toBeGreaterThan(10);
    for (const c of numbers) {
      const v = toCellValue(sheet.getCell(c.row, c.col).value);
      expect({ row: c.row, col: c.col, v }).toEqual({
        row: c.row,
        col: c.col,
        v: (c.value as { value: number }).value,
      });
    }
    const texts = (modelSheet?.cells ?? []).flatMap((c) => (c.value.kind === "text" ? [c.value.text] : []));
    const coverage = texts.find((t) => t.startsWith("Tỉ lệ trường đạt chuẩn quốc gia:"));
    expect(coverage).toBeDefined();
    const sheetTexts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => sheetTexts.push(String(toCellValue(c.value)))));
    expect(sheetTexts).toContain(coverage);
    expect(sheetTexts.some((t) => t.includes("3.590"))).toBe(true);

    // The package: the chart exceljs cannot write, the user's custom property, and our settings.
    const zip = await JSZip.loadAsync(downloaded);
    expect(Object.keys(zip.files).some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    const custom = (await zip.file("docProps/custom.xml")?.async("string")) ?? "";
    expect(custom).toContain(`name="${USER_PROPERTY.name}"`);
    expect(custom).toContain(USER_PROPERTY.value);
    expect(custom).toMatch(/name="KDCL\.settings"><vt:lpwstr>[^<]*&quot;planYear&quot;:2024/);
  });

  test("follows the pane's language: English everywhere once chosen in Cài đặt", async () => {
    const { page } = sp;
    await tab("Cài đặt").click();
    await pane(page).getByRole("radio", { name: "English" }).check();
    await page.getByRole("toolbar").getByRole("button", { name: "Open file" }).waitFor();
    await page.getByRole("toolbar").getByRole("button", { name: "Download .xlsx" }).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.locator("[role=grid]").getAttribute("aria-label")).resolves.toBe(
      `Sheet “${LIST_SHEET}”`,
    );
    await shot(page, "english");
    await pane(page).getByRole("radio", { name: "Tiếng Việt" }).check();
    await page.getByRole("toolbar").getByRole("button", { name: "Mở tệp" }).waitFor();
  });

  test("the downloaded file opens again with its settings and its own sheets marked", async () => {
    const { page } = sp;
    await page.getByTestId("open-file").setInputFiles({
      name: "danh-sach-binh-son-kdcl.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: downloaded,
    });
    await page.getByText("Tệp: danh-sach-binh-son-kdcl.xlsx").waitFor();
    await expect(sheetTabs()).resolves.toEqual([LIST_SHEET, NOTES_SHEET, "Tổng hợp", "Kết quả kiểm tra"]);
    await expect(page.locator('[data-sheet-tab="Tổng hợp"]').getAttribute("title")).resolves.toBe(
      "trang kết quả của phần bổ trợ",
    );
    // The plan year and the plan's header came back from the file's settings.
    await pane(page).getByText(`Năm kế hoạch ${PLAN_YEAR}`).waitFor();
    await tab("Kế hoạch").click();
    await expect(pane(page).getByRole("textbox", { name: "Cơ quan ban hành" }).inputValue()).resolves.toBe(
      "UBND huyện Bình Sơn",
    );
  });

  test("sent nothing anywhere and logged no error", () => {
    expect(sp.external).toEqual([]);
    expect(sp.errors).toEqual([]);
  });
});
