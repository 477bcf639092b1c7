/**
 * An input file the command line or the standalone page cannot read. Carries a one-line message in
 * Vietnamese and in English so hosts can show it without a stack trace (CLI exit code 2).
 */
import type { LimitBreach } from "./package/limits";
import { MAX_CELL_TEXT, MAX_PART_BYTES, MAX_PARTS, MAX_TOTAL_BYTES } from "./package/limits";
import { formatNumber } from "../../core/text/format";

export type InputErrorKind =
  | "missing"
  | "unreadable"
  | "read-error"
  | "directory"
  | "empty"
  | "unsupported"
  | "encrypted"
  | "not-workbook"
  | "corrupt"
  | "no-sheets"
  | "encoding"
  | "too-large";

export class InputError extends Error {
  override readonly name = "InputError";

  constructor(
    readonly kind: InputErrorKind,
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** The messages, one place for both languages. */
export function inputError(kind: InputErrorKind, file: string): InputError {
  switch (kind) {
    case "missing":
      return new InputError(kind, `Không tìm thấy tệp ${file}.`, `File not found: ${file}.`);
    case "unreadable":
      return new InputError(
        kind,
        `Không đọc được tệp ${file}: không có quyền đọc tệp này.`,
        `Cannot read ${file}: permission denied.`,
      );
    case "read-error":
      return new InputError(
        kind,
        `Không đọc được tệp ${file}: lỗi khi đọc từ ổ đĩa.`,
        `Cannot read ${file}: the disk reported an error.`,
      );
    case "too-large":
      return new InputError(
        kind,
        `Tệp ${file} quá lớn để đọc trong bộ nhớ của máy này.`,
        `${file} is too large to read in this computer's memory.`,
      );
    case "directory":
      return new InputError(
        kind,
        `${file} là một thư mục, không phải tệp.`,
        `${file} is a directory, not a file.`,
      );
    case "empty":
      return new InputError(kind, `Tệp ${file} rỗng.`, `File ${file} is empty.`);
    case "unsupported":
      return new InputError(
        kind,
        `Không đọc được loại tệp của ${file}: chỉ nhận .xlsx, .xlsm, .xls, .ods hoặc .csv.`,
        `Cannot read the file type of ${file}: only .xlsx, .xlsm, .xls, .ods and .csv are supported.`,
      );
    case "encrypted":
      return new InputError(
        kind,
        `Tệp ${file} có mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.`,
        `File ${file} is password-protected: open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.`,
      );
    case "not-workbook":
      return new InputError(
        kind,
        /\.(xls|ods)$/i.test(file)
          ? `${file} không phải là tệp bảng tính (.xls, .ods) như tên gọi.`
          : `${file} không phải là tệp Excel (.xlsx).`,
        /\.(xls|ods)$/i.test(file)
          ? `${file} is not the spreadsheet (.xls, .ods) its name says.`
          : `${file} is not an Excel workbook (.xlsx).`,
      );
    case "corrupt":
      return new InputError(
        kind,
        `Tệp ${file} bị hỏng hoặc không đầy đủ: không mở được.`,
        `File ${file} is damaged or incomplete and cannot be opened.`,
      );
    case "no-sheets":
      return new InputError(
        kind,
        `Tệp ${file} không có trang tính nào.`,
        `Workbook ${file} has no worksheets.`,
      );
    case "encoding":
      return new InputError(
        kind,
        `Tệp ${file} không phải văn bản UTF-8, UTF-16 hay Windows-1258: hãy lưu lại dạng "CSV UTF-8".`,
        `File ${file} is not UTF-8, UTF-16 or Windows-1258 text: save it again as "CSV UTF-8".`,
      );
  }
}

/** "512 MB", "1,5 GB" (vi) / "1.5 GB" (en). */
function size(bytes: number, lang: "vi" | "en"): string {
  const gb = bytes / 1024 ** 3;
  return gb >= 1 ? `${formatNumber(gb, lang, 1)} GB` : `${formatNumber(bytes / 1024 ** 2, lang, 1)} MB`;
}

function reason(breach: LimitBreach, lang: "vi" | "en"): string {
  const vi = lang === "vi";
  switch (breach.kind) {
    case "parts":
      return vi
        ? `gồm ${formatNumber(breach.count, lang)} phần, quá giới hạn ${formatNumber(MAX_PARTS, lang)} phần`
        : `it holds ${formatNumber(breach.count, lang)} parts, over the limit of ${formatNumber(MAX_PARTS, lang)}`;
    case "part": {
      const limit = size(MAX_PART_BYTES, lang);
      const got = breach.bytes === null ? (vi ? `hơn ${limit}` : `over ${limit}`) : size(breach.bytes, lang);
      return vi
        ? `phần "${breach.part}" giải nén ra ${got}, quá giới hạn ${limit} cho một phần`
        : `part "${breach.part}" inflates to ${got}, over the limit of ${limit} per part`;
    }
    case "total": {
      const limit = size(MAX_TOTAL_BYTES, lang);
      const got = breach.bytes === null ? (vi ? `hơn ${limit}` : `over ${limit}`) : size(breach.bytes, lang);
      return vi
        ? `giải nén ra tổng cộng ${got}, quá giới hạn ${limit}`
        : `it inflates to ${got} in all, over the limit of ${limit}`;
    }
    case "cell":
      return vi
        ? `ô ${breach.sheet}!${breach.cell} có ${formatNumber(breach.length, lang)} ký tự, quá giới hạn ${formatNumber(MAX_CELL_TEXT, lang)} ký tự một ô của Excel`
        : `cell ${breach.sheet}!${breach.cell} holds ${formatNumber(breach.length, lang)} characters, over Excel's limit of ${formatNumber(MAX_CELL_TEXT, lang)}`;
    case "memory":
      return vi ? "không đủ bộ nhớ để đọc" : "it does not fit in memory";
  }
}

/** A file refused for a limit it passes, the limit named in the message. */
export function limitError(breach: LimitBreach, file: string): InputError {
  if (breach.kind === "memory") return inputError("too-large", file);
  return new InputError(
    "too-large",
    `Tệp ${file} quá lớn hoặc bất thường nên không được đọc: ${reason(breach, "vi")}.`,
    `${file} is too large or unusual to read: ${reason(breach, "en")}.`,
  );
}
