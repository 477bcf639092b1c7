import { ChunkedWriter, JsonItems, jsonPieces, writeLines } from "../../src/cli/stream";
import { jsonEscape, jsonText, terminalLine } from "../../src/cli/terminal";

/** Findings as `kdcl validate --json` prints them, from a list typed in every way. */
function findings(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: i % 2 ? "code-noncanonical" : "renewal-due",
    severity: i % 3 ? "warning" : "info",
    sheet: "Danh sách",
    row: 6 + i,
    column: "Mã KĐCLGD-CQG",
    cell: `E${6 + i}`,
    // NFD text, a bidi override and a C1 control, as files hold them.
    value: i % 4 === 0 ? "ca\u0302\u0301p \u0111o\u0323\u0302 2\u202e" : `CĐ${i % 3}\u0085`,
    message: `Trường Tiểu học Số ${i}: mã "cấp độ 2" nên viết CĐ2.`,
    ...(i % 5 === 0 ? { fix: "CĐ2" } : {}),
    regime: undefined,
    params: { level: i % 3, years: [2019, 2024], none: null, nested: { empty: [], obj: {} } },
  }));
}

function joined(value: unknown): string {
  return [...jsonPieces(value)].join("");
}

describe("a JSON document written in pieces", () => {
  it("is JSON.stringify's text byte for byte, the streamed arrays included", () => {
    const list = findings(40);
    const doc = (items: unknown) => ({
      files: [
        {
          file: "danh-sach.xlsx",
          period: { planYear: 2026, referenceDate: "2026-12-31" },
          tables: [{ sheet: "Danh sách", range: "A5:K45", rows: 40 }],
          skipped: [],
          findings: items,
        },
        { file: "thieu.xlsx", error: "Không tìm thấy tệp thieu.xlsx." },
      ],
    });
    expect(joined(doc(new JsonItems(list)))).toBe(JSON.stringify(doc(list), null, 2));
    expect(joined(doc(new JsonItems(list.values())))).toBe(JSON.stringify(doc(list), null, 2));
  });

  it("writes an empty streamed array as [] and keeps a document without streams whole", () => {
    expect(joined({ files: [{ findings: new JsonItems([]) }] })).toBe(
      JSON.stringify({ files: [{ findings: [] }] }, null, 2),
    );
    expect([...jsonPieces({ a: [1, { b: "c" }] })]).toEqual([
      JSON.stringify({ a: [1, { b: "c" }] }, null, 2),
    ]);
  });

  it("leaves out undefined members and writes undefined items as null, as JSON.stringify does", () => {
    const value = { a: undefined, b: new JsonItems([1, undefined, "x"]), c: [undefined] };
    expect(joined(value)).toBe(JSON.stringify({ b: [1, undefined, "x"], c: [undefined] }, null, 2));
  });

  it("makes each item only when it is written", () => {
    const made: number[] = [];
    function* items() {
      for (let i = 0; i < 3; i++) {
        made.push(i);
        yield { i };
      }
    }
    const pieces = jsonPieces({ findings: new JsonItems(items()) });
    pieces.next();
    expect(made).toEqual([]);
    expect([...pieces].join("")).toContain('"i": 2');
    expect(made).toEqual([0, 1, 2]);
  });

  it("turns each item into what JSON shows only as it is written", () => {
    const turned: number[] = [];
    const rows = [6, 7, 8];
    const value = {
      findings: new JsonItems(rows, (row) => {
        turned.push(row);
        return { cell: `E${row}`, row };
      }),
    };
    const pieces = jsonPieces(value);
    const opening = pieces.next().value as string;
    expect(turned).toEqual([]);
    const json = opening + [...pieces].join("");
    expect(turned).toEqual([6, 7, 8]);
    expect(json).toBe(JSON.stringify({ findings: rows.map((row) => ({ cell: `E${row}`, row })) }, null, 2));
  });

  it("escaped piece by piece, reads as the whole text escaped at once", () => {
    const value = { findings: new JsonItems(findings(12)) };
    const plain = { findings: findings(12) };
    expect([...jsonPieces(value)].map(jsonEscape).join("")).toBe(jsonText(plain));
    expect(jsonText(plain)).toContain("\\u202e");
    expect(jsonText(plain)).not.toContain("\u0085");
  });
});

describe("output written in chunks", () => {
  it("hands on a long report in chunks of about 64 KB whose text is the lines joined", () => {
    const writes: string[] = [];
    const out = new ChunkedWriter((t) => writes.push(t));
    const lines = Array.from(
      { length: 5000 },
      (_, i) => `    Danh sách!E${i + 6}  [Mã viết chưa chuẩn] Trường Số ${i}\u001b[2J`,
    );
    writeLines(lines, terminalLine, out);
    out.end();
    expect(writes.length).toBeGreaterThan(2);
    for (const w of writes.slice(0, -1)) expect(w.length).toBeLessThan(70_000);
    expect(writes.join("")).toBe(lines.map(terminalLine).join("\n"));
    expect(writes.join("")).not.toContain("\u001b");
  });

  it("writes nothing for nothing", () => {
    const writes: string[] = [];
    const out = new ChunkedWriter((t) => writes.push(t));
    writeLines([], terminalLine, out);
    out.end();
    expect(writes).toEqual([]);
  });
});
