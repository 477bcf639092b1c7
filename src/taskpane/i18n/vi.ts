/**
 * Every word the task pane shows, in Vietnamese. This catalogue defines the shape of all others
 * (`Catalogue`): a key missing from `en.ts` is a compile error. Numbers, rates and dates are
 * formatted by `core/text/format`, never here by hand.
 */
import type { LiveStop } from "../../app/live-session";
import type { Severity } from "../../core/findings/severity";
import type { FigureId, FigureValue } from "../../core/plan/changes";
import type { PlanPartId, PlanSectionId } from "../../core/plan/model";
import type { BudgetUnit } from "../../core/table/model";
import { formatCount2, formatNumber, formatPercent } from "../../app/format";
import type { PaneErrorKind } from "../lib/errors";
import type { SkipCounts } from "../lib/skipped";

const n = (x: number): string => formatNumber(x, "vi");

/** A key figure of the plan: a rate as "61,40%", schools and triệu đồng as numbers. */
function figure(v: FigureValue | null): string {
  if (v === null) return "không có";
  if (v.kind === "ratio") return v.schools > 0 ? formatPercent(v.standard / v.schools, "vi") : "không có";
  return n(v.kind === "count" ? v.count : v.amount);
}

function unit(v: FigureValue | null): string {
  return v?.kind === "count" ? " trường" : v?.kind === "amount" ? " triệu đồng" : "";
}

/** "2 ô ở vùng được bảo vệ, 1 ô chứa công thức": the cells an action left alone, by reason. */
function skipParts(c: SkipCounts): string {
  const parts: string[] = [];
  if (c.protected > 0)
    parts.push(
      `${n(c.protected)} ô ở vùng được bảo vệ (bỏ bảo vệ trang, hoặc cho phép định dạng ô, rồi thử lại)`,
    );
  if (c.formula > 0) parts.push(`${n(c.formula)} ô chứa công thức`);
  if (c.gone > 0) parts.push(`${n(c.gone)} ô ở trang đã đổi tên hoặc bị xóa (hãy bấm Kiểm tra lại)`);
  return parts.join(", ");
}

export const vi = {
  app: {
    tabsLabel: "Các trang của phần bổ trợ",
    tabs: { check: "Kiểm tra", summary: "Tổng hợp", plan: "Kế hoạch", help: "Quy tắc", settings: "Cài đặt" },
    starting: "Đang khởi động…",
    unsupportedTitle: "Chưa hỗ trợ ứng dụng này",
    unsupportedBody: "Hãy mở phần bổ trợ trong Excel để kiểm tra danh sách trường.",
    failedTitle: "Không khởi động được phần bổ trợ",
    failedBody:
      "Hãy đóng ngăn tác vụ rồi mở lại. Phần bổ trợ cần Excel 2019, Microsoft 365 hoặc Excel trên web.",
    standaloneTitle: "Trang này chạy bên trong Excel hoặc Word",
    standaloneBody:
      "Đây là ngăn tác vụ của phần bổ trợ: hãy mở Excel, chọn Trang đầu › Phần bổ trợ › Kiểm định & CQG. Không có Office?",
    standaloneLink: "Mở trang chạy trong trình duyệt",
  },
  common: {
    cancel: "Hủy",
    dismiss: "Đóng thông báo",
    /** Fluent's lists carry a (hidden) button to clear the choice, named in English by default. */
    clearSelection: "Bỏ chọn",
    clear: "Xóa nội dung tìm",
    retry: "Thử lại",
    detail: (d: string) => `Chi tiết: ${d}`,
    sheetNames: (names: readonly string[]) => names.map((x) => `“${x}”`).join(", "),
    openSheet: (name: string) => `Mở trang “${name}”`,
  },
  period: {
    planYear: "Năm kế hoạch",
    planYearUp: "Tăng năm kế hoạch",
    planYearDown: "Giảm năm kế hoạch",
    planYearAuto: "Để trống để lấy năm ghi trong danh sách.",
    planYearHint: (year: number, why: string) => `Để trống để lấy từ danh sách: đang dùng ${year}, ${why}.`,
    planYearInvalid: "Năm kế hoạch phải là một năm từ 2000 đến 2100, hoặc để trống.",
    referenceDate: "Ngày tham chiếu",
    referenceAuto: "Dạng dd/mm/yyyy; để trống để lấy từ danh sách, hoặc cuối năm kế hoạch.",
    referenceDateHint: (d: string, why: string) => `Dạng dd/mm/yyyy; để trống là ${d} (${why}).`,
    referenceDateInvalid: "Ngày không hợp lệ — hãy nhập theo dạng dd/mm/yyyy, ví dụ 31/12/2024.",
    line: (year: number, yearWhy: string, date: string, dateWhy: string) =>
      `Năm kế hoạch ${year} (${yearWhy}); ngày tham chiếu ${date} (${dateWhy}).`,
    notYet: "Năm kế hoạch và ngày tham chiếu lấy theo danh sách khi kiểm tra.",
    blocked: "Hãy sửa năm kế hoạch hoặc ngày tham chiếu ở trang Tổng hợp để xem kết quả.",
  },
  check: {
    run: "Kiểm tra",
    rerun: "Kiểm tra lại",
    reading: "Đang đọc trang tính…",
    canceled: "Đã hủy việc đọc trang tính.",
    intro: "Mở trang có danh sách trường rồi bấm Kiểm tra.",
    tableNotFoundTitle: "Không tìm thấy bảng danh sách",
    tableNotFound: (sheet: string) =>
      `Không tìm thấy bảng danh sách trên trang “${sheet}” — hãy mở trang có danh sách (có cột “Tên trường” hoặc “Cơ sở giáo dục”) rồi bấm Kiểm tra lại.`,
    tableHeading: "Bảng đã nhận",
    sheet: "Trang",
    range: "Vùng",
    headerRow: "Dòng tiêu đề",
    schools: "Số trường",
    schoolCount: (x: number, rows: number) =>
      rows === x ? `${n(x)} trường` : `${n(x)} trường trên ${n(rows)} dòng`,
    planList: "Danh sách kế hoạch: mọi trường đều có hình thức công nhận.",
  },
  mapping: {
    heading: (x: number) => `Cột đã nhận (${x})`,
    intro:
      "Mỗi cột được nhận theo tiêu đề của nó, hoặc theo nội dung khi tiêu đề lạ (ví dụ cột “Kế hoạch năm 2023” ghi “Công nhận lại”). Nếu cột nào nhận sai, hãy chọn lại; lựa chọn được lưu cho trang này và dùng ngay.",
    auto: "Tự động",
    none: "Không dùng cột nào",
    notFound: "Không có",
    how: { header: "theo tiêu đề", values: "theo nội dung", user: "đã chọn" },
    column: (letter: string, header: string) =>
      header === "" ? `Cột ${letter} (không có tiêu đề)` : `Cột ${letter} — ${header}`,
    fieldLabel: (field: string) => `Cột của “${field}”`,
    reset: "Nhận cột tự động lại",
  },
  severity: {
    group: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } satisfies Record<Severity, string>,
    count: {
      error: (x: number) => `${n(x)} lỗi`,
      warning: (x: number) => `${n(x)} cảnh báo`,
      info: (x: number) => `${n(x)} thông tin`,
    } satisfies Record<Severity, (x: number) => string>,
  },
  findings: {
    heading: "Kết quả kiểm tra",
    summary: (total: number, e: number, w: number, i: number) =>
      total === 0
        ? "Không có phát hiện nào: danh sách hợp lệ."
        : `${n(total)} phát hiện: ${n(e)} lỗi, ${n(w)} cảnh báo, ${n(i)} thông tin.`,
    shown: (x: number, total: number) => `Đang hiện ${n(x)}/${n(total)} phát hiện.`,
    severityFilter: "Lọc theo mức độ",
    ruleFilter: "Lọc theo quy tắc",
    allRules: "Tất cả quy tắc",
    ruleOption: (title: string, x: number) => `${title} (${n(x)})`,
    cell: (cell: string) => `Ô ${cell}`,
    wholeTable: "Cả bảng",
    value: "Giá trị đọc được",
    empty: "(trống)",
    basis: "Căn cứ pháp lý",
    regime: (label: string) => `Quy định áp dụng: ${label}`,
    fixTo: "Sửa thành",
    fix: "Sửa",
    fixLabel: (cell: string) => `Sửa ô ${cell}`,
    fixAll: (x: number) => `Sửa cả ${n(x)} ô cùng loại`,
    fixCells: (action: string, x: number) => `${action} (${n(x)} ô)`,
    showMore: (x: number) => `Hiện thêm ${n(x)} phát hiện`,
    noneVisible: "Không có phát hiện nào khớp bộ lọc.",
  },
  fix: {
    titleOne: (cell: string) => `Sửa ô ${cell}`,
    titleRule: (x: number, rule: string) => `Sửa ${n(x)} ô — ${rule}`,
    intro: "Xem lại thay đổi trước khi ghi vào trang tính. Sau khi sửa vẫn có thể hoàn tác.",
    tableLabel: "Các thay đổi sẽ ghi",
    cell: "Ô",
    current: "Giá trị hiện tại",
    next: "Giá trị mới",
    apply: "Áp dụng",
    applying: "Đang sửa…",
    done: (x: number) => `Đã sửa ${n(x)} ô và kiểm tra lại.`,
    undo: "Hoàn tác",
    undone: (x: number) => `Đã hoàn tác ${n(x)} ô và kiểm tra lại.`,
    undoLatest: (x: number) => `Hoàn tác lần sửa gần nhất (${n(x)} ô)`,
    statusLabel: "Kết quả thao tác vừa làm",
    skipped: (c: SkipCounts) => `Để nguyên ${skipParts(c)}.`,
    left: (x: number) => `Có thể còn ${n(x)} ô bị ghi dở. Bấm Hoàn tác để đặt lại các ô đó như cũ.`,
  },
  highlight: {
    mark: "Đánh dấu",
    unmark: "Bỏ đánh dấu",
    marked: (x: number) => `Đã tô màu ${n(x)} ô theo mức độ (đỏ: lỗi, vàng: cảnh báo, xanh: thông tin).`,
    unmarked: "Đã trả lại định dạng cũ của các ô.",
    skipped: (c: SkipCounts) => `Không tô ${skipParts(c)}.`,
    export: "Xuất kết quả",
    exported: (sheets: string) => `Đã ghi trang ${sheets}.`,
    actionsLabel: "Thao tác với kết quả",
  },
  summary: {
    heading: "Số liệu tổng hợp",
    needCheck: "Chưa đọc danh sách. Bấm “Đọc danh sách” để tính số liệu từ trang đang mở.",
    read: "Đọc danh sách",
    coverageLabel: (date: string) => `Đạt chuẩn quốc gia tại ${date}`,
    coverage: (standard: number, schools: number, rate: number | null) =>
      `${n(standard)}/${n(schools)} trường, tỉ lệ ${rate === null ? "—" : formatPercent(rate, "vi")}`,
    levels: (l1: number, l2: number) => `Mức độ 1: ${n(l1)} trường; mức độ 2: ${n(l2)} trường.`,
    projectedLabel: (year: number) => `Dự kiến đến hết năm ${year}`,
    communesWithout: "Xã, phường chưa có trường đạt chuẩn",
    leftOut: "Không tính vào tỉ lệ",
    targetsLabel: (year: number) => `Chỉ tiêu năm ${year}`,
    targetCount: (x: number) => `${formatCount2(x)} trường`,
    noTargets: "Không có trường nào trong kế hoạch năm này.",
    budgetLabel: "Tổng kinh phí",
    money: (amount: number) => `${formatNumber(amount, "vi")} triệu đồng`,
    budgetByAction: (action: string, x: number, amount: number) =>
      `${action} (${formatCount2(x)} trường): ${formatNumber(amount, "vi")} triệu đồng`,
    dueLabel: (year: number) => `Đến hạn công nhận lại (${year}–${year + 1})`,
    dueCount: (x: number) => `${formatCount2(x)} trường`,
    write: "Tạo bảng tổng hợp",
    writing: "Đang ghi bảng tổng hợp…",
    written: (sheets: string) => `Đã ghi trang ${sheets}.`,
  },
  plan: {
    headerLegend: "Thông tin văn bản (lưu cùng sổ làm việc)",
    issuingBody: "Cơ quan ban hành",
    issuingBodyHint:
      "Ví dụ: UBND xã Đông Cứu, Sở GDĐT Bắc Ninh, UBND tỉnh Bắc Ninh; lấy theo tiêu đề danh sách nếu có.",
    place: "Địa danh",
    placeHint: "Ví dụ: Cao Lộc",
    number: "Số kế hoạch",
    numberHint: "Ví dụ: 20/KH-UBND; để trống nếu chưa có số.",
    date: "Ngày",
    dateHint: "Dạng dd/mm/yyyy; để trống nếu chưa ký.",
    dateInvalid: "Ngày không hợp lệ — hãy nhập theo dạng dd/mm/yyyy, ví dụ 04/01/2024.",
    sectionsLegend: "Các phần của kế hoạch",
    sections: {
      targets: "Mục tiêu cụ thể",
      budget: "Kinh phí",
      renewals: "Lộ trình công nhận lại",
      appendix: "Phụ lục",
    } satisfies Record<PlanSectionId, string>,
    noSection: "Hãy chọn ít nhất một phần.",
    download: "Tải tệp Word (.docx)",
    downloading: "Đang tạo tệp Word…",
    downloaded: (name: string) => `Đã tạo tệp ${name}.`,
    fileName: (year: number) => `ke-hoach-kdcl-${year}.docx`,
    appendixForm: "Danh sách trường của phụ lục",
    appendixTable: "Bảng trong văn bản",
    appendixFile: "Tệp Excel kèm theo (.xlsx)",
    appendixHint: (limit: number) =>
      `Nên chọn tệp Excel khi phụ lục liệt kê trên ${n(limit)} trường: bảng trong Word sẽ dài hàng trăm trang.`,
    appendixLong: (schools: number, limit: number) =>
      `Phụ lục liệt kê ${n(schools)} trường (quá ${n(limit)}), một bảng dài hàng trăm trang. Có thể chọn “Tệp Excel kèm theo” ở phần Phụ lục rồi tạo lại.`,
    attachmentReady: (docx: string | null, xlsx: string) =>
      `${docx === null ? "Kế hoạch" : `Văn bản ${docx}`} ghi danh sách phụ lục được đính kèm dưới dạng tệp Excel “${xlsx}”. Hãy tải tệp này và gửi kèm văn bản.`,
    attachmentDownload: "Tải tệp phụ lục (.xlsx)",
    attachmentDownloaded: (name: string) => `Đã tải tệp ${name}.`,
    noAppendixList: "Kế hoạch không có trường nào cần liệt kê ở phụ lục nên không có tệp Excel phụ lục.",
  },
  word: {
    title: "Chèn kế hoạch",
    intro:
      "Chọn tệp danh sách trường, năm kế hoạch và các phần cần có: kế hoạch được chèn vào tài liệu tại vị trí con trỏ, với các kiểu đầu đề có sẵn của Word (Heading) và bảng thật.",
    fileLegend: "Danh sách trường",
    fileLabel: "Tệp danh sách trường (.xlsx, .xlsm, .xls, .ods hoặc .csv)",
    fileHint: "Tệp chỉ được đọc trên máy này, không gửi đi đâu.",
    choose: "Chọn tệp…",
    chooseAnother: "Chọn tệp khác…",
    noFile: "Chưa chọn tệp.",
    reading: (name: string) => `Đang đọc ${name}…`,
    fileFailedTitle: (name: string) => `Không đọc được ${name}`,
    fileFailed: "Đã xảy ra lỗi khi đọc tệp. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi chọn lại.",
    listLine: (sheets: readonly string[], schools: number, errors: number) =>
      `${sheets.length > 1 ? "Các trang" : "Trang"} ${sheets.map((x) => `“${x}”`).join(", ")}: ${n(schools)} trường, ${n(errors)} lỗi.`,
    listErrors:
      "Danh sách còn lỗi: hãy mở tệp trong Excel và dùng trang Kiểm tra của phần bổ trợ để xem và sửa trước khi ban hành.",
    noTable: (name: string) =>
      `Không tìm thấy bảng danh sách trong ${name} — cần một trang có cột “Tên trường” hoặc “Cơ sở giáo dục”.`,
    headerLegend: "Thông tin văn bản (lưu cùng tài liệu)",
    placeDefault: (place: string) => `Để trống là “${place}”, lấy theo cơ quan ban hành.`,
    insert: "Chèn kế hoạch",
    insertHint:
      "Kế hoạch được chèn tại vị trí con trỏ; nếu đang chọn văn bản, kế hoạch được chèn ngay sau phần đã chọn và phần đó được giữ nguyên.",
    needFile: "Hãy chọn tệp danh sách trường.",
    building: "Đang soạn kế hoạch…",
    inserting: "Đang chèn vào tài liệu…",
    inserted: (year: number, sections: readonly string[]) =>
      `Đã chèn kế hoạch năm ${year} vào tài liệu: ${sections.join(", ")}.`,
    insertFailedTitle: "Không chèn được kế hoạch",
    buildFailed: "Đã xảy ra lỗi khi soạn kế hoạch. Hãy gửi tệp danh sách cho bộ phận hỗ trợ.",
    unsupportedTitle: "Phiên bản Word này chưa chèn được kế hoạch",
    settings: "Cài đặt",
    startFailedTitle: "Không khởi động được phần bổ trợ trong Word",
    startFailedBody: "Hãy đóng ngăn tác vụ rồi mở lại.",
  },
  help: {
    heading: "Các quy tắc kiểm tra",
    intro:
      "Mỗi phát hiện chỉ rõ ô, giá trị đọc được, lời giải thích và căn cứ pháp lý. Lỗi là điều phải sửa trước khi dùng số liệu; cảnh báo cần xem lại; thông tin chỉ để biết.",
    search: "Tìm quy tắc",
    searchPlaceholder: "Ví dụ: hết hạn, kinh phí, mức độ",
    none: "Không có quy tắc nào khớp.",
    example: "Ví dụ",
    exampleValue: (value: string) => `Ô ghi “${value}”:`,
    exampleNoValue: "Dòng hoặc bảng:",
    basis: "Căn cứ",
    count: (shown: number, total: number) =>
      shown === total ? `${n(total)} quy tắc` : `${n(shown)} trên ${n(total)} quy tắc`,
  },
  settings: {
    language: "Ngôn ngữ",
    languages: { vi: "Tiếng Việt", en: "English" },
    regime: "Quy định áp dụng",
    regimeAuto: "Tự động theo ngày công nhận",
    regimeHint: "Chỉ chọn một quy định cụ thể khi biết chắc cả danh sách được công nhận theo quy định đó.",
    budgetUnit: "Đơn vị kinh phí",
    budgetUnitAuto: "Theo tiêu đề cột",
    budgetUnitHint:
      "Dùng khi tiêu đề cột kinh phí không ghi đơn vị hoặc ghi sai. Mọi số liệu được quy về triệu đồng.",
    budgetUnits: {
      đồng: "đồng",
      "nghìn đồng": "nghìn đồng",
      "triệu đồng": "triệu đồng",
      "tỷ đồng": "tỷ đồng",
    } satisfies Record<BudgetUnit["label"], string>,
  },
  errors: {
    read: {
      title: "Không đọc được trang tính",
      hint: "Hãy thoát chế độ sửa ô (nhấn Enter hoặc Esc) rồi bấm Kiểm tra lại.",
    },
    ownSheet: {
      title: "Đây là trang kết quả của phần bổ trợ",
      hint: "Hãy mở trang có danh sách trường rồi bấm Kiểm tra.",
    },
    select: {
      title: "Không chọn được ô",
      hint: "Trang có thể đã đổi tên hoặc bị xóa. Hãy bấm Kiểm tra lại.",
    },
    edit: {
      title: "Không sửa được ô",
      hint: "Trang có thể đang được bảo vệ hoặc đang sửa một ô. Hãy thoát chế độ sửa ô rồi thử lại.",
    },
    revert: {
      title: "Không hoàn tác được",
      hint: "Các ô có thể đã bị sửa sau đó. Hãy kiểm tra lại các ô bằng tay.",
    },
    highlight: {
      title: "Không tô màu được các ô",
      hint: "Trang có thể đang được bảo vệ. Hãy bỏ bảo vệ trang rồi thử lại.",
    },
    write: {
      title: "Không ghi được trang kết quả",
      hint: "Sổ làm việc có thể đang được bảo vệ cấu trúc. Hãy bỏ bảo vệ rồi thử lại.",
    },
    download: {
      title: "Không tạo được tệp Word",
      hint: "Hãy thử lại; nếu vẫn lỗi, hãy gửi tệp danh sách cho bộ phận hỗ trợ.",
    },
    validate: {
      title: "Không kiểm tra được danh sách",
      hint: "Đã xảy ra lỗi khi kiểm tra. Hãy gửi tệp danh sách cho bộ phận hỗ trợ.",
    },
    settings: {
      title: "Không lưu được cài đặt",
      hint: "Lựa chọn vẫn được dùng trong lần làm việc này nhưng sẽ không được nhớ.",
    },
  } satisfies Record<PaneErrorKind, { title: string; hint: string }>,
  refresh: {
    heading: "Cập nhật số liệu",
    intro:
      "Đọc lại tệp danh sách đã chọn và thay số liệu trong các phần “Số liệu tự động” của kế hoạch đã chèn (hoặc của tệp kế hoạch tải về từ phần bổ trợ). Những gì bạn viết bên ngoài các phần đó được giữ nguyên.",
    button: "Cập nhật số liệu",
    reading: "Đang đọc các phần số liệu trong tài liệu…",
    writing: "Đang cập nhật tài liệu…",
    editedTitle: "Có phần số liệu đã được sửa trong Word",
    edited: (parts: readonly string[]) =>
      `Nội dung các phần sau khác với lần phần bổ trợ ghi gần nhất; cập nhật sẽ thay cả phần bạn đã sửa: ${parts.join(", ")}.`,
    replaceAll: "Cập nhật cả phần đã sửa",
    keepEdited: "Giữ phần đã sửa, cập nhật phần còn lại",
    cancel: "Hủy",
    cancelled: "Đã hủy, tài liệu không thay đổi.",
    updated: (year: number, parts: readonly string[]) =>
      `Đã cập nhật số liệu kế hoạch năm ${year}: ${parts.join(", ")}.`,
    upToDate: (year: number) =>
      `Số liệu kế hoạch năm ${year} trong tài liệu đã khớp với danh sách, không cần thay đổi.`,
    changesTitle: "Số liệu thay đổi",
    noChanges: "Các số liệu chính không thay đổi.",
    figures: {
      coverage: "Tỷ lệ đạt chuẩn",
      projected: "Tỷ lệ đạt chuẩn dự kiến cuối năm",
      targets: "Số trường đề nghị công nhận",
      budget: "Kinh phí",
      renewals: "Số trường đến hạn công nhận lại",
      appendix: "Số trường trong Phụ lục",
    } satisfies Record<FigureId, string>,
    /** "Kinh phí: 44.497 → 45.100 triệu đồng": the unit once, after the new value. */
    change: (label: string, from: FigureValue | null, to: FigureValue | null) =>
      `${label}: ${figure(from)} → ${figure(to)}${unit(to ?? from)}`,
    parts: {
      coverage: "Tỷ lệ đạt chuẩn",
      targets: "Chỉ tiêu công nhận",
      budget: "Kinh phí",
      renewals: "Danh sách đến hạn công nhận lại",
      appendix: "Phụ lục",
    } satisfies Record<PlanPartId, string>,
    missing: (parts: readonly string[]) => `Không tìm thấy phần: ${parts.join(", ")}.`,
    missingHint:
      "Phần đã bị xóa khỏi tài liệu không được chèn lại tự động; nếu cần, hãy dùng Chèn kế hoạch rồi chép phần đó vào.",
    none: "Tài liệu chưa có phần số liệu tự động nào. Hãy chèn kế hoạch bằng nút Chèn kế hoạch, hoặc mở tệp kế hoạch (.docx) đã tải về từ phần bổ trợ.",
    keptEdited: (parts: readonly string[]) => `Giữ nguyên phần đã sửa: ${parts.join(", ")}.`,
    dropped: (parts: readonly string[]) =>
      `Giữ nguyên vì danh sách không còn số liệu cho phần: ${parts.join(", ")}.`,
    otherYears: (years: readonly number[], year: number) =>
      `Bỏ qua các phần của kế hoạch năm ${years.join(", ")}: năm kế hoạch đang chọn là ${year}. Hãy chọn đúng năm kế hoạch để cập nhật các phần đó.`,
    unreadable: (count: number) =>
      `${n(count)} phần do phiên bản mới hơn của phần bổ trợ ghi nên được giữ nguyên.`,
    gone: (count: number) => `${n(count)} phần bị xóa hoặc thay đổi trong lúc cập nhật nên không được thay.`,
    failedTitle: "Không cập nhật được số liệu",
  },
  rollup: {
    toggle: "Tổng hợp mọi trang tính",
    hint: "Mỗi trang tính là danh sách của một đơn vị (xã, phường): cộng tất cả, mỗi trang một đơn vị.",
    reading: "Đang đọc các trang tính…",
    heading: (n: string) => `Tổng hợp ${n} trang tính`,
    units: "Tỉ lệ theo đơn vị (thấp trước)",
    unit: (name: string, sheet: string, rate: string) =>
      name === sheet ? `${name}: ${rate}` : `${name} (${sheet}): ${rate}`,
    without: (names: string) => `Xã, phường chưa có trường đạt chuẩn: ${names}.`,
    none: "Không trang tính nào có danh sách trường.",
  },
  live: {
    toggle: "Kiểm tra ngay khi sửa",
    hint: "Khi bật, các dòng bạn sửa trên trang đã kiểm tra được kiểm tra lại ngay: danh sách phát hiện, số lỗi và ô đánh dấu tự cập nhật.",
    on: (sheet: string) => `Đang theo dõi trang “${sheet}”: sửa ô nào, ô đó được kiểm tra lại.`,
    stopped: {
      deleted: (sheet: string) => `Đã dừng kiểm tra khi sửa: trang “${sheet}” đã bị xóa.`,
      renamed: (sheet: string) =>
        `Đã dừng kiểm tra khi sửa: trang “${sheet}” đã được đổi tên. Bấm Kiểm tra lại để theo dõi tiếp.`,
      "no-list": (sheet: string) =>
        `Đã dừng kiểm tra khi sửa: trang “${sheet}” không còn dòng tiêu đề của danh sách trường.`,
      failed: (sheet: string) =>
        `Đã dừng kiểm tra khi sửa: không đọc lại được trang “${sheet}”. Bấm Kiểm tra lại để tiếp tục.`,
    } satisfies Record<LiveStop, (sheet: string) => string>,
  },
  lists: {
    heading: "Danh mục chọn",
    apply: "Áp dụng danh mục",
    remove: "Gỡ danh mục",
    newCommune: "Tạo danh sách mới (xã, phường)",
    newProvince: "Tạo danh sách mới (tỉnh)",
    hint: "Thêm danh sách thả xuống cho các cột mã, cấp học và hình thức theo quy định đang áp dụng; giá trị đã có trong ô giữ nguyên.",
    applied: (columns: number, kept: number) =>
      `Đã thêm danh mục chọn cho ${n(columns)} cột.` +
      (kept > 0 ? ` Giữ nguyên ${n(kept)} cột đã có kiểm soát dữ liệu của bạn.` : ""),
    removed: (ranges: number, left: number) =>
      `Đã gỡ ${n(ranges)} danh mục do phần bổ trợ thêm.` +
      (left > 0 ? ` Để nguyên ${n(left)} vùng bạn đã sửa kiểm soát dữ liệu.` : ""),
    sheet: (name: string) => `Đã tạo trang “${name}” với dòng tiêu đề và danh mục chọn.`,
  },
};

export type Catalogue = typeof vi;
