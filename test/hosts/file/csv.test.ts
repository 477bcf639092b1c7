import { readSchoolTables, valueOf } from "../../../src/core/table/read";
import { detectDelimiter, gridFromCsv, parseCsv } from "../../../src/hosts/file/csv";

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, line breaks in quotes and CRLF", () => {
    const text = 'a,"b, c","say ""hi"""\r\n"line\r\nbreak",,x\r\n';
    expect(parseCsv(text, ",")).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["line\r\nbreak", null, "x"],
    ]);
  });

  it("reads a last line without a line break, LF and CR endings, and empty quoted fields", () => {
    expect(parseCsv('1;"";3\n4;5;\r6', ";")).toEqual([["1", null, "3"], ["4", "5", null], ["6"]]);
  });

  it("keeps a quote inside an unquoted field as written", () => {
    expect(parseCsv('Trường "Hoa Sen",2', ",")).toEqual([['Trường "Hoa Sen"', "2"]]);
  });
});

describe("detectDelimiter", () => {
  it("prefers the delimiter that splits the lines alike", () => {
    expect(detectDelimiter("STT;Tên trường;Kinh phí\n1;TH A;31.162,5\n2;TH B;13.335\n")).toBe(";");
    expect(detectDelimiter("STT,Tên trường\n1,TH A\n")).toBe(",");
    expect(detectDelimiter("STT\tTên trường\tGhi chú\n1\tTH A\tCN lại, năm 2024\n")).toBe("\t");
    expect(detectDelimiter('DANH SÁCH\nSTT;"Tên, trường";Xã\n1;"TH A, B";Hương Xuân\n')).toBe(";");
  });
});

describe("gridFromCsv", () => {
  it("reads a ';' list with a BOM, a title line and quoted fields, values kept as text", () => {
    const text =
      "\uFEFFDANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA;;;;\r\n" +
      ";;;;\r\n" +
      'STT;Tên trường;"Xã/phường";Mức độ;Kinh phí (triệu đồng)\r\n' +
      '1.;"MN Hương Xuân";Hương Xuân;MĐ1;44.497\r\n' +
      '2.;"TH ""Số 1"" Hương Toàn";"Hương Toàn";#N/A;"31.162,5"\r\n' +
      "Tổng cộng;;;;75.659,5\r\n";
    const g = gridFromCsv(text, "ds");
    expect(g.sheet).toBe("ds");
    expect(g.cells[0]![0]).toBe("DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA");
    expect(g.cells[1]).toEqual([null, null, null, null, null]);
    const [t] = readSchoolTables(g);
    expect(t!.headerRow).toBe(3);
    expect(Object.values(t!.columns).map((c) => `${c.field}@${c.col}`)).toEqual([
      "seq@1",
      "name@2",
      "commune@3",
      "standard@4",
      "budget@5",
    ]);
    expect(t!.rows.map((r) => `${r.row}:${r.kind}`)).toEqual(["4:school", "5:school", "6:total"]);
    expect(valueOf(t!, t!.rows[0]!, "budget")).toBe("44.497");
    expect(valueOf(t!, t!.rows[1]!, "name")).toBe('TH "Số 1" Hương Toàn');
    // A CSV has no error cells: "#N/A" is text.
    expect(valueOf(t!, t!.rows[1]!, "standard")).toBe("#N/A");
  });
});
