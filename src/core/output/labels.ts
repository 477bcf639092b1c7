/**
 * Words of the summary sheets that SUMMARY_LABELS (shared with the terminal and the plan document)
 * does not already hold. Vietnamese first; numbers and dates inside sentences come from format.ts.
 */
import type { Severity } from "../findings/severity";
import type { Action } from "../schools/actions";
import type { Lang } from "../text/format";
import type { OutputSheetId } from "./model";

export interface OutputLabels {
  readonly sheetName: Readonly<Record<OutputSheetId, string>>;
  readonly summaryTitle: (year: number) => string;
  readonly summarySubtitle: (year: number, referenceDate: string, file: string | null) => string;
  readonly keyFigures: string;
  readonly coverageNow: (standard: string, schools: string, rate: string) => string;
  readonly coverageProjected: (year: number, standard: string, schools: string, rate: string) => string;
  readonly targetsLine: (year: number, counts: Readonly<Record<Action, string>>) => string;
  readonly budgetLine: (total: string) => string;
  readonly dueLine: (year: number, count: string) => string;
  readonly coverageByType: string;
  readonly chartTitle: string;
  readonly coverageByCommune: string;
  readonly coverageByDistrict: string;
  readonly coverageByUnit: string;
  readonly communesWithout: (names: string) => string;
  readonly noCommuneWithout: string;
  readonly noCommunes: string;
  readonly accreditation: string;
  readonly accreditationLevel: (level: number) => string;
  readonly targets: (year: number) => string;
  readonly noTargets: string;
  readonly plannedSchools: string;
  readonly actionColumn: string;
  readonly budget: (year: number) => string;
  readonly budgetByAction: string;
  readonly budgetByType: string;
  readonly budgetBySource: string;
  readonly noBudget: string;
  readonly unfunded: (names: string) => string;
  readonly due: (year: number) => string;
  readonly noDue: string;
  readonly noSchools: string;
  readonly findingsTitle: string;
  readonly findingsSubtitle: (year: number, referenceDate: string, file: string | null) => string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly findingsList: string;
  readonly noFindings: string;
  readonly findingColumns: {
    readonly severity: string;
    readonly rule: string;
    readonly sheet: string;
    readonly cell: string;
    readonly column: string;
    readonly value: string;
    readonly message: string;
    readonly basis: string;
    readonly fix: string;
  };
}

const fileNote = (file: string | null, word: string): string => (file ? `; ${word}: ${file}` : "");

export const OUTPUT_LABELS: Readonly<Record<Lang, OutputLabels>> = {
  vi: {
    sheetName: { summary: "Tổng hợp", findings: "Kết quả kiểm tra" },
    summaryTitle: (year) => `TỔNG HỢP KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM ${year}`,
    summarySubtitle: (year, ref, file) =>
      `Năm kế hoạch ${year}; số liệu tính đến ngày ${ref}${fileNote(file, "tệp")}`,
    keyFigures: "Số liệu chính",
    coverageNow: (standard, schools, rate) =>
      `Tỉ lệ trường đạt chuẩn quốc gia: ${standard}/${schools} trường, tỉ lệ ${rate}`,
    coverageProjected: (year, standard, schools, rate) =>
      `Dự kiến đến hết năm ${year}: ${standard}/${schools} trường, tỉ lệ ${rate}`,
    targetsLine: (year, c) =>
      `Chỉ tiêu năm ${year}: công nhận mới ${c.new} trường, công nhận lại ${c.renewal} trường, nâng mức độ ${c.upgrade} trường`,
    budgetLine: (total) => `Tổng kinh phí: ${total} triệu đồng`,
    dueLine: (year, count) =>
      `Đến hạn công nhận lại trong năm ${year} (hết hạn hoặc phải nộp hồ sơ trong năm): ${count} trường`,
    coverageByType: "Tỉ lệ trường đạt chuẩn quốc gia theo cấp học",
    chartTitle: "Tỉ lệ trường đạt chuẩn quốc gia theo cấp học",
    coverageByCommune: "Tỉ lệ trường đạt chuẩn quốc gia theo xã, phường",
    coverageByDistrict: "Tỉ lệ trường đạt chuẩn quốc gia theo quận, huyện",
    coverageByUnit: "Tỉ lệ trường đạt chuẩn quốc gia theo đơn vị (tỉ lệ thấp trước)",
    communesWithout: (names) => `Xã, phường chưa có trường đạt chuẩn quốc gia: ${names}.`,
    noCommuneWithout: "Xã, phường nào cũng có trường đạt chuẩn quốc gia.",
    noCommunes: "Danh sách không ghi xã, phường.",
    accreditation: "Kết quả kiểm định chất lượng giáo dục còn hiệu lực",
    accreditationLevel: (level) => `Cấp độ ${level}`,
    targets: (year) => `Chỉ tiêu năm ${year}`,
    noTargets: "Danh sách không có trường nào trong kế hoạch năm này.",
    plannedSchools: "Các trường trong kế hoạch",
    actionColumn: "Hình thức",
    budget: (year) => `Kinh phí năm ${year} (triệu đồng)`,
    budgetByAction: "Theo hình thức công nhận",
    budgetByType: "Theo cấp học",
    budgetBySource: "Theo nguồn vốn",
    noBudget: "Danh sách không ghi kinh phí.",
    unfunded: (names) => `Các trường trong kế hoạch đã có kinh phí, không đề nghị kinh phí mới: ${names}.`,
    due: (year) => `Đến hạn công nhận lại (năm ${year} và năm ${year + 1})`,
    noDue: "Không có công nhận nào hết hạn trong thời gian này.",
    noSchools: "Danh sách không có trường nào.",
    findingsTitle: "KẾT QUẢ KIỂM TRA DANH SÁCH TRƯỜNG",
    findingsSubtitle: (year, ref, file) =>
      `Năm kế hoạch ${year}; ngày tham chiếu ${ref}${fileNote(file, "tệp")}`,
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
    findingsList: "Danh sách phát hiện (bấm vào ô để đến ô trong danh sách)",
    noFindings: "Không có phát hiện nào: danh sách không có lỗi.",
    findingColumns: {
      severity: "Mức độ",
      rule: "Quy tắc",
      sheet: "Trang",
      cell: "Ô",
      column: "Cột",
      value: "Giá trị",
      message: "Nội dung",
      basis: "Căn cứ",
      fix: "Cách sửa",
    },
  },
  en: {
    sheetName: { summary: "Summary", findings: "Check results" },
    summaryTitle: (year) => `ACCREDITATION AND NATIONAL-STANDARD SUMMARY, ${year}`,
    summarySubtitle: (year, ref, file) => `Plan year ${year}; figures as of ${ref}${fileNote(file, "file")}`,
    keyFigures: "Key figures",
    coverageNow: (standard, schools, rate) =>
      `Schools meeting the national standard: ${standard}/${schools} schools, ${rate}`,
    coverageProjected: (year, standard, schools, rate) =>
      `Projected at the end of ${year}: ${standard}/${schools} schools, ${rate}`,
    targetsLine: (year, c) =>
      `Targets for ${year}: ${c.new} new recognitions, ${c.renewal} renewals, ${c.upgrade} upgrades`,
    budgetLine: (total) => `Total budget: ${total} million đồng`,
    dueLine: (year, count) =>
      `Renewals due in ${year} (expiring, or with the dossier due, in the year): ${count} schools`,
    coverageByType: "National-standard coverage by level",
    chartTitle: "National-standard coverage by level",
    coverageByCommune: "National-standard coverage by commune",
    coverageByDistrict: "National-standard coverage by district",
    coverageByUnit: "National-standard coverage by unit (lowest rate first)",
    communesWithout: (names) => `Communes with no national-standard school: ${names}.`,
    noCommuneWithout: "Every commune has a national-standard school.",
    noCommunes: "The list gives no communes.",
    accreditation: "Accreditation in force",
    accreditationLevel: (level) => `Level ${level}`,
    targets: (year) => `Targets for ${year}`,
    noTargets: "No school in the list is planned for this year.",
    plannedSchools: "Schools in the plan",
    actionColumn: "Action",
    budget: (year) => `Budget for ${year} (million đồng)`,
    budgetByAction: "By action",
    budgetByType: "By level",
    budgetBySource: "By funding source",
    noBudget: "The list gives no budget.",
    unfunded: (names) => `Planned schools already funded, needing no new budget: ${names}.`,
    due: (year) => `Renewals due (${year} and ${year + 1})`,
    noDue: "No recognition expires in this period.",
    noSchools: "The list holds no schools.",
    findingsTitle: "SCHOOL LIST CHECK RESULTS",
    findingsSubtitle: (year, ref, file) =>
      `Plan year ${year}; reference date ${ref}${fileNote(file, "file")}`,
    severity: { error: "Error", warning: "Warning", info: "Information" },
    findingsList: "Findings (click a cell address to go to the cell in the list)",
    noFindings: "No findings: the list has no errors.",
    findingColumns: {
      severity: "Severity",
      rule: "Rule",
      sheet: "Sheet",
      cell: "Cell",
      column: "Column",
      value: "Value",
      message: "Message",
      basis: "Legal basis",
      fix: "Fix",
    },
  },
};
