/**
 * Every word of the standalone page around the task pane (top bar, grid view, sheet tabs), in
 * Vietnamese first; `en` must have the same shape. The pane itself speaks through its own catalogue
 * (src/taskpane/i18n) and the page follows the language chosen there.
 */
import type { Severity } from "../core/findings/severity";
import type { Lang } from "../core/text/format";

export const vi = {
  title: "Kiểm định & CQG",
  subtitle: "chạy trong trình duyệt",
  toolbar: "Thao tác với tệp",
  open: "Mở tệp",
  openHint: "Mở danh sách của bạn (.xlsx, .xlsm, .xls, .ods hoặc .csv)",
  sample: "Danh sách mẫu",
  sampleHint: "Mở lại danh sách mẫu có sẵn (huyện Sơn Hà, năm kế hoạch 2024)",
  download: "Tải về .xlsx",
  downloadHint: "Tải sổ làm việc về máy, kèm các trang tổng hợp đã tạo",
  downloading: "Đang tạo tệp Excel…",
  downloaded: (name: string) => `Đã tải về ${name}.`,
  opening: (name: string) => `Đang mở ${name}…`,
  starting: "Đang tải bảng tính…",
  file: (name: string) => `Tệp: ${name}`,
  privacy: "Tệp chỉ được xử lý trong trình duyệt này, không gửi đi đâu.",
  sampleNote:
    "Đây là danh sách mẫu của huyện Sơn Hà (năm kế hoạch 2024) có vài lỗi cố ý. Bấm Kiểm tra ở ngăn bên phải, hoặc bấm Mở tệp để kiểm tra danh sách của bạn.",
  openFailed: "Không mở được tệp",
  downloadFailed: "Không tạo được tệp Excel",
  startFailed: "Không tải được bảng tính",
  unexpected: "Đã xảy ra lỗi không mong muốn. Hãy tải lại trang.",
  detail: (d: string) => `Chi tiết: ${d}`,
  notCopied: (parts: string) =>
    `Tệp có ${parts}: bản tải về không giữ được các phần này, hãy giữ lại tệp gốc.`,
  dismiss: "Đóng thông báo",
  pane: "Ngăn tác vụ",
  sheetArea: "Bảng tính",
  dropHint: "Thả tệp vào đây để mở",
  grid: {
    label: (sheet: string) => `Trang tính “${sheet}”`,
    tabs: "Các trang tính",
    ours: "trang kết quả của phần bổ trợ",
    nameBox: "Ô đang chọn",
    content: "Nội dung ô",
    severity: { error: "lỗi", warning: "cảnh báo", info: "thông tin" } satisfies Record<Severity, string>,
    keys: "Dùng phím mũi tên để di chuyển giữa các ô.",
  },
};

export type Strings = typeof vi;

export const en: Strings = {
  title: "Accreditation & CQG",
  subtitle: "in your browser",
  toolbar: "File actions",
  open: "Open file",
  openHint: "Open your list (.xlsx, .xlsm, .xls, .ods or .csv)",
  sample: "Sample list",
  sampleHint: "Open the built-in sample list again (Sơn Hà district, plan year 2024)",
  download: "Download .xlsx",
  downloadHint: "Download the workbook, with the summary sheets you created",
  downloading: "Creating the Excel file…",
  downloaded: (name: string) => `Downloaded ${name}.`,
  opening: (name: string) => `Opening ${name}…`,
  starting: "Loading the spreadsheet…",
  file: (name: string) => `File: ${name}`,
  privacy: "Your file is processed in this browser only and sent nowhere.",
  sampleNote:
    "This is the sample list of Sơn Hà district (plan year 2024), with a few faults on purpose. Press Check in the pane on the right, or Open file to check your own list.",
  openFailed: "The file could not be opened",
  downloadFailed: "The Excel file could not be created",
  startFailed: "The spreadsheet could not be loaded",
  unexpected: "Something unexpected went wrong. Please reload the page.",
  detail: (d: string) => `Detail: ${d}`,
  notCopied: (parts: string) =>
    `The file has ${parts}: the download cannot keep them, so keep your original file.`,
  dismiss: "Dismiss",
  pane: "Task pane",
  sheetArea: "Spreadsheet",
  dropHint: "Drop the file here to open it",
  grid: {
    label: (sheet: string) => `Sheet “${sheet}”`,
    tabs: "Sheets",
    ours: "a results sheet of the add-in",
    nameBox: "Selected cell",
    content: "Cell content",
    severity: { error: "error", warning: "warning", info: "information" },
    keys: "Use the arrow keys to move between cells.",
  },
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { vi, en };
