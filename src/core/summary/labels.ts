import type { Action } from "../schools/actions";
import type { Lang } from "../text/format";

/** Words of summary tables, shared by the terminal, the summary sheets and the plan. */
export const SUMMARY_LABELS = {
  vi: {
    action: { new: "Công nhận mới", renewal: "Công nhận lại", upgrade: "Nâng mức độ" } satisfies Record<
      Action,
      string
    >,
    type: "Cấp học",
    commune: "Xã, phường",
    district: "Quận, huyện",
    unrecorded: "(chưa ghi)",
    schools: "Số trường",
    standard: "Đạt chuẩn QG",
    level1: "Mức độ 1",
    level2: "Mức độ 2",
    rate: "Tỉ lệ",
    total: "Tổng cộng",
    amount: "Kinh phí (triệu đồng)",
    source: "Nguồn vốn",
    noSource: "Chưa ghi nguồn",
    name: "Tên trường",
    expiry: "Hết hạn",
    deadline: "Hạn đăng ký đánh giá ngoài",
    planned: "Đã có kế hoạch",
    yes: "Có",
    no: "Chưa",
    accreditation: "Cấp độ KĐCLGD",
    none: "Chưa đạt",
  },
  en: {
    action: { new: "New recognition", renewal: "Renewal", upgrade: "Upgrade" } satisfies Record<
      Action,
      string
    >,
    type: "Level",
    commune: "Commune",
    district: "District",
    unrecorded: "(not given)",
    schools: "Schools",
    standard: "National standard",
    level1: "Level 1",
    level2: "Level 2",
    rate: "Rate",
    total: "Total",
    amount: "Budget (million đồng)",
    source: "Funding source",
    noSource: "No source given",
    name: "School",
    expiry: "Expires",
    deadline: "Registration due",
    planned: "Planned",
    yes: "Yes",
    no: "No",
    accreditation: "Accreditation level",
    none: "None",
  },
} as const satisfies Record<Lang, unknown>;
