/**
 * A budget split into columns by funding source (SPEC §7, §9). Lists write it two ways: a group header
 * over one sub-header per source ("Nhu cầu kinh phí (triệu đồng)" over "Ngân sách | XHH"), or one
 * header per source ("Kinh phí ngân sách (triệu đồng)", "Kinh phí xã hội hóa (triệu đồng)"). Each such
 * column is that source's amount for the school. A total beside them ("Tổng", "Cộng", "Tổng kinh phí",
 * or a bare "Kinh phí") is their sum, not one more source.
 *
 * Only columns the header vocabulary already reads as the budget are considered, and a split needs two
 * of them naming different sources: "Kinh phí" over "Ngân sách tỉnh | Tổng" stays one budget column
 * (its total), as a column "of which" is no whole split. Columns that name a year ("NS 2025",
 * "NS 2026") or repeat a source are a budget by year or by purpose: no split is read from them.
 *
 * A budget split by cost item is read the same way: "Kinh phí (triệu đồng)" over "Xây dựng phòng học
 * | Mua sắm thiết bị | Sửa chữa", or "Kinh phí xây dựng" beside "Kinh phí thiết bị". Each such column
 * is a part of the school's one budget, bought with the money its row's "Nguồn kinh phí" names: its
 * column carries no source (`source: null`, as a total's), and the row's budget is the sum of its item
 * cells (see `readBudgetSplit`). A split by item needs every column beside its total to name a
 * different item under the same group: a column naming a source, a year or nothing we know leaves the
 * budget one column, as before. A split by source is always read first, and stays what it was.
 */
import { memoByText } from "../text/memo";
import { clean, foldWords } from "../text/normalize";
import type { BudgetColumn, BudgetSplit, BudgetUnit } from "./model";

/** A column the header vocabulary reads as the budget. */
export interface BudgetHeader {
  readonly col: number;
  /** The joined header: group header, then sub-header. */
  readonly header: string;
  /** The lowest header row's own text: the sub-header under a group ("XHH"). */
  readonly own: string;
}

/** Words that say "budget" (SPEC §7), longest first, removed to find what else a header says. */
const BUDGET_PHRASES: readonly (readonly string[])[] = [
  "nhu cau kinh phi",
  "du toan kinh phi",
  "tong kinh phi",
  "kinh phi du kien",
  "du kien kinh phi",
  "du kien kp",
  "kinh phi",
  "kp",
].map((p) => p.split(" "));

/** Words before a source that are no part of its name: "Trong đó: NS", "Từ nguồn XHH", "Nguồn khác". */
const LEADING: readonly (readonly string[])[] = ["trong do", "tu nguon", "nguon", "tu", "gom"].map((p) =>
  p.split(" "),
);

/** A unit written without parentheses at the end: "Kinh phí NS triệu đồng" (a bare "động" is a word). */
const TRAILING_UNITS: readonly (readonly string[])[] = [
  "trieu dong",
  "ty dong",
  "ti dong",
  "nghin dong",
  "ngan dong",
  "vnd",
  "trd",
].map((p) => p.split(" "));

/** What a header names once the budget words are gone, when it is the total. */
const TOTALS: ReadonlySet<string> = new Set([
  "tong",
  "tong so",
  "tong cong",
  "cong",
  "tong nhu cau",
  "tong du toan",
  "tong muc",
]);

/** The first words of a funding source (after LEADING words are dropped). */
const SOURCE_HEADS: readonly (readonly string[])[] = [
  "ngan sach",
  "ns",
  "nsnn",
  "nsdp",
  "nstw",
  "nstt",
  "xhh",
  "xa hoi hoa",
  "khac",
  "von",
  "su nghiep",
  "dau tu cong",
  "chuong trinh",
  "ctmtqg",
  "mtqg",
  "huy dong",
  "tai tro",
  "dong gop",
  "oda",
  "vay",
].map((p) => p.split(" "));

/** Sources offices write in a few ways, by their folded words: one label each. */
const CANONICAL: ReadonlyMap<string, string> = new Map([
  ["ngan sach", "Ngân sách"],
  ["ns", "Ngân sách"],
  ["ngan sach nha nuoc", "Ngân sách nhà nước"],
  ["nsnn", "Ngân sách nhà nước"],
  ["nsdp", "Ngân sách địa phương"],
  ["nstw", "Ngân sách trung ương"],
  ["xhh", "Xã hội hóa"],
  ["xa hoi hoa", "Xã hội hóa"],
  ["khac", "Nguồn khác"],
]);

/** Abbreviations spelled out inside a longer source: "NS tỉnh" is "Ngân sách tỉnh". */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["ns", "Ngân sách"],
  ["nsnn", "Ngân sách nhà nước"],
  ["nsdp", "Ngân sách địa phương"],
  ["nstw", "Ngân sách trung ương"],
  ["xhh", "Xã hội hóa"],
]);

const YEAR = /^(?:19|20)\d\d$/;

interface Word {
  readonly text: string;
  readonly key: string;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  // Units and notes in parentheses are no part of the source's name.
  for (const raw of clean(text.replace(/[([][^)\]]*[)\]]/g, " ")).split(" ")) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    const key = foldWords(word);
    if (key !== "") out.push({ text: word, key });
  }
  return out;
}

function startsWith(words: readonly Word[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  return phrase.every((p, j) => words[at + j]?.key === p);
}

/** The header's words once its budget words, leading fillers and unit are removed. */
function rest(header: string): { words: Word[]; budget: readonly string[] | null } {
  const words = wordsOf(header);
  let budget: readonly string[] | null = null;
  outer: for (const phrase of BUDGET_PHRASES) {
    for (let i = 0; i < words.length; i++) {
      if (startsWith(words, i, phrase)) {
        words.splice(i, phrase.length);
        budget = phrase;
        break outer;
      }
    }
  }
  for (let dropped = true; dropped;) {
    dropped = false;
    for (const lead of LEADING) {
      if (startsWith(words, 0, lead) && words.length > lead.length) {
        words.splice(0, lead.length);
        dropped = true;
        break;
      }
    }
  }
  for (const unit of TRAILING_UNITS) {
    if (words.length > unit.length && startsWith(words, words.length - unit.length, unit)) {
      words.splice(words.length - unit.length, unit.length);
      break;
    }
  }
  return { words, budget };
}

/** A source's text as one name: "NS tỉnh" and "Ngân sách tỉnh" are one source, "XHH" is "Xã hội hóa". */
function sourceLabel(words: readonly Word[]): string {
  const canonical = CANONICAL.get(words.map((w) => w.key).join(" "));
  if (canonical !== undefined) return canonical;
  const label = words.map((w) => ABBREVIATIONS.get(w.key) ?? w.text).join(" ");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * A "Nguồn kinh phí" cell's source as the budget's lines name it; the text itself when it has no
 * words. A list writes a handful of sources on thousands of rows: each is named once.
 */
export const sourceName = memoByText((text: string): string => {
  const words = wordsOf(text);
  // Only a known source or one with an abbreviation is renamed; any other stays as the list writes it.
  const known =
    CANONICAL.has(words.map((w) => w.key).join(" ")) || words.some((w) => ABBREVIATIONS.has(w.key));
  return known ? sourceLabel(words) : text;
});

/**
 * Words that say what the money buys (SPEC §9), folded, found anywhere in a column's own header:
 * "Xây dựng phòng học", "Mua sắm thiết bị", "Sửa chữa", "Kinh phí bàn ghế".
 */
const ITEM_WORDS: readonly (readonly string[])[] = [
  // Works: "xay" is "Xây dựng", "Xây mới"; "sua" is "Sửa chữa", "Tu sửa".
  "xay",
  "cai tao",
  "nang cap",
  "sua",
  "tu bo",
  "duy tu",
  "bao tri",
  "bao duong",
  "mo rong",
  "cong trinh",
  "hang muc",
  "ha tang",
  "co so vat chat",
  "csvc",
  // Rooms and grounds.
  "phong",
  "nha ve sinh",
  "khu ve sinh",
  "ve sinh",
  "nha da nang",
  "nha an",
  "nha bep",
  "bep",
  "nha hieu bo",
  "khu hieu bo",
  "nha the chat",
  "nha lop hoc",
  "nha cong vu",
  "nha xe",
  "nha bao ve",
  "thu vien",
  "tuong rao",
  "tuong bao",
  "tuong vay",
  "tuong chan",
  "hang rao",
  "cong truong",
  "san choi",
  "san truong",
  "san be tong",
  "san the duc",
  "san tap",
  "san vuon",
  "khu vui choi",
  "cay xanh",
  "he thong",
  // Things bought.
  "mua sam",
  "mua",
  "trang bi",
  "thiet bi",
  "do dung",
  "do choi",
  "ban ghe",
  "sach",
  "tai lieu",
  "hoc lieu",
  "may tinh",
  "may chieu",
  "may moc",
  // A cost, whatever it buys: "Chi phí khác", "Các khoản chi khác".
  "chi phi",
  "chi khac",
  "khoan khac",
  "noi dung khac",
].map((p) => p.split(" "));

/**
 * Words that name who pays, found anywhere in a header: such a column is never a cost item ("Xây dựng
 * NS tỉnh", "Nguồn xây dựng cơ bản"). "Khác" and "Vay" are no such word on their own ("Chi phí khác",
 * "Tường vây"): they name a source only as the header's first word, as SOURCE_HEADS reads them.
 */
const PAYER_WORDS: readonly (readonly string[])[] = [
  ...SOURCE_HEADS.filter((h) => h.join(" ") !== "khac" && h.join(" ") !== "vay"),
  ...["nguon", "nha nuoc", "nhan dan", "phu huynh", "cha me", "doanh nghiep", "ung ho"].map((p) =>
    p.split(" "),
  ),
];

/** Whether `phrase` is among `words`, anywhere. */
function contains(words: readonly Word[], phrase: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (startsWith(words, i, phrase)) return true;
  return false;
}

/** The text a column's own share is named by: under a group header, its sub-header. */
function ownText(h: BudgetHeader): string {
  return h.own !== "" && h.own !== h.header ? h.own : h.header;
}

/** The group header a column's own text is under ("Kinh phí (triệu đồng)"); "" for a one-row header. */
function groupOf(h: BudgetHeader): string {
  const own = ownText(h);
  return own !== h.header && h.header.endsWith(own) ? clean(h.header.slice(0, -own.length)) : "";
}

type Kind =
  | { readonly kind: "source"; readonly label: string; readonly otherItems: boolean }
  | { readonly kind: "item"; readonly label: string }
  | { readonly kind: "total"; readonly explicit: boolean }
  | { readonly kind: "other" };

/**
 * What one budget column is: a source's share, a cost item, the total, or something else (a year, a
 * purpose we cannot read). A bare "Khác" is a source beside sources ("Nguồn khác") and the other costs
 * beside items: `otherItems` says so.
 */
function kindOf(h: BudgetHeader): Kind {
  // Under a group header, the sub-header names the share; the group names the budget (and may name a
  // year or a purpose that all its columns share).
  const text = ownText(h);
  const { words, budget } = rest(text);
  const keys = words.map((w) => w.key);
  if (keys.some((k) => YEAR.test(k) || k === "nam")) return { kind: "other" };
  const key = keys.join(" ");
  if (TOTALS.has(key)) return { kind: "total", explicit: true };
  if (key === "") {
    if (budget === null) return { kind: "other" };
    return { kind: "total", explicit: budget[0] === "tong" };
  }
  // Every word of the column's own header, fillers included ("Từ nguồn …", "Tu sửa").
  const all = wordsOf(text);
  if (SOURCE_HEADS.some((head) => startsWith(words, 0, head))) {
    const otherItems = key === "khac" && !all.some((w) => w.key === "nguon");
    return { kind: "source", label: sourceLabel(words), otherItems };
  }
  if (PAYER_WORDS.some((p) => contains(all, p)) || !ITEM_WORDS.some((p) => contains(all, p)))
    return { kind: "other" };
  return { kind: "item", label: key };
}

/**
 * The budget's split by funding source among the columns read as the budget, else its split by cost
 * item, or null when they are neither (one column, one source, sources by year, a source twice).
 */
export function budgetSplitOf(
  headers: readonly BudgetHeader[],
  unitOf: (header: string) => BudgetUnit,
): BudgetSplit | null {
  const kinds = headers.map((h) => ({ h, k: kindOf(h) }));
  return splitBySource(kinds, unitOf) ?? splitByItem(kinds, unitOf);
}

/** A total column as the split names it. */
function totalColumn(
  total: BudgetHeader | null,
  unitOf: (header: string) => BudgetUnit,
): BudgetColumn | null {
  return total === null
    ? null
    : { col: total.col, header: total.header, source: null, unit: unitOf(total.header) };
}

function splitBySource(
  kinds: readonly { readonly h: BudgetHeader; readonly k: Kind }[],
  unitOf: (header: string) => BudgetUnit,
): BudgetSplit | null {
  const sources: BudgetColumn[] = [];
  const labels = new Set<string>();
  let total: BudgetHeader | null = null;
  let totalExplicit = false;
  for (const { h, k } of kinds) {
    if (k.kind === "source") {
      const key = foldWords(k.label);
      // The same source twice is a split by something else (year, purpose): adding them is unsafe.
      if (labels.has(key)) return null;
      labels.add(key);
      sources.push({ col: h.col, header: h.header, source: k.label, unit: unitOf(h.header) });
    } else if (k.kind === "total" && (total === null || (k.explicit && !totalExplicit))) {
      total = h;
      totalExplicit = k.explicit;
    }
  }
  if (sources.length < 2) return null;
  return { sources: sources.sort((a, b) => a.col - b.col), total: totalColumn(total, unitOf) };
}

/**
 * The budget's split by cost item: every column but the total names a different item, all under one
 * group header (the same item under "Năm 2026" and "Năm 2027" is a budget by year, not two parts of one).
 * Each item's column carries no source: the money is the row's, from the source its row names.
 */
function splitByItem(
  kinds: readonly { readonly h: BudgetHeader; readonly k: Kind }[],
  unitOf: (header: string) => BudgetUnit,
): BudgetSplit | null {
  const items: BudgetColumn[] = [];
  const labels = new Set<string>();
  let group: string | null = null;
  let total: BudgetHeader | null = null;
  let totalExplicit = false;
  for (const { h, k } of kinds) {
    if (k.kind === "total") {
      if (total === null || (k.explicit && !totalExplicit)) {
        total = h;
        totalExplicit = k.explicit;
      }
      continue;
    }
    const label = k.kind === "item" ? k.label : k.kind === "source" && k.otherItems ? "Khác" : null;
    // A source, a year or a column we cannot read beside the items: adding them up is unsafe.
    if (label === null) return null;
    const key = foldWords(label);
    if (labels.has(key)) return null;
    labels.add(key);
    const under = foldWords(groupOf(h));
    if (group !== null && under !== group) return null;
    group = under;
    items.push({ col: h.col, header: h.header, source: null, unit: unitOf(h.header) });
  }
  if (items.length < 2) return null;
  return { sources: items.sort((a, b) => a.col - b.col), total: totalColumn(total, unitOf) };
}
