import type { Localized } from "../text/localized";
import type { Field } from "./fields";

/** What each column of a list is called in front of users: never the field's id. */
export const FIELD_LABELS: Readonly<Record<Field, Localized>> = {
  seq: { vi: "Số thứ tự", en: "Number" },
  name: { vi: "Tên trường", en: "School name" },
  type: { vi: "Cấp học", en: "School level" },
  province: { vi: "Tỉnh, thành phố", en: "Province" },
  district: { vi: "Quận, huyện", en: "District" },
  commune: { vi: "Xã, phường", en: "Commune" },
  combinedCode: { vi: "Mã KĐCLGD & CQG", en: "Combined code (KĐCLGD & CQG)" },
  accreditation: { vi: "Cấp độ KĐCLGD", en: "Accreditation level (KĐCLGD)" },
  standard: { vi: "Mức độ CQG", en: "National standard level (CQG)" },
  target: { vi: "Mức đề nghị", en: "Target level" },
  action: { vi: "Hình thức công nhận", en: "Planned action" },
  decisionDate: { vi: "Ngày (năm) công nhận", en: "Recognition date (year)" },
  decisionNumber: { vi: "Số quyết định", en: "Decision number" },
  previousDate: { vi: "Năm công nhận trước", en: "Previous recognition" },
  expiry: { vi: "Ngày hết hạn", en: "Expiry date" },
  planYear: { vi: "Năm kế hoạch của trường", en: "School's plan year" },
  budget: { vi: "Kinh phí", en: "Budget" },
  fundingSource: { vi: "Nguồn vốn", en: "Funding source" },
  founded: { vi: "Năm thành lập", en: "Year founded" },
  ownership: { vi: "Loại hình (công lập, ngoài công lập)", en: "Ownership (public, private)" },
};
