import type { CellValue, Grid } from "../../grid";
import { checkGrids } from "../../../app/check";
import { fixScope } from "../../findings/cells";
import type { Finding } from "../../findings/finding";
import { check, findingsOf, planOptions, sheet, TODAY } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";
import { encodeTcvn3, encodeVni } from "../../../../test/helpers/legacy-text";

const RULE = "legacy-encoding";
const OPTIONS = planOptions(2025);

const TITLE = ["UBND HUYỆN GIA BÌNH", "DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2025"];
const HEADER = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận", "Hình thức công nhận"];
const ROWS: readonly (readonly CellValue[])[] = [
  [1, "Trường Mầm non Hoa Sen", "Xã Đông Cứu", "CĐ2-MĐ1", 2019, "Công nhận lại"],
  [2, "Trường Tiểu học Nguyễn Trãi", "Xã Lãng Ngâm", "CĐ3-MĐ2", 2021, null],
  [3, "Trường THCS Lê Lợi", "Thị trấn Gia Bình", "CĐ2-MĐ2", 2020, "Nâng mức"],
  [4, "Trường THCS Võ Thị Sáu", "Xã Đại Bái", "", null, "Công nhận mới"],
];

/** The list as ABC or VNI typed it: every text cell, title and header included, in the old font. */
function typedWith(encode: (s: string) => string, only?: readonly number[]): Grid {
  const enc = (v: CellValue, col: number): CellValue =>
    typeof v === "string" && (only === undefined || only.includes(col)) ? encode(v) : v;
  return sheet({
    title: only === undefined ? TITLE.map((t) => encode(t)) : TITLE,
    header: HEADER.map((h, i) => enc(h, i) as string),
    rows: ROWS.map((r) => r.map(enc)),
  });
}

const unicode = sheet({ title: TITLE, header: HEADER, rows: ROWS });

/** What a finding says about the list, apart from how the cell is spelled. */
const gist = (f: Finding) => ({ rule: f.rule, cell: f.cell, severity: f.severity, params: f.params });

describe("legacy-encoding", () => {
  it("reads a TCVN3 list as the Unicode it stands for: the same findings as the Unicode list, plus one per column", () => {
    const tcvn3 = typedWith(encodeTcvn3);
    expect(String(tcvn3.cells[6]?.[1])).toBe("Tr\u00adêng THCS Lª Lîi");
    const legacy = check(tcvn3, OPTIONS);
    const clean = check(unicode, OPTIONS);
    expect(legacy.filter((f) => f.rule !== RULE).map(gist)).toEqual(clean.map(gist));
    // "C§2-M§2" still gets its code finding: a level 2 standard needs accreditation level 3.
    expect(clean.some((f) => f.cell === "D7" && f.rule.startsWith("standard-"))).toBe(true);
    // The plan year is read from the TCVN3 title.
    expect(checkGrids([tcvn3], {}, { today: TODAY }).period.planYear).toBe(2025);
  });

  it("reports each legacy column once, at its first converted cell, with a fix that converts the whole column", () => {
    const tcvn3 = typedWith(encodeTcvn3);
    const found = findingsOf(check(tcvn3, OPTIONS), RULE);
    // Column A holds the titles; B, C, D, E and F the header and the text of the rows (E only its header).
    expect(found.map((f) => [f.cell, f.column])).toEqual([
      ["A1", "STT"],
      ["B4", "Tên trường"],
      ["C4", "Xã/phường"],
      ["D4", "Mã công nhận"],
      ["E4", "Năm công nhận"],
      ["F4", "Hình thức công nhận"],
    ]);
    const names = found[1] as Finding;
    expect(names.severity).toBe("warning");
    expect(names.params).toEqual({
      encoding: "TCVN3",
      cells: 5,
      sample: { from: encodeTcvn3("Tên trường"), to: "Tên trường" },
    });
    expectMessage(names, ["bảng mã TCVN3", "không phải Unicode", "5 ô", "Unicode"], ["TCVN3", "not Unicode"]);
    expectBasis(names, ["Quyết định 72/2002/QĐ-TTg", "TCVN 6909:2001"], ["72/2002"]);
    const changes = fixScope(found, names, "one");
    expect(changes.map((c) => [c.cell, c.current, c.next])).toEqual([
      ["B4", encodeTcvn3("Tên trường"), "Tên trường"],
      ["B5", encodeTcvn3("Trường Mầm non Hoa Sen"), "Trường Mầm non Hoa Sen"],
      ["B6", encodeTcvn3("Trường Tiểu học Nguyễn Trãi"), "Trường Tiểu học Nguyễn Trãi"],
      ["B7", encodeTcvn3("Trường THCS Lê Lợi"), "Trường THCS Lê Lợi"],
      ["B8", encodeTcvn3("Trường THCS Võ Thị Sáu"), "Trường THCS Võ Thị Sáu"],
    ]);
    // "Fix all of this kind" converts every legacy cell of the sheet, each once.
    const all = fixScope(found, names, "rule");
    expect(all.length).toBe(found.reduce((n, f) => n + (f.params as { cells: number }).cells, 0));
    expect(new Set(all.map((c) => c.cell)).size).toBe(all.length);
  });

  it("finds one VNI column pasted into a Unicode list, and leaves the Unicode columns alone", () => {
    const mixed = typedWith(encodeVni, [2]);
    const findings = check(mixed, OPTIONS);
    const found = findingsOf(findings, RULE);
    expect(found.map((f) => [f.cell, f.params])).toEqual([
      ["C4", { encoding: "VNI", cells: 5, sample: { from: encodeVni("Xã/phường"), to: "Xã/phường" } }],
    ]);
    expect(findings.filter((f) => f.rule !== RULE).map(gist)).toEqual(check(unicode, OPTIONS).map(gist));
  });

  it("says nothing of clean Unicode lists, NFD text, or Latin-1 letters that are Vietnamese or foreign", () => {
    const foreign = sheet({
      title: TITLE,
      header: [...HEADER, "Ghi chú"],
      rows: ROWS.map((r, i) => [
        ...r.map((v) => (typeof v === "string" && i === 1 ? v.normalize("NFD") : v)),
        i === 0 ? "Dự án hợp tác với trường Lycée Français, Café sách" : "Đã hoàn thành hồ sơ",
      ]),
    });
    expect(findingsOf(check([unicode, { ...foreign, sheet: "Ghi chú" }], OPTIONS), RULE)).toEqual([]);
  });
});
