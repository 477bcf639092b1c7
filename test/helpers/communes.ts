/**
 * Commune lists as a Sở receives them since July 2025, one per commune or ward: a merged title naming
 * the commune, a header, about 60 schools with their levels, recognitions, planned actions and
 * budgets. Each list says what it holds, so a roll-up can be checked against a direct count.
 */
import type { CellValue } from "../../src/core/grid";

export const ROLLUP_YEAR = 2025;

export const HEADER = [
  "STT",
  "Tên trường",
  "Cấp học",
  "KĐCLGD",
  "CQG",
  "Năm công nhận",
  "Hình thức",
  "Kinh phí (triệu đồng)",
] as const;

const LEVELS = [
  ["MN", "Mầm non"],
  ["TH", "Tiểu học"],
  ["THCS", "THCS"],
] as const;

const PLACES = [
  "An Phú",
  "Bình Minh",
  "Tân Thành",
  "Hòa Lợi",
  "Đông Hải",
  "Phú Mỹ",
  "Long Điền",
  "Vĩnh Hưng",
];

export interface CommuneList {
  /** "Xã An Phú 3", "Phường Bình Minh 7". */
  readonly place: string;
  readonly title: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** What the list holds, counted while it is made. */
  readonly expected: {
    readonly schools: number;
    readonly standard: number;
    readonly new: number;
    readonly upgrade: number;
    readonly budget: number;
  };
}

/**
 * The `index`-th commune's list of `size` schools; `noStandard` makes a commune with no CQG school.
 * Recognitions are one to three years old, so none lapses in the plan year.
 */
export function communeList(index: number, size: number, noStandard = false): CommuneList {
  const kind = index % 3 === 0 ? "PHƯỜNG" : "XÃ";
  const placeName = `${PLACES[index % PLACES.length] ?? ""} ${index + 1}`;
  const place = `${kind === "XÃ" ? "Xã" : "Phường"} ${placeName}`;
  const rows: CellValue[][] = [];
  let standard = 0;
  let added = 0;
  let upgrade = 0;
  let budget = 0;
  for (let i = 1; i <= size; i++) {
    const [prefix, level] = LEVELS[i % 3] ?? LEVELS[0];
    const k = (index * 7 + i) % 10;
    const cqg = noStandard ? 0 : k < 4 ? 1 : k < 6 ? 2 : 0;
    const kd = cqg === 0 ? (k % 2 === 0 ? 1 : 0) : 2;
    let action: string | null = null;
    let amount: number | null = null;
    if (cqg === 0 && kd > 0) {
      action = "Công nhận mới";
      amount = 300 + ((index + i) % 5) * 50;
      added += 1;
    } else if (cqg === 1 && k === 3) {
      action = "Nâng mức độ";
      amount = 200;
      upgrade += 1;
    }
    if (cqg > 0) standard += 1;
    budget += amount ?? 0;
    rows.push([
      `${i}.`,
      `${prefix} ${placeName} số ${i}`,
      level,
      kd > 0 ? `CĐ${kd}` : "-",
      cqg > 0 ? `MĐ${cqg}` : "-",
      cqg > 0 || kd > 0 ? ROLLUP_YEAR - 1 - (i % 3) : null,
      action,
      amount,
    ]);
  }
  return {
    place,
    title: [
      `UBND ${kind} ${placeName.toLocaleUpperCase("vi")}`,
      `DANH SÁCH TRƯỜNG HỌC ${kind} ${placeName.toLocaleUpperCase("vi")} NĂM ${ROLLUP_YEAR}`,
    ],
    rows,
    expected: { schools: size, standard, new: added, upgrade, budget },
  };
}

/** The list as CSV text (title lines, then the table), as offices export it. */
export function communeCsv(list: CommuneList): string {
  const cell = (v: CellValue): string => {
    const text = v === null ? "" : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [...list.title.map((t) => cell(t)), "", HEADER.map(cell).join(",")];
  for (const r of list.rows) lines.push(r.map(cell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
