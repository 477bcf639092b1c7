import JSZip from "jszip";
import type { Block, PlanDocument } from "../../../src/core/plan/model";
import type { TableBlock } from "../../../src/core/plan/model";
import { table } from "../../../src/core/plan/blocks";
import { renderPlanBase64, renderPlanDocx } from "../../../src/render/docx/render";
import { tableXmlChunks } from "../../../src/render/docx/table-xml";
import { sheet } from "../../helpers/sheet";
import { kontumPlan, planOf } from "../../core/plan/helpers";
import type { DocxParts } from "./ooxml";
import {
  attribute,
  docxParts,
  paragraphs,
  rows,
  tables,
  textOf,
  wellFormedProblem,
  withoutTables,
} from "./ooxml";

/** What a model block reads as in Word: runs joined (line breaks are w:br, not text). */
function expectedText(block: Exclude<Block, { kind: "documentHeader" | "table" }>): string {
  switch (block.kind) {
    case "heading":
      return block.text;
    case "paragraph":
      return block.runs.map((r) => r.text).join("");
    case "bullet":
      return `- ${block.runs.map((r) => r.text).join("")}`;
  }
}

async function render(plan: PlanDocument): Promise<DocxParts> {
  return docxParts(await renderPlanDocx(plan));
}

describe("the Kon Tum plan as .docx", () => {
  const plan = kontumPlan();
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await render(plan);
  });

  test("document.xml is well formed", () => {
    expect(wellFormedProblem(docx.document)).toBeNull();
    expect(wellFormedProblem(docx.styles)).toBeNull();
  });

  test("every heading, paragraph and item of the model is a paragraph of the body, in order", () => {
    const body = paragraphs(withoutTables(docx.document))
      .map((p) => p.text)
      .filter((t) => t !== "");
    const expected = plan.blocks
      .filter((b): b is Exclude<Block, { kind: "documentHeader" | "table" }> =>
        ["heading", "paragraph", "bullet"].includes(b.kind),
      )
      .map(expectedText);
    // The header block's title lines come first, outside the header table.
    expect(body.slice(0, 3)).toEqual([
      "KẾ HOẠCH",
      "Kiểm định chất lượng giáo dục và xây dựng trường học",
      "đạt chuẩn quốc gia năm 2023",
    ]);
    expect(body.slice(3)).toEqual(expected);
    for (const text of [
      "I. MỤC TIÊU CỤ THỂ",
      "35/57 trường, tỉ lệ 61,40%",
      "Tổng kinh phí: 44.497 triệu đồng, gồm:",
      "- Công nhận mới (02 trường): 31.162 triệu đồng;",
      "III. LỘ TRÌNH CÔNG NHẬN LẠI",
      "Danh sách này gồm: 06 đơn vị./.",
    ]) {
      expect(body.some((t) => t.includes(text))).toBe(true);
    }
  });

  test("headings use Word's built-in Heading styles, redefined in Times New Roman, black, 14 pt", () => {
    const styled = paragraphs(docx.document).filter((p) => p.style !== null);
    expect(styled.find((p) => p.text === "I. MỤC TIÊU CỤ THỂ")?.style).toBe("Heading1");
    expect(styled.find((p) => p.text === "II. KINH PHÍ")?.style).toBe("Heading1");
    expect(styled.find((p) => p.text === "1. Tỉ lệ trường đạt chuẩn quốc gia")?.style).toBe("Heading2");
    expect(styled.find((p) => p.text.startsWith("DANH SÁCH TRƯỜNG ĐỀ NGHỊ"))?.style).toBe("Heading1");
    expect(styled.filter((p) => p.style === "Heading1")).toHaveLength(4);
    for (const id of ["Heading1", "Heading2", "Heading3"]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(
        docx.styles,
      )?.[0];
      expect(style).toBeDefined();
      expect(attribute(style ?? "", "w:rFonts", "w:ascii")).toBe("Times New Roman");
      expect(attribute(style ?? "", "w:color", "w:val")).toBe("000000");
      expect(attribute(style ?? "", "w:sz", "w:val")).toBe("28");
      expect(attribute(style ?? "", "w:outlineLvl", "w:val")).toBe(String(Number(id.slice(-1)) - 1));
    }
  });

  test("the appendix starts on a new page", () => {
    const title = paragraphs(docx.document).find((p) => p.text.startsWith("DANH SÁCH TRƯỜNG ĐỀ NGHỊ"));
    expect(title?.xml).toContain("<w:pageBreakBefore/>");
    expect(paragraphs(docx.document).filter((p) => p.xml.includes("<w:pageBreakBefore/>"))).toHaveLength(1);
  });

  test("body text: Times New Roman 14 pt, Vietnamese; paragraphs justified with a 1 cm first line", () => {
    expect(attribute(docx.styles, "w:rFonts", "w:ascii")).toBe("Times New Roman");
    expect(attribute(docx.styles, "w:rFonts", "w:hAnsi")).toBe("Times New Roman");
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(docx.styles)?.[0] ?? "";
    expect(attribute(defaults, "w:sz", "w:val")).toBe("28");
    expect(attribute(defaults, "w:lang", "w:val")).toBe("vi-VN");
    const intro = paragraphs(docx.document).find((p) => p.text.startsWith("Trên cơ sở rà soát"));
    expect(attribute(intro?.xml ?? "", "w:jc", "w:val")).toBe("both");
    expect(attribute(intro?.xml ?? "", "w:ind", "w:firstLine")).toBe("567");
  });

  test("A4 page, margins 20/20/30/15 mm, page numbers at the top from page 2", () => {
    const d = docx.document;
    expect(attribute(d, "w:pgSz", "w:w")).toBe("11906");
    expect(attribute(d, "w:pgSz", "w:h")).toBe("16838");
    expect(attribute(d, "w:pgMar", "w:top")).toBe("1134");
    expect(attribute(d, "w:pgMar", "w:bottom")).toBe("1134");
    expect(attribute(d, "w:pgMar", "w:left")).toBe("1701");
    expect(attribute(d, "w:pgMar", "w:right")).toBe("850");
    expect(d).toContain("<w:titlePg/>");
    const numbered = docx.headers.filter((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h));
    expect(numbered).toHaveLength(1);
    expect(attribute(numbered[0] ?? "", "w:jc", "w:val")).toBe("center");
  });

  test("the header block is a borderless two-column table: issuing body | motto, number | date", () => {
    const [header] = tables(docx.document);
    expect(rows(header ?? "")).toEqual([
      ["UBND THÀNH PHỐ KON TUM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc"],
      ["Số: 15/KH-UBND", "Kon Tum, ngày 06 tháng 02 năm 2023"],
    ]);
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(header ?? "")?.[0] ?? "";
    expect(borders).not.toMatch(/w:val="single"/);
    expect(borders).toMatch(/w:val="none"/);
  });

  test("data tables are real Word tables with borders, bold repeated header rows and the expected cells", () => {
    const [, targets, renewals, appendix, ...more] = tables(docx.document);
    expect(more).toEqual([]);
    expect(rows(targets ?? "")).toEqual([
      ["Cấp học", "Công nhận mới", "Công nhận lại", "Nâng mức độ", "Tổng"],
      ["Tiểu học", "01", "03", "-", "04"],
      ["TH&THCS", "02", "-", "-", "02"],
      ["Tổng cộng", "03", "03", "-", "06"],
    ]);
    expect(rows(renewals ?? "")).toHaveLength(12);
    expect(rows(renewals ?? "")[1]).toEqual([
      "1",
      "TH Lê Văn Tám",
      "Phường Quang Trung",
      "12/05/2023",
      "12/12/2022",
      "Đã có kế hoạch",
    ]);
    expect(rows(appendix ?? "").map((r) => r[1])).toEqual([
      "Tên trường",
      "TH Lê Văn Tám",
      "TH Phan Chu Trinh",
      "TH Hòa Bình",
      "TH Trần Hưng Đạo",
      "TH&THCS Thắng Lợi",
      "TH&THCS Ngok Bay",
    ]);
    for (const table of [targets, renewals, appendix]) {
      const t = table ?? "";
      expect(t).toMatch(/<w:tblBorders>[\s\S]*w:val="single"[\s\S]*<\/w:tblBorders>/);
      const firstRow = /<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/.exec(t)?.[0] ?? "";
      expect(firstRow).toContain("<w:tblHeader/>");
      expect(firstRow).toContain("<w:b/>");
      const secondRow = [...t.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)][1]?.[0] ?? "";
      expect(secondRow).not.toContain("<w:tblHeader/>");
      expect(attribute(t, "w:tblW", "w:w")).toBe("9355");
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(9355);
    }
    // 13 pt with tight spacing in tables: every cell paragraph takes the table-text style.
    const style = /<w:style [^>]*w:styleId="TableText"[^>]*>[\s\S]*?<\/w:style>/.exec(docx.styles)?.[0] ?? "";
    expect(attribute(style, "w:sz", "w:val")).toBe("26");
    expect(attribute(style, "w:spacing", "w:line")).toBe("240");
    expect(attribute(style, "w:spacing", "w:before")).toBe("40");
    for (const table of [targets, renewals, appendix]) {
      const cells = [...(table ?? "").matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(attribute(c, "w:pStyle", "w:val")).toBe("TableText");
      // Lines and margins are the table's, set once, not repeated in each cell.
      expect(cells.filter((c) => c.includes("<w:tcBorders>") || c.includes("<w:tcMar>"))).toEqual([]);
      expect(table).toMatch(/<w:tblCellMar>[\s\S]*<w:left w:type="dxa" w:w="80"\/>[\s\S]*<\/w:tblCellMar>/);
    }
    // The total row is bold, a body row is not.
    const totalRow = [...(targets ?? "").matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)][3]?.[0] ?? "";
    expect(totalRow).toContain("<w:b/>");
    const bodyRow = [...(targets ?? "").matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)][1]?.[0] ?? "";
    expect(bodyRow).not.toContain("<w:b/>");
  });

  test("the appendix's attached line breaks before the issuing body", () => {
    const line = paragraphs(docx.document).find((p) => p.text.startsWith("(Kèm theo"));
    expect(line?.text).toBe("(Kèm theo Kế hoạch số 15/KH-UBND ngày 06/02/2023của UBND thành phố Kon Tum)");
    expect(line?.xml).toMatch(/<w:br\/>[\s\S]*của UBND/);
  });

  test("the title goes into the file's properties", () => {
    expect(textOfCore(docx.core)).toContain("Kế hoạch kiểm định chất lượng giáo dục");
  });
});

function textOfCore(core: string): string {
  return /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? "";
}

describe("a draft with its header left empty", () => {
  test("prints dotted blanks where the number, date, place and issuing body will be written", async () => {
    const plan = kontumPlan({ header: { issuingBody: "", place: "", number: "", date: null } });
    const docx = await render(plan);
    const texts = paragraphs(docx.document).map((p) => p.text);
    for (const line of [
      "…",
      "Số: …/KH-UBND",
      "…, ngày … tháng … năm 2023",
      // The attached line's break is a w:br, so its two lines join here.
      "(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm 2023của …)",
    ])
      expect(texts).toContain(line);
    expect(texts.some((t) => t.includes("trên địa bàn, … ban hành Kế hoạch"))).toBe(true);
    const all = texts.join("\n");
    expect(all).not.toMatch(/số \/|ngày\s*\/|\/\s+\/|của \)/);
  });
});

describe("escaping", () => {
  const odd = "TH&THCS <Số 1>";
  const list = sheet({
    header: [
      "TT",
      "Tên trường",
      "Xã, phường",
      "KĐCLGD",
      "CQG",
      "Hình thức",
      "Kinh phí (triệu đồng)",
      "Nguồn vốn",
    ],
    rows: [
      [1, odd, `Xã "Đông" & 'Tây'`, 1, "", "Công nhận mới", 120, "Ngân sách <huyện> & xã"],
      [2, "MN Hoa Sen", "Xã Tân Liên", 2, 1, "Công nhận lại", "", ""],
    ],
  });

  test("names with XML-special characters are escaped and round-trip", async () => {
    const plan = planOf([list], 2024, { header: { issuingBody: "UBND huyện A & B" } });
    const bytes = await renderPlanDocx(plan);
    const docx = await docxParts(bytes);
    expect(wellFormedProblem(docx.document)).toBeNull();
    expect(wellFormedProblem(docx.core)).toBeNull();
    expect(docx.document).toContain("TH&amp;THCS &lt;Số 1&gt;");
    expect(docx.document).not.toContain("<Số 1>");
    const text = textOf(docx.document);
    expect(text).toContain(`- Công nhận mới (01 trường): ${odd};`);
    expect(text).toContain("- Ngân sách <huyện> & xã: 120 triệu đồng.");
    expect(text).toContain("UBND HUYỆN A & B");
    const appendix = tables(docx.document).at(-1) ?? "";
    expect(rows(appendix).map((r) => r[1])).toEqual(["Tên trường", "MN Hoa Sen", odd]);
    expect(textOfCore(docx.core)).not.toContain("<");
  });
});

describe("a long list", () => {
  // A district list of 3,000 schools, a few names with what XML cannot hold or what looks like ours.
  const names = Array.from({ length: 3000 }, (_, i) =>
    i === 7
      ? "TH <kdclTableSlot0> & Số 8"
      : i === 8
        ? "MN Hoa\u0001 Sen"
        : `${i % 2 === 0 ? "TH" : "THCS"} Số ${i + 1} Sơn Hà`,
  );
  const list = sheet({
    header: ["TT", "Tên trường", "Cấp học", "Xã, phường", "KĐCLGD", "CQG", "Năm công nhận", "Hình thức"],
    rows: names.map((name, i) => [
      i + 1,
      name,
      i % 2 === 0 ? "Tiểu học" : "THCS",
      "Xã Sơn Hà",
      2,
      1,
      2019,
      "Công nhận lại",
    ]),
  });

  test("every school is a row of the appendix table, in a well-formed document", async () => {
    const plan = planOf([list], 2024, { sections: ["appendix"] });
    const docx = await docxParts(await renderPlanDocx(plan));
    expect(wellFormedProblem(docx.document)).toBeNull();
    const [, appendix, ...more] = tables(docx.document);
    expect(more).toEqual([]);
    const body = rows(appendix ?? "").slice(1);
    expect(body).toHaveLength(3000);
    // Primary schools first, then lower secondary: the documents' order of levels.
    expect(body[0]).toEqual(["1.", "TH Số 1 Sơn Hà", "CĐ2-MĐ1", "Công nhận lại"]);
    expect(body[1500]?.[1]).toBe("THCS Số 2 Sơn Hà");
    const texts = body.map((r) => r[1]);
    expect(texts).toContain("TH <kdclTableSlot0> & Số 8");
    expect(texts).toContain("MN Hoa Sen");
    expect(docx.document).toContain("TH &lt;kdclTableSlot0&gt; &amp; Số 8");
    // One header row, repeated on each page; no row splits over a page break.
    expect(appendix?.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(appendix?.match(/<w:cantSplit\/>/g)).toHaveLength(3001);
  });
});

describe("a table the model cuts into tables", () => {
  const columns = [
    { width: 0.1, align: "center" },
    { width: 0.6, align: "left" },
    { width: 0.3, align: "center" },
  ] as const;
  const header = [["TT", "Tên trường", "Mức công nhận"]];
  const body = (n: number): string[][] =>
    Array.from({ length: n }, (_, i) => [`${i + 1}.`, `Trường TH Số ${i + 1}`, "CĐ2-MĐ1"]);
  const xmlOf = (block: TableBlock): string => [...tableXmlChunks(block)].join("");

  test("is written as tables of its rows per table, each opening with the header, joined by a one-point line", () => {
    const long = table(columns, header, body(5_600), ["", "Tổng cộng", "5.600"]);
    const xml = xmlOf({ ...long, rowsPerTable: 500 });
    expect(wellFormedProblem(`<w:body xmlns:w="w">${xml}</w:body>`)).toBeNull();
    const pieces = tables(xml);
    expect(pieces).toHaveLength(12);
    for (const piece of pieces) {
      expect(rows(piece)[0]).toEqual(header[0]);
      expect(piece.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    }
    const listed = pieces.flatMap((piece) => rows(piece).slice(1));
    expect(listed.map((r) => r[0])).toEqual([...body(5_600).map((r) => r[0]), ""]);
    expect(pieces.map((piece) => rows(piece).length - 1)).toEqual([...Array(11).fill(500), 101]);
    expect(listed.at(-1)).toEqual(["", "Tổng cộng", "5.600"]);
    // Between two tables, one empty paragraph a point high: nothing else, no text.
    const joints = withoutTables(xml).match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    expect(joints).toHaveLength(11);
    expect(new Set(joints).size).toBe(1);
    expect(joints[0]).toContain('w:line="20" w:lineRule="exact"');
    expect(textOf(withoutTables(xml))).toBe("");
  });

  test("without rows per table, or with exactly that many rows, it stays one table", () => {
    expect(tables(xmlOf(table(columns, header, body(5_600))))).toHaveLength(1);
    expect(tables(xmlOf({ ...table(columns, header, body(500)), rowsPerTable: 500 }))).toHaveLength(1);
    expect(tables(xmlOf({ ...table(columns, header, body(501)), rowsPerTable: 500 }))).toHaveLength(2);
  });
});

describe("the test's XML checks", () => {
  test("catch unescaped text", () => {
    expect(wellFormedProblem("<w:p><w:t>TH&THCS Số 1</w:t></w:p>")).toMatch(/bare &/);
    expect(wellFormedProblem("<w:p><w:t>TH <Số 1></w:t></w:p>")).not.toBeNull();
    expect(wellFormedProblem("<w:p><w:t>a</w:p></w:t>")).not.toBeNull();
    expect(wellFormedProblem('<w:p w:x="1"><w:t>TH&amp;THCS &lt;Số 1&gt;</w:t><w:br/></w:p>')).toBeNull();
    expect(textOf('<w:t xml:space="preserve">TH&amp;THCS &lt;Số 1&gt;</w:t>')).toBe("TH&THCS <Số 1>");
  });
});

describe("in English", () => {
  test("the document language is en-US and the text is English", async () => {
    const docx = await render(kontumPlan({ lang: "en" }));
    expect(attribute(docx.styles, "w:lang", "w:val")).toBe("en-US");
    const text = textOf(docx.document);
    expect(text).toContain("SOCIALIST REPUBLIC OF VIET NAM");
    expect(text).toContain("This list comprises 6 schools./.");
    expect(text).not.toContain("Danh sách này gồm");
  });
});

describe("base64 for Word's insertFileFromBase64", () => {
  test("is the same package", async () => {
    const plan = kontumPlan({ sections: ["targets"] });
    const base64 = await renderPlanBase64(plan);
    expect(base64.startsWith("UEsDB")).toBe(true); // "PK\x03\x04"
    const zip = await JSZip.loadAsync(base64, { base64: true });
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(textOf(document)).toContain("35/57 trường, tỉ lệ 61,40%");
    expect(textOf(document)).not.toContain("Tổng kinh phí");
  });

  test("the bytes are a zip", async () => {
    const bytes = await renderPlanDocx(kontumPlan({ sections: [] }));
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
