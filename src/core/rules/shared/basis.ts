import type { Localized } from "../../text/localized";
import type { Regime } from "../../schools/regimes";
import { memoByKey } from "../../text/memo";

/**
 * Legal bases cited by findings. Article numbers are those of TT 17/2018 and TT 18/2018; TT 19/2018
 * (kindergartens) has the same provisions in its corresponding articles. A recognition made under
 * the former circulars is cited by those texts, without article numbers that belong to 2018.
 */
export type Basis = (regime: Regime) => Localized;

const TT2018 = {
  vi: "Thông tư 17/2018/TT-BGDĐT, 18/2018/TT-BGDĐT, 19/2018/TT-BGDĐT",
  en: "Circulars 17/2018, 18/2018 and 19/2018",
} as const;

/**
 * A provision of the regime that judged the recognition. Made once per regime: a national list has
 * hundreds of thousands of findings, and each one's basis is then the same text, not a new copy.
 */
function cite(vi: string, en: string, legacy: Localized): Basis {
  return memoByKey(
    (regime: Regime) => regime.id,
    (regime): Localized =>
      regime.linkedLevels
        ? { vi: `${regime.texts.vi}: ${vi}`, en: `${regime.texts.en}: ${en}` }
        : { vi: `${regime.texts.vi}: ${legacy.vi}`, en: `${regime.texts.en}: ${legacy.en}` },
  );
}

/** A provision that does not depend on when the school was recognised. */
function fixed(vi: string, en: string): Basis {
  const text: Localized = { vi: `${TT2018.vi}: ${vi}`, en: `${TT2018.en}: ${en}` };
  return () => text;
}

export const BASIS = {
  schoolTypes: fixed(
    "Điều 1 (phạm vi điều chỉnh: TT 17 trường tiểu học; TT 18 trường THCS, THPT và phổ thông nhiều cấp học; TT 19 trường mầm non)",
    "Art. 1 (scope: 17 primary; 18 lower and upper secondary and multi-level; 19 preschool)",
  ),
  levels: cite(
    "Điều 6 (các cấp độ kiểm định), Điều 34 và Điều 37 khoản 2 (mức độ chuẩn quốc gia theo kết quả đánh giá ngoài)",
    "Art. 6 (accreditation levels), Art. 34 and Art. 37(2) (national-standard levels from the external assessment)",
    { vi: "cấp độ kiểm định và mức độ chuẩn quốc gia", en: "accreditation and national-standard levels" },
  ),
  validity: cite(
    "Điều 35 khoản 2, Điều 38 khoản 2 (giá trị 5 năm kể từ ngày cấp)",
    "Art. 35(2), Art. 38(2) (valid for 5 years from issue)",
    { vi: "thời hạn công nhận 5 năm", en: "recognition valid for 5 years" },
  ),
  renewal: fixed(
    "Điều 35, Điều 38 (tự đánh giá và đăng ký đánh giá ngoài ít nhất 5 tháng trước khi hết hạn)",
    "Art. 35, Art. 38 (self-assessment and registration at least 5 months before expiry)",
  ),
  upgrade: cite(
    "Điều 5 (đánh giá nâng mức sau thời gian tối thiểu kể từ lần công nhận trước)",
    "Art. 5 (an upgrade only after a minimum time since the previous recognition)",
    { vi: "thời gian giữa hai lần công nhận", en: "time between two recognitions" },
  ),
  age: fixed(
    "Điều 34 (điều kiện đánh giá ngoài: mầm non hoạt động ít nhất 05 năm; trường khác có ít nhất một khóa học sinh hoàn thành chương trình)",
    "Art. 34 (conditions for external assessment: preschools 5 years of operation; other schools one completed cohort)",
  ),
  regimes: fixed("có hiệu lực từ ngày 10/10/2018", "in force from 10/10/2018"),
} as const;
