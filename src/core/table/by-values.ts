/**
 * Columns the header vocabulary does not place are read from what they hold (SPEC §7): a column of
 * "Công nhận lại" / "Công nhận mới" is the action column whatever its header ("Kế hoạch năm 2023"),
 * a column of "Xã …" is the commune, a column of "CĐ2-MĐ1" the codes. A column is only placed when a
 * clear majority of its values say the same thing, and never over a column the header placed.
 */
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import { parseAction } from "../schools/actions";
import { parseCode } from "../schools/codes";
import { typeFromColumn } from "../schools/types";
import { parseDate } from "../text/dates";
import { parseNumber } from "../text/numbers";
import { fold, foldWords } from "../text/normalize";
import type { Field } from "./fields";
import { namesRecognition } from "./column-choice";

/** Values looked at per column: enough to judge, bounded for lists of 50,000 rows. */
export const SAMPLE_SIZE = 200;

/** The share of a column's values that must agree. */
const MAJORITY = 0.6;

/** Fewer values than this say nothing reliable about a column. */
const MIN_VALUES = 2;

const PLACE_WORDS: readonly { readonly re: RegExp; readonly field: Field }[] = [
  { re: /^(?:xa|phuong|thi tran|tt\.?|p\.)\s+\S/, field: "commune" },
  { re: /^(?:huyen|quan|thi xa|tx\.?|thanh pho|tp\.?)\s+\S/, field: "district" },
  { re: /^tinh\s+\S/, field: "province" },
];

/** Words of a header that name a plan: its column says what is planned for each school. */
const PLAN_HEADER = /(?:^| )(?:ke hoach|de nghi|dang ky|lo trinh|du kien)(?: |$)/;

/** Words of a header that mean money: a numeric column under such a header is the budget. */
const MONEY = /(?:^| )(?:tien|dong|trieu|ty|kinh phi|du toan|von|chi phi|dau tu|ngan sach|vnd)(?: |$)/;

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

function share(values: readonly CellValue[], test: (v: CellValue) => boolean): number {
  let n = 0;
  for (const v of values) if (test(v)) n++;
  return n / values.length;
}

function codeKind(values: readonly CellValue[]): Field | null {
  let acc = 0;
  let std = 0;
  let ok = 0;
  for (const v of values) {
    // Bare numbers could be anything: only written codes ("CĐ2", "Mức độ 1") count.
    if (typeof v !== "string") continue;
    const c = parseCode(v, "combined");
    if (c.kind !== "ok") continue;
    ok++;
    if (c.accreditation !== null) acc++;
    if (c.standard !== null) std++;
  }
  if (ok < values.length * MAJORITY) return null;
  if (acc > 0 && std > 0) return "combinedCode";
  return acc > 0 ? "accreditation" : "standard";
}

/** Dates a person typed: a day, a month, a school year, or a year a recognition can be in. */
function isRecognitionDate(v: CellValue): boolean {
  const d = parseDate(v);
  if (d.kind !== "ok") return false;
  const y = d.value.date.y;
  return y >= 1990 && y <= 2100;
}

function isYearOnly(v: CellValue): boolean {
  const d = parseDate(v);
  return d.kind === "ok" && d.value.precision === "year";
}

/** Whether a clear majority of a sample are dates a recognition can carry. */
export function holdsRecognitionDates(sample: readonly CellValue[]): boolean {
  const values = sample.filter((v) => !isBlank(v) && !isCellError(v));
  return values.length >= MIN_VALUES && share(values, isRecognitionDate) >= MAJORITY;
}

/**
 * What a column holds, from a sample of its values, or null when no reading is clear. `placed` are
 * the fields already taken (by headers, by the user, or by columns to the left).
 */
export function fieldFromValues(
  header: string,
  sample: readonly CellValue[],
  placed: ReadonlySet<Field>,
): Field | null {
  const values = sample.filter((v) => !isBlank(v) && !isCellError(v));
  const free = (f: Field): Field | null => (placed.has(f) ? null : f);
  // A plan's column ("Kế hoạch năm 2027") may hold a single action in a list of mostly other schools:
  // its header says what it is, so one action, and nothing but actions, is enough.
  if (
    values.length > 0 &&
    PLAN_HEADER.test(foldWords(header)) &&
    values.every((v) => parseAction(v).kind === "ok")
  )
    return free("action");
  if (values.length < MIN_VALUES) return null;
  if (share(values, (v) => parseAction(v).kind === "ok") >= MAJORITY) return free("action");
  const code = codeKind(values);
  if (code) return free(code);
  if (share(values, (v) => typeof v === "string" && typeFromColumn(v) !== null) >= MAJORITY)
    return free("type");
  for (const p of PLACE_WORDS) {
    if (share(values, (v) => typeof v === "string" && p.re.test(fold(v))) >= MAJORITY) return free(p.field);
  }
  if (share(values, isRecognitionDate) >= MAJORITY) {
    // Years beside recognition dates, in a list that plans: the year each action is planned for,
    // unless the header names a recognition ("KĐCLGD / Năm" beside "CQG / Năm").
    if (placed.has("decisionDate") && placed.has("action") && values.every(isYearOnly))
      return namesRecognition(header) ? null : free("planYear");
    return free("decisionDate");
  }
  if (MONEY.test(foldWords(header)) && share(values, (v) => parseNumber(v).kind === "ok") >= MAJORITY) {
    return free("budget");
  }
  return null;
}

/** A year a header names, as in "Kế hoạch năm 2023" over the action column. */
export function yearInHeader(header: string): number | null {
  const m = /(?:^| )nam (\d{4})(?: |$)/.exec(foldWords(header));
  const y = m ? Number(m[1]) : NaN;
  return y >= 2000 && y <= 2100 ? y : null;
}
