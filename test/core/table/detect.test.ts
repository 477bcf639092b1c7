import type { CellRange, CellValue, Grid } from "../../../src/core/grid";
import { findHeader, headerBlockAt, tableHeaders } from "../../../src/core/table/detect";

function grid(rows: CellValue[][], merges: CellRange[] = []): Grid {
  return { sheet: "S", top: 1, left: 1, cells: rows, merges, tables: [] };
}

describe("findHeader", () => {
  it("skips administrative title lines", () => {
    const g = grid(
      [
        ["TRƯỜNG MN HOA SEN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["UBND THỊ XÃ HƯƠNG TRÀ", null, "Độc lập - Tự do - Hạnh phúc"],
        ["DANH SÁCH CƠ SỞ GIÁO DỤC ĐỀ NGHỊ CÔNG NHẬN"],
        ["STT", "Tên trường", "Xã"],
        [1, "MN Hoa Sen", "Hương Xuân"],
      ],
      [
        { top: 1, left: 1, bottom: 1, right: 2 },
        { top: 1, left: 3, bottom: 1, right: 5 },
        { top: 3, left: 1, bottom: 3, right: 5 },
      ],
    );
    const block = findHeader(g, 1);
    expect(block).toMatchObject({ headerTop: 4, headerRow: 4, left: 1, right: 3 });
    expect(block!.texts).toEqual(["STT", "Tên trường", "Xã"]);
  });

  it("looks at the first 60 rows only", () => {
    const rows: CellValue[][] = Array.from({ length: 60 }, () => ["ghi chép"]);
    rows.push(["STT", "Tên trường", "Xã"]);
    expect(findHeader(grid(rows), 1)).toBeNull();
    expect(findHeader(grid(rows.slice(1)), 1)?.headerRow).toBe(60);
  });

  it("starts at the sheet's own coordinates", () => {
    const g: Grid = {
      ...grid([
        ["TT", "Tên đơn vị"],
        [1, "TH A"],
      ]),
      top: 7,
      left: 3,
    };
    expect(findHeader(g, 7)).toMatchObject({ headerRow: 7, left: 3, right: 4, texts: ["TT", "Tên đơn vị"] });
  });

  it("does not count the same header for two fields, nor a name alone", () => {
    expect(headerBlockAt(grid([["Tên trường", "Ghi chép"]]), 1)).toBeNull();
    expect(headerBlockAt(grid([["Tên trường", "Ghi chú"]]), 1)).not.toBeNull();
  });

  it("stops the header at a gap of three empty columns", () => {
    const g = grid([["STT", "Tên trường", "Cấp học", null, null, null, "Xã"]]);
    expect(headerBlockAt(g, 1)).toMatchObject({ left: 1, right: 3 });
    const h = grid([["STT", "Tên trường", null, null, "Cấp học"]]);
    expect(headerBlockAt(h, 1)).toMatchObject({ left: 1, right: 5 });
  });

  it("joins the rows of cells merged down over two header rows once", () => {
    const g = grid(
      [
        ["STT", "Tên trường", "Năm công nhận", null],
        [null, null, "KĐCLGD", "CQG"],
        [1, "TH A", 2019, 2019],
      ],
      [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 1, right: 4 },
      ],
    );
    expect(headerBlockAt(g, 1)).toMatchObject({
      headerTop: 1,
      headerRow: 2,
      texts: ["STT", "Tên trường", "Năm công nhận KĐCLGD", "Năm công nhận CQG"],
    });
  });

  it("lends the text of a group typed once without merging to the sub-headers to its right", () => {
    // A CSV export of "Kết quả công nhận năm 2019 | … năm 2024", each over "Mã công nhận | Năm".
    const g = grid([
      [
        "TT",
        "Tên trường",
        "Xã",
        "Kết quả công nhận năm 2019",
        null,
        "Kết quả công nhận năm 2024",
        null,
        "Ghi chú",
      ],
      [null, null, null, "Mã công nhận", "Năm", "Mã công nhận", "Năm", null],
      [1, "MN Phú Lộc", "Xã Phú Lộc", "CĐ1", 2019, "CĐ2-MĐ1", 2024, null],
    ]);
    expect(headerBlockAt(g, 1)).toMatchObject({
      headerTop: 1,
      headerRow: 2,
      texts: [
        "TT",
        "Tên trường",
        "Xã",
        "Kết quả công nhận năm 2019 Mã công nhận",
        "Kết quả công nhận năm 2019 Năm",
        "Kết quả công nhận năm 2024 Mã công nhận",
        "Kết quả công nhận năm 2024 Năm",
        "Ghi chú",
      ],
      ownTexts: ["TT", "Tên trường", "Xã", "Mã công nhận", "Năm", "Mã công nhận", "Năm", "Ghi chú"],
    });
  });

  it("lends no text across a header with nothing under it, nor from beyond a merged group", () => {
    const g = grid(
      [
        ["STT", "Tên trường", "Xã", null, "Kết quả công nhận", null, null, "Kinh phí", null],
        [null, null, null, "Loại hình", "KĐCLGD", "CQG", "Ghi chú", "Tổng", "NS tỉnh"],
        [1, "TH A", "Xã Ia Chim", "Công lập", 2, 1, null, 100, 60],
      ],
      [{ top: 1, left: 5, bottom: 1, right: 6 }],
    );
    expect(headerBlockAt(g, 1)?.texts).toEqual([
      "STT",
      "Tên trường",
      "Xã",
      "Loại hình",
      "Kết quả công nhận KĐCLGD",
      "Kết quả công nhận CQG",
      "Ghi chú",
      "Kinh phí Tổng",
      "Kinh phí NS tỉnh",
    ]);
  });

  it("gives a header merged across two columns to its first column only", () => {
    const g = grid(
      [
        ["STT", "Tên trường", null, "Cấp học"],
        [1, "TH A", null, "TH"],
      ],
      [{ top: 1, left: 2, bottom: 1, right: 3 }],
    );
    expect(headerBlockAt(g, 1)).toMatchObject({ headerRow: 1, texts: ["STT", "Tên trường", "", "Cấp học"] });
  });

  it("keeps a group row merged across the table right under the header as data", () => {
    const g = grid(
      [
        ["STT", "Tên trường", "Cấp học"],
        ["I. MẦM NON", null, null],
        [1, "MN A", "MN"],
      ],
      [{ top: 2, left: 1, bottom: 2, right: 3 }],
    );
    expect(headerBlockAt(g, 1)).toMatchObject({ headerTop: 1, headerRow: 1 });
  });

  it("does not take the first school row for a second header row", () => {
    const g = grid([
      ["STT", "Tên trường", "Kinh phí", null],
      [1, "TH A", 10, "x"],
    ]);
    expect(headerBlockAt(g, 1)).toMatchObject({ headerRow: 1, right: 3 });
  });
});

describe("tableHeaders", () => {
  it("keeps Excel tables with a name column and a header row", () => {
    const g: Grid = {
      ...grid([
        ["STT", "Tên trường", "Mã"],
        [1, "TH A", "x"],
      ]),
      tables: [
        { name: "T1", range: { top: 1, left: 1, bottom: 2, right: 2 }, hasHeader: true },
        { name: "T2", range: { top: 1, left: 3, bottom: 2, right: 3 }, hasHeader: true },
        { name: "T3", range: { top: 1, left: 1, bottom: 2, right: 2 }, hasHeader: false },
      ],
    };
    expect(tableHeaders(g)).toEqual([
      {
        headerTop: 1,
        headerRow: 1,
        left: 1,
        right: 2,
        texts: ["STT", "Tên trường"],
        ownTexts: ["STT", "Tên trường"],
        tableName: "T1",
        bottom: 2,
      },
    ]);
  });
});
