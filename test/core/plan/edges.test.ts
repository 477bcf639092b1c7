import { buildPlan } from "../../../src/core/plan/build";
import { planNumber } from "../../../src/core/plan/context";
import type { DocumentHeaderBlock } from "../../../src/core/plan/model";
import { PLAN_SECTIONS } from "../../../src/core/plan/model";
import { planText } from "../../../src/core/plan/text";
import { en } from "../../../src/core/plan/templates.en";
import { vi } from "../../../src/core/plan/templates.vi";
import { sheet } from "../../helpers/sheet";
import {
  checkGrids,
  kontumChecked,
  kontumPlan,
  planOf,
  sectionBlocks,
  sectionText,
  tablesOf,
} from "./helpers";

/** A plan list as Hương Trà's appendix writes it: every school has an action, codes are the targets. */
const huongTra = sheet({
  title: ["DANH SÁCH CƠ SỞ GIÁO DỤC CÔNG NHẬN ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC, NĂM 2024"],
  header: ["TT", "Cơ sở giáo dục", "Tích hợp KĐCLGD&CQG", "Ghi chú"],
  rows: [
    ["1.", "MN Hương Xuân", "CĐ2-MĐ1", "CN Lần đầu"],
    ["2.", "MN Tứ Hạ", "CĐ2-MĐ1", "CN lại"],
    ["3.", "TH Số 2 Tứ Hạ", "CĐ3-MĐ2", "CN lại"],
    ["4.", "THCS Lê Thuyết", "CĐ2-MĐ1", "CN Lần đầu"],
  ],
  footer: ["Danh sách này gồm: 04 đơn vị./."],
});

describe("a plan list (every school has an action)", () => {
  const plan = planOf([huongTra], 2024);
  const text = planText(plan);

  test("gives no coverage rate and says why instead", () => {
    expect(checkGrids([huongTra], 2024).summary.coverage).toBeNull();
    expect(text).not.toContain("%");
    expect(text).not.toContain("tỉ lệ");
    expect(sectionText(plan, "targets")).toContain(
      "Tỉ lệ trường đạt chuẩn quốc gia phải tính trên tổng số trường của toàn địa bàn",
    );
  });

  test("still counts the targets and lists the schools with their codes as written", () => {
    expect(text).toContain(
      "đề nghị công nhận 04 trường, gồm: công nhận mới 02 trường, công nhận lại 02 trường.",
    );
    const [table] = tablesOf(sectionBlocks(plan, "appendix"));
    expect(table?.body).toEqual([
      ["1.", "MN Hương Xuân", "CĐ2-MĐ1", "Công nhận mới"],
      ["2.", "MN Tứ Hạ", "CĐ2-MĐ1", "Công nhận lại"],
      ["3.", "TH Số 2 Tứ Hạ", "CĐ3-MĐ2", "Công nhận lại"],
      ["4.", "THCS Lê Thuyết", "CĐ2-MĐ1", "Công nhận mới"],
    ]);
    expect(text).toContain("Danh sách này gồm: 04 đơn vị./.");
  });

  test("a list without a budget column has no budget section, and the maker of the plan is told why", () => {
    expect(plan.sections).not.toContain("budget");
    expect(sectionText(plan, "budget")).toBe("");
    expect(text).not.toContain("Tổng kinh phí");
    expect(text).not.toContain("đã được đầu tư");
    expect(text).not.toContain("đã có kinh phí");
    expect(plan.notes).toEqual(["Không có phần Kinh phí: danh sách không có cột kinh phí."]);
  });

  test("in English too, no rate", () => {
    const english = planText(planOf([huongTra], 2024, { lang: "en" }));
    expect(english).not.toContain("%");
    expect(english).toContain("must be measured over all schools of the area");
  });
});

describe("a list without planned actions", () => {
  const list = sheet({
    header: ["STT", "Tên trường", "Xã, phường", "KĐCLGD", "CQG", "Ngày công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Xã Tân Liên", 2, 1, "15/03/2021"],
      [2, "TH Tân Liên", "Xã Tân Liên", 3, 2, "10/10/2018"],
      [3, "THCS Gia Cát", "Xã Gia Cát", 1, "", ""],
    ],
  });
  const plan = planOf([list], 2024);
  const text = planText(plan);

  test("says there are no targets this year instead of an empty table", () => {
    expect(sectionText(plan, "targets")).toContain(
      "Năm 2024, danh sách không có trường nào được đề nghị công nhận mới, công nhận lại hoặc nâng mức độ.",
    );
    expect(tablesOf(sectionBlocks(plan, "targets"))).toEqual([]);
    expect(text).not.toContain("Danh sách trường theo hình thức công nhận");
  });

  test("coverage is over all schools; the commune without a CQG school is named", () => {
    // TH Tân Liên's 2018 recognition lapsed on 10/10/2023: one of three is valid at 31/12/2024.
    expect(text).toContain("1/3 trường, tỉ lệ 33,33% (mức độ 1: 01 trường);");
    expect(text).toContain("Xã, phường, thị trấn chưa có trường đạt chuẩn quốc gia (01 đơn vị): Xã Gia Cát.");
  });

  test("the appendix lists every school with the level in force, and says which one lapsed", () => {
    const blocks = sectionBlocks(plan, "appendix");
    expect(blocks[0]).toMatchObject({
      kind: "heading",
      text: expect.stringContaining("ĐẾN NGÀY 31/12/2024"),
    });
    const [table] = tablesOf(blocks);
    expect(table?.header).toEqual([["TT", "Tên trường", "Mức công nhận", "Ghi chú"]]);
    expect(table?.body).toEqual([
      ["1.", "MN Hoa Sen", "CĐ2-MĐ1", ""],
      ["2.", "TH Tân Liên", "", "Hết hạn 10/10/2023"],
      ["3.", "THCS Gia Cát", "CĐ1", ""],
    ]);
    expect(text).toContain("Danh sách này gồm: 03 đơn vị./.");
  });

  test("no renewal due in 2024–2025: a sentence, no table", () => {
    const renewals = sectionBlocks(plan, "renewals");
    expect(tablesOf(renewals)).toEqual([]);
    expect(sectionText(plan, "renewals")).toContain(
      "Không có trường nào có quyết định công nhận hết hiệu lực trong năm 2024 và năm 2025.",
    );
  });
});

describe("budget edge cases", () => {
  test("a budget column with no figure: no new money, and every planned school named as funded", () => {
    const list = sheet({
      header: [
        "TT",
        "Tên trường",
        "Xã",
        "KĐCLGD",
        "CQG",
        "Năm công nhận",
        "Hình thức",
        "Kinh phí (triệu đồng)",
      ],
      rows: [
        [1, "MN Hoa Sen", "Xã Tân Liên", 2, 1, 2019, "Công nhận lại", ""],
        [2, "TH Tân Liên", "Xã Tân Liên", 1, "", "", "", ""],
      ],
    });
    const budget = sectionText(planOf([list], 2024), "budget");
    expect(budget).toContain(
      "Năm 2024, các trường trong Kế hoạch không phát sinh nhu cầu kinh phí đầu tư mới.",
    );
    expect(budget).toContain(
      "đối với 01 trường đã được đầu tư từ trước hoặc sử dụng cơ sở vật chất hiện có: MN Hoa Sen.",
    );
    expect(budget).not.toContain("Tổng kinh phí");
    expect(budget).not.toContain("Nguồn kinh phí");
  });

  test("every planned budget in the wrong unit: no 'no new money', the schools named to be checked", () => {
    const list = sheet({
      header: ["TT", "Tên trường", "Mã công nhận", "Năm công nhận", "Hình thức", "Kinh phí (đồng)"],
      rows: [
        [1, "MN Tân Hiệp", "CĐ2-MĐ1", "12/04/2022", "Công nhận lại", 300],
        [2, "MN Hoa Mai", "CĐ1", 2024, "Công nhận mới", "800"],
      ],
    });
    const budget = sectionText(planOf([list], 2027), "budget");
    expect(budget).not.toContain("không phát sinh nhu cầu kinh phí");
    expect(budget).toContain("MN Tân Hiệp, MN Hoa Mai");
  });

  test("an amount without a source is shown as such", () => {
    const list = sheet({
      header: ["TT", "Tên trường", "KĐCLGD", "CQG", "Hình thức", "Kinh phí (triệu đồng)"],
      rows: [[1, "TH Hoa Lư", 1, "", "Công nhận mới", "1.250,5"]],
    });
    const budget = sectionText(planOf([list], 2024), "budget");
    expect(budget).toContain("Tổng kinh phí: 1.250,5 triệu đồng, gồm:");
    expect(budget).toContain("- Công nhận mới (01 trường): 1.250,5 triệu đồng.");
    expect(budget).toContain("- Chưa ghi nguồn: 1.250,5 triệu đồng.");
  });
});

describe("schools of unknown level and schools with two actions", () => {
  const list = sheet({
    header: ["TT", "Tên trường", "KĐCLGD", "CQG", "Ngày công nhận", "Hình thức"],
    rows: [
      [1, "Hoa Hồng", 2, 1, "20/05/2019", "Công nhận lại"],
      [2, "TH Đồng Đăng", 2, 1, "01/03/2019", "Công nhận lại"],
      [3, "TH Đồng Đăng", 2, 1, "01/03/2019", "Nâng lên mức độ 2"],
      [4, "MN Bảo Lâm", "", "", "", "Công nhận mới"],
    ],
  });
  const plan = planOf([list], 2024);

  test("the unknown level gets its own row, last; the total column counts schools, not actions", () => {
    const [table] = tablesOf(sectionBlocks(plan, "targets"));
    expect(table?.body.map((r) => r[0])).toEqual(["Mầm non", "Tiểu học", "Không xác định cấp học"]);
    // TH Đồng Đăng is renewed and upgraded: two actions, one school.
    expect(table?.body[1]).toEqual(["Tiểu học", "-", "01", "01", "01"]);
    expect(table?.total).toEqual(["Tổng cộng", "01", "02", "01", "03"]);
  });

  test("a school counts once, with both actions in the appendix, the unknown level last", () => {
    // The actions add up to 4 for 3 schools: "trong đó", and the overlap said, never "gồm".
    expect(planText(plan)).toContain(
      "đề nghị công nhận 03 trường, trong đó: công nhận mới 01 trường, công nhận lại 02 trường, nâng mức độ " +
        "01 trường (01 trường được đề nghị hơn một hình thức công nhận).",
    );
    const [table] = tablesOf(sectionBlocks(plan, "appendix"));
    expect(table?.body.map((r) => [r[1], r[3]])).toEqual([
      ["MN Bảo Lâm", "Công nhận mới"],
      ["TH Đồng Đăng", "Công nhận lại, Nâng mức độ"],
      ["Hoa Hồng", "Công nhận lại"],
    ]);
    // The action names mức độ 2 and nothing of the cấp độ: the level is shown as the list states it.
    expect(table?.body[1]?.[2]).toBe("MĐ2");
    expect(planText(plan)).toContain("Danh sách này gồm: 03 đơn vị./.");
  });
});

describe("the header", () => {
  test("a blank number and date print dotted blanks, as official drafts do", () => {
    const plan = kontumPlan({ header: { number: "", date: null } });
    const header = plan.blocks[0] as DocumentHeaderBlock;
    expect(header.number).toBe("Số: …/KH-UBND");
    expect(header.dateLine).toBe("Kon Tum, ngày … tháng … năm 2023");
    expect(planText(plan)).toContain(
      "(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm 2023\ncủa UBND thành phố Kon Tum)",
    );
  });

  test("a header left entirely empty has a blank for every field, never a bare separator", () => {
    const empty = { issuingBody: " \n ", place: "", number: "", date: null };
    const vi = kontumPlan({ header: empty });
    const header = vi.blocks[0] as DocumentHeaderBlock;
    expect(header.issuingBody).toEqual([{ text: "…", bold: true }]);
    expect(header.number).toBe("Số: …/KH-UBND");
    expect(header.dateLine).toBe("…, ngày … tháng … năm 2023");
    const text = planText(vi);
    expect(text).toContain("(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm 2023\ncủa …)");
    expect(text).toContain("đạt chuẩn quốc gia của các trường trên địa bàn, … ban hành Kế hoạch");
    // No separator stands alone: "số /KH", "ngày / /", "của )", ", ngày" at the start of a line.
    expect(text).not.toMatch(/số \/|ngày\s*\/|\/\s+\/|của \)|^,|\s,\s/m);

    const en = kontumPlan({ lang: "en", header: empty });
    const enHeader = en.blocks[0] as DocumentHeaderBlock;
    expect(enHeader.number).toBe("No.: …/KH-UBND");
    expect(enHeader.dateLine).toBe("…, …/…/2023");
    expect(planText(en)).toContain("(Attached to plan No. …/KH-UBND of …/…/2023\nby …)");
  });

  test("a place or body given alongside blanks keeps its words", () => {
    const plan = kontumPlan({
      header: { number: "", date: null, place: "", issuingBody: "UBND huyện Sa Thầy" },
    });
    const header = plan.blocks[0] as DocumentHeaderBlock;
    expect(header.issuingBody).toEqual([{ text: "UBND HUYỆN SA THẦY", bold: true }]);
    expect(header.dateLine).toBe("…, ngày … tháng … năm 2023");
    expect(planText(plan)).toContain("ngày … tháng … năm 2023\ncủa UBND huyện Sa Thầy)");
  });

  test("a number given as its suffix only keeps that suffix", () => {
    expect(planNumber("/KH-PGDĐT")).toEqual({ full: null, suffix: "/KH-PGDĐT" });
    expect(planNumber(" 20/KH-UBND ")).toEqual({ full: "20/KH-UBND", suffix: "/KH-UBND" });
    const header = kontumPlan({ header: { number: "/KH-PGDĐT" } }).blocks[0] as DocumentHeaderBlock;
    expect(header.number).toBe("Số: …/KH-PGDĐT");
  });

  test("with no number given, the suffix follows the issuing body", () => {
    expect(planNumber("", "Sở Giáo dục và Đào tạo tỉnh Gia Lai").suffix).toBe("/KH-SGDĐT");
    expect(planNumber("", "SỞ GD&ĐT LẠNG SƠN").suffix).toBe("/KH-SGDĐT");
    expect(planNumber("", "Phòng GDĐT huyện Ninh Giang").suffix).toBe("/KH-PGDĐT");
    expect(planNumber("", "UBND xã Ia Chim").suffix).toBe("/KH-UBND");
    // The lower line of a heading issues: the Sở under the province's committee.
    expect(planNumber("", "UBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO").suffix).toBe("/KH-SGDĐT");
    expect(planNumber("", "UBND TỈNH THÁI NGUYÊN SỞ GIÁO DỤC VÀ ĐÀO TẠO").suffix).toBe("/KH-SGDĐT");
    expect(planNumber("", "").suffix).toBe("/KH-UBND");
    const header = kontumPlan({ header: { number: "", issuingBody: "Sở Giáo dục và Đào tạo tỉnh Kon Tum" } })
      .blocks[0] as DocumentHeaderBlock;
    expect(header.number).toBe("Số: …/KH-SGDĐT");
  });

  test("day below 10 and months below 3 take a leading zero, other months do not", () => {
    const header = (d: number, m: number) =>
      (kontumPlan({ header: { date: { y: 2023, m, d } } }).blocks[0] as DocumentHeaderBlock).dateLine;
    expect(header(4, 1)).toBe("Kon Tum, ngày 04 tháng 01 năm 2023");
    expect(header(15, 7)).toBe("Kon Tum, ngày 15 tháng 7 năm 2023");
    expect(header(31, 12)).toBe("Kon Tum, ngày 31 tháng 12 năm 2023");
  });

  test("an issuing body on two lines stays on two lines, upper case; sentences use one line", () => {
    const plan = kontumPlan({ header: { issuingBody: "Ủy ban nhân dân\nthành phố Kon Tum" } });
    expect((plan.blocks[0] as DocumentHeaderBlock).issuingBody).toEqual([
      { text: "ỦY BAN NHÂN DÂN", bold: true },
      { text: "THÀNH PHỐ KON TUM", bold: true },
    ]);
    expect(planText(plan)).toContain("của Ủy ban nhân dân thành phố Kon Tum)");
  });

  test("a parent body above the issuing body is not bold", () => {
    const plan = kontumPlan({ header: { issuingBody: "UBND thành phố Kon Tum\nPhòng Giáo dục và Đào tạo" } });
    expect((plan.blocks[0] as DocumentHeaderBlock).issuingBody).toEqual([
      { text: "UBND THÀNH PHỐ KON TUM" },
      { text: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", bold: true },
    ]);
    // The sentences name the body that issues the plan, not its parent.
    expect(planText(plan)).toContain("Phòng Giáo dục và Đào tạo ban hành Kế hoạch");
    expect(planText(plan)).toContain("của Phòng Giáo dục và Đào tạo)");
  });

  test("a header for another year than the summary's is refused", () => {
    const { summary, records } = kontumChecked();
    const header = { issuingBody: "UBND", place: "Kon Tum", number: "", date: null, planYear: 2024 };
    expect(() => buildPlan({ summary, records, header, sections: PLAN_SECTIONS, lang: "vi" })).toThrow(
      /2024.*2023/,
    );
  });
});

describe("the two catalogues", () => {
  /** Property paths of a catalogue, with the arity of each template function. */
  function shape(value: unknown, path = ""): string[] {
    if (typeof value === "function") return [`${path}(${value.length})`];
    if (typeof value === "string") return [path];
    if (Array.isArray(value)) return [`${path}[]`];
    if (typeof value === "object" && value !== null) {
      return Object.keys(value)
        .sort()
        .flatMap((k) => shape((value as Record<string, unknown>)[k], `${path}.${k}`));
    }
    return [`${path}:${typeof value}`];
  }

  test("have the same shape", () => {
    expect(shape(en)).toEqual(shape(vi));
    expect(shape(vi).length).toBeGreaterThan(50);
  });
});

describe("a budget the plan cannot count", () => {
  /** A ward's plan list in đồng: one figure typed in millions, one still being costed. */
  const ward = sheet({
    title: ["KẾ HOẠCH CÔNG NHẬN TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2027", "(Đơn vị tính: đồng)"],
    header: ["STT", "Tên trường", "Mức đề nghị", "Hình thức", "Kinh phí"],
    rows: [
      ["1", "MN Hoa Mai", "MĐ1", "Công nhận mới", 120_000_000],
      ["2", "TH Lê Văn Tám", "MĐ2", "Nâng mức", 35],
      ["3", "THCS Tân An", "MĐ1", "Công nhận lại", "đang lập dự toán"],
      ["4", "TH Kim Đồng", "MĐ1", "Công nhận lại", 80_000_000],
    ],
  });

  test("the total leaves the two schools out, and the section names them for the signer", () => {
    const text = sectionText(planOf([ward], 2027), "budget");
    expect(text).toContain("Tổng kinh phí: 200 triệu đồng, gồm:");
    expect(text).toContain(
      "Số liệu trên chưa gồm kinh phí của 02 trường có số liệu kinh phí chưa hợp lệ, cần rà soát, bổ sung " +
        "trước khi ban hành Kế hoạch: TH Lê Văn Tám, THCS Tân An.",
    );
    // Neither is said to need no money.
    expect(text).not.toContain("đã được đầu tư từ trước");
  });

  test("in English too", () => {
    expect(sectionText(planOf([ward], 2027, { lang: "en" }), "budget")).toContain(
      "These figures do not include the budget of 2 schools whose budget figures are not valid and must " +
        "be checked and completed before the plan is issued: TH Lê Văn Tám, THCS Tân An.",
    );
  });

  test("a list whose budgets are all good says nothing of the kind", () => {
    expect(sectionText(kontumPlan(), "budget")).not.toContain("chưa gồm kinh phí");
  });
});

describe("a recognition level the plan cannot read", () => {
  const list = sheet({
    title: ["DANH SÁCH TRƯỜNG HỌC PHƯỜNG TÂN AN"],
    header: ["STT", "Tên trường", "Mức CQG", "Năm công nhận"],
    rows: [
      ["1", "MN Hoa Mai", "MĐ1", 2024],
      ["2", "TH Lê Văn Tám", "MĐ 1,5", 2023],
      ["3", "THCS Tân An", "MĐ2", 2025],
      ["4", "TH Kim Đồng", "", ""],
    ],
  });

  test("the rate is over the schools it can count, and the section names the one left out", () => {
    const text = sectionText(planOf([list], 2027), "targets");
    expect(text).toMatch(/là 2\/3 trường, tỉ lệ 66,67%/);
    expect(text).toContain(
      "Tỉ lệ trên chưa tính 01 trường chưa xác định được mức công nhận, cần rà soát, bổ sung trước khi " +
        "ban hành Kế hoạch: TH Lê Văn Tám.",
    );
  });

  test("a list whose levels all read says nothing of the kind", () => {
    expect(sectionText(kontumPlan(), "targets")).not.toContain("chưa xác định được mức công nhận");
  });
});

describe("an upgrade asked by a school whose recognition has run out", () => {
  const list = sheet({
    title: ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2027"],
    header: ["STT", "Tên trường", "Kết quả KĐ", "Chuẩn QG", "QĐ công nhận (ngày)", "Đề nghị"],
    rows: [
      // Recognised 20/12/2020: expired on 20/12/2025, and now asking to move up.
      ["1", "TH Lê Văn Tám", "Cấp độ 2", "Mức độ 1", "20/12/2020", "Nâng mức"],
      // In force until 2027: the usual upgrade.
      ["2", "TH Kim Đồng", "Cấp độ 2", "Mức độ 1", "15/08/2022", "Nâng mức"],
    ],
  });

  test("the appendix states the level above the one last recognised, as for any upgrade", () => {
    const [table] = tablesOf(sectionBlocks(planOf([list], 2027), "appendix"));
    expect(table?.body).toEqual([
      ["1.", "TH Lê Văn Tám", "CĐ3-MĐ2", "Nâng mức độ"],
      ["2.", "TH Kim Đồng", "CĐ3-MĐ2", "Nâng mức độ"],
    ]);
  });
});

describe("the level the appendix states when the list writes none", () => {
  const list = sheet({
    title: ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2027"],
    header: ["STT", "Tên trường", "KĐCLGD", "CQG", "Năm công nhận", "Nội dung"],
    rows: [
      // A first recognition the list gives no level for: mức độ 1 or, directly, mức độ 2 (SPEC §4.1).
      ["1", "THCS Chu Văn An", null, null, null, "Công nhận mới"],
      ["2", "TH Trần Phú", "CĐ1", null, 2024, "Công nhận mới"],
      // A renewal of a recognition the list does not record: no level to state.
      ["3", "THCS Lý Tự Trọng", null, null, null, "Công nhận lại"],
      ["4", "TH Kim Đồng", "CĐ3", "MĐ2", 2022, "Công nhận lại"],
      // The note names the level sought: it is printed as the list writes it.
      ["5", "TH Lê Lợi", "CĐ1", null, 2024, "Công nhận mới mức độ 2"],
    ],
  });

  // Testers read "CĐ2-MĐ1" here as a level the list never gave (it used to be printed for a new
  // recognition): a level the list does not state is left blank, one it states is printed.
  test("a new recognition without a stated level and a renewal of nothing recorded are left blank", () => {
    const [table] = tablesOf(sectionBlocks(planOf([list], 2027), "appendix"));
    expect(table?.body).toEqual([
      ["1.", "TH Trần Phú", "", "Công nhận mới"],
      ["2.", "TH Kim Đồng", "CĐ3-MĐ2", "Công nhận lại"],
      ["3.", "TH Lê Lợi", "MĐ2", "Công nhận mới"],
      ["4.", "THCS Chu Văn An", "", "Công nhận mới"],
      ["5.", "THCS Lý Tự Trọng", "", "Công nhận lại"],
    ]);
  });

  test("a target column states the level of a new recognition", () => {
    const proposed = sheet({
      title: ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2027"],
      header: ["STT", "Tên trường", "Mã công nhận", "Năm công nhận", "Mức đề nghị", "Hình thức"],
      rows: [
        ["1", "TH Trần Phú", "CĐ1", 2024, "CĐ2-MĐ1", "Công nhận mới"],
        ["2", "TH Lê Lợi", "CĐ1", 2024, null, "Công nhận mới"],
      ],
    });
    const [table] = tablesOf(sectionBlocks(planOf([proposed], 2027), "appendix"));
    expect(table?.body).toEqual([
      ["1.", "TH Trần Phú", "CĐ2-MĐ1", "Công nhận mới"],
      ["2.", "TH Lê Lợi", "", "Công nhận mới"],
    ]);
  });
});

test("a budget estimate with no level column leaves every level blank: none is stated", () => {
  const estimate = sheet({
    title: ["DỰ TOÁN KINH PHÍ XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2027", "ĐVT: triệu đồng"],
    header: ["STT", "Tên trường", "Hình thức", "Kinh phí"],
    rows: [
      ["1.", "MN Hòa An", "Công nhận mới", 1200],
      ["2.", "MN Hòa Bình", "Công nhận lại", 350],
      ["3.", "TH Hòa An", "Nâng mức độ", 800],
    ],
  });
  const [table] = tablesOf(sectionBlocks(planOf([estimate], 2027), "appendix"));
  expect(table?.body).toEqual([
    ["1.", "MN Hòa An", "", "Công nhận mới"],
    ["2.", "MN Hòa Bình", "", "Công nhận lại"],
    ["3.", "TH Hòa An", "", "Nâng mức độ"],
  ]);
});

describe("places with no national-standard school", () => {
  const rows = [
    ["1", "TH Kim Đồng", "Phường Hội Phú", "CĐ3-MĐ2", 2024],
    ["2", "TH Lê Lợi", "Xã Ia Kênh", "CĐ1", 2024],
  ];
  const header = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận"];

  test("a plan from 2026 on names xã and phường only: thị trấn were merged away in 07/2025", () => {
    const text = sectionText(planOf([sheet({ header, rows })], 2027), "targets");
    expect(text).toContain("Xã, phường chưa có trường đạt chuẩn quốc gia (01 đơn vị): Xã Ia Kênh.");
  });

  test("the due table has no commune column when the list names no commune", () => {
    const bare = sheet({
      header: ["STT", "Tên trường", "Mã công nhận", "Ngày công nhận"],
      rows: [["1", "TH Kim Đồng", "CĐ3-MĐ2", "15/03/2022"]],
    });
    const [table] = tablesOf(sectionBlocks(planOf([bare], 2027), "renewals"));
    expect(table?.header).toEqual([
      ["TT", "Tên trường", "Ngày hết hạn", "Hạn hoàn thành tự đánh giá, đăng ký đánh giá ngoài", "Ghi chú"],
    ]);
    expect(table?.body[0]?.slice(1, 3)).toEqual(["TH Kim Đồng", "15/03/2027"]);
  });
});
