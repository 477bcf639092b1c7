import type { RegimeId } from "../core/schools/regimes";
import { isRegimeId } from "../app/vocabulary";
import type { DayDate } from "../core/text/dates";
import { isValidDay } from "../app/format";
import type { Lang } from "../core/text/format";
import type { PlanSectionId } from "../core/plan/model";
import { formatNumber } from "../app/format";
import { APPENDIX_TABLE_LIMIT, PLAN_SECTIONS, REGIMES } from "../app/vocabulary";
import type { ColumnChoice } from "../app/columns";
import { fieldNamed } from "../app/columns";

/** What each value of --sections stands for, in the plan's own headings. */
const SECTION_NAMES: Readonly<Record<PlanSectionId, string>> = {
  targets: "Mục tiêu cụ thể",
  budget: "Kinh phí",
  renewals: "Lộ trình công nhận lại",
  appendix: "Phụ lục (danh sách trường)",
};

export type Command = "validate" | "summarize" | "plan" | "report";

export interface CliArgs {
  readonly command: Command;
  readonly files: readonly string[];
  readonly sheet: string | null;
  readonly year: number | null;
  readonly date: DayDate | null;
  readonly regime: RegimeId | null;
  readonly json: boolean;
  /** `summarize`: each sheet of a workbook is a list of its own (a commune per sheet). */
  readonly allSheets: boolean;
  readonly lang: Lang;
  /** Output file of `plan` and `report`. */
  readonly out: string | null;
  /** Replace an existing output file that kdcl did not write. */
  readonly force: boolean;
  /** Plan header: issuing body, place and number. */
  readonly body: string | null;
  readonly place: string | null;
  readonly number: string | null;
  readonly sections: readonly PlanSectionId[] | null;
  /** Columns the user names: `--column FIELD=HEADER`, repeatable. */
  readonly columns: readonly ColumnChoice[];
  /** `plan`: the appendix as the document's table, or as a workbook `<out>-phu-luc.xlsx` beside it. */
  readonly appendix: "table" | "xlsx";
}

export type ParsedArgs =
  { kind: "ok"; args: CliArgs } | { kind: "help" } | { kind: "error"; message: string };

const COMMANDS: readonly Command[] = ["validate", "summarize", "plan", "report"];

/** Commands that turn one list into one output file. */
const ONE_FILE_OUT: readonly Command[] = ["plan", "report"];

function parseYear(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/**
 * `FIELD=HEADER`, split at the first "=" so a header may hold one; the field by its id or its label
 * in either language; an empty HEADER (or "-") says the list has no such column.
 */
function parseColumn(text: string): ColumnChoice | string {
  const at = text.indexOf("=");
  if (at <= 0)
    return `--column cần dạng TRƯỜNG=TIÊU ĐỀ CỘT, ví dụ --column "action=Kế hoạch năm 2023" (expected FIELD=HEADER).`;
  const name = text.slice(0, at).trim();
  const field = fieldNamed(name);
  if (field === null) return `--column: không có trường "${name}"; xem kdcl --help (unknown field).`;
  return { field, header: text.slice(at + 1).trim() };
}

function parseIsoDate(text: string): DayDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

/** Parses the command line; every mistake becomes a one-line message, never an exception. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as Command)) {
    return {
      kind: "error",
      message: `Lệnh không hợp lệ "${command ?? ""}" (unknown command); xem kdcl --help.`,
    };
  }
  const files: string[] = [];
  let sheet: string | null = null;
  let year: number | null = null;
  let date: DayDate | null = null;
  let regime: RegimeId | null = null;
  let json = false;
  let allSheets = false;
  let force = false;
  let lang: Lang = "vi";
  let out: string | null = null;
  let body: string | null = null;
  let place: string | null = null;
  let number: string | null = null;
  let sections: PlanSectionId[] | null = null;
  const columns: ColumnChoice[] = [];
  let appendix: "table" | "xlsx" | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    // Only the first "=" separates: "--out=bao-cao=2024.xlsx" names the file "bao-cao=2024.xlsx".
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = rest[i + 1];
      if (next === undefined || next.startsWith("--")) return null;
      i += 1;
      return next;
    };
    switch (flag) {
      case "--json":
        json = true;
        break;
      case "--force":
        force = true;
        break;
      case "--all-sheets":
        allSheets = true;
        break;
      case "--sheet": {
        const v = value();
        if (v === null)
          return { kind: "error", message: "Thiếu tên trang sau --sheet (missing sheet name)." };
        sheet = v;
        break;
      }
      case "--year": {
        const v = value();
        year = v === null ? null : parseYear(v);
        if (year === null)
          return { kind: "error", message: "--year cần năm dạng YYYY, ví dụ 2024 (expected YYYY)." };
        break;
      }
      case "--date": {
        const v = value();
        date = v === null ? null : parseIsoDate(v);
        if (date === null) {
          return {
            kind: "error",
            message: "--date cần ngày dạng YYYY-MM-DD, ví dụ 2024-12-31 (expected YYYY-MM-DD).",
          };
        }
        break;
      }
      case "--regime": {
        const v = value();
        if (v === null || !isRegimeId(v)) {
          return {
            kind: "error",
            message:
              "--regime cần một trong: legacy, tt2018, tt2018a, tt2026 (expected legacy, tt2018, tt2018a or tt2026).",
          };
        }
        regime = v;
        break;
      }
      case "--lang": {
        const v = value();
        if (v !== "vi" && v !== "en")
          return { kind: "error", message: "--lang cần vi hoặc en (expected vi or en)." };
        lang = v;
        break;
      }
      case "--out":
      case "--body":
      case "--place":
      case "--number": {
        const v = value();
        if (v === null || v.trim() === "") {
          return { kind: "error", message: `Thiếu giá trị sau ${flag} (missing value).` };
        }
        if (flag === "--out") out = v;
        else if (flag === "--body") body = v;
        else if (flag === "--place") place = v;
        else number = v;
        break;
      }
      case "--sections": {
        const v = value();
        const list = (v ?? "").split(",").map((x) => x.trim());
        const bad = list.filter((x) => !(PLAN_SECTIONS as readonly string[]).includes(x));
        if (v === null || bad.length > 0) {
          return {
            kind: "error",
            message: `--sections nhận danh sách trong: ${PLAN_SECTIONS.join(", ")} (unknown section: ${bad.join(", ")}).`,
          };
        }
        sections = list as PlanSectionId[];
        break;
      }
      case "--appendix": {
        const v = value();
        if (v !== "table" && v !== "xlsx") {
          return {
            kind: "error",
            message:
              "--appendix cần table (bảng trong văn bản) hoặc xlsx (tệp Excel đính kèm) (expected table or xlsx).",
          };
        }
        appendix = v;
        break;
      }
      case "--column": {
        const v = value();
        const choice = parseColumn(v ?? "");
        if (typeof choice === "string") return { kind: "error", message: choice };
        columns.push(choice);
        break;
      }
      default:
        if (flag.startsWith("-")) {
          return {
            kind: "error",
            message: `Tùy chọn không hợp lệ "${flag}" (unknown option); xem kdcl --help.`,
          };
        }
        files.push(arg);
    }
  }
  if (files.length === 0)
    return { kind: "error", message: "Cần ít nhất một tệp .xlsx, .xls, .ods hoặc .csv (no input file)." };
  const cmd = command as Command;
  if (ONE_FILE_OUT.includes(cmd)) {
    if (files.length !== 1)
      return { kind: "error", message: `kdcl ${cmd} nhận đúng một tệp (exactly one input file).` };
    if (out === null) return { kind: "error", message: `kdcl ${cmd} cần --out <tệp> (missing --out).` };
  }
  if (appendix !== null && cmd !== "plan")
    return { kind: "error", message: "--appendix chỉ dùng với kdcl plan (--appendix is for plan only)." };
  return {
    kind: "ok",
    args: {
      command: cmd,
      files,
      sheet,
      year,
      date,
      regime,
      json,
      allSheets,
      lang,
      out,
      force,
      body,
      place,
      number,
      sections,
      columns,
      appendix: appendix ?? "table",
    },
  };
}

export const USAGE = `kdcl — kiểm tra danh sách trường (KĐCLGD & chuẩn quốc gia)

Cách dùng:
  kdcl validate <tệp.xlsx|tệp.csv>... [--sheet TÊN] [--year YYYY] [--date YYYY-MM-DD]
                [--regime legacy|tt2018|tt2018a|tt2026] [--column TRƯỜNG=TIÊU ĐỀ]... [--json] [--lang vi|en]
  kdcl summarize <tệp>... [--sheet TÊN | --all-sheets] [--year YYYY] [--date YYYY-MM-DD] [--json]
                [--lang vi|en]
  kdcl report <tệp> --out <bao-cao.xlsx|.xlsm> [--force] [--sheet TÊN] [--year YYYY] [--date YYYY-MM-DD]
                [--lang vi|en]
  kdcl plan <tệp> --out <ke-hoach.docx> [--force] [--year YYYY] [--body "UBND huyện …"] [--place TÊN]
                [--number "20/KH-UBND"] [--sections targets,budget,renewals,appendix] [--appendix table|xlsx]
                [--lang vi|en]

  validate   kiểm tra danh sách: mỗi phát hiện kèm ô, giải thích, căn cứ và cách sửa
  summarize  tổng hợp: tỉ lệ đạt chuẩn, chỉ tiêu, kinh phí, danh sách đến hạn công nhận lại;
             nhiều tệp thì có thêm phần tổng hợp chung: mỗi tệp là một đơn vị, đặt tên theo xã,
             phường ghi ở tiêu đề, có bảng tỉ lệ theo đơn vị
  report     bản sao của tệp, thêm trang "Tổng hợp" và "Kết quả kiểm tra"; mọi phần khác của tệp
             được chép nguyên vẹn (tệp .xlsm giữ macro, ghi ra .xlsm); tệp gốc không bao giờ bị ghi đè
  plan       soạn các phần của kế hoạch (mục tiêu, kinh phí, lộ trình, phụ lục) thành tệp Word .docx

  --year     năm kế hoạch (mặc định: năm ghi trong danh sách — tiêu đề, cột, tên tệp —, hoặc năm
             của --date, cuối cùng là năm hiện tại)
  --date     ngày tham chiếu (mặc định: ngày số liệu ghi ở tiêu đề, hoặc 31/12 của năm kế hoạch)
  --column   TRƯỜNG=TIÊU ĐỀ: đọc trường này ở cột có tiêu đề (hoặc chữ cột) đã cho, ví dụ
             --column "action=Kế hoạch năm 2023" hoặc --column "Kinh phí=-" (không có cột này);
             lặp lại cho nhiều cột. TRƯỜNG là mã (name, action, budget…) hoặc tên như trong bảng
             "Cột đã nhận"
  --regime   áp dụng một quy định cho mọi dòng thay vì theo ngày công nhận:
${REGIMES.map((r) => `               ${r.id.padEnd(8)} ${r.label.vi}`).join("\n")}
  --sections các phần của kế hoạch, cách nhau bởi dấu phẩy (mặc định: cả bốn):
${PLAN_SECTIONS.map((s) => `               ${s.padEnd(10)} ${SECTION_NAMES[s]}`).join("\n")}
  --appendix danh sách phụ lục của kế hoạch: table (mặc định, bảng trong văn bản) hoặc xlsx (tệp
             Excel <ke-hoach>-phu-luc.xlsx ghi cạnh tệp .docx, văn bản ghi tên tệp thay cho bảng;
             nên dùng khi phụ lục dài hơn ${formatNumber(APPENDIX_TABLE_LIMIT, "vi")} trường)
  --all-sheets  summarize: mỗi trang tính là danh sách của một đơn vị (mỗi xã một trang)
  --json     in kết quả dạng JSON
  --lang     ngôn ngữ báo cáo: vi (mặc định) hoặc en
  --force    cho phép ghi đè một tệp --out đã có mà không phải do kdcl tạo ra (tệp kdcl tạo
             trước đó được ghi đè không cần --force); tệp được ghi trọn vẹn rồi mới thay tệp cũ

Mã thoát: 0 không có lỗi; 1 có lỗi; 2 không đọc được tệp đầu vào hoặc không ghi được tệp kết quả.
`;
