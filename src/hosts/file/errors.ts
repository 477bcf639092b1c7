/**
 * An input file the command line or the standalone page cannot read. Carries a one-line message in
 * Vietnamese and in English so hosts can show it without a stack trace (CLI exit code 2).
 */
export type InputErrorKind =
  | "missing"
  | "directory"
  | "empty"
  | "unsupported"
  | "xls"
  | "not-workbook"
  | "corrupt"
  | "no-sheets"
  | "encoding";

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
        `Không đọc được loại tệp của ${file}: chỉ nhận .xlsx, .xlsm hoặc .csv.`,
        `Cannot read the file type of ${file}: only .xlsx, .xlsm and .csv are supported.`,
      );
    case "xls":
      return new InputError(
        kind,
        `${file} là tệp Excel cũ (.xls): hãy mở bằng Excel và lưu thành .xlsx.`,
        `${file} is an old Excel file (.xls): open it in Excel and save it as .xlsx.`,
      );
    case "not-workbook":
      return new InputError(
        kind,
        `${file} không phải là tệp Excel (.xlsx).`,
        `${file} is not an Excel workbook (.xlsx).`,
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
        `Tệp ${file} không được mã hóa UTF-8: hãy lưu lại dạng "CSV UTF-8".`,
        `File ${file} is not UTF-8 text: save it again as "CSV UTF-8".`,
      );
  }
}
