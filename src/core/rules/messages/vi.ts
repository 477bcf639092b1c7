import { schoolTypeInfo } from "../../schools/types";
import { formatNumber } from "../../text/format";
import type { Catalogue } from "../params";

const DATE_WHAT = {
  decisionDate: "Ngày/năm công nhận",
  previousDate: "Ngày/năm công nhận lần trước",
  expiry: "Ngày hết hạn",
  founded: "Năm thành lập",
  planYear: "Năm kế hoạch",
} as const;

const COLUMN_WHAT = {
  type: "cột Cấp học (nhiều tên trường không có tiền tố MN, TH, THCS…)",
  codes: "cột mức công nhận (KĐCLGD, CQG hoặc mã tích hợp như CĐ2-MĐ1)",
  accreditation: "cột cấp độ KĐCLGD (chỉ có cột mức độ CQG)",
  standard: "cột mức độ CQG (chỉ có cột cấp độ KĐCLGD)",
} as const;

const CODE_HINT = {
  combined: "mã tích hợp dạng CĐ2-MĐ1, CĐ3 hoặc MĐ1",
  accreditation: "cấp độ KĐCLGD dạng CĐ1…CĐ4 hoặc số 1…4",
  standard: "mức độ CQG dạng MĐ1, MĐ2 hoặc số 1, 2",
} as const;

const trieu = (n: number): string => `${formatNumber(n, "vi")} triệu đồng`;
const type = (id: Parameters<typeof schoolTypeInfo>[0]): string => schoolTypeInfo(id).label.vi;

/** Vietnamese messages, in the register of an education office's working notes. */
export const vi: Catalogue = {
  "table-not-found": (p) =>
    `Không tìm thấy bảng danh sách trường trên trang "${p.sheet}": cần một dòng tiêu đề có cột tên trường (ví dụ "Tên trường", "Cơ sở giáo dục", "Đơn vị").`,
  "missing-column": (p) => `Danh sách thiếu ${COLUMN_WHAT[p.column]}; nên bổ sung để kiểm tra đầy đủ.`,
  "missing-value": (p) =>
    p.what === "name"
      ? "Dòng có số liệu nhưng không có tên trường."
      : 'Ô mức công nhận để trống. Nếu trường chưa được công nhận, ghi "-" hoặc "Chưa đạt" để phân biệt với ô bị bỏ sót.',
  "cell-error": (p) => `Ô chứa lỗi Excel ${p.error}; kiểm tra lại công thức hoặc dữ liệu nguồn.`,
  "duplicate-school": (p) => `Trường "${p.name}" trùng với dòng ${p.firstRow} (cùng tên, cùng xã/phường).`,
  "unknown-type": (p) =>
    `Không xác định được cấp học của "${p.name}": tên không có tiền tố (MN, TH, THCS, THPT, TH&THCS…) và không có cột Cấp học hợp lệ.`,
  "type-name-mismatch": (p) =>
    `Cột cấp học ghi "${type(p.columnType)}" nhưng tên trường cho thấy "${type(p.nameType)}".`,
  "code-unparseable": (p) => `Không đọc được "${p.text}"; cần ghi ${CODE_HINT[p.column]}.`,
  "code-noncanonical": (p) =>
    p.cdWordAsStandard
      ? `"${p.text}" dùng từ "cấp độ" cho chuẩn quốc gia; chuẩn quốc gia được công nhận theo mức độ, cách ghi chuẩn là "${p.canonical}".`
      : `Cách ghi chuẩn là "${p.canonical}".`,
  "accreditation-out-of-range": (p) =>
    p.unconfirmed
      ? `Cấp độ KĐCLGD ${p.level}: theo quy định mới (chưa xác nhận) kiểm định chỉ còn ${p.max} mức.`
      : `Cấp độ KĐCLGD ${p.level} không hợp lệ; chỉ có cấp độ 1 đến ${p.max}.`,
  "standard-out-of-range": (p) =>
    `Mức độ chuẩn quốc gia ${p.level} không hợp lệ; chỉ có mức độ 1 và mức độ 2.`,
  "standard-needs-accreditation": (p) =>
    `Chuẩn quốc gia mức độ ${p.standard} đòi hỏi kết quả đánh giá ngoài đạt từ cấp độ ${p.required} trở lên, nhưng dòng này ghi cấp độ ${p.accreditation}.`,
  "standard-below-accreditation": (p) =>
    `Trường đạt KĐCLGD cấp độ ${p.accreditation} thì cùng lần đánh giá đủ điều kiện chuẩn quốc gia mức độ 2, nhưng dòng này ghi mức độ ${p.standard}.`,
  "standard-without-accreditation": (p) =>
    `Có chuẩn quốc gia mức độ ${p.standard} nhưng không ghi cấp độ KĐCLGD; từ 10/10/2018 hai kết quả cùng một lần đánh giá ngoài.`,
  "action-unknown": (p) =>
    `Không hiểu hình thức "${p.text}"; dùng "Công nhận mới", "Công nhận lại" hoặc "Nâng mức độ".`,
  "renewal-without-previous": () =>
    "Đề nghị công nhận lại nhưng không ghi ngày/năm công nhận trước đó; không xác định được thời hạn.",
  "renewal-too-early": (p) =>
    `Công nhận lại năm ${p.planYear} khi lần công nhận trước (${p.recognised}) mới được ${p.years} năm; thông thường chỉ công nhận lại khi gần hết thời hạn 5 năm.`,
  "new-with-previous": (p) =>
    `Đề nghị công nhận mới nhưng trường đã được công nhận (${p.recognised}); xem lại có phải công nhận lại hoặc nâng mức không.`,
  "upgrade-too-early": (p) =>
    `Nâng mức năm ${p.planYear} khi lần công nhận trước (${p.recognised}) mới được ${p.years} năm; phải sau ít nhất 2 năm.`,
  "upgrade-not-higher": (p) =>
    `Nâng mức nhưng mức đề nghị (${p.target}) không cao hơn mức hiện có (${p.current}).`,
  "date-invalid": (p) =>
    p.reason === "unreadable"
      ? `${DATE_WHAT[p.what]} "${p.text}" không đọc được; ghi dạng dd/mm/yyyy hoặc năm (yyyy).`
      : p.reason === "too-early"
        ? `${DATE_WHAT[p.what]} "${p.text}" trước năm ${p.limit}, không hợp lý.`
        : p.what === "decisionDate" || p.what === "previousDate"
          ? `${DATE_WHAT[p.what]} "${p.text}" sau năm ${p.limit}: việc công nhận không thể diễn ra trong tương lai.`
          : `${DATE_WHAT[p.what]} "${p.text}" sau năm ${p.limit}, không hợp lý.`,
  "recognition-expired": (p) =>
    `Công nhận đã hết hạn (${p.expiry}) và chưa có kế hoạch công nhận lại; trường không còn được tính là đạt chuẩn/đạt kiểm định.`,
  "renewal-due": (p) =>
    `Công nhận hết hạn ${p.expiry}; hạn hoàn thành tự đánh giá và đăng ký đánh giá ngoài: ${p.deadline}.`,
  "renewal-not-planned": (p) =>
    `Công nhận hết hạn ${p.expiry} (trong năm ${p.planYear}) nhưng danh sách chưa đề nghị công nhận lại; hạn đăng ký: ${p.deadline}.`,
  "too-young": (p) =>
    p.kindergarten
      ? `Trường mầm non thành lập năm ${p.founded}, đến năm ${p.year} mới hoạt động ${p.years} năm; cần ít nhất ${p.minYears} năm.`
      : `Trường thành lập năm ${p.founded}, đến năm ${p.year} có thể chưa có khóa học sinh hoàn thành chương trình (${p.minYears} năm).`,
  "budget-not-number": (p) =>
    `Kinh phí "${p.text}" không phải là số; ghi số như 44.497 hoặc 31.162,5 (đơn vị theo tiêu đề cột).`,
  "budget-negative": (p) => `Kinh phí âm (${formatNumber(p.amount, "vi")}).`,
  "budget-unit-suspect": (p) =>
    `Kinh phí ${formatNumber(p.amount, "vi")} quá lớn cho cột tính bằng triệu đồng; có thể đang ghi bằng đồng (tức ${trieu(p.suggested)}).`,
  "total-mismatch": (p) =>
    `Dòng "${p.label}" ghi ${formatNumber(p.written, "vi")} nhưng tổng ${p.rows} dòng trường là ${formatNumber(p.sum, "vi")}.`,
  "legacy-regime": (p) =>
    `Công nhận ${p.date}, trước ngày 10/10/2018: KĐCLGD và CQG khi đó là hai quy trình riêng nên không đối chiếu cấp độ với mức độ.`,
};
