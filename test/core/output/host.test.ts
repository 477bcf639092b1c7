import fc from "fast-check";
import type { ExistingSheet, SheetHost, SheetInventory } from "../../../src/core/output/host";
import {
  existingSheets,
  freeSheetName,
  markReference,
  OWNER_NAMES,
  planSheetWrites,
  sheetOfReference,
  writeOutput,
} from "../../../src/core/output/host";
import type { OutputSheet, OutputSheetId } from "../../../src/core/output/model";

const VI = [
  { id: "summary", name: "Tổng hợp" },
  { id: "findings", name: "Kết quả kiểm tra" },
] as const;
const EN = [
  { id: "summary", name: "Summary" },
  { id: "findings", name: "Check results" },
] as const;

const user = (name: string): ExistingSheet => ({ name, ours: null });
const ours = (name: string, id: OutputSheetId): ExistingSheet => ({ name, ours: id });

describe("ownership marks", () => {
  test("each output sheet has its own workbook-level name", () => {
    expect(OWNER_NAMES).toEqual({ summary: "KDCL_OWNED_SUMMARY", findings: "KDCL_OWNED_FINDINGS" });
  });

  test("a mark points at A1 of the sheet, quoted as Excel writes references", () => {
    expect(markReference("Tổng hợp")).toBe("'Tổng hợp'!$A$1");
    expect(markReference("O'Brien")).toBe("'O''Brien'!$A$1");
  });

  test.each([
    ["'Tổng hợp'!$A$1", "Tổng hợp"],
    ["='Kết quả kiểm tra'!$A$1", "Kết quả kiểm tra"],
    ["Summary!$A$1", "Summary"],
    ["=Summary!A1:B2", "Summary"],
    ["'O''Brien'!$A$1", "O'Brien"],
    ["#REF!$A$1", null],
    ["=#REF!", null],
    ["$A$1", null],
    ["", null],
  ])("%s points into %s", (ref, sheet) => {
    expect(sheetOfReference(ref)).toBe(sheet);
  });

  test("a reference written by markReference reads back as the same sheet, for any name", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31 }),
        (name) => sheetOfReference(markReference(name)) === name,
      ),
    );
  });

  test("a sheet is ours only when a mark points into it, compared as Excel compares names", () => {
    const inventory: SheetInventory = {
      sheets: ["Danh sách", "Tổng hợp", "tổng hợp cũ", "Kết quả kiểm tra"],
      marks: { summary: "'TỔNG HỢP CŨ'!$A$1", findings: "#REF!$A$1" },
    };
    expect(existingSheets(inventory)).toEqual([
      user("Danh sách"),
      user("Tổng hợp"),
      ours("tổng hợp cũ", "summary"),
      user("Kết quả kiểm tra"),
    ]);
  });

  test("two marks into one sheet: the first id keeps it, the other is not present", () => {
    const inventory: SheetInventory = {
      sheets: ["Tổng hợp"],
      marks: { summary: "'Tổng hợp'!$A$1", findings: "'Tổng hợp'!$A$1" },
    };
    expect(existingSheets(inventory)).toEqual([ours("Tổng hợp", "summary")]);
  });
});

describe("planSheetWrites", () => {
  test("a workbook with only the user's list: both sheets are added under their names", () => {
    expect(planSheetWrites([user("Danh sách")], VI)).toEqual({
      remove: [],
      write: [
        { id: "summary", name: "Tổng hợp" },
        { id: "findings", name: "Kết quả kiểm tra" },
      ],
    });
  });

  test("a user sheet with our name is never touched: ours goes to “Tổng hợp (2)”", () => {
    const plan = planSheetWrites([user("Danh sách"), user("Tổng hợp")], VI);
    expect(plan.remove).toEqual([]);
    expect(plan.write).toEqual([
      { id: "summary", name: "Tổng hợp (2)" },
      { id: "findings", name: "Kết quả kiểm tra" },
    ]);
  });

  test("names compare case-insensitively, and (2) taken too gives (3)", () => {
    const plan = planSheetWrites([user("TỔNG HỢP"), user("tổng hợp (2)")], VI);
    expect(plan.write[0]).toEqual({ id: "summary", name: "Tổng hợp (3)" });
  });

  test("our sheet renamed by the user is still replaced, and the new one takes our name", () => {
    const plan = planSheetWrites([user("Danh sách"), ours("Tổng hợp 2023", "summary")], VI);
    expect(plan.remove).toEqual(["Tổng hợp 2023"]);
    expect(plan.write[0]).toEqual({ id: "summary", name: "Tổng hợp" });
  });

  test("regenerating replaces both of ours under the same names", () => {
    const existing = [user("Danh sách"), ours("Tổng hợp", "summary"), ours("Kết quả kiểm tra", "findings")];
    expect(planSheetWrites(existing, VI)).toEqual({
      remove: ["Tổng hợp", "Kết quả kiểm tra"],
      write: [
        { id: "summary", name: "Tổng hợp" },
        { id: "findings", name: "Kết quả kiểm tra" },
      ],
    });
  });

  test("ours at “Tổng hợp (2)” beside the user's “Tổng hợp” stays at (2) when regenerated", () => {
    const existing = [user("Tổng hợp"), ours("Tổng hợp (2)", "summary")];
    const plan = planSheetWrites(existing, VI);
    expect(plan.remove).toEqual(["Tổng hợp (2)"]);
    expect(plan.write[0]).toEqual({ id: "summary", name: "Tổng hợp (2)" });
  });

  test("switching language replaces ours with the English names", () => {
    const existing = [user("Danh sách"), ours("Tổng hợp", "summary"), ours("Kết quả kiểm tra", "findings")];
    expect(planSheetWrites(existing, EN)).toEqual({
      remove: ["Tổng hợp", "Kết quả kiểm tra"],
      write: [
        { id: "summary", name: "Summary" },
        { id: "findings", name: "Check results" },
      ],
    });
  });

  test("switching language when the user has a sheet named like the new language's", () => {
    const existing = [user("Summary"), ours("Tổng hợp", "summary")];
    const plan = planSheetWrites(existing, EN);
    expect(plan.remove).toEqual(["Tổng hợp"]);
    expect(plan.write[0]).toEqual({ id: "summary", name: "Summary (2)" });
  });

  test("writing only one sheet leaves our other sheet alone", () => {
    const existing = [ours("Tổng hợp", "summary"), ours("Kết quả kiểm tra", "findings")];
    const plan = planSheetWrites(existing, [VI[1]]);
    expect(plan).toEqual({
      remove: ["Kết quả kiểm tra"],
      write: [{ id: "findings", name: "Kết quả kiểm tra" }],
    });
  });

  test("the same id twice is refused", () => {
    expect(() => planSheetWrites([], [VI[0], VI[0]])).toThrow();
  });

  test("invariants over arbitrary workbooks: user sheets are never removed, names are free and unique", () => {
    const names = fc.constantFrom(
      "Tổng hợp",
      "tổng hợp",
      "Tổng hợp (2)",
      "Kết quả kiểm tra",
      "Summary",
      "Danh sách",
      "X",
    );
    const sheet = fc.record({
      name: names,
      ours: fc.constantFrom<OutputSheetId | null>(null, null, "summary", "findings"),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(sheet, { selector: (s) => s.name.toLowerCase(), maxLength: 6 }),
        fc.boolean(),
        (raw, en) => {
          // At most one sheet per id, as existingSheets guarantees.
          const seen = new Set<OutputSheetId>();
          const existing = raw.map((s) => {
            if (s.ours === null || seen.has(s.ours)) return user(s.name);
            seen.add(s.ours);
            return s;
          });
          const plan = planSheetWrites(existing, en ? EN : VI);
          const removed = new Set(plan.remove);
          if (existing.some((s) => s.ours === null && removed.has(s.name))) return false;
          const remaining = existing.filter((s) => !removed.has(s.name)).map((s) => s.name.toLowerCase());
          const written = plan.write.map((w) => w.name.toLowerCase());
          return (
            new Set([...remaining, ...written]).size === remaining.length + written.length &&
            plan.write.every((w) => w.name.length <= 31)
          );
        },
      ),
    );
  });
});

describe("freeSheetName", () => {
  test("keeps within Excel's 31 characters and its allowed characters", () => {
    const long = "Một tên trang tính rất là dài quá mức cho phép";
    const name = freeSheetName(long, new Set([long.slice(0, 31).toLowerCase()]));
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(" (2)")).toBe(true);
    expect(freeSheetName("a/b:c", new Set())).toBe("a b c");
  });
});

/** An in-memory workbook behind the host interface, as a test double for any host. */
class FakeHost implements SheetHost {
  sheets: { name: string; content: string }[];
  marks: Partial<Record<OutputSheetId, string>> = {};
  log: string[] = [];
  constructor(names: string[]) {
    this.sheets = names.map((name) => ({ name, content: `user:${name}` }));
  }
  async inventory(): Promise<SheetInventory> {
    return { sheets: this.sheets.map((s) => s.name), marks: { ...this.marks } };
  }
  async remove(name: string): Promise<void> {
    this.log.push(`remove ${name}`);
    this.sheets = this.sheets.filter((s) => s.name !== name);
  }
  async write(sheet: OutputSheet, name: string): Promise<void> {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`exists: ${name}`);
    this.log.push(`write ${name}`);
    this.sheets.push({ name, content: `ours:${sheet.id}:${sheet.cells.length}` });
  }
  async mark(id: OutputSheetId, name: string): Promise<void> {
    this.marks[id] = markReference(name);
  }
}

const model = (id: OutputSheetId, name: string, cells = 0): OutputSheet => ({
  id,
  name,
  cells: Array.from({ length: cells }, (_, i) => ({
    row: i + 1,
    col: 1,
    value: { kind: "text", text: "x" },
  })),
  tables: [],
  merges: [],
  columns: [],
  charts: [],
  rowHeights: [],
  print: {
    paper: "A4",
    orientation: "portrait",
    fitToPagesWide: 1,
    titleRows: null,
    area: "A1:A1",
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    centerHorizontally: true,
    scale: 1,
  },
});

describe("writeOutput through a host", () => {
  test("regenerating twice keeps one of each of ours and never touches the user's sheets", async () => {
    const host = new FakeHost(["Danh sách", "Tổng hợp"]);
    await writeOutput(host, [model("summary", "Tổng hợp", 1), model("findings", "Kết quả kiểm tra", 1)]);
    await writeOutput(host, [model("summary", "Tổng hợp", 2), model("findings", "Kết quả kiểm tra", 2)]);
    expect(host.sheets).toEqual([
      { name: "Danh sách", content: "user:Danh sách" },
      { name: "Tổng hợp", content: "user:Tổng hợp" },
      { name: "Tổng hợp (2)", content: "ours:summary:2" },
      { name: "Kết quả kiểm tra", content: "ours:findings:2" },
    ]);
    expect(host.marks).toEqual({ summary: "'Tổng hợp (2)'!$A$1", findings: "'Kết quả kiểm tra'!$A$1" });
    expect(host.log.filter((l) => l.startsWith("remove"))).toEqual([
      "remove Tổng hợp (2)",
      "remove Kết quả kiểm tra",
    ]);
  });

  test("after the user deletes their own sheet with our name, ours takes the plain name back", async () => {
    const host = new FakeHost(["Tổng hợp"]);
    await writeOutput(host, [model("summary", "Tổng hợp")]);
    host.sheets = host.sheets.filter((s) => s.content !== "user:Tổng hợp");
    await writeOutput(host, [model("summary", "Tổng hợp")]);
    expect(host.sheets.map((s) => s.name)).toEqual(["Tổng hợp"]);
    expect(host.marks.summary).toBe("'Tổng hợp'!$A$1");
  });
});
