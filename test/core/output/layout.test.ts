import { SheetLayout, text } from "../../../src/core/output/layout";
import { inReadingOrder } from "../../../src/core/output/model";

const COLUMNS = [
  { width: 12, wrap: false },
  { width: 30, wrap: true },
];

describe("a sheet's cells, as the layout hands them on", () => {
  it("come row by row, left to right, whatever order they were put in", () => {
    const out = new SheetLayout("summary", "Tổng hợp", COLUMNS);
    out.put(4, 2, text("Xã Ia Chim"));
    out.put(2, 1, text("Đơn vị"), "header");
    out.put(4, 1, text("Trường Tiểu học Kim Đồng"), undefined, { sheet: "Danh sách", cell: "B7" });
    out.put(2, 2, text("Ghi chú"), "header");
    const sheet = out.build();
    expect(sheet.cells.map((c) => [c.row, c.col])).toEqual([
      [2, 1],
      [2, 2],
      [4, 1],
      [4, 2],
    ]);
    expect(sheet.cells[0]).toEqual({ row: 2, col: 1, value: text("Đơn vị"), style: "header" });
    expect(sheet.cells[2]).toEqual({
      row: 4,
      col: 1,
      value: text("Trường Tiểu học Kim Đồng"),
      link: { sheet: "Danh sách", cell: "B7" },
    });
    // A plain cell carries no style or link member at all, not one set to undefined.
    expect(Object.keys(sheet.cells[3] ?? {})).toEqual(["row", "col", "value"]);
  });

  it("keep the order they were put in at the same place, and are a copy the layout no longer changes", () => {
    const out = new SheetLayout("summary", "Tổng hợp", COLUMNS);
    out.put(3, 1, text("trước"));
    out.put(3, 1, text("sau"));
    out.put(1, 1, text("Tiêu đề"), "title");
    const sheet = out.build();
    expect(sheet.cells.map((c) => (c.value.kind === "text" ? c.value.text : ""))).toEqual([
      "Tiêu đề",
      "trước",
      "sau",
    ]);
    out.put(9, 1, text("thêm"));
    expect(sheet.cells).toHaveLength(3);
  });
});

describe("cells in reading order", () => {
  const cell = (row: number, col: number, t: string) => ({ row, col, value: text(t) });

  it("are the same array when they already are, with nothing copied", () => {
    const cells = [cell(1, 1, "Tiêu đề"), cell(2, 1, "Mức độ"), cell(2, 2, "Quy tắc"), cell(3, 1, "Lỗi")];
    expect(inReadingOrder(cells)).toBe(cells);
  });

  it("are a sorted copy otherwise, the given array left as it was", () => {
    const cells = [cell(3, 1, "Lỗi"), cell(2, 2, "Quy tắc"), cell(2, 1, "Mức độ")];
    const sorted = inReadingOrder(cells);
    expect(sorted.map((c) => [c.row, c.col])).toEqual([
      [2, 1],
      [2, 2],
      [3, 1],
    ]);
    expect(cells.map((c) => c.row)).toEqual([3, 2, 2]);
  });
});
