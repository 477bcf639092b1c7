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
  openSteps: {
    unpack: (name: string, size: string) => `Đang giải nén và đọc ${name} (${size})…`,
    prepare: (name: string) => `Đang chuẩn bị ${name} để kiểm tra…`,
  },
  stopOpening: "Hủy",
  stopOpeningHint: (name: string) => `Hủy việc mở ${name}`,
  openStopped: (name: string) => `Đã hủy việc mở ${name}. Danh sách đang mở vẫn giữ nguyên.`,
  starting: "Đang tải bảng tính…",
  file: (name: string) => `Tệp: ${name}`,
  privacy: "Tệp chỉ được xử lý trong trình duyệt này, không gửi đi đâu.",
  sampleNote:
    "Đây là danh sách mẫu của huyện Sơn Hà (năm kế hoạch 2024) có vài lỗi cố ý. Bấm Kiểm tra ở ngăn tác vụ, hoặc bấm Mở tệp để kiểm tra danh sách của bạn.",
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
  openMany: "Mở nhiều tệp",
  openManyHint: "Mở danh sách của nhiều xã, phường cùng lúc để tổng hợp (có thể kéo thả nhiều tệp vào trang)",
  allSheets: "Tổng hợp mọi trang tính",
  allSheetsHint: "Mỗi trang tính của tệp đang mở là danh sách của một đơn vị: tổng hợp tất cả",
  openingMany: (done: number, total: number, name: string) => `Đang mở tệp ${done}/${total}: ${name}…`,
  stopOpeningMany: "Hủy việc mở các tệp",
  openManyStopped: "Đã hủy việc mở các tệp. Danh sách đang mở vẫn giữ nguyên.",
  rollup: {
    pane: "Tổng hợp các đơn vị",
    title: (n: string) => `Tổng hợp ${n} danh sách`,
    fromBook: (file: string) => `Mỗi trang tính của ${file} là một đơn vị.`,
    period: (year: number, ref: string) => `Năm kế hoạch ${year}, số liệu tính đến ngày ${ref}.`,
    coverage: (standard: string, schools: string, rate: string) =>
      `Tỉ lệ trường đạt chuẩn quốc gia: ${standard}/${schools} trường, tỉ lệ ${rate}.`,
    projected: (year: number, standard: string, schools: string, rate: string) =>
      `Dự kiến đến hết năm ${year}: ${standard}/${schools} trường, tỉ lệ ${rate}.`,
    targets: (year: number, n: string, r: string, u: string) =>
      `Chỉ tiêu năm ${year}: công nhận mới ${n}, công nhận lại ${r}, nâng mức độ ${u} trường.`,
    budget: (total: string) => `Tổng kinh phí: ${total} triệu đồng.`,
    units: "Tỉ lệ theo đơn vị",
    sortHint: "Bấm tiêu đề cột để sắp xếp",
    without: (names: string) => `Xã, phường chưa có trường đạt chuẩn quốc gia: ${names}.`,
    noneWithout: "Xã, phường nào cũng có trường đạt chuẩn quốc gia.",
    findings: "Phát hiện theo đơn vị",
    counts: (e: string, w: string, i: string) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    noFindings: "không có phát hiện",
    unreadable: "không đọc được",
    more: (n: string) => `… và ${n} phát hiện khác: mở danh sách này bằng Mở tệp để xem và sửa hết.`,
    show: (name: string) => `Xem danh sách ${name}`,
    cell: (cell: string) => `Ô ${cell}`,
    sheetWide: (sheet: string) => `Trang ${sheet}`,
    downloadSheet: "Tải bảng tổng hợp .xlsx",
    downloadPlan: "Tải kế hoạch .docx",
    downloaded: (name: string) => `Đã tải về ${name}.`,
    fileName: "tong-hop-don-vi",
    planFile: "ke-hoach-tong-hop.docx",
    showing: (name: string) => `Đang xem: ${name}`,
    fewSheets: (file: string) =>
      `${file} không có từ hai trang tính danh sách trường trở lên: không có gì để tổng hợp theo trang.`,
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
  openSteps: {
    unpack: (name: string, size: string) => `Unpacking and reading ${name} (${size})…`,
    prepare: (name: string) => `Getting ${name} ready to check…`,
  },
  stopOpening: "Cancel",
  stopOpeningHint: (name: string) => `Cancel opening ${name}`,
  openStopped: (name: string) => `Cancelled opening ${name}. The list that was open stays as it was.`,
  starting: "Loading the spreadsheet…",
  file: (name: string) => `File: ${name}`,
  privacy: "Your file is processed in this browser only and sent nowhere.",
  sampleNote:
    "This is the sample list of Sơn Hà district (plan year 2024), with a few faults on purpose. Press Check in the task pane, or Open file to check your own list.",
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
  openMany: "Open several files",
  openManyHint:
    "Open the lists of several communes at once to sum them (you can also drop several files on the page)",
  allSheets: "Sum all sheets",
  allSheetsHint: "Each sheet of the open file is one unit's list: sum them all",
  openingMany: (done: number, total: number, name: string) => `Opening file ${done}/${total}: ${name}…`,
  stopOpeningMany: "Cancel opening the files",
  openManyStopped: "Cancelled opening the files. The list that was open stays as it was.",
  rollup: {
    pane: "Roll-up of the units",
    title: (n: string) => `Roll-up of ${n} lists`,
    fromBook: (file: string) => `Each sheet of ${file} is one unit.`,
    period: (year: number, ref: string) => `Plan year ${year}, figures as of ${ref}.`,
    coverage: (standard: string, schools: string, rate: string) =>
      `Schools meeting the national standard: ${standard}/${schools} schools, ${rate}.`,
    projected: (year: number, standard: string, schools: string, rate: string) =>
      `Projected at the end of ${year}: ${standard}/${schools} schools, ${rate}.`,
    targets: (year: number, n: string, r: string, u: string) =>
      `Targets for ${year}: ${n} new, ${r} renewals, ${u} upgrades.`,
    budget: (total: string) => `Total budget: ${total} million đồng.`,
    units: "Rates by unit",
    sortHint: "Click a column header to sort",
    without: (names: string) => `Communes with no national-standard school: ${names}.`,
    noneWithout: "Every commune has a national-standard school.",
    findings: "Findings by unit",
    counts: (e: string, w: string, i: string) => `${e} errors, ${w} warnings, ${i} notes`,
    noFindings: "no findings",
    unreadable: "cannot be read",
    more: (n: string) => `… and ${n} more findings: open this list with Open file to see and fix them all.`,
    show: (name: string) => `Show the list of ${name}`,
    cell: (cell: string) => `Cell ${cell}`,
    sheetWide: (sheet: string) => `Sheet ${sheet}`,
    downloadSheet: "Download the roll-up .xlsx",
    downloadPlan: "Download the plan .docx",
    downloaded: (name: string) => `Downloaded ${name}.`,
    fileName: "unit-rollup",
    planFile: "rollup-plan.docx",
    showing: (name: string) => `Showing: ${name}`,
    fewSheets: (file: string) =>
      `${file} has fewer than two sheets with a list of schools: there is nothing to sum by sheet.`,
  },
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { vi, en };
