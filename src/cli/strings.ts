import type { Severity } from "../core/findings/severity";
import type { Lang } from "../core/text/format";
import { formatNumber } from "../app/format";

/** Counts as each language writes them: 300.000 trường, 300,000 schools. */
const vi = (x: number): string => formatNumber(x, "vi");
const en = (x: number): string => formatNumber(x, "en");

/** Why an output must have its extension: the original's macros, their absence, or a Word file. */
export type OutputKindReason = "macro" | "plain" | "word";

/** Words of the terminal report. Findings carry their own messages. */
export const CLI_TEXT = {
  vi: {
    file: "Tệp",
    table: (sheet: string, range: string, headerRow: number, rows: number, schools: number) =>
      `Bảng trên trang "${sheet}", vùng ${range}, dòng tiêu đề ${headerRow}: ` +
      (rows === schools ? `${vi(rows)} trường` : `${vi(schools)} trường trên ${vi(rows)} dòng`),
    columns: "Cột đã nhận",
    budgetSplit: (sources: string, total: string | null) =>
      `Kinh phí chia theo nguồn, cộng các cột: ${sources}` +
      (total === null ? "" : `; cột tổng ${total} dùng để đối chiếu`),
    budgetItems: (items: string, total: string | null) =>
      `Kinh phí gồm các khoản chi, cộng các cột: ${items}` +
      (total === null ? "" : `; cột tổng ${total} dùng để đối chiếu`),
    row: (sheet: string, row: number) => `${sheet}, dòng ${row}`,
    severity: { error: "LỖI", warning: "CẢNH BÁO", info: "THÔNG TIN" } satisfies Record<Severity, string>,
    basis: "Căn cứ",
    fix: "Sửa thành",
    none: "Không có phát hiện nào.",
    totals: (e: number, w: number, i: number) => `Tổng: ${vi(e)} lỗi, ${vi(w)} cảnh báo, ${vi(i)} thông tin.`,
    noSheet: (sheet: string, sheets: string) => `không có trang "${sheet}"; các trang: ${sheets}`,
    written: (path: string) => `Đã ghi ${path}.`,
    sameFile: (path: string) =>
      `--out trùng với tệp đầu vào (${path}); hãy đặt tên khác để giữ nguyên tệp gốc.`,
    notCopied: (what: string) =>
      `lưu ý: bản sao không giữ được ${what} của tệp gốc; tệp gốc không bị thay đổi.`,
    notOurs: (path: string) =>
      `${path} đã có và không phải tệp do kdcl tạo ra; thêm --force nếu thật sự muốn ghi đè lên nó.`,
    extension: (path: string, ext: string, why: OutputKindReason) =>
      `--out ${path} phải có đuôi .${ext} ${
        why === "macro"
          ? "vì tệp gốc có macro (bản sao giữ nguyên macro)"
          : why === "plain"
            ? "vì tệp gốc không có macro"
            : "vì kế hoạch được ghi thành tệp Word"
      }.`,
    outFolder: (path: string) => `--out ${path} là một thư mục, không phải tệp.`,
    outSpecial: (path: string) => `--out ${path} không phải là một tệp thông thường.`,
    outBrokenLink: (path: string) => `--out ${path} là liên kết tới một tệp không tồn tại.`,
    defaultBody: "ỦY BAN NHÂN DÂN",
    columnNotFound: (file: string, header: string, field: string) =>
      `${file}: không có cột "${header}" để đọc ${field}; --column này bị bỏ qua.`,
    period: (year: number, yearWhy: string, date: string, dateWhy: string) =>
      `Năm kế hoạch ${year} (${yearWhy}); ngày tham chiếu ${date} (${dateWhy}).`,
    errorsToSee: (errors: number, file: string) =>
      `lưu ý: danh sách còn ${vi(errors)} lỗi; các số liệu bị lỗi không được tính. Xem từng lỗi: kdcl validate "${file}".`,
    appendixLong: (schools: string, limit: string) =>
      `lưu ý: phụ lục liệt kê ${schools} trường (quá ${limit}), một bảng dài hàng trăm trang; có thể đính kèm danh sách thành tệp Excel bằng --appendix xlsx.`,
    noAppendixList: "lưu ý: kế hoạch không có danh sách phụ lục nên không ghi tệp Excel phụ lục.",
    noSchoolsToPlan: (file: string) =>
      `Không đọc được trường nào trong tệp ${file} nên không soạn kế hoạch. Xem lý do: kdcl validate "${file}" (tiêu đề cột lạ thì chỉ cột tên trường bằng --column "name=TIÊU ĐỀ").`,
  },
  en: {
    file: "File",
    table: (sheet: string, range: string, headerRow: number, rows: number, schools: number) =>
      `List on sheet "${sheet}", range ${range}, header row ${headerRow}: ` +
      (rows === schools ? `${en(rows)} schools` : `${en(schools)} schools on ${en(rows)} rows`),
    columns: "Columns found",
    budgetSplit: (sources: string, total: string | null) =>
      `Budget split by funding source, its columns added up: ${sources}` +
      (total === null ? "" : `; total column ${total} checked against them`),
    budgetItems: (items: string, total: string | null) =>
      `Budget made of cost items, its columns added up: ${items}` +
      (total === null ? "" : `; total column ${total} checked against them`),
    row: (sheet: string, row: number) => `${sheet}, row ${row}`,
    severity: { error: "ERRORS", warning: "WARNINGS", info: "INFORMATION" } satisfies Record<
      Severity,
      string
    >,
    basis: "Basis",
    fix: "Fix",
    none: "No findings.",
    totals: (e: number, w: number, i: number) =>
      `Total: ${en(e)} errors, ${en(w)} warnings, ${en(i)} information.`,
    noSheet: (sheet: string, sheets: string) => `no sheet "${sheet}"; sheets: ${sheets}`,
    written: (path: string) => `Written: ${path}.`,
    sameFile: (path: string) =>
      `--out is the input file (${path}); choose another name so the original stays as it is.`,
    notCopied: (what: string) =>
      `note: the copy cannot keep the original's ${what}; the original is unchanged.`,
    notOurs: (path: string) => `${path} exists and was not written by kdcl; add --force to replace it.`,
    extension: (path: string, ext: string, why: OutputKindReason) =>
      `--out ${path} must end in .${ext} ${
        why === "macro"
          ? "as the original has macros (the copy keeps them)"
          : why === "plain"
            ? "as the original has no macros"
            : "as the plan is written as a Word file"
      }.`,
    outFolder: (path: string) => `--out ${path} is a folder, not a file.`,
    outSpecial: (path: string) => `--out ${path} is not a regular file.`,
    outBrokenLink: (path: string) => `--out ${path} is a link to a file that does not exist.`,
    defaultBody: "PEOPLE'S COMMITTEE",
    columnNotFound: (file: string, header: string, field: string) =>
      `${file}: no column "${header}" to read ${field} from; this --column is ignored.`,
    period: (year: number, yearWhy: string, date: string, dateWhy: string) =>
      `Plan year ${year} (${yearWhy}); reference date ${date} (${dateWhy}).`,
    errorsToSee: (errors: number, file: string) =>
      `note: the list still has ${en(errors)} errors; figures in error are left out. To see each: kdcl validate "${file}".`,
    appendixLong: (schools: string, limit: string) =>
      `note: the appendix lists ${schools} schools (over ${limit}), a table hundreds of pages long; --appendix xlsx attaches the list as an Excel file instead.`,
    noAppendixList: "note: the plan has no appendix list, so no appendix workbook is written.",
    noSchoolsToPlan: (file: string) =>
      `No school could be read from ${file}, so no plan is written. To see why: kdcl validate "${file}" (for unfamiliar headers, name the school column with --column "name=HEADER").`,
  },
} as const satisfies Record<Lang, unknown>;
