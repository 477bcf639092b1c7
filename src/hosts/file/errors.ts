/**
 * An input file the command line or the standalone page cannot read. Carries a one-line message in
 * Vietnamese and in English so hosts can show it without a stack trace (CLI exit code 2).
 */
export type InputErrorKind =
  | "missing"
  | "directory"
  | "empty"
  | "unsupported"
  | "encrypted"
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
        `Không đọc được loại tệp của ${file}: chỉ nhận .xlsx, .xlsm, .xls, .ods hoặc .csv.`,
        `Cannot read the file type of ${file}: only .xlsx, .xlsm, .xls, .ods and .csv are supported.`,
      );
    case "encrypted":
      return new InputError(
        kind,
        `Tệp ${file} có mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.`,
        `File ${file} is password-protected: open it in Excel, remove the password and save it again.`,
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
