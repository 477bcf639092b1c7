/**
 * A Sở's roll-up in the standalone page: 100 commune lists of about 60 schools, made here, opened at once.
 * The combined figures are checked against a count made while the lists were generated; a finding
 * of one commune opens that commune's file at the cell.
 */
import type { CommuneList } from "../../helpers/communes";
import { addCommuneSheet, communeXlsx } from "../../helpers/commune-files";
import { communeList } from "../../helpers/communes";
import { formatNumber, formatPercent } from "../../../src/core/text/format";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { communeCsv } from "../../helpers/communes";
import { openStandalone, pane, saved, selectedCell, shot, type StandalonePage } from "./page";

jest.setTimeout(240_000);

const FILES = 100;
/** About 60 schools each, so that the communes' rates differ. */
const schoolsOf = (i: number): number => 54 + (i % 13);
/** The commune whose list has no CQG school, and the one with a code written out in words. */
const EMPTY = 4;
const FAULTY = 9;

let sp: StandalonePage;
let lists: CommuneList[];
let files: { name: string; mimeType: string; buffer: Buffer }[];

beforeAll(async () => {
  lists = Array.from({ length: FILES }, (_, i) => {
    const list = communeList(i, schoolsOf(i), i === EMPTY);
    if (i !== FAULTY) return list;
    // The fifth school's KĐCLGD written "cấp độ 2": a finding at D9 (title 2 rows, a blank, the header).
    const rows = list.rows.map((r, k) =>
      k === 4 ? [r[0] ?? null, r[1] ?? null, r[2] ?? null, "cấp độ 2", ...r.slice(4)] : r,
    );
    return { ...list, rows };
  });
  files = await Promise.all(
    lists.map(async (l, i) => ({
      name: `xa-${String(i + 1).padStart(3, "0")}.xlsx`,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await communeXlsx(l),
    })),
  );
  sp = await openStandalone();
  await sp.page.locator("[role=grid]").waitFor();
});

afterAll(async () => {
  await sp?.close();
});

test("100 commune files at once: the combined figures equal a direct count, units lowest rate first", async () => {
  const { page } = sp;
  await page.getByTestId("open-files").setInputFiles(files);
  const rollup = page.getByTestId("rollup");
  await rollup.waitFor({ timeout: 180_000 });

  const schools = lists.reduce((n, l) => n + l.expected.schools, 0);
  const standard = lists.reduce((n, l) => n + l.expected.standard, 0);
  const budget = lists.reduce((n, l) => n + l.expected.budget, 0);
  const figures = await page.getByTestId("rollup-figures").textContent();
  expect(figures).toContain(
    `Tỉ lệ trường đạt chuẩn quốc gia: ${formatNumber(standard)}/${formatNumber(schools)} trường, tỉ lệ ${formatPercent(standard / schools)}.`,
  );
  expect(figures).toContain(`Tổng kinh phí: ${formatNumber(budget, "vi", 3)} triệu đồng.`);
  await expect(rollup.locator("h2").textContent()).resolves.toBe("Tổng hợp 100 danh sách");

  // One line per commune, named by its title, the lowest rate first.
  const rows = page.locator("[data-testid=rollup-units] tbody tr");
  await expect(rows.count()).resolves.toBe(FILES);
  const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-unit")));
  const byRate = lists
    .map((l) => ({ place: l.place, rate: l.expected.standard / l.expected.schools }))
    .sort((a, b) => a.rate - b.rate || a.place.localeCompare(b.place, "vi"));
  expect(names[0]).toBe(lists[EMPTY]?.place);
  expect(new Set(names)).toEqual(new Set(lists.map((l) => l.place)));
  expect(names.map((n) => byRate.findIndex((x) => x.place === n))).toEqual(byRate.map((_, i) => i));
  await expect(page.getByTestId("rollup-without").textContent()).resolves.toBe(
    `Xã, phường chưa có trường đạt chuẩn quốc gia: ${lists[EMPTY]?.place}.`,
  );

  // Sorting by name, then back to the lowest rate first.
  const rateHeader = page.locator("[data-testid=rollup-units] th", { hasText: "Tỉ lệ" }).locator("button");
  await page.locator("[data-testid=rollup-units] th", { hasText: "Đơn vị" }).locator("button").click();
  const sortedNames = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-unit") ?? ""));
  expect(sortedNames).toEqual([...sortedNames].sort((a, b) => a.localeCompare(b, "vi")));
  await rateHeader.click();
  await expect(rows.first().getAttribute("data-unit")).resolves.toBe(lists[EMPTY]?.place);
  await shot(page, "rollup");
});

test("a finding of another commune opens that commune's file at the cell", async () => {
  const { page } = sp;
  const place = lists[FAULTY]?.place ?? "";
  const group = pane(page).locator(`details[data-unit="${place}"]`);
  await group.locator("summary").click();
  const finding = group.getByRole("button", { name: /^Ô D9 / });
  await finding.click();
  await page.getByText(`Đang xem: ${place}`).waitFor();
  await expect(selectedCell(page).getAttribute("data-cell")).resolves.toBe("D9");
  await expect(selectedCell(page).textContent()).resolves.toBe("cấp độ 2");
  expect(sp.errors).toEqual([]);
  expect(sp.external).toEqual([]);
});

test("the roll-up downloads as a summary workbook with its table by unit, and as a plan", async () => {
  const { page } = sp;
  const [sheet] = await Promise.all([
    page.waitForEvent("download"),
    pane(page).getByRole("button", { name: "Tải bảng tổng hợp .xlsx" }).click(),
  ]);
  expect(sheet.suggestedFilename()).toBe("tong-hop-don-vi-kdcl.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await saved(sheet, "standalone-rollup.xlsx")) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("Tổng hợp");
  const texts: string[] = [];
  ws?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  expect(
    texts.some((t) => /^\d+\. Tỉ lệ trường đạt chuẩn quốc gia theo đơn vị \(tỉ lệ thấp trước\)$/.test(t)),
  ).toBe(true);
  // Every commune on its line.
  for (const l of lists) expect(texts).toContain(l.place);

  // The Sở names itself: the communes' lists cannot. A date that is no day holds the download back.
  const heading = pane(page).getByTestId("rollup-plan-header");
  const planButton = pane(page).getByRole("button", { name: "Tải kế hoạch .docx" });
  await heading.getByLabel("Cơ quan ban hành").fill("Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi");
  await heading.getByLabel("Địa danh").fill("Quảng Ngãi");
  await heading.getByLabel("Số kế hoạch").fill("120/KH-SGDĐT");
  await heading.getByLabel("Ngày").fill("31/02/2025");
  await heading.getByText("Ngày không hợp lệ", { exact: false }).waitFor();
  await expect(planButton.isDisabled()).resolves.toBe(true);
  await heading.getByLabel("Ngày").fill("15/01/2025");
  const [plan] = await Promise.all([page.waitForEvent("download"), planButton.click()]);
  const zip = await JSZip.loadAsync(await saved(plan, "standalone-rollup-plan.docx"));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const text = xml.replace(/<[^>]+>/g, "");
  expect(text).toContain("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NGÃI");
  expect(text).toContain("Số: 120/KH-SGDĐT");
  expect(text).toContain("Quảng Ngãi, ngày 15 tháng 01 năm 2025");
  expect(text).toContain("Tỉ lệ trường đạt chuẩn quốc gia của từng đơn vị (tỉ lệ thấp trước):");
  expect(text).toContain(lists[EMPTY]?.place);
  expect(sp.errors).toEqual([]);
});

test("dropping several files on the page sums them; the lists left out are said, not counted as 0%", async () => {
  const { page } = sp;
  const dropped = [
    { name: "xa-a.csv", text: communeCsv(communeList(20, 30)) },
    { name: "xa-b.csv", text: communeCsv(communeList(21, 30)) },
    {
      name: "tra-bong.csv",
      text: "DANH SÁCH TRƯỜNG XÃ TRÀ BỒNG\r\n\r\nSTT,Tên trường,Cấp học\r\n1,MN Trà Bồng,Mầm non\r\n",
    },
  ];
  await page.evaluate((files) => {
    const data = new DataTransfer();
    for (const f of files) data.items.add(new File([f.text], f.name, { type: "text/csv" }));
    const target = document.querySelector("main") ?? document.body;
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, dropped);
  await pane(page).getByRole("heading", { name: "Tổng hợp 3 danh sách" }).waitFor({ timeout: 60_000 });
  const a = communeList(20, 30).expected;
  const b = communeList(21, 30).expected;
  const figures = await page.getByTestId("rollup-figures").textContent();
  expect(figures).toContain(
    `Tỉ lệ trường đạt chuẩn quốc gia: ${a.standard + b.standard}/60 trường, tỉ lệ ${formatPercent((a.standard + b.standard) / 60)}.`,
  );
  await expect(page.getByTestId("rollup-left-out").textContent()).resolves.toBe(
    "Không tính vào tỉ lệ chung 1 danh sách không có số liệu công nhận đáng tin (không coi là 0%): Xã Trà Bồng (không có cột mức công nhận).",
  );
  const last = page.locator("[data-testid=rollup-units] tbody tr").last();
  await expect(last.textContent()).resolves.toBe("Xã Trà Bồng1—không có cột mức công nhận");
  expect(sp.errors).toEqual([]);
});

test("Tổng hợp mọi trang tính: each sheet of the open workbook is a unit, and a finding opens its sheet", async () => {
  const { page } = sp;
  const book = [0, 1, 2].map((i) => communeList(30 + i, 40));
  const faulty = book[1] as CommuneList;
  book[1] = {
    ...faulty,
    rows: faulty.rows.map((r, k) => (k === 4 ? [...r.slice(0, 3), "cấp độ 2", ...r.slice(4)] : r)),
  };
  const wb = new ExcelJS.Workbook();
  book.forEach((l, i) => addCommuneSheet(wb, `Xã ${i + 1}`, l));
  await page.getByTestId("open-file").setInputFiles({
    name: "toan-tinh.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  await page.getByText("Tệp: toan-tinh.xlsx").waitFor();
  await page.getByRole("toolbar").getByRole("button", { name: "Tổng hợp mọi trang tính" }).click();
  await pane(page).getByRole("heading", { name: "Tổng hợp 3 danh sách" }).waitFor();
  await pane(page).getByText("Mỗi trang tính của toan-tinh.xlsx là một đơn vị.").waitFor();
  const standard = book.reduce((n, l) => n + l.expected.standard, 0);
  await expect(page.getByTestId("rollup-figures").textContent()).resolves.toContain(
    `${formatNumber(standard)}/120 trường, tỉ lệ ${formatPercent(standard / 120)}.`,
  );
  const group = pane(page).locator(`details[data-unit="${faulty.place}"]`);
  await group.locator("summary").click();
  await group.getByRole("button", { name: /^Ô D9 / }).click();
  await page.locator('[role=grid][data-sheet="Xã 2"]').waitFor();
  await expect(selectedCell(page).textContent()).resolves.toBe("cấp độ 2");
  expect(sp.errors).toEqual([]);
});
