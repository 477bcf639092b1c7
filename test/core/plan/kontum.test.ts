import type { DocumentHeaderBlock, HeadingBlock } from "../../../src/core/plan/model";
import { planText } from "../../../src/core/plan/text";
import { kontumPlan, sectionBlocks, sectionText, tablesOf } from "./helpers";

describe("the Kon Tum 2023 plan", () => {
  const plan = kontumPlan();

  test("sections come in SPEC §10 order, numbered I–III, the appendix unnumbered", () => {
    const top = plan.blocks.filter((b): b is HeadingBlock => b.kind === "heading" && b.level === 1);
    expect(top.map((h) => [h.section, h.text])).toEqual([
      ["targets", "I. MỤC TIÊU CỤ THỂ"],
      ["budget", "II. KINH PHÍ"],
      ["renewals", "III. LỘ TRÌNH CÔNG NHẬN LẠI"],
      [
        "appendix",
        "DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ ĐẠT CHUẨN QUỐC GIA NĂM 2023",
      ],
    ]);
    expect(plan.sections).toEqual(["targets", "budget", "renewals", "appendix"]);
    expect(top[3]?.pageBreakBefore).toBe(true);
  });

  test("the header: issuing body, motto, number, date and title", () => {
    const header = plan.blocks[0] as DocumentHeaderBlock;
    expect(header).toEqual({
      kind: "documentHeader",
      issuingBody: [{ text: "UBND THÀNH PHỐ KON TUM", bold: true }],
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      number: "Số: 15/KH-UBND",
      dateLine: "Kon Tum, ngày 06 tháng 02 năm 2023",
      title: "KẾ HOẠCH",
      subtitle: ["Kiểm định chất lượng giáo dục và xây dựng trường học", "đạt chuẩn quốc gia năm 2023"],
    });
    expect(plan.title).toBe(
      "Kế hoạch kiểm định chất lượng giáo dục và xây dựng trường học đạt chuẩn quốc gia năm 2023",
    );
  });

  describe("Mục tiêu cụ thể", () => {
    const text = sectionText(plan, "targets");

    test("coverage now and projected, in the x/y trường, tỉ lệ z% form", () => {
      expect(text).toContain("số trường đạt chuẩn quốc gia còn hiệu lực là 29/57 trường, tỉ lệ 50,88%");
      expect(text).toContain("35/57 trường, tỉ lệ 61,40%");
      expect(text).toContain("Chỉ tiêu đến hết năm 2023");
    });

    test("06 schools in the year: 03 new, 03 renewals, no upgrade mentioned", () => {
      expect(text).toContain(
        "đề nghị công nhận 06 trường, gồm: công nhận mới 03 trường, công nhận lại 03 trường.",
      );
      expect(text).not.toMatch(/nâng mức độ \d/);
    });

    test("the table by school level, with its total row", () => {
      const [table, ...others] = tablesOf(sectionBlocks(plan, "targets"));
      expect(others).toEqual([]);
      expect(table?.header).toEqual([["Cấp học", "Công nhận mới", "Công nhận lại", "Nâng mức độ", "Tổng"]]);
      expect(table?.body).toEqual([
        ["Tiểu học", "01", "03", "-", "04"],
        ["TH&THCS", "02", "-", "-", "02"],
      ]);
      expect(table?.total).toEqual(["Tổng cộng", "03", "03", "-", "06"]);
      const widths = table?.columns.reduce((a, c) => a + c.width, 0) ?? 0;
      expect(widths).toBeCloseTo(1, 6);
    });

    test("the schools by action", () => {
      expect(text).toContain(
        "- Công nhận mới (03 trường): TH Trần Hưng Đạo, TH&THCS Thắng Lợi, TH&THCS Ngok Bay;",
      );
      expect(text).toContain("- Công nhận lại (03 trường): TH Lê Văn Tám, TH Phan Chu Trinh, TH Hòa Bình.");
      expect(text).toContain("Phụ lục");
    });
  });

  describe("Kinh phí", () => {
    const text = sectionText(plan, "budget");

    test("the total, then one line per action with its schools and amount", () => {
      expect(text).toContain("Tổng kinh phí: 44.497 triệu đồng, gồm:");
      expect(text).toContain("- Công nhận mới (02 trường): 31.162 triệu đồng;");
      expect(text).toContain("- Công nhận lại (02 trường): 13.335 triệu đồng.");
      expect(text).not.toContain("Nâng mức độ (");
    });

    test("the funding sources", () => {
      expect(text).toContain("- Ngân sách tỉnh: 38.312 triệu đồng;");
      expect(text).toContain("- Ngân sách thành phố: 6.185 triệu đồng.");
    });

    test("the two planned schools without a budget line are named as already funded, and only they", () => {
      const sentence = text.split("\n").find((line) => line.includes("đã được đầu tư từ trước"));
      expect(sentence).toBe(
        "Không đề nghị bổ sung kinh phí năm 2023 đối với 02 trường đã được đầu tư từ trước hoặc sử dụng " +
          "cơ sở vật chất hiện có: TH Hòa Bình, TH&THCS Ngok Bay.",
      );
    });
  });

  describe("Lộ trình công nhận lại", () => {
    const blocks = sectionBlocks(plan, "renewals");
    const text = sectionText(plan, "renewals");

    test("explains the five-month rule", () => {
      expect(text).toContain("chậm nhất 05 tháng trước ngày quyết định hết hiệu lực");
    });

    test("lists the eleven recognitions expiring in 2023–2024 with their deadlines", () => {
      const [table] = tablesOf(blocks);
      expect(table?.header[0]).toEqual([
        "TT",
        "Tên trường",
        "Xã, phường",
        "Ngày hết hạn",
        "Hạn hoàn thành tự đánh giá, đăng ký đánh giá ngoài",
        "Ghi chú",
      ]);
      expect(table?.body).toHaveLength(11);
      expect(table?.body[0]).toEqual([
        "1",
        "TH Lê Văn Tám",
        "Phường Quang Trung",
        "12/05/2023",
        "12/12/2022",
        "Đã có kế hoạch",
      ]);
      expect(table?.body[3]?.[5]).toBe("Chưa có kế hoạch");
      expect(text).toContain("Có 08 trường chưa có kế hoạch công nhận lại");
    });
  });

  describe("Phụ lục", () => {
    const blocks = sectionBlocks(plan, "appendix");

    test("says which plan it is attached to", () => {
      expect(sectionText(plan, "appendix")).toContain(
        "(Kèm theo Kế hoạch số 15/KH-UBND ngày 06/02/2023\ncủa UBND thành phố Kon Tum)",
      );
    });

    test("lists the six schools of 2023 with the level to be recognised and the action", () => {
      const [table] = tablesOf(blocks);
      expect(table?.header).toEqual([["TT", "Tên trường", "Mức công nhận", "Hình thức công nhận"]]);
      expect(table?.body).toEqual([
        ["1.", "TH Lê Văn Tám", "CĐ2-MĐ1", "Công nhận lại"],
        ["2.", "TH Phan Chu Trinh", "CĐ2-MĐ1", "Công nhận lại"],
        ["3.", "TH Hòa Bình", "CĐ2-MĐ1", "Công nhận lại"],
        // New recognitions the list gives no level for: blank, not a "CĐ2-MĐ1" the list never states
        // (the first CQG recognition may be at mức độ 1 or directly at mức độ 2).
        ["4.", "TH Trần Hưng Đạo", "", "Công nhận mới"],
        ["5.", "TH&THCS Thắng Lợi", "", "Công nhận mới"],
        ["6.", "TH&THCS Ngok Bay", "", "Công nhận mới"],
      ]);
    });

    test("ends with the count of units", () => {
      const last = plan.blocks[plan.blocks.length - 1];
      expect(last?.kind).toBe("paragraph");
      expect(planText(plan).endsWith("Danh sách này gồm: 06 đơn vị./.")).toBe(true);
    });
  });
});

describe("sections can be switched off", () => {
  test("only the chosen sections appear, in SPEC order whatever the order asked, renumbered", () => {
    const plan = kontumPlan({ sections: ["appendix", "budget"] });
    expect(plan.sections).toEqual(["budget", "appendix"]);
    const text = planText(plan);
    expect(text).toContain("I. KINH PHÍ");
    expect(text).toContain("Danh sách này gồm: 06 đơn vị./.");
    expect(text).not.toContain("MỤC TIÊU CỤ THỂ");
    expect(text).not.toContain("61,40%");
    expect(text).not.toContain("LỘ TRÌNH CÔNG NHẬN LẠI");
  });

  test("without the appendix, the targets do not point to it", () => {
    const plan = kontumPlan({ sections: ["targets"] });
    expect(planText(plan)).not.toContain("Phụ lục");
    expect(planText(plan)).not.toContain("Danh sách này gồm");
    expect(planText(plan)).toContain("I. MỤC TIÊU CỤ THỂ");
  });

  test("no section: the header and the introduction only", () => {
    const plan = kontumPlan({ sections: [] });
    expect(plan.blocks.map((b) => b.kind)).toEqual(["documentHeader", "paragraph"]);
  });
});

describe("in English", () => {
  const plan = kontumPlan({ lang: "en" });
  const text = planText(plan);

  test("the figures in English style", () => {
    expect(text).toContain("35/57 schools (61.40%)");
    expect(text).toContain(
      "In 2023, 6 schools are proposed for recognition: 3 new recognitions, 3 renewals.",
    );
    expect(text).toContain("Total budget: 44,497 million đồng, of which:");
    expect(text).toContain("- New recognition (2 schools): 31,162 million đồng;");
    expect(text).toContain("This list comprises 6 schools./.");
    expect(text).toContain("SOCIALIST REPUBLIC OF VIET NAM");
  });

  test("no Vietnamese wording left (school names and sources are data)", () => {
    for (const word of ["trường", "Kế hoạch", "Công nhận", "triệu đồng", "Tổng", "Danh sách", "Độc lập"]) {
      expect(text).not.toContain(word);
    }
  });

  test("type labels in the targets table are English", () => {
    const [table] = tablesOf(sectionBlocks(plan, "targets"));
    expect(table?.body.map((r) => r[0])).toEqual(["Primary", "Primary & lower secondary"]);
    expect(table?.total?.[0]).toBe("Total");
  });
});
