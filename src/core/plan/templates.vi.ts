import { SUMMARY_LABELS } from "../summary/labels";
import type { DateValue, DayDate } from "../text/dates";
import { formatCount2, formatDateValue, formatDay, formatNumber, formatPercent } from "../text/format";
import type { PlanNumber, PlanTemplates, Ratio } from "./templates";
import { BLANK } from "./templates";
import type { RecognitionGap } from "../summary/excluded";

/** What the plan could not establish for schools left out of the rates. */
const UNKNOWN: Readonly<Record<Exclude<RecognitionGap, "not-school" | "uncertain" | "closed">, string>> = {
  code: "mức công nhận",
  date: "thời hạn công nhận",
};

const labels = SUMMARY_LABELS.vi;

/** "03 trường", as the documents count schools. */
const schools = (n: number): string => `${formatCount2(n)} trường`;
const money = (amount: number): string => `${formatNumber(amount, "vi")} triệu đồng`;
const ratio = (r: Ratio): string =>
  `${formatNumber(r.standard, "vi")}/${formatNumber(r.schools, "vi")} trường, tỉ lệ ${formatPercent(r.rate, "vi")}`;

const planNumber = (n: PlanNumber): string => n.full ?? `${BLANK}${n.suffix}`;

/** Nghị định 30/2020: days below 10 and months below 3 take a leading zero ("ngày 04 tháng 01"). */
const dayWord = (d: DayDate): string =>
  `ngày ${formatCount2(d.d)} tháng ${d.m < 3 ? formatCount2(d.m) : formatNumber(d.m, "vi")} năm ${d.y}`;

export const vi: PlanTemplates = {
  header: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    number: (n) => `Số: ${planNumber(n)}`,
    dateLine: (place, date, year) =>
      `${place}, ${date ? dayWord(date) : `ngày ${BLANK} tháng ${BLANK} năm ${year}`}`,
    title: "KẾ HOẠCH",
    subtitle: (year) => [
      "Kiểm định chất lượng giáo dục và xây dựng trường học",
      `đạt chuẩn quốc gia năm ${year}`,
    ],
    documentTitle: (year) =>
      `Kế hoạch kiểm định chất lượng giáo dục và xây dựng trường học đạt chuẩn quốc gia năm ${year}`,
  },
  intro: (body, year) =>
    `Trên cơ sở rà soát danh sách trường học và kết quả công nhận đạt kiểm định chất lượng giáo dục, ` +
    `đạt chuẩn quốc gia của các trường trên địa bàn, ${body} ban hành Kế hoạch kiểm định chất lượng ` +
    `giáo dục và xây dựng trường học đạt chuẩn quốc gia năm ${year} với các nội dung sau:`,
  actions: labels.action,
  targets: {
    heading: "MỤC TIÊU CỤ THỂ",
    coverageHeading: "Tỉ lệ trường đạt chuẩn quốc gia",
    current: (date, r, level1, level2) => {
      const levels = [
        ...(level1 > 0 ? [`mức độ 1: ${schools(level1)}`] : []),
        ...(level2 > 0 ? [`mức độ 2: ${schools(level2)}`] : []),
      ];
      return (
        `Đến ngày ${formatDay(date)}, chưa tính kết quả công nhận theo Kế hoạch này, số trường đạt chuẩn ` +
        `quốc gia còn hiệu lực là ${ratio(r)}${levels.length > 0 ? ` (${levels.join("; ")})` : ""}`
      );
    },
    projected: (year, r) =>
      `Chỉ tiêu đến hết năm ${year}, khi các trường trong Kế hoạch được công nhận: tổng số trường đạt ` +
      `chuẩn quốc gia là ${ratio(r)}`,
    noSchools: "Danh sách chưa có trường nào nên chưa xác định được tỉ lệ trường đạt chuẩn quốc gia.",
    noRecognitionData:
      "Danh sách chưa có số liệu về kết quả công nhận của các trường nên chưa xác định được tỉ lệ trường đạt chuẩn quốc gia.",
    planListNote:
      "Danh sách kèm theo Kế hoạch chỉ gồm các trường được đề nghị công nhận trong năm. Tỉ lệ trường " +
      "đạt chuẩn quốc gia phải tính trên tổng số trường của toàn địa bàn, nên không xác định từ danh " +
      "sách này.",
    // Thị trấn were merged away on 01/07/2025: plans from 2026 on name xã and phường only.
    communesWithout: (names, year) =>
      `${year >= 2026 ? "Xã, phường" : "Xã, phường, thị trấn"} chưa có trường đạt chuẩn quốc gia (${formatCount2(names.length)} đơn vị): ` +
      names.join(", "),
    leftOut: (names, gap) =>
      `Tỉ lệ trên chưa tính ${schools(names.length)} chưa xác định được ${UNKNOWN[gap]}, cần rà soát, bổ sung ` +
      `trước khi ban hành Kế hoạch: ${names.join(", ")}.`,
    uncertain: (names, date, year) =>
      `Tỉ lệ đến ngày ${formatDay(date)} chưa tính ${schools(names.length)} chỉ ghi năm hoặc tháng công ` +
      `nhận nên chưa xác định được công nhận còn hiệu lực hay không; chỉ tiêu đến hết năm ${year} có tính ` +
      `các trường này. Cần rà soát, bổ sung ngày công nhận trước khi ban hành Kế hoạch: ${names.join(", ")}.`,
    closed: (names) =>
      `Tỉ lệ trên không tính ${schools(names.length)} đã sáp nhập hoặc giải thể theo ghi chú của danh ` +
      `sách: ${names.join(", ")}.`,
    notSchools: (names) =>
      `Tỉ lệ trên không tính ${formatCount2(names.length)} đơn vị là nhóm trẻ, lớp mẫu giáo độc lập, ` +
      `trung tâm hoặc điểm trường, phân hiệu (được công nhận cùng trường chính), không thuộc đối tượng ` +
      `công nhận trường đạt chuẩn quốc gia: ${names.join(", ")}.`,
    yearHeading: (year) => `Chỉ tiêu năm ${year}`,
    yearTotal: (year, total, counts, multiple) => {
      const parts = (["new", "renewal", "upgrade"] as const)
        .filter((a) => counts[a] > 0)
        .map((a) => `${labels.action[a].toLocaleLowerCase("vi")} ${schools(counts[a])}`);
      // "gồm" when the parts add up to the schools; "trong đó" when some school is in two of them.
      const split =
        multiple === 0
          ? `gồm: ${parts.join(", ")}`
          : `trong đó: ${parts.join(", ")} (${schools(multiple)} được đề nghị hơn một hình thức công nhận)`;
      return `Năm ${year}, đề nghị công nhận ${schools(total)}, ${split}. Chỉ tiêu theo cấp học như sau:`;
    },
    none: (year) =>
      `Năm ${year}, danh sách không có trường nào được đề nghị công nhận mới, công nhận lại hoặc nâng mức độ.`,
    unit: "Đơn vị tính: trường",
    typeColumn: labels.type,
    totalColumn: "Tổng",
    totalRow: labels.total,
    countCell: (n) => (n === 0 ? "-" : formatCount2(n)),
    namesHeading: "Danh sách trường theo hình thức công nhận",
    names: (action, names) => `${labels.action[action]} (${schools(names.length)}): ${names.join(", ")}`,
    seeAppendix: "(Danh sách chi tiết tại Phụ lục kèm theo Kế hoạch này)",
  },
  budget: {
    heading: "KINH PHÍ",
    needHeading: (year) => `Nhu cầu kinh phí năm ${year}`,
    total: (amount, itemised) => `Tổng kinh phí: ${money(amount)}${itemised ? ", gồm:" : "."}`,
    byAction: (action, n, amount) => `${labels.action[action]} (${schools(n)}): ${money(amount)}`,
    repeated: (names) =>
      `Kinh phí của ${schools(names.length)} ghi lặp lại ở dòng trùng chỉ được tính một lần, cần rà soát ` +
      `trước khi ban hành Kế hoạch: ${names.join(", ")}.`,
    unassigned: (n, amount) => `${labels.noAction} (${schools(n)}): ${money(amount)}`,
    noFigures:
      "Danh sách chưa có số liệu kinh phí; nhu cầu kinh phí sẽ được tổng hợp, bổ sung khi các trường " +
      "hoàn thành dự toán.",
    nothing: (year) => `Năm ${year}, các trường trong Kế hoạch không phát sinh nhu cầu kinh phí đầu tư mới.`,
    alreadyFunded: (names, year) =>
      `Không đề nghị bổ sung kinh phí năm ${year} đối với ${schools(names.length)} đã được đầu tư từ ` +
      `trước hoặc sử dụng cơ sở vật chất hiện có: ${names.join(", ")}.`,
    leftOut: (names) =>
      `Số liệu trên chưa gồm kinh phí của ${schools(names.length)} có số liệu kinh phí chưa hợp lệ, cần ` +
      `rà soát, bổ sung trước khi ban hành Kế hoạch: ${names.join(", ")}.`,
    unwritten: (names) =>
      `Chưa có số liệu kinh phí của ${schools(names.length)} (các cột kinh phí để trống), cần bổ sung ` +
      `trước khi ban hành Kế hoạch: ${names.join(", ")}.`,
    sourcesHeading: "Nguồn kinh phí",
    source: (name, amount) => `${name ?? labels.noSource}: ${money(amount)}`,
    sourcesNote:
      "Kinh phí được bố trí theo phân cấp quản lý ngân sách hiện hành, lồng ghép các chương trình, dự án " +
      "trên địa bàn và huy động thêm nguồn xã hội hóa theo quy định.",
  },
  renewals: {
    heading: "LỘ TRÌNH CÔNG NHẬN LẠI",
    rule:
      "Quyết định công nhận đạt kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia có giá " +
      "trị trong 05 năm. Để được công nhận lại, nhà trường phải hoàn thành tự đánh giá và đăng ký đánh " +
      "giá ngoài chậm nhất 05 tháng trước ngày quyết định hết hiệu lực (Thông tư số 17/2018/TT-BGDĐT, " +
      "số 18/2018/TT-BGDĐT và số 19/2018/TT-BGDĐT của Bộ Giáo dục và Đào tạo).",
    listIntro: (year) =>
      `Các trường có quyết định công nhận hết hiệu lực trong năm ${year} và năm ${year + 1}:`,
    columns: {
      seq: "TT",
      name: labels.name,
      commune: labels.commune,
      expiry: "Ngày hết hạn",
      deadline: "Hạn hoàn thành tự đánh giá, đăng ký đánh giá ngoài",
      note: "Ghi chú",
    },
    planned: "Đã có kế hoạch",
    notPlanned: "Chưa có kế hoạch",
    unplanned: (n) =>
      `Có ${schools(n)} chưa có kế hoạch công nhận lại; đề nghị các trường chủ động hoàn thiện hồ sơ ` +
      `tự đánh giá để đăng ký đánh giá ngoài đúng thời hạn nêu trên.`,
    leftOut: (names) =>
      `Danh sách trên chưa gồm ${schools(names.length)} có ngày công nhận hoặc ngày hết hạn chưa xác định ` +
      `được (không đọc được, không hợp lý hoặc không khớp nhau), cần rà soát, bổ sung trước khi ban hành ` +
      `Kế hoạch: ${names.join(", ")}.`,
    none: (year) =>
      `Không có trường nào có quyết định công nhận hết hiệu lực trong năm ${year} và năm ${year + 1}.`,
  },
  appendix: {
    plannedTitle: (year) =>
      `DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ ĐẠT CHUẨN QUỐC GIA NĂM ${year}`,
    allTitle: (date) =>
      `DANH SÁCH TRƯỜNG HỌC VÀ MỨC CÔNG NHẬN KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC, CHUẨN QUỐC GIA ` +
      `ĐẾN NGÀY ${formatDay(date)}`,
    attached: (n, date, year, body) => [
      `(Kèm theo Kế hoạch số ${planNumber(n)} ngày ${date ? formatDay(date) : `${BLANK} tháng ${BLANK} năm ${year}`}`,
      `của ${body})`,
    ],
    columns: {
      seq: "TT",
      name: labels.name,
      code: "Mức công nhận",
      action: "Hình thức công nhận",
      note: "Ghi chú",
    },
    expired: (expiry: DateValue) => `Hết hạn ${formatDateValue(expiry)}`,
    footer: (n) => `Danh sách này gồm: ${formatCount2(n)} đơn vị./.`,
    none: (year) => `Năm ${year}, danh sách không có trường nào được đề nghị công nhận.`,
    inFile: (n, fileName) =>
      `Danh sách ${schools(n)} được đính kèm Kế hoạch này dưới dạng tệp Excel “${fileName}”.`,
  },
  parts: {
    coverage: "Số liệu tự động: Tỷ lệ đạt chuẩn",
    targets: "Số liệu tự động: Chỉ tiêu công nhận",
    budget: "Số liệu tự động: Kinh phí",
    renewals: "Số liệu tự động: Danh sách đến hạn công nhận lại",
    appendix: "Số liệu tự động: Phụ lục",
  },
  notes: {
    noBudgetSection: "Không có phần Kinh phí: danh sách không có cột kinh phí.",
  },
};
