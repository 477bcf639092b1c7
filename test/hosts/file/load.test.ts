import ExcelJS from "exceljs";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadGridsFromBuffer } from "../../../src/hosts/file/buffer";
import { InputError, loadGrids } from "../../../src/hosts/file/load";

let dir: string;
let xlsx: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kdcl-load-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow(["STT", "Tên trường", "Cấp độ"]);
  ws.addRow([1, "TH A", 2]);
  xlsx = Buffer.from(await wb.xlsx.writeBuffer());
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof InputError) return e;
    throw new Error(`not an InputError: ${String(e)}`);
  }
  throw new Error("did not fail");
}

describe("loadGrids", () => {
  it("reads an .xlsx file and a UTF-8 .csv file", async () => {
    const grids = await loadGrids(file("ds.xlsx", xlsx));
    expect(grids.map((g) => g.sheet)).toEqual(["DS"]);
    expect(grids[0]!.cells[1]).toEqual([1, "TH A", 2]);
    const csv = await loadGrids(file("Danh sach.CSV", "STT,Tên trường\r\n1,Trường Mầm non Hoa Sen\r\n"));
    expect(csv.map((g) => g.sheet)).toEqual(["Danh sach"]);
    expect(csv[0]!.cells[1]).toEqual(["1", "Trường Mầm non Hoa Sen"]);
    const xlsm = await loadGrids(file("ds.xlsm", xlsx));
    expect(xlsm).toHaveLength(1);
  });

  it.each([
    ["missing", () => join(dir, "khong-co.xlsx")],
    [
      "directory",
      () => {
        const d = join(dir, "thu-muc.xlsx");
        mkdirSync(d, { recursive: true });
        return d;
      },
    ],
    ["empty", () => file("rong.xlsx", "")],
    ["not-workbook", () => file("van-ban.xlsx", "STT,Tên trường\n1,TH A\n")],
    ["corrupt", () => file("cut.xlsx", xlsx.subarray(0, Math.floor(xlsx.length / 2)))],
    ["not-workbook", () => file("cu.xls", "\xd0\xcf\x11\xe0")],
    ["not-workbook", () => file("ds.ods", "x")],
    ["unsupported", () => file("ds.numbers", "x")],
    // Windows-1252 "Müller;Größe": not UTF-8, and nothing Vietnamese in Windows-1258 either.
    [
      "encoding",
      () =>
        file(
          "ansi.csv",
          new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x47, 0x72, 0xf6, 0xdf, 0x65, 0x0a]),
        ),
    ],
  ])("reports %s as an InputError with a one-line message", async (kind, make) => {
    const e = await failure(loadGrids(make()));
    expect(e.kind).toBe(kind);
    for (const text of [e.vi, e.en, e.message]) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/\n|\bat \w|Error:/);
    }
    expect(e.message).toBe(e.en);
  });

  it("tells a CSV user whose file is in another code page to save it as CSV UTF-8", async () => {
    const e = await failure(loadGrids(file("ansi2.csv", new Uint8Array([0x61, 0xe4, 0x3b, 0x62, 0x0a]))));
    expect(e.vi).toMatch(/^Tệp .*ansi2\.csv không phải/);
    expect(e.vi).toContain(
      ' không phải văn bản UTF-8, UTF-16 hay Windows-1258: hãy lưu lại dạng "CSV UTF-8".',
    );
  });

  it("reports a workbook with no worksheets", async () => {
    const empty = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    const e = await failure(loadGrids(file("khong-trang.xlsx", empty)));
    expect(e.kind).toBe("no-sheets");
  });

  it("reports a zip that is not a workbook", async () => {
    // A zip of one text file, stored: local header, data, central directory, end record.
    const name = Buffer.from("a.txt");
    const body = Buffer.from("hello");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(body.length, 22);
    local.writeUInt32LE(0x3610a686, 14); // crc32("hello")
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(0x3610a686, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(body.length, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length + body.length, 16);
    const zip = Buffer.concat([local, name, body, central, name, end]);
    const e = await failure(loadGrids(file("zip.xlsx", zip)));
    expect(e.kind).toBe("not-workbook");
  });
});

describe("loadGridsFromBuffer", () => {
  it("reads an ArrayBuffer as the browser gives it", async () => {
    const ab = new ArrayBuffer(xlsx.byteLength);
    new Uint8Array(ab).set(xlsx);
    const grids = await loadGridsFromBuffer(ab, "C:\\Users\\a\\ds.xlsx");
    expect(grids[0]!.cells[0]).toEqual(["STT", "Tên trường", "Cấp độ"]);
  });

  it("checks the extension before the content", async () => {
    expect((await failure(loadGridsFromBuffer(new Uint8Array(xlsx), "ds.txt"))).kind).toBe("unsupported");
    expect((await failure(loadGridsFromBuffer(new Uint8Array(0), "ds.csv"))).kind).toBe("empty");
  });
});
