import type { Finding, FindingOf } from "../../../src/core/findings/finding";
import {
  fixChanges,
  fixCountsByRule,
  fixScope,
  HIGHLIGHT_STYLE,
  highlightCells,
  needsDarkFont,
} from "../../../src/core/findings/cells";
import { validate } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

const SHEET = "Danh sách";

const code = (over: Partial<FindingOf<"code-noncanonical">>): Finding => ({
  rule: "code-noncanonical",
  severity: "info",
  sheet: SHEET,
  row: 7,
  column: "KĐCLGD",
  cell: "E7",
  value: "cấp độ 2",
  params: { text: "cấp độ 2", canonical: "CĐ2", cdWordAsStandard: false },
  ...over,
});

const cellError = (cell: string | null): Finding => ({
  rule: "cell-error",
  severity: "error",
  sheet: SHEET,
  row: 7,
  column: "KĐCLGD",
  cell,
  value: "#N/A",
  params: { error: "#N/A" },
});

describe("fixes", () => {
  test("one change per cell, the first fix wins; findings without a fix or a cell change nothing", () => {
    const changes = fixChanges([
      code({ fix: "CĐ2" }),
      code({ fix: "CĐ3" }),
      code({ cell: "F7", value: "Mức độ 1", fix: "MĐ1" }),
      code({ cell: "G7", value: "1.500.000.000", fix: 1500 }),
      code({ cell: "E8" }),
      code({ cell: null, fix: "x" }),
    ]);
    expect(changes).toEqual([
      { sheet: SHEET, cell: "E7", current: "cấp độ 2", next: "CĐ2" },
      { sheet: SHEET, cell: "F7", current: "Mức độ 1", next: "MĐ1" },
      { sheet: SHEET, cell: "G7", current: "1.500.000.000", next: 1500 },
    ]);
  });

  test("an address written in lower case is the same cell", () => {
    expect(fixChanges([code({ fix: "CĐ2" }), code({ cell: "e7", fix: "CĐ3" })])).toHaveLength(1);
  });

  test("fix all of a kind takes every fixable finding of that rule on a real list, and only those", () => {
    const s = sheet({
      title: ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA"],
      header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Kinh phí (triệu đồng)"],
      rows: [
        [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ 2 - MĐ 1", 120],
        [2, "TH Kim Đồng", "Xã Ia Chim", "cđ3-mđ2", 1_500_000_000],
        [3, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", 90],
      ],
    });
    const { findings } = validate([s], { planYear: 2025 });
    const first = findings.find((f) => f.rule === "code-noncanonical");
    expect(first).toBeDefined();
    if (!first) return;
    expect(fixScope(findings, first, "one").map((c) => c.cell)).toEqual([s.cell(0, "Mã công nhận")]);
    expect(fixScope(findings, first, "rule").map((c) => [c.cell, c.next])).toEqual([
      [s.cell(0, "Mã công nhận"), "CĐ2-MĐ1"],
      [s.cell(1, "Mã công nhận"), "CĐ3-MĐ2"],
    ]);
    expect(fixCountsByRule(findings)).toEqual(
      new Map([
        ["code-noncanonical", 2],
        ["budget-unit-suspect", 1],
      ]),
    );
  });
});

describe("highlight", () => {
  test("one mark per cell, coloured by its most severe finding; table-wide findings mark nothing", () => {
    expect(
      highlightCells([
        code({ severity: "info" }),
        cellError("E7"),
        code({ severity: "warning", cell: "G8" }),
        cellError(null),
      ]),
    ).toEqual([
      { sheet: SHEET, cell: "E7", severity: "error" },
      { sheet: SHEET, cell: "G8", severity: "warning" },
    ]);
  });

  test("light text gets the dark font of the severity; ordinary text keeps its colour", () => {
    expect(needsDarkFont("#FFFFFF")).toBe(true);
    expect(needsDarkFont("#FFEB9C")).toBe(true);
    expect(needsDarkFont("#000000")).toBe(false);
    expect(needsDarkFont("#7030A0")).toBe(false);
    expect(needsDarkFont("#FF0000")).toBe(false);
    for (const style of Object.values(HIGHLIGHT_STYLE)) {
      expect(needsDarkFont(style.fill)).toBe(true);
      expect(needsDarkFont(style.font)).toBe(false);
    }
  });
});
