import { parseAction } from "../../../src/core/schools/actions";
import { parseCode } from "../../../src/core/schools/codes";
import { dropdownValues, LIST_FIELDS, templateHeaders } from "../../../src/core/schools/dropdowns";
import { REGIMES } from "../../../src/core/schools/regimes";
import { typeFromColumn } from "../../../src/core/schools/types";
import { readSchoolTables } from "../../../src/core/table/read";
import { validate } from "../../../src/core/validate";

describe("drop-down values", () => {
  it.each(REGIMES.map((r) => [r.id, r] as const))(
    "under %s every value reads back canonically",
    (_, regime) => {
      for (const v of dropdownValues("combinedCode", regime)) {
        const p = parseCode(v, "combined");
        expect(p.kind === "ok" && p.isCanonical).toBe(true);
      }
      for (const v of dropdownValues("accreditation", regime))
        expect(parseCode(v, "accreditation").kind).toBe("ok");
      for (const v of dropdownValues("type", regime)) expect(typeFromColumn(v)).not.toBeNull();
      for (const v of dropdownValues("action", regime)) expect(parseAction(v).kind).toBe("ok");
    },
  );

  it("offers a CQG mức độ only with the cấp độ it requires (TT 2018: MĐ2 needs CĐ3)", () => {
    const tt2018 = REGIMES.find((r) => r.id === "tt2018")!;
    const codes = dropdownValues("combinedCode", tt2018);
    expect(codes).toContain("CĐ3-MĐ2");
    expect(codes).not.toContain("CĐ1-MĐ2");
    expect(codes.join(",").length).toBeLessThanOrEqual(255);
    for (const f of LIST_FIELDS) expect(dropdownValues(f, tt2018).join(",").length).toBeLessThanOrEqual(255);
  });
});

describe("template headers", () => {
  it.each(["commune", "province"] as const)(
    "a %s list's headers are read as their fields, and a chosen row is clean",
    (kind) => {
      const headers = templateHeaders(kind);
      const tt2018 = REGIMES.find((r) => r.id === "tt2018")!;
      const row = headers.map((h) =>
        h.field === "seq"
          ? "1."
          : h.field === "name"
            ? "MN Hoa Sen"
            : h.field === "type"
              ? "Mầm non"
              : h.field === "commune"
                ? "Xã Sơn Hà"
                : h.field === "accreditation"
                  ? "CĐ2"
                  : h.field === "standard"
                    ? "MĐ1"
                    : h.field === "decisionDate"
                      ? "15/03/2021"
                      : h.field === "decisionNumber"
                        ? "125/QĐ-UBND"
                        : h.field === "action"
                          ? (dropdownValues("action", tt2018)[1] ?? null)
                          : h.field === "budget"
                            ? 250
                            : "Ngân sách tỉnh",
      );
      const grid = {
        sheet: "Danh sách mới",
        top: 1,
        left: 1,
        cells: [headers.map((h) => h.header), row],
        merges: [],
        tables: [],
      };
      const [table] = readSchoolTables(grid);
      for (const [i, h] of headers.entries()) expect(table?.columns[h.field]?.col).toBe(i + 1);
      const errors = validate([grid], { planYear: 2026 }).findings.filter((f) => f.severity === "error");
      expect(errors).toEqual([]);
    },
  );
});
