/**
 * Opening and reading a long list on the standalone page: both go in steps that report progress and
 * stop when the user cancels, and the stepped read gives exactly the grid of a plain read.
 */
import ExcelJS from "exceljs";
import { openFile, type OpenStep } from "../../../../src/hosts/file/browser";
import { ROWS_PER_STEP } from "../../../../src/hosts/file/browser/stepped-read";
import { gridFromWorksheet } from "../../../../src/hosts/file/workbook";
import { checkGrids } from "../../../../src/app/check";
import { TODAY } from "../../../helpers/sheet";

const SHEET = "Danh sách trường";
/** More rows than two steps hold, so the read reports progress between its ends. */
const SCHOOLS = ROWS_PER_STEP * 2 + 345;

/** A district's list as offices keep it: merged titles, section rows, NFD names, an error cell. */
async function longList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "UBND HUYỆN SƠN HÀ";
  ws.mergeCells("A1:G1");
  ws.getCell("A2").value = "DANH SÁCH TRƯỜNG HỌC ĐẠT CHUẨN QUỐC GIA NĂM HỌC 2023-2024";
  ws.mergeCells("A2:G2");
  ws.addRow(["STT", "Tên trường", "Cấp học", "Xã", "Mức KĐCLGD", "Năm công nhận", "Kế hoạch năm 2024"]);
  let n = 0;
  for (const level of ["Mầm non", "Tiểu học", "THCS"]) {
    ws.addRow([`${level.toUpperCase()}`]);
    for (let i = 0; i < SCHOOLS / 3; i++) {
      n += 1;
      const name = `Trường ${level} Số ${n}`;
      ws.addRow([
        n,
        n % 11 === 0 ? name.normalize("NFD") : name,
        level,
        `Xã Sơn ${["Hạ", "Thành", "Linh", "Trung"][n % 4]}`,
        n % 97 === 0 ? "Cấp độ 5" : `Cấp độ ${1 + (n % 3)}`,
        2017 + (n % 6),
        n % 7 === 0 ? "Đánh giá ngoài" : null,
      ]);
    }
  }
  ws.getCell(`F${ws.rowCount}`).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await longList();
});

describe("opening a long list", () => {
  test("names its steps in order, unpacking first", async () => {
    const steps: [OpenStep, number][] = [];
    const s = await openFile(bytes, "danh-sach-son-ha.xlsx", {
      onStep: (step, done) => steps.push([step, done]),
    });
    expect(steps.map(([step]) => step)).toEqual(["unpack", "prepare"]);
    expect(steps[0]?.[1]).toBe(0);
    expect(steps[1]?.[1]).toBeGreaterThan(0);
    expect(steps[1]?.[1]).toBeLessThan(1);
    expect(s.host.book.workbook.worksheets.map((ws) => ws.name)).toEqual([SHEET]);
  });

  test("stops when cancelled, with an AbortError and no workbook", async () => {
    const controller = new AbortController();
    const opening = openFile(bytes, "danh-sach-son-ha.xlsx", {
      signal: controller.signal,
      onStep: (step) => {
        if (step === "unpack") controller.abort();
      },
    });
    await expect(opening).rejects.toMatchObject({ name: "AbortError" });
  });

  test("a damaged file is still refused in the user's words, not stopped", async () => {
    const opening = openFile(bytes.slice(0, 4000), "danh-sach-son-ha.xlsx", {
      signal: new AbortController().signal,
    });
    await expect(opening).rejects.toMatchObject({ name: "InputError" });
  });
});

describe("reading a long sheet", () => {
  test("reports growing progress by rows, ends at 1, and reads what a plain read reads", async () => {
    const s = await openFile(bytes, "danh-sach-son-ha.xlsx");
    const seen: number[] = [];
    const grid = await s.host.readSheet(SHEET, { onProgress: (p) => seen.push(p.done) });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    // Each step of rows reports, so a list of more than two steps shows values between the ends.
    expect(seen.filter((d) => d > 0 && d < 1).length).toBeGreaterThanOrEqual(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);

    const plain = gridFromWorksheet(s.host.book.workbook.getWorksheet(SHEET) as ExcelJS.Worksheet);
    expect(grid).toEqual(plain);
    const period = { planYear: 2024, referenceDate: { y: 2024, m: 12, d: 31 } };
    const stepped = checkGrids([grid], period, { today: TODAY });
    const whole = checkGrids([plain], period, { today: TODAY });
    expect(stepped.findings.length).toBeGreaterThan(0);
    expect(stepped.findings).toEqual(whole.findings);
    expect(stepped.tables[0]?.records.length).toBe(whole.tables[0]?.records.length);
  });

  test("stops between steps when cancelled, with an AbortError", async () => {
    const s = await openFile(bytes, "danh-sach-son-ha.xlsx");
    const controller = new AbortController();
    const seen: number[] = [];
    const reading = s.host.readSheet(SHEET, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done > 0) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    // It stopped after the first step of rows, well before the end.
    expect(seen[seen.length - 1]).toBeLessThan(1);
  });
});
