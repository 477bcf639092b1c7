/**
 * The issuing body a plan header starts with, taken from the list's title ("UBND XÃ ĐÔNG CỨU",
 * "SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH"). Since 01/07/2025 there are no district People's Committees
 * (Luật Tổ chức chính quyền địa phương số 72/2025/QH15): a district body in the title
 * is offered only for a plan dated before that day.
 */
import type { DayDate } from "../text/dates";
import { compareDays } from "../text/dates";
import { CENTRAL_CITIES, splitHeading } from "../table/heading";
import { clean, fold } from "../text/normalize";

/** The day district-level government ceased. */
export const DISTRICTS_ABOLISHED: DayDate = { y: 2025, m: 7, d: 1 };

/** A body of a district: UBND huyện/quận/thị xã/thành phố thuộc tỉnh, or its Phòng GD&ĐT. */
const DISTRICT_BODY = /^(?:(?:uy ban nhan dan|ubnd)\s+(?:huyen|quan|thi xa|tx\.?)\b|phong giao duc|phong gd)/;

/** "UBND THÀNH PHỐ X" is a province-level city or a district-level one: only the province's is kept. */
const CITY_BODY = /^(?:uy ban nhan dan|ubnd)\s+(?:thanh pho|tp\.?)\b/;

function isDistrictBody(folded: string): boolean {
  if (DISTRICT_BODY.test(folded)) return true;
  if (!CITY_BODY.test(folded)) return false;
  return !CENTRAL_CITIES.some((c) => folded.endsWith(c));
}

/**
 * The title's issuing body for a plan dated `planDate`, as written on one line (spacing tidied; a
 * heading's two lines "UBND TỈNH THÁI NGUYÊN" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO" joined by a space, which
 * the plan's header splits again), or null when the title names none or names a body that no longer
 * issues plans on that date.
 */
export function issuingBodyFor(titleBody: string | null, planDate: DayDate): string | null {
  if (titleBody === null) return null;
  const written = clean(titleBody.replace(/\n/g, " "));
  if (written === "") return null;
  // A department is a district's when its parent committee is ("UBND HUYỆN SƠN HÀ PHÒNG GIÁO DỤC…").
  const parts = splitHeading(written) ?? [written];
  if (parts.some((part) => isDistrictBody(fold(part))) && compareDays(planDate, DISTRICTS_ABOLISHED) >= 0)
    return null;
  return written;
}
