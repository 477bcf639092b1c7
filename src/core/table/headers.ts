/**
 * Header vocabulary of a school list (SPEC §7) and the matching of a header text to a field.
 *
 * A header matches a spelling when the spelling's words occur, in order and adjacent, among the
 * header's words (after `foldWords`, so accents, case, Đ/D and punctuation never matter).
 * Vietnamese noun phrases put their head first, so the match that starts earliest wins
 * ("Năm công nhận CQG" is a date, not a CQG level); among matches at the same place the one with
 * the most words wins ("Năm công nhận trước" is `previousDate`, not `decisionDate`).
 */
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import { parseAction } from "../schools/actions";
import { clean, foldWords } from "../text/normalize";
import type { BudgetUnit } from "./model";
import type { Field } from "./fields";

/**
 * How a spelling may match:
 * - `phrase`: anywhere in the header;
 * - `short`: a generic word ("Trường", "Xã", "Đơn vị") — only as the header's start with at most
 *   one more word, so titles such as "CỘNG HÒA XÃ HỘI…" or "UBND THỊ XÃ …" are not headers.
 */
type Mode = "phrase" | "short";

/** A header whose field depends on the column's values. */
export type Conditional = "action" | "ownership";

interface Spelling {
  readonly words: string;
  readonly mode: Mode;
}

/** Field → header spellings, as written by users (SPEC §7). */
const HEADER_SPELLINGS: Readonly<Record<Field, readonly string[]>> = {
  seq: ["TT", "STT", "Số TT", "Số thứ tự", "Thứ tự"],
  name: [
    "Tên trường",
    "Tên trường học",
    "Cơ sở giáo dục",
    "Tên cơ sở giáo dục",
    "Tên cơ sở",
    "Tên đơn vị",
    "Tên CSGD",
    "CSGD",
    "Đơn vị",
    "Trường",
    "Trường học",
  ],
  type: ["Cấp học", "Bậc học", "Loại hình trường", "Loại trường", "Cấp trường", "Loại hình"],
  province: ["Tỉnh", "Tỉnh/Thành phố", "Tỉnh, thành phố", "Tỉnh/TP", "Tỉnh, TP", "Tỉnh thành"],
  district: [
    "Huyện",
    "Quận",
    "Quận, Huyện",
    "Quận/Huyện",
    "Huyện/Thị xã",
    "Huyện, thị xã, thành phố",
    "Quận, huyện, thị xã",
    "Huyện/thị/thành phố",
    "Đơn vị cấp huyện",
    "Huyện cũ",
  ],
  commune: [
    "Xã/phường",
    "Phường/xã",
    "Xã, phường, thị trấn",
    "Xã/thị trấn",
    "Xã",
    "Phường",
    "Thị trấn",
    "Địa bàn",
    "Đơn vị hành chính",
    "Địa chỉ",
  ],
  combinedCode: [
    "Tích hợp KĐCLGD&CQG",
    "KĐCLGD&CQG",
    "KĐCLGD và CQG",
    "KĐCLGD/CQG",
    // The short forms offices write over one column of codes such as "CĐ2-MĐ1".
    "KĐ-CQG",
    "KĐ&CQG",
    "KĐ và CQG",
    "Mã công nhận",
    "Cấp độ/Mức độ",
    "CĐ-MĐ",
    "Kiểm định và chuẩn quốc gia",
  ],
  accreditation: [
    "KĐCLGD",
    "KĐCL",
    "Cấp độ",
    "Cấp độ KĐCLGD",
    "Mức KĐCLGD",
    "Kiểm định",
    "Kiểm định chất lượng giáo dục",
    "Cấp độ kiểm định",
    // Narrow columns: "KĐ", "KĐ (cấp độ)".
    "KĐ",
  ],
  standard: [
    "CQG",
    "Chuẩn quốc gia",
    "Chuẩn QG",
    "Mức độ",
    "Mức độ CQG",
    "Đạt chuẩn quốc gia",
    "Trường chuẩn quốc gia",
    "Mức chuẩn quốc gia",
    "ĐCQG",
    "Mức ĐCQG",
  ],
  target: [
    "Mức đề nghị",
    "Cấp độ đề nghị",
    "Mức độ đề nghị",
    "Mục tiêu",
    "Mức phấn đấu",
    "Mức đăng ký",
    "Cấp độ phấn đấu",
    "Mức độ phấn đấu",
  ],
  action: ["Hình thức", "Hình thức công nhận", "Loại công nhận", "Nội dung", "Ghi chú"],
  decisionDate: [
    "Ngày QĐ",
    "Ngày quyết định",
    "Ngày công nhận",
    "Năm công nhận",
    "Thời điểm công nhận",
    "Thời gian công nhận",
    "Năm công nhận gần nhất",
    "Ngày công nhận gần nhất",
    "Năm đạt chuẩn",
    "Năm đạt",
  ],
  decisionNumber: ["Số QĐ", "Quyết định", "Số quyết định", "QĐ công nhận", "Số QĐ công nhận"],
  previousDate: [
    "Năm công nhận trước",
    "Ngày công nhận trước",
    "Công nhận lần trước",
    "Lần công nhận trước",
    "Năm công nhận lần trước",
  ],
  expiry: ["Hết hạn", "Thời hạn", "Ngày hết hạn", "Năm hết hạn", "Hạn công nhận", "Hiệu lực đến"],
  planYear: [
    "Năm kế hoạch",
    "Năm phấn đấu",
    "Lộ trình",
    "Năm đề nghị",
    "Năm thực hiện",
    "Năm dự kiến",
    "Lộ trình công nhận",
    "Dự kiến năm công nhận",
    "Năm dự kiến công nhận",
  ],
  budget: [
    "Kinh phí",
    "Nhu cầu kinh phí",
    "Kinh phí (triệu đồng)",
    "Tổng kinh phí",
    "Dự toán kinh phí",
    "Kinh phí dự kiến",
    // The abbreviation of narrow columns: "KP (tr.đ)", "Dự kiến KP".
    "KP",
  ],
  fundingSource: ["Nguồn vốn", "Nguồn kinh phí", "Nguồn ngân sách"],
  founded: ["Năm thành lập", "Ngày thành lập", "Thành lập"],
  // "Loại hình" is listed under type: CONDITIONAL turns it into ownership when the values say so.
  ownership: ["Công lập / Ngoài công lập", "Ngoài công lập", "Công lập"],
};

/** Generic words that name a field only as a whole header (see `Mode`). */
const SHORT_SPELLINGS: ReadonlySet<string> = new Set(
  [
    "Đơn vị",
    "Trường",
    "Trường học",
    "Xã",
    "Phường",
    "Thị trấn",
    "Công lập",
    "Tỉnh",
    "Huyện",
    "Quận",
    "KĐ",
  ].map((s) => headerKey(s)),
);

/** Spellings that decide their field from the column's values (SPEC §7). */
const CONDITIONAL: ReadonlyMap<string, Conditional> = new Map([
  ["ghi chu", "action"],
  ["noi dung", "action"],
  ["loai hinh", "ownership"],
  ["loai hinh truong", "ownership"],
]);

/**
 * Headers that are known not to be fields. They take part in the contest so that a longer
 * non-field phrase beats a short field word: "Đơn vị tính" is not the school's name.
 */
const NOT_FIELDS: readonly string[] = ["Đơn vị tính", "ĐVT", "Số học sinh", "Số lớp", "Số giáo viên"];

/** `foldWords` with `&` as its own word, so "KĐCLGD&CQG" and "KĐCLGD & CQG" compare equal. */
function headerKey(text: string): string {
  const words = foldWords(text);
  return words.includes("&") ? words.replace(/&/g, " & ").replace(/ {2,}/g, " ").trim() : words;
}

interface Entry {
  readonly field: Field | null;
  readonly spelling: Spelling;
  readonly tokens: readonly string[];
}

function buildEntries(): Entry[] {
  const entries: Entry[] = [];
  const add = (field: Field | null, raw: string) => {
    const words = headerKey(raw);
    const mode: Mode = SHORT_SPELLINGS.has(words) ? "short" : "phrase";
    entries.push({ field, spelling: { words, mode }, tokens: words.split(" ") });
  };
  for (const [field, spellings] of Object.entries(HEADER_SPELLINGS) as [Field, readonly string[]][]) {
    for (const s of spellings) add(field, s);
  }
  for (const s of NOT_FIELDS) add(null, s);
  return entries;
}

const ENTRIES: readonly Entry[] = buildEntries();

/** Exact spelling → field, for cheap checks such as "is this cell a name header?". */
const EXACT: ReadonlyMap<string, Field | null> = new Map(ENTRIES.map((e) => [e.spelling.words, e.field]));

/** Longer texts are titles or notes, not headers. */
const MAX_HEADER_WORDS = 16;

export interface HeaderMatch {
  readonly field: Field;
  /** Set when the field must be confirmed from the column's values. */
  readonly conditional: Conditional | null;
  /** Word index where the matched spelling starts in the header: the earlier, the better. */
  readonly position: number;
  /** Number of words of the matched spelling: the more, the more specific. */
  readonly words: number;
}

function indexOfTokens(hay: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The best-matching field of a header text, before looking at values; null when none. */
export function matchHeaderDetail(text: string): HeaderMatch | null {
  const key = headerKey(text);
  if (key === "") return null;
  const tokens = key.split(" ");
  if (tokens.length > MAX_HEADER_WORDS) return null;
  let best: Entry | null = null;
  let bestPos = 0;
  for (const e of ENTRIES) {
    const pos = indexOfTokens(tokens, e.tokens);
    if (pos < 0) continue;
    if (e.spelling.mode === "short" && (pos !== 0 || tokens.length > e.tokens.length + 1)) continue;
    if (!best || pos < bestPos || (pos === bestPos && e.tokens.length > best.tokens.length)) {
      best = e;
      bestPos = pos;
    }
  }
  if (!best || best.field === null) return null;
  const conditional = CONDITIONAL.get(best.spelling.words) ?? null;
  return {
    field: conditional === "ownership" ? "type" : best.field,
    conditional,
    position: bestPos,
    words: best.tokens.length,
  };
}

/**
 * The field of a header written exactly as one of the spellings (a `headerKey`), else null; a
 * conditional spelling gives its unconfirmed field. For cheap checks in long loops.
 */
export function exactHeaderField(foldedKey: string): Field | null {
  return EXACT.get(foldedKey) ?? null;
}

const OWNERSHIP_VALUES = new Set([
  "cong lap",
  "ngoai cong lap",
  "tu thuc",
  "dan lap",
  "cl",
  "ncl",
  "ngoai cl",
]);

function nonEmptyTexts(values: Iterable<CellValue>): CellValue[] {
  const out: CellValue[] = [];
  for (const v of values) {
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    out.push(v);
  }
  return out;
}

/**
 * Decides a conditional header from its column's values: "Ghi chú" is the action column when at
 * least half of its non-empty cells read as actions; "Loại hình" is ownership when at least half
 * read as Công lập / Ngoài công lập / Tư thục / Dân lập, otherwise the school type.
 */
export function resolveConditional(kind: Conditional, values: Iterable<CellValue>): Field | null {
  const filled = nonEmptyTexts(values);
  if (kind === "action") {
    if (filled.length === 0) return null;
    let ok = 0;
    for (const v of filled) if (parseAction(v).kind === "ok") ok++;
    return ok * 2 >= filled.length ? "action" : null;
  }
  if (filled.length === 0) return "type";
  let owned = 0;
  for (const v of filled) if (typeof v === "string" && OWNERSHIP_VALUES.has(foldWords(v))) owned++;
  return owned * 2 >= filled.length ? "ownership" : "type";
}

/**
 * The field a header names. Headers whose field depends on the values ("Ghi chú", "Loại hình")
 * need `values`: without them "Ghi chú" gives null and "Loại hình" gives `type`.
 */
export function matchHeader(text: string, values?: Iterable<CellValue>): Field | null {
  const m = matchHeaderDetail(text);
  if (!m) return null;
  if (m.conditional === null) return m.field;
  if (values === undefined) return m.conditional === "action" ? null : m.field;
  return resolveConditional(m.conditional, values);
}

/** Recognised budget units, most specific first ("tỷ đồng" and "triệu đồng" also contain "đồng"). */
const UNITS: readonly { readonly re: RegExp; readonly unit: BudgetUnit }[] = [
  // English headers too: "Budget (VND million)", "(billion VND)".
  { re: /(?:^| )(?:ty|ti|billion|bn)(?: dong)?(?: |$)/, unit: { factor: 1000, label: "tỷ đồng" } },
  {
    re: /(?:^| )(?:trieu|tr d|trd|tr|million|mln|mil)(?: dong)?(?: |$)/,
    unit: { factor: 1, label: "triệu đồng" },
  },
  {
    // "ngân sách" and "ngân hàng" fold to the same "ngan" as "ngàn": they name a source, not a unit.
    re: /(?:^| )(?:nghin|ngan(?! sach| hang)|thousand|1000 d|1 000 d|1000 dong|1 000 dong)(?: dong)?(?: |$)/,
    unit: { factor: 1e-3, label: "nghìn đồng" },
  },
  { re: /(?:^| )(?:dong|vnd|d)$|(?:^| )(?:dong|vnd)(?: |$)/, unit: { factor: 1e-6, label: "đồng" } },
];

/**
 * A place column headed as the former division ("Huyện cũ", "Quận/huyện (trước sáp nhập)"): since
 * 1 July 2025 districts are gone, and such a column only says where a school used to belong.
 */
const FORMER = /(?:^| )(?:cu|truoc sap nhap|truoc sap xep|truoc khi sap nhap|truoc khi sap xep)(?: |$)/;

export function namesFormerDivision(header: string): boolean {
  return FORMER.test(foldWords(header));
}

export const DEFAULT_BUDGET_UNIT: BudgetUnit = { factor: 1, label: "triệu đồng" };

/** The units a user can choose when a header names none or the wrong one, smallest first. */
export const BUDGET_UNITS: readonly BudgetUnit[] = [...UNITS.map((u) => u.unit)].reverse();

/** The budget unit a text names ("Kinh phí (tỷ đồng)", "ĐVT: nghìn đồng"), or null if none. */
export function findBudgetUnit(text: string): BudgetUnit | null {
  const key = foldWords(text);
  for (const u of UNITS) if (u.re.test(key)) return u.unit;
  return null;
}

/** The unit of a budget column from its header; triệu đồng when the header names none (SPEC §7). */
export function budgetUnitFromHeader(header: string): BudgetUnit {
  return findBudgetUnit(header) ?? DEFAULT_BUDGET_UNIT;
}

/** Text of a header cell as written; numbers and dates count as text, errors do not. */
export function headerText(value: CellValue): string {
  if (value === null || isCellError(value) || typeof value === "boolean") return "";
  if (value instanceof Date) return "";
  return clean(String(value));
}
