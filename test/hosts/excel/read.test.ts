import { planRead } from "../../../src/hosts/excel/read";
import type { Progress } from "../../../src/hosts/host";
import { snapshotWorkbook } from "../../fakes/office";
import { schoolList } from "../../fakes/office/school-list";
import { API_17, expectedGrid, setup, teardown } from "./helpers";
import { createExcelHost } from "../../../src/hosts/excel/host";

afterEach(teardown);

const FIVE_MB = 5 * 1024 * 1024;

describe("readSheet", () => {
  it("reads a 50 000-row list with titles, merges and error values into exactly the expected Grid", async () => {
    const list = schoolList(50_000);
    const { host, office } = await setup({ sheets: [list.sheet] });
    const grid = await host.readSheet(null);
    expect(grid).toEqual(expectedGrid(list.sheet));
    // The VLOOKUP errors are errors; the note typed as "#N/A" stays text.
    expect(grid.cells[211 + 6 - 1]?.[6]).toEqual({ error: "#N/A" });
    expect(grid.cells[997 + 6 - 1]?.[11]).toBe("#N/A");
    expect(office.stats.failures).toEqual([]);
    expect(office.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(office.stats.maxCellsRead).toBeLessThan(5_000_000);
    expect(office.stats.runs).toBe(1);
  });

  it("uses the same small number of syncs for 1 000, 10 000 and 50 000 rows", async () => {
    const counts: number[] = [];
    for (const rows of [1_000, 10_000, 50_000]) {
      const list = schoolList(rows);
      const { host, office } = await setup({ sheets: [list.sheet] });
      await host.readSheet("Danh sách");
      counts.push(office.stats.syncs);
      expect(office.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
    }
    // 1 (address, tables, merges) + 3 slices of values + 1 (value types of the "#N/A" columns).
    expect(counts).toEqual([5, 5, 5]);
  });

  it("needs no value-type sync when no string looks like an error", async () => {
    const counts: number[] = [];
    for (const rows of [1_000, 10_000, 50_000]) {
      const list = schoolList(rows);
      const clean = (list.sheet.rows ?? []).map((r) =>
        r.map((c) => (c === "#N/A" || (typeof c === "object" && c?.error !== undefined) ? 2020 : c)),
      );
      const { host, office } = await setup({ sheets: [{ ...list.sheet, rows: clean }] });
      const grid = await host.readSheet(null);
      expect(grid.cells.flat().some((v) => typeof v === "object" && v !== null && "error" in v)).toBe(false);
      counts.push(office.stats.syncs);
    }
    expect(counts).toEqual([4, 4, 4]);
  });

  it("plans three slices up to 750 000 cells, then one more per 250 000", () => {
    const slices = (rows: number, cols = 12) =>
      planRead({ top: 1, left: 1, bottom: rows, right: cols }).length;
    expect([1_000, 10_000, 50_000, 62_500].map((r) => slices(r))).toEqual([3, 3, 3, 3]);
    expect(slices(100_000)).toBe(5);
    expect(slices(1_000_000)).toBe(48);
    // Every block stays far below Excel's 5 million cells per read.
    for (const batch of planRead({ top: 1, left: 1, bottom: 1_048_576, right: 50 }))
      for (const b of batch) expect((b.bottom - b.top + 1) * 50).toBeLessThanOrEqual(50_000);
  });

  it("re-plans when the data is far denser than planned, and every accepted request stays under the limit", async () => {
    const long = "Ghi chú rất dài về hồ sơ kiểm định chất lượng giáo dục ".repeat(8);
    const rows = Array.from({ length: 20_000 }, (_, i) => [i + 1, `Trường ${i + 1}`, long, long]);
    const { host, office } = await setup({ sheets: [{ name: "Dài", rows }] });
    const grid = await host.readSheet("Dài");
    expect(grid.cells).toHaveLength(20_000);
    expect(grid.cells[19_999]).toEqual([20_000, "Trường 20000", long, long]);
    // The first slice (~6 700 rows of ~1 KB, planned before any byte was seen) is refused and halved
    // until it fits; the bytes per cell it then measures re-cut the other slices, which all pass.
    expect(office.stats.failures.length).toBeGreaterThan(0);
    expect(office.stats.failures.length).toBeLessThanOrEqual(3);
    expect(office.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
  });

  it("retries a slice in halves when Excel refuses its size", async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => [i + 1, `Trường ${i + 1}`, "x".repeat(200)]);
    const { host, office } = await setup({ sheets: [{ name: "S", rows }] }, { maxRequestBytes: 150_000 });
    const grid = await host.readSheet("S");
    expect(grid.cells).toHaveLength(3_000);
    expect(office.stats.failures).toContain("ResponsePayloadSizeLimitExceeded");
    expect(office.stats.maxRequestBytes).toBeLessThanOrEqual(150_000);
  });

  it("reads a list that starts below and right of A1, with its Excel table", async () => {
    const spec = {
      name: "DS",
      top: 3,
      left: 2,
      rows: [
        ["STT", "Tên trường", "Xã"],
        [1, "MN Hoa Sen", "Xã Ia Chim"],
        [2, "=> text, not a formula", null],
      ],
      tables: [{ name: "DSTruong", range: "B3:D5" }],
    };
    const { host } = await setup({ sheets: [{ name: "Khác", rows: [["x"]] }, spec], active: "Khác" });
    const grid = await host.readSheet("DS");
    expect(grid).toEqual(expectedGrid(spec));
    expect(grid.top).toBe(3);
    expect(grid.left).toBe(2);
  });

  it("reads an empty sheet in one sync", async () => {
    const { host, office } = await setup({ sheets: [{ name: "Trống" }] });
    expect(await host.readSheet(null)).toEqual({
      sheet: "Trống",
      top: 1,
      left: 1,
      cells: [],
      merges: [],
      tables: [],
    });
    expect(office.stats.syncs).toBe(1);
  });

  it("reads on the ExcelApi 1.7 floor (no merged areas there)", async () => {
    const list = schoolList(2_000);
    const { office } = await setup({ sheets: [list.sheet] }, { apiVersion: "1.7" });
    const host = await createExcelHost();
    office.stats.reset();
    const grid = await host.readSheet(null);
    expect(grid).toEqual(expectedGrid(list.sheet, { merges: false }));
    expect(host.api).toEqual(API_17);
    expect(office.stats.requests.every((r) => r.failed === undefined)).toBe(true);
  });

  it("reports progress up to 1 and rejects a cancelled read with an AbortError, changing nothing", async () => {
    const list = schoolList(20_000);
    const { host, office } = await setup({ sheets: [list.sheet] });
    const before = snapshotWorkbook(office.workbook);
    const progress: Progress[] = [];
    await host.readSheet(null, { onProgress: (p) => progress.push(p) });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress[progress.length - 1]?.done).toBe(1);

    const controller = new AbortController();
    const seen: number[] = [];
    const read = host.readSheet(null, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done > 0.3) controller.abort();
      },
    });
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
    expect(Math.max(...seen)).toBeLessThan(1);
    expect(snapshotWorkbook(office.workbook)).toEqual(before);

    const early = new AbortController();
    early.abort();
    office.stats.reset();
    await expect(host.readSheet(null, { signal: early.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(office.stats.syncs).toBe(0);
  });
});
