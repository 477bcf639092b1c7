/**
 * dist/kdcl-offline.html, the one-file standalone page, opened from the disk (file://) as a commune's
 * clerk would after receiving it by e-mail: no server, every script inline, nothing requested but the
 * page itself. The sample is checked, a fix is applied and undone, the summary sheets are written,
 * and both downloads (the workbook and the plan) are read back.
 *
 * Needs `npm run build:web` (npm test does it).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { read, write } from "@e965/xlsx";
import { launch, type Session } from "../chromium";
import { districtWorkbook, FAULTS, LIST_SHEET, PLAN_YEAR } from "./district";
import { pane, saved, shot } from "./page";

jest.setTimeout(90_000);

const OFFLINE = join(__dirname, "..", "..", "..", "dist", "kdcl-offline.html");

let session: Session;
let page: Page;
const errors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(OFFLINE)) throw new Error(`${OFFLINE} is not built: run \`npm run build:web\`.`);
  session = await launch();
  const context = await session.browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    locale: "vi-VN",
    reducedMotion: "reduce",
  });
  context.on("request", (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
  await page.goto(pathToFileURL(OFFLINE).href);
});

afterAll(async () => {
  await session?.close();
});

const button = (name: string) => pane(page).getByRole("button", { name, exact: true });
const tab = (name: string) => page.getByRole("tab", { name, exact: true });

describe("kdcl-offline.html from file://", () => {
  test("is one file: no script, style or image source outside it, and a policy that forbids connections", () => {
    const html = readFileSync(OFFLINE, "utf8");
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link\b[^>]*\brel="?stylesheet/i);
    expect(html).not.toMatch(/\b(?:src|href)="?(?:https?:|\/\/|assets\/)/i);
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html)?.[1] ?? "";
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src (?:'sha256-[A-Za-z0-9+/=]+' ?)+;/);
    expect(csp).not.toMatch(/https?:|'self'|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    // Every inline script is one the policy names: the page cannot run anything else.
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].length;
    expect(csp.match(/'sha256-/g)).toHaveLength(scripts);
  });

  test("opens on the sample and checks it, with no request but the page itself", async () => {
    await page.locator('[role=grid][data-sheet="Danh sách"]').waitFor();
    await button("Kiểm tra").click();
    await pane(page)
      .getByRole("button", { name: /^Ô F10(?!\d)/ })
      .waitFor();
    await pane(page)
      .getByRole("button", { name: /^Ô I37(?!\d)/ })
      .waitFor();
    await shot(page, "offline-check");
  });

  test("a fix is applied and undone", async () => {
    await button("Sửa ô E11").click();
    await page.getByRole("dialog").getByRole("button", { name: "Áp dụng" }).click();
    await pane(page).getByText("Đã sửa 1 ô và kiểm tra lại.").waitFor();
    await expect(page.locator('[role=gridcell][data-cell="E11"]').textContent()).resolves.toBe("CĐ2");
    await button("Hoàn tác").click();
    await pane(page).getByText("Đã hoàn tác 1 ô và kiểm tra lại.").waitFor();
    await expect(page.locator('[role=gridcell][data-cell="E11"]').textContent()).resolves.toBe("cấp độ 2");
  });

  test("the summary sheets are written and the workbook downloads with them", async () => {
    await tab("Tổng hợp").click();
    await button("Tạo bảng tổng hợp").click();
    await pane(page)
      .getByText(/Đã ghi trang/)
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("toolbar").getByRole("button", { name: "Tải về .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("danh-sach-mau-kdcl.xlsx");
    const bytes = await saved(download, "offline-download.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      "Danh sách",
      "Tra cứu QĐ",
      "Tổng hợp",
      "Kết quả kiểm tra",
    ]);
    expect(wb.getWorksheet("Danh sách")?.getCell("B8").value).toBe("MN Thị trấn Sơn Hà");
  });

  test("the plan downloads as .docx, built by the inlined docx chunk", async () => {
    await tab("Kế hoạch").click();
    await pane(page).getByRole("textbox", { name: "Cơ quan ban hành" }).fill("UBND huyện Sơn Hà");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      button("Tải file Word (.docx)").click(),
    ]);
    expect(download.suggestedFilename()).toBe("ke-hoach-kdcl-2024.docx");
    const zip = await JSZip.loadAsync(await saved(download, "offline-plan.docx"));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml.replace(/<[^>]+>/g, "")).toContain("UBND HUYỆN SƠN HÀ");
    await shot(page, "offline-plan");
  });

  test("opens an old .xls list (the SheetJS chunk is inlined too) and checks it", async () => {
    const xlsx = new Uint8Array(await districtWorkbook().xlsx.writeBuffer());
    const book = read(xlsx, { type: "array", cellNF: true });
    const xls = Buffer.from(write(book, { type: "array", bookType: "xls" }) as ArrayBuffer);
    await page.getByTestId("open-file").setInputFiles({
      name: "danh-sach-cu.xls",
      mimeType: "application/vnd.ms-excel",
      buffer: xls,
    });
    await page.locator(`[role=grid][data-sheet="${LIST_SHEET}"]`).waitFor();
    await expect(page.locator('[role=gridcell][data-cell="G8"]').textContent()).resolves.toBe("12/05/2021");
    await page.getByText(/định dạng, công thức và hình vẽ của tệp \.xls\/\.ods/).waitFor();
    await tab("Tổng hợp").click();
    const year = pane(page).getByRole("spinbutton", { name: "Năm kế hoạch" });
    await year.fill(String(PLAN_YEAR));
    await year.press("Enter");
    await tab("Kiểm tra").click();
    await button("Kiểm tra").click();
    for (const address of Object.values(FAULTS))
      await pane(page)
        .getByRole("button", { name: new RegExp(`^Ô ${address}(?!\\d)`) })
        .waitFor();
    await shot(page, "offline-xls");
  });

  test("nothing was requested but the file itself, and the console stayed clean", () => {
    const own = pathToFileURL(OFFLINE).href;
    const outside = requests.filter((u) => u !== own && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
