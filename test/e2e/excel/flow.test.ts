/**
 * The task pane in headless Chromium, on the Excel path: taskpane.html as built (dist/web), with
 * office.js answered by the fake Office over the sample district list (sample-workbook.ts). A user's
 * session, step by step and in order (each step starts where the previous one left the pane): check,
 * jump to a finding, fix with preview and undo, highlight and remove it, write the summary sheets,
 * download the plan. Then, on a fresh pane, the switch to English.
 *
 * Screenshots of every step go to test-artifacts/e2e/excel-*.png, four of them also to
 * docs/screenshots for the README. The syncs each action made are written to
 * test-artifacts/e2e/excel-syncs.json.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { Locator, Page } from "playwright-core";
import type { Severity } from "../../../src/core/findings/severity";
import { HIGHLIGHT_STYLE as SEVERITY_STYLE } from "../../../src/core/findings/cells";
import type { WorkbookSpec } from "../../fakes/office";
import type { FakeSyncStats } from "../../fakes/office/browser";
import { ARTIFACTS, launch, type Session } from "../chromium";
import { serve, type Served } from "../static-server";
import { buildFakeOffice, fake, openPane, routeOffice, shot, WEB_DIST, type Traffic } from "./pane";
import { LOOKUP_SHEET, SAMPLE_SHEET, sampleWorkbookSpec, USER_FILLS } from "./sample-workbook";

/** The planted faults of the sample (src/hosts/file/sample.ts) and the 2019 renewals due, by severity. */
const EXPECTED: Readonly<Record<Severity, readonly string[]>> = {
  error: ["F10", "C17", "G23", "B25", "I37"],
  warning: ["G12", "H20", "I22"],
  info: ["G8", "E11", "G18", "G28", "G33", "G35"],
};
const FINDING_CELLS = Object.values(EXPECTED).flat();

let session: Session;
let served: Served;
let traffic: Traffic;
let spec: WorkbookSpec;
let page: Page;
/** The user's sheets as they were before the pane touched anything. */
let original: Record<string, unknown>;
const syncs: Record<string, FakeSyncStats> = {};

beforeAll(async () => {
  const fakeOffice = await buildFakeOffice();
  spec = sampleWorkbookSpec();
  served = await serve(WEB_DIST);
  session = await launch();
  traffic = await routeOffice(session.context, fakeOffice);
  page = await openPane(session.context, served.url, spec, traffic);
  original = await userSheets(page);
}, 60_000);

afterAll(async () => {
  writeFileSync(join(ARTIFACTS, "excel-syncs.json"), `${JSON.stringify(syncs, null, 2)}\n`);
  await session?.close();
  await served?.close();
});

/** The page of the pane on show (the others stay mounted, hidden). */
const panel = (p: Page = page): Locator => p.locator('[role="tabpanel"]:not([hidden])');
const button = (name: string | RegExp, p: Page = page): Locator =>
  panel(p).getByRole("button", { name, exact: typeof name === "string" });
/** Waits until the findings' status line (announced to screen readers) says exactly `text`. */
async function statusSays(text: string, p: Page = page): Promise<void> {
  const exactly = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
  await panel(p).getByRole("status").filter({ hasText: exactly }).waitFor();
}

async function userSheets(p: Page): Promise<Record<string, unknown>> {
  return {
    [SAMPLE_SHEET]: await fake(p, "snapshot", SAMPLE_SHEET),
    [LOOKUP_SHEET]: await fake(p, "snapshot", LOOKUP_SHEET),
  };
}

/** Runs a user action and keeps the syncs and bytes it cost in the fake Excel. */
async function measured<T>(name: string, action: () => Promise<T>): Promise<T> {
  await fake(page, "resetStats");
  const result = await action();
  syncs[name] = await fake(page, "stats");
  return result;
}

/** The text of a .docx: one line per paragraph, table cells joined by " | ", line breaks kept. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const decode = (t: string) =>
    t.replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e] ?? "",
    );
  const paragraph = (p: string) =>
    [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((m) => (m[1] === undefined ? "\n" : decode(m[1])))
      .join("");
  const row = (r: string) =>
    [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraph(c[0])).join(" | ");
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>|<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => (m[0].startsWith("<w:tr") ? row(m[0]) : paragraph(m[0])))
    .join("\n");
}

const cell = (address: string) => fake(page, "values", SAMPLE_SHEET, address).then((v) => v[0]?.[0]);

describe("the task pane in Excel (fake Office, sample district list)", () => {
  it("starts on Kiểm tra with the workbook's plan year, having loaded office.js from nowhere but the fake", async () => {
    expect(traffic.officeJs).toBe(1);
    // The year saved in the workbook is the user's; the rest of the period comes with the check.
    await panel().getByText("Năm kế hoạch và ngày tham chiếu lấy theo danh sách khi kiểm tra.").waitFor();
    await page.getByRole("tab", { name: "Kiểm tra", selected: true }).waitFor();
    await shot(page, "01-start");
  });

  it("Kiểm tra: finds the planted faults, grouped by severity with their counts", async () => {
    await measured("check", async () => {
      await button("Kiểm tra").click();
      await statusSays("14 phát hiện: 5 lỗi, 3 cảnh báo, 6 thông tin.");
    });
    await panel()
      .getByText("Năm kế hoạch 2024 (do bạn chọn); ngày tham chiếu 31/12/2024 (cuối năm kế hoạch).")
      .waitFor();
    const groups: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" };
    for (const [severity, title] of Object.entries(groups) as [Severity, string][]) {
      const cells = EXPECTED[severity];
      const group = panel().getByRole("region", { name: `${title} ${cells.length}`, exact: true });
      const items = await group.getByRole("listitem").all();
      expect(items).toHaveLength(cells.length);
      const where = await group.getByRole("button", { name: /^Ô [A-Z]+\d+/ }).allTextContents();
      expect(where.map((w) => /^Ô ([A-Z]+\d+)/.exec(w)?.[1]).sort()).toEqual([...cells].sort());
    }
    await shot(page, "02-findings", { full: true });
    await shot(page, "02-check-results", { docs: "check-results" });
  });

  it("a click on a finding selects its cell in Excel", async () => {
    await measured("select", async () => {
      await button(/^Ô B25/).click();
      await page.waitForFunction(() => window.__kdclFake?.selection()?.address === "B25");
    });
    expect(await fake(page, "selection")).toEqual({ sheet: SAMPLE_SHEET, address: "B25" });
    expect(await fake(page, "activeSheet")).toBe(SAMPLE_SHEET);
    await button(/^Ô G23/).click();
    await page.waitForFunction(() => window.__kdclFake?.selection()?.address === "G23");
  });

  it("Sửa shows the change before writing it; Áp dụng writes it and checks again", async () => {
    expect(await cell("I22")).toBe("1.500.000.000");
    await button("Sửa ô I22").click();
    const dialog = page.getByRole("dialog", { name: "Sửa ô I22" });
    await dialog.waitFor();
    const table = dialog.getByRole("table", { name: "Các thay đổi sẽ ghi" });
    expect(await table.getByRole("columnheader").allTextContents()).toEqual([
      "Ô",
      "Giá trị hiện tại",
      "Giá trị mới",
    ]);
    // The cell holds text, but the fix is a number, so SUM counts it; shown as it will be written.
    expect(await table.getByRole("cell").allTextContents()).toEqual(["I22", "1.500.000.000", "1.500"]);
    // Nothing is written while the preview is open.
    expect(await cell("I22")).toBe("1.500.000.000");
    await shot(page, "03-fix-preview", { docs: "fix-preview" });

    await measured("fix", async () => {
      await dialog.getByRole("button", { name: "Áp dụng" }).click();
      await panel().getByText("Đã sửa 1 ô và kiểm tra lại.").waitFor();
      await statusSays("13 phát hiện: 5 lỗi, 2 cảnh báo, 6 thông tin.");
    });
    await dialog.waitFor({ state: "detached" });
    expect(await cell("I22")).toBe(1500);
    expect(await button("Sửa ô I22").count()).toBe(0);
    await shot(page, "04-fixed");
  });

  it("Hoàn tác puts the exact previous value back (text, not a number)", async () => {
    await measured("undo", async () => {
      await button("Hoàn tác").click();
      await panel().getByText("Đã hoàn tác 1 ô và kiểm tra lại.").waitFor();
      await statusSays("14 phát hiện: 5 lỗi, 3 cảnh báo, 6 thông tin.");
    });
    await panel()
      .getByText("Năm kế hoạch 2024 (do bạn chọn); ngày tham chiếu 31/12/2024 (cuối năm kế hoạch).")
      .waitFor();
    expect(await cell("I22")).toBe("1.500.000.000");
    expect(await userSheets(page)).toEqual(original);
    await shot(page, "05-undone");
  });

  it("Đánh dấu colours every finding cell by severity; Bỏ đánh dấu restores the fills exactly", async () => {
    await measured("mark", async () => {
      await button("Đánh dấu").click();
      await panel()
        .getByText(/Đã tô màu 14 ô theo mức độ/)
        .waitFor();
    });
    const severityOf = (c: string) =>
      (Object.keys(EXPECTED) as Severity[]).find((s) => EXPECTED[s].includes(c)) as Severity;
    for (const c of FINDING_CELLS) {
      expect([c, await fake(page, "fillColors", SAMPLE_SHEET, c)]).toEqual([
        c,
        [[SEVERITY_STYLE[severityOf(c)].fill]],
      ]);
    }
    // Cells without findings keep the district's own formatting.
    expect(await fake(page, "fillColors", SAMPLE_SHEET, "H37:I37")).toEqual([
      [USER_FILLS.total, SEVERITY_STYLE.error.fill],
    ]);
    expect(await fake(page, "fillColors", SAMPLE_SHEET, "A5")).toEqual([[USER_FILLS.header]]);
    // White text would vanish on the light fill: the marked total gets the severity's dark font.
    expect(await fake(page, "fontColors", SAMPLE_SHEET, "H37:I37")).toEqual([
      [USER_FILLS.totalFont, SEVERITY_STYLE.error.font],
    ]);
    await shot(page, "06-marked");

    await measured("unmark", async () => {
      await button("Bỏ đánh dấu").click();
      await panel().getByText("Đã trả lại định dạng cũ của các ô.").waitFor();
    });
    expect(await fake(page, "fills", SAMPLE_SHEET, "E11")).toEqual([[USER_FILLS.hatch]]);
    expect(await fake(page, "fillColors", SAMPLE_SHEET, "G23:I23")).toEqual([[USER_FILLS.white, null, null]]);
    expect(await fake(page, "fontColors", SAMPLE_SHEET, "I37")).toEqual([[USER_FILLS.totalFont]]);
    expect(await userSheets(page)).toEqual(original);
    await shot(page, "07-unmarked");
  });

  it("Tổng hợp › Tạo bảng tổng hợp adds the add-in's two sheets and leaves the user's alone", async () => {
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const figures = panel().getByRole("definition");
    await figures.first().waitFor();
    await measured("summary", async () => {
      await button("Tạo bảng tổng hợp").click();
      await panel().getByText("Đã ghi trang “Tổng hợp”, “Kết quả kiểm tra”.").waitFor();
    });
    expect(await fake(page, "sheetNames")).toEqual([
      SAMPLE_SHEET,
      LOOKUP_SHEET,
      "Tổng hợp",
      "Kết quả kiểm tra",
    ]);
    expect(await userSheets(page)).toEqual(original);
    expect(await fake(page, "activeSheet")).toBe(SAMPLE_SHEET);
    // The findings sheet lists every finding by cell.
    const listed = (await fake(page, "values", "Kết quả kiểm tra", "A1:I40")).flat();
    for (const c of FINDING_CELLS) expect(listed).toContain(c);
    await shot(page, "08-summary", { docs: "summary" });
  });

  it("Kế hoạch › Tải file Word (.docx) downloads the plan with the district's figures", async () => {
    // What Tổng hợp shows now must be what the plan says.
    const [coverage, projected] = await Promise.all(
      [0, 1].map(async (i) => (await panel().getByRole("definition").nth(i).innerText()).split("\n")[0]),
    );
    expect(coverage).toMatch(/^\d+\/\d+ trường, tỉ lệ \d+,\d\d%$/);
    expect(projected).toMatch(/^\d+\/\d+ trường, tỉ lệ \d+,\d\d%$/);

    await page.getByRole("tab", { name: "Kế hoạch" }).click();
    const field = (name: string) => panel().getByRole("textbox", { name, exact: true });
    await field("Cơ quan ban hành").fill("UBND huyện Sơn Hà");
    await field("Địa danh").fill("Sơn Hà");
    await field("Số kế hoạch").fill("15/KH-UBND");
    await field("Ngày").fill("10/01/2024");
    await field("Ngày").press("Tab");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      button("Tải file Word (.docx)").click(),
    ]);
    expect(download.suggestedFilename()).toBe("ke-hoach-kdcl-2024.docx");
    const file = join(ARTIFACTS, "excel-ke-hoach-kdcl-2024.docx");
    await download.saveAs(file);
    await panel().getByText("Đã tạo file ke-hoach-kdcl-2024.docx.").waitFor();
    await shot(page, "09-plan", { docs: "plan" });

    const text = await docxText(readFileSync(file));
    for (const line of [
      "UBND HUYỆN SƠN HÀ",
      "Số: 15/KH-UBND",
      "Sơn Hà, ngày 10 tháng 01 năm 2024",
      "KẾ HOẠCH",
      "đạt chuẩn quốc gia năm 2024",
      `số trường đạt chuẩn quốc gia còn hiệu lực là ${coverage}`,
      `tổng số trường đạt chuẩn quốc gia là ${projected}`,
      // TH Hà Thành (H20): recognised in 2019 (the year only), expiring in 2024, no renewal planned:
      // its dossier falls due somewhere from 08/2023 to 07/2024.
      "TH Hà Thành | Xã Hà Thành | 2024 | 08/2023–07/2024 | Chưa có kế hoạch",
    ])
      expect(text).toContain(line);
    // The header the user typed is kept with the workbook, for next time.
    const header = (await fake(page, "settings"))["plan:header"];
    expect(JSON.parse(String(header))).toMatchObject({
      issuingBody: "UBND huyện Sơn Hà",
      number: "15/KH-UBND",
    });
  });

  it("stayed on 127.0.0.1, logged no error, and kept every action to a few syncs", () => {
    expect(traffic.errors).toEqual([]);
    expect(traffic.offsite).toEqual([]);
    for (const [action, s] of Object.entries(syncs)) {
      expect([action, s.failures]).toEqual([action, []]);
      expect([action, s.syncs <= 8]).toEqual([action, true]);
    }
  });
});

describe("the task pane in English", () => {
  it("Cài đặt › English switches every page to English and keeps the choice in the workbook", async () => {
    const p = await openPane(session.context, served.url, spec, traffic);
    await p.getByRole("tab", { name: "Cài đặt" }).click();
    await panel(p).getByRole("radio", { name: "English" }).check();
    await p.getByRole("tab", { name: "Settings", selected: true }).waitFor();
    for (const name of ["Check", "Summary", "Plan", "Settings"])
      expect([name, await p.getByRole("tab", { name, exact: true }).count()]).toEqual([name, 1]);
    // The host keeps each setting as its JSON text.
    expect(await fake(p, "settings")).toMatchObject({ lang: JSON.stringify("en") });
    await shot(p, "10-settings-en");

    await p.getByRole("tab", { name: "Check" }).click();
    await button("Check", p).click();
    await statusSays("14 findings: 5 errors, 3 warnings, 6 information.", p);
    await panel(p).getByRole("heading", { name: "Check results" }).waitFor();
    await shot(p, "11-check-en");
    expect(traffic.errors).toEqual([]);
    expect(traffic.offsite).toEqual([]);
    await p.close();
  });
});
