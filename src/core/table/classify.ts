/**
 * What each row under a header is (SPEC §7): a school, a group label ("I. Mầm non"), a total
 * ("Tổng cộng", "Cộng cấp MN"), a footer ("Danh sách này gồm: 20 đơn vị./.", signatures) or blank.
 *
 * Runs once per row of lists that can have tens of thousands of rows, so the common school row is
 * decided with a few type checks and one fold of its name.
 */
import { isCellError, type CellValue, type Grid } from "../grid";
import { clean, foldWords } from "../text/normalize";
import type { RowKind, TableRow } from "./model";
import { sectionOf } from "./sections";
import { typeFromName } from "../schools/types";

/** A plain table ends after this many blank rows in a row. */
const MAX_BLANK_RUN = 10;

/** Name headers are short ("Tên cơ sở giáo dục"); longer name cells are never a repeated header. */
const MAX_NAME_HEADER_LENGTH = 24;

export interface RowLayout {
  readonly left: number;
  readonly right: number;
  readonly seqCol: number | null;
  readonly nameCol: number | null;
  /**
   * Columns that hold a school's own data (codes, dates, action, commune…): group and total rows
   * have no text there (numbers are allowed: subtotals and counts).
   */
  readonly recordCols: readonly number[];
}

export interface ClassifyOptions {
  /** Stop at 10 blank rows and drop trailing blanks (plain ranges); Excel tables keep every row. */
  readonly plain: boolean;
  /**
   * For plain ranges: if `row` starts another table's header, the first row of that header block,
   * else null. Only called for rows whose name cell reads like a name header.
   */
  readonly headerStart?: (row: number) => number | null;
  /** Folded spellings of the name header ("ten truong"…): rows whose name cell is one may be a header. */
  readonly isNameHeader?: (foldedKey: string) => boolean;
}

export interface ClassifyResult {
  readonly rows: TableRow[];
  /** Last row of the table: last non-blank row for a plain range. */
  readonly bottom: number;
  /** Where the next table's header begins, when the table ended at one. */
  readonly next: number | null;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** `1`, `1.`, `01`, `1)`: numbering, not data. */
export function isSeqNumber(v: CellValue): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0;
  return typeof v === "string" && /^\s*\d{1,5}\s*[.)]?\s*$/.test(v);
}

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

/** `I`, `II.`, `A`, `B)`: the marker of a group (section) in the seq column. */
export function isGroupMarker(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  const t = v.trim().replace(/[.):]$/, "");
  return (t.length === 1 && /[A-Za-z]/.test(t)) || ROMAN.test(t);
}

/** Words a group label can be made of: school levels and their usual wording. */
const LEVEL_WORDS = new Set(
  (
    "khoi cap bac hoc nganh truong cac don vi co so giao duc mam non mau giao nha tre tieu thcs thpt trung " +
    "pho thong th mn mg nt & va lien ptcs ptdtbt ptdtnt dtnt ban tru noi dan toc nhieu"
  ).split(" "),
);
/** At least one of these must be present: "Các đơn vị" alone is not a level. */
const LEVEL_CORE = new Set("mam non mau giao nha tre tieu thcs thpt trung pho th mn mg nt ptcs".split(" "));

/** "Mầm non", "Khối Mầm non", "Cấp THCS", "TRƯỜNG TIỂU HỌC" — a level, no school name. */
export function isLevelLabel(key: string): boolean {
  if (key === "") return false;
  let core = false;
  for (const w of key.replace(/&/g, " & ").split(" ")) {
    if (w === "") continue;
    if (!LEVEL_WORDS.has(w)) return false;
    if (LEVEL_CORE.has(w)) core = true;
  }
  return core;
}

/** "I. Mầm non", "A. Cấp Tiểu học", "II - TRƯỜNG THCS": a section marker followed by a label. */
export function isNumberedGroupLabel(text: string): boolean {
  const m = /^([IVXLC]+|[A-Z])\s*[.)\-–:/]\s*\S/.exec(text) ?? /^([ivxlc]+)\s*[.)]\s*\S/.exec(text);
  return m !== null && m[1] !== undefined && (m[1].length === 1 || ROMAN.test(m[1]));
}

const TOTAL_HEAD = new Set(["tong", "cong", "total", "subtotal"]);
const ADMIN_UNITS = new Set([
  "huyen",
  "thi",
  "thanh",
  "tinh",
  "quan",
  "xa",
  "phuong",
  "nganh",
  "truong",
  "vung",
]);
/** The administrative units a subtotal row can be named after. */
const PLACE_UNITS = new Set(["huyen", "thi", "thanh", "tinh", "quan", "xa", "phuong", "tp", "tx"]);
/** Words allowed after "Tổng"/"Cộng": levels, sections, counts. "Cộng Hòa" is a name, not a total. */
const TOTAL_TAIL = new Set(
  (
    "cong so chung toan cap khoi bac hoc nganh truong don vi co giao duc mam non mau giao nha tre tieu thcs thpt " +
    "trung pho thong th mn mg & va huyen thi xa thanh tinh quan phuong tran i ii iii iv v vi vii viii ix x " +
    "a b c d e g h muc nhom phan loai " +
    // What a total counts or sums: "Tổng cộng: 11 trường, 01 trung tâm", "Tổng kinh phí", "Total".
    "trung tam diem lop kinh phi nhu cau von"
  ).split(" "),
);

/**
 * "Tổng cộng", "Tổng", "Cộng", "Tổng số", "Toàn huyện", "Cộng cấp MN", "Cộng (I)", "Tổng kinh phí",
 * "Tổng cộng: 11 trường, 01 trung tâm", and in English lists "Total", "Grand total".
 */
export function isTotalLabel(key: string): boolean {
  const words = key.split(" ");
  const [first, second] = words;
  if (first === undefined) return false;
  let rest: number;
  if (first === "grand" && second === "total") rest = 2;
  else if (TOTAL_HEAD.has(first)) {
    // A subtotal names its unit after the head: "Cộng xã Ia Blang", "Tổng cộng phường Tân An: 03 trường".
    const unit = first === "tong" && second === "cong" ? words[2] : second;
    if (unit !== undefined && PLACE_UNITS.has(unit) && words.length > 2) return true;
    rest = 1;
  } else if (first === "toan" && second !== undefined && ADMIN_UNITS.has(second)) rest = 2;
  else return false;
  for (let i = rest; i < words.length; i++) {
    const w = words[i] as string;
    if (!TOTAL_TAIL.has(w) && !/^\d+$/.test(w)) return false;
  }
  return true;
}

const FOOTERS: readonly RegExp[] = [
  /^danh sach (nay )?(gom|co|bao gom)\b/,
  /^(tong so|co) \d+ (don vi|truong|co so)\b.*\b(gom|nay)\b/,
  /^ghi chu\b/,
  /^luu y\b/,
  /^nguoi (lap|lap bieu|duyet|kiem tra|tong hop|ky)\b/,
  /^noi nhan\b/,
  /^luu (vt|van thu|hs|ho so)\b/,
  /^(tm|kt|tl|q|ttl) [a-z]/,
  /^(pho )?(chu tich|truong phong|giam doc|hieu truong|thu truong( don vi)?|truong ban|thu ky)$/,
  /^ky (ten|va|ghi ro|dong dau)\b/,
  /^xac nhan( cua)?\b/,
  /\bngay( \d{1,2})? thang( \d{1,2})? nam\b/,
  // The list's own figures under it: "Tỉ lệ đạt chuẩn: 45%", "Số trường đạt CQG: 4/7".
  /^(ti|ty) le\b/,
  /^so (truong|don vi|co so|luong)\b.*\b\d+\b/,
];

/**
 * Footer lines: "Danh sách này gồm: …", "Người lập biểu", "Nơi nhận", "…, ngày … tháng … năm …",
 * signatures, the list's own rates and counts.
 */
export function isFooterText(text: string): boolean {
  return isFooterKey(text, foldWords(text));
}

function isFooterKey(raw: string, key: string): boolean {
  if (/^\s*\(?\*/.test(raw)) return true; // "(*) Ghi chú …"
  return FOOTERS.some((re) => re.test(key));
}

/** Folds only short texts in full: labels are short, and long school names are never labels. */
function labelKey(v: CellValue): string {
  if (typeof v !== "string") return "";
  return foldWords(v.length > 120 ? v.slice(0, 120) : v);
}

function isTextData(v: CellValue | undefined): boolean {
  if (isBlank(v) || typeof v === "number" || isCellError(v ?? null)) return false;
  // "44.497" or "31.162,5" typed as text is still a number; "-" is the list's way to say none.
  return !(typeof v === "string" && /^\s*(?:[-+]?[\d.,\s]+|[-–—.]+)\s*$/.test(v));
}

interface RowFacts {
  blank: boolean;
  /** Only numbering in the row. */
  seqOnly: boolean;
  seqNumber: boolean;
  seq: CellValue;
  name: CellValue;
  recordText: boolean;
  firstText: string | null;
}

/**
 * Classifies the rows [first, last] of a table. Error values are data like any other value; they
 * never make a row special.
 */
export function classifyRows(
  grid: Grid,
  layout: RowLayout,
  first: number,
  last: number,
  options: ClassifyOptions,
): ClassifyResult {
  const { left, right, seqCol, nameCol, recordCols } = layout;
  const width = right - left + 1;
  const offset = left - grid.left;
  const rows: TableRow[] = [];
  let lastNonBlank = first - 1;
  let blankRun = 0;
  let seenSchool = false;
  let footerZone = false;
  let next: number | null = null;

  const facts: RowFacts = {
    blank: true,
    seqOnly: false,
    seqNumber: false,
    seq: null,
    name: null,
    recordText: false,
    firstText: null,
  };

  for (let r = first; r <= last; r++) {
    const src = grid.cells[r - grid.top];
    // Made at its width at once: a slice of a shorter row grows as it is padded. A column mapped by
    // the user may lie left of the grid's first one (a negative offset), or right of its last.
    const values = new Array<CellValue>(width);
    for (let i = 0; i < width; i++) values[i] = src?.[offset + i] ?? null;

    facts.blank = true;
    facts.firstText = null;
    let nonSeq = false;
    for (let i = 0; i < width; i++) {
      const v = values[i] as CellValue;
      if (isBlank(v)) continue;
      facts.blank = false;
      if (facts.firstText === null && typeof v === "string") facts.firstText = v;
      if (left + i !== seqCol) nonSeq = true;
    }
    facts.seq = seqCol === null ? null : (values[seqCol - left] as CellValue);
    facts.name = nameCol === null ? null : (values[nameCol - left] as CellValue);
    facts.seqNumber = isSeqNumber(facts.seq);
    // Numbering alone is not data: a pre-numbered empty line is blank.
    facts.seqOnly = !facts.blank && !nonSeq && facts.seqNumber;

    let kind: RowKind;
    if (facts.blank || facts.seqOnly) {
      kind = "blank";
    } else {
      facts.recordText = false;
      for (const c of recordCols) {
        if (isTextData(values[c - left])) {
          facts.recordText = true;
          break;
        }
      }
      // Folding is the costly part of a row: fold the name once, and only when it can matter (a
      // numbered row with record text is a school unless its name is a repeated header).
      const name = facts.name;
      const shortName = typeof name === "string" && name.length <= MAX_NAME_HEADER_LENGTH;
      const nameKey = shortName || !(facts.recordText && facts.seqNumber) ? labelKey(name) : "";
      if (shortName && options.headerStart && options.isNameHeader?.(nameKey)) {
        const start = options.headerStart(r);
        if (start !== null) {
          next = start;
          // A group header row above the new header belongs to the new table.
          while (rows.length > 0 && (rows[rows.length - 1] as TableRow).row >= start) rows.pop();
          break;
        }
      }
      kind = noteRow(grid, r, nameCol, facts) ? "group" : kindOf(facts, nameKey, footerZone);
    }

    if (kind === "footer" && seenSchool) footerZone = true;
    else if (kind === "school") {
      seenSchool = true;
      footerZone = false;
    }
    if (kind === "blank") {
      blankRun++;
      if (options.plain && blankRun >= MAX_BLANK_RUN) break;
    } else {
      blankRun = 0;
      lastNonBlank = r;
    }
    rows.push({ kind, row: r, values });
  }

  if (!options.plain) return { rows, bottom: Math.max(last, first - 1), next };
  while (rows.length > 0 && (rows[rows.length - 1] as TableRow).row > lastNonBlank) rows.pop();
  return { rows, bottom: lastNonBlank, next };
}

/**
 * A sentence merged across the row from the name's column, unnumbered and with nothing in the data
 * columns: a note inside the list ("Trường MN Sao Mai đã sáp nhập vào Trường MN Hoa Sen …"), not a
 * school. A school's name is never merged over its own data.
 */
function noteRow(grid: Grid, row: number, nameCol: number | null, f: RowFacts): boolean {
  if (f.seqNumber || f.recordText || nameCol === null || typeof f.name !== "string") return false;
  return grid.merges.some((m) => m.top === row && m.left === nameCol && m.right - m.left >= 2);
}

function kindOf(f: RowFacts, nameKey: string, footerZone: boolean): RowKind {
  const seqKey = typeof f.seq === "string" && !f.seqNumber ? labelKey(f.seq) : "";
  const hasName = !isBlank(f.name);

  // Footers first: "Danh sách này gồm: 20 đơn vị" would otherwise read as a school.
  if (!f.seqNumber) {
    if (f.firstText !== null) {
      const key = f.firstText === f.name && nameKey !== "" ? nameKey : labelKey(f.firstText);
      if (isFooterKey(f.firstText, key)) return "footer";
    }
    // After the list, anything that is not a numbered school is part of the footer: signer names,
    // even one typed in a data column ("Rơ Mah Hlim" under "Nguyễn Văn Bình").
    if (
      footerZone &&
      !(hasName && f.recordText && typeof f.name === "string" && typeFromName(f.name) !== null)
    )
      return "footer";
  }

  if (!f.recordText) {
    // "CÔNG NHẬN MỚI", "Huyện Gia Bình", "1. Công nhận lại": a heading, numbered or not.
    const label = typeof f.name === "string" && f.name.trim() !== "" ? f.name : (f.firstText ?? "");
    if (label !== "" && !isSeqNumber(label) && sectionOf(label) !== null) return "group";
    if (!f.seqNumber) {
      if (seqKey !== "" && isTotalLabel(seqKey)) return "total";
      if (nameKey !== "" && isTotalLabel(nameKey)) return "total";
      if (isGroupMarker(f.seq)) return "group";
      const seqText = typeof f.seq === "string" ? clean(f.seq) : "";
      if (isNumberedGroupLabel(seqText) || isLevelLabel(seqKey)) return "group";
      const nameText = typeof f.name === "string" ? clean(f.name) : "";
      if (isNumberedGroupLabel(nameText)) return "group";
      if (!hasName && f.firstText !== null) {
        // A label merged across the row, in a column before the name.
        const k = labelKey(f.firstText);
        if (isTotalLabel(k)) return "total";
        if (isNumberedGroupLabel(clean(f.firstText)) || isLevelLabel(k)) return "group";
      }
    }
    if (isLevelLabel(nameKey)) return "group";
  }
  return "school";
}
