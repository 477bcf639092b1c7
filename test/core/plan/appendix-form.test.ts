/** The appendix as the document's table, or as a workbook attached beside it (issue 11, item 4). */
import type { Grid } from "../../../src/core/grid";
import { buildPlan } from "../../../src/core/plan/build";
import { APPENDIX_TABLE_LIMIT } from "../../../src/core/plan/limits";
import type { AppendixForm, PlanDocument } from "../../../src/core/plan/model";
import { PLAN_SECTIONS } from "../../../src/core/plan/model";
import type { Lang } from "../../../src/core/text/format";
import { sheet } from "../../helpers/sheet";
import { KONTUM_HEADER, kontumChecked, planOf, sectionBlocks, sectionText, tablesOf } from "./helpers";

function plan(appendix: AppendixForm, lang: Lang = "vi"): PlanDocument {
  const { summary, records } = kontumChecked();
  return buildPlan({ summary, records, header: KONTUM_HEADER, sections: PLAN_SECTIONS, lang, appendix });
}

describe("the appendix's list", () => {
  test("is the appendix table of the document when the list is in the document", () => {
    const doc = plan({ kind: "table" });
    const [table] = tablesOf(sectionBlocks(doc, "appendix"));
    expect(doc.appendix?.table).toEqual(table);
    expect(doc.appendix?.title).toMatch(/^DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN .* NĂM 2023$/);
    expect(doc.appendix?.attached).toEqual([
      "(Kèm theo Kế hoạch số 15/KH-UBND ngày 06/02/2023",
      "của UBND thành phố Kon Tum)",
    ]);
    expect(doc.appendix?.footer).toBe("Danh sách này gồm: 06 đơn vị./.");
  });

  test("attached as a workbook, the section names the file and holds no table, the list unchanged", () => {
    const inTable = plan({ kind: "table" });
    const inFile = plan({ kind: "file", fileName: "ke-hoach-phu-luc.xlsx" });
    expect(inFile.appendix).toEqual(inTable.appendix);
    expect(tablesOf(sectionBlocks(inFile, "appendix"))).toEqual([]);
    const text = sectionText(inFile, "appendix");
    expect(text).toContain(
      "Danh sách 06 trường được đính kèm Kế hoạch này dưới dạng tệp Excel “ke-hoach-phu-luc.xlsx”.",
    );
    expect(text).not.toContain("Danh sách này gồm");
    // Everything before the appendix is the same document.
    const before = (d: PlanDocument): unknown[] =>
      d.blocks.slice(
        0,
        d.blocks.findIndex((b) => b.kind === "heading" && b.section === "appendix"),
      );
    expect(before(inFile)).toEqual(before(inTable));
  });

  test("in English", () => {
    const text = sectionText(plan({ kind: "file", fileName: "plan-phu-luc.xlsx" }, "en"), "appendix");
    expect(text).toContain(
      "The list of 6 schools is attached to this plan as the Excel file “plan-phu-luc.xlsx”.",
    );
  });

  test("is absent when the appendix is not asked for", () => {
    const { summary, records } = kontumChecked();
    const doc = buildPlan({ summary, records, header: KONTUM_HEADER, sections: ["targets"], lang: "vi" });
    expect(doc.appendix).toBeNull();
  });
});

describe("a list longer than the appendix limit", () => {
  /** A levels-only district list (no plans): the appendix lists every school. */
  function levelsList(schools: number): Grid {
    return sheet({
      header: ["TT", "Tên trường", "Cấp học", "Xã, phường", "KĐCLGD", "CQG", "Năm công nhận"],
      rows: Array.from({ length: schools }, (_, i) => [
        i + 1,
        `Trường Tiểu học Số ${i + 1}`,
        "Tiểu học",
        "Xã Sơn Hà",
        "Cấp độ 2",
        "Mức độ 1",
        2021,
      ]),
    });
  }

  test("is printed as tables of 500 schools; a list at the limit stays one table", () => {
    const long = planOf([levelsList(APPENDIX_TABLE_LIMIT + 1)], 2024, { sections: ["appendix"] });
    expect(long.appendix?.table.body).toHaveLength(APPENDIX_TABLE_LIMIT + 1);
    expect(long.appendix?.table.rowsPerTable).toBe(500);
    const atLimit = planOf([levelsList(APPENDIX_TABLE_LIMIT)], 2024, { sections: ["appendix"] });
    expect(atLimit.appendix?.table.body).toHaveLength(APPENDIX_TABLE_LIMIT);
    expect(atLimit.appendix?.table.rowsPerTable).toBeUndefined();
  });
});
