import type { Lang } from "../../core/text/format";

/** One line saying why an output file could not be written, without a stack trace. */
export function writeFailure(path: string, err: unknown, lang: Lang): string {
  const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
  const reason =
    code === "ENOENT"
      ? { vi: "thư mục không tồn tại", en: "the folder does not exist" }
      : code === "EACCES" || code === "EPERM"
        ? { vi: "không có quyền ghi", en: "permission denied" }
        : code === "EISDIR"
          ? { vi: "đó là một thư mục", en: "it is a folder" }
          : code === "ENOSPC" || code === "EDQUOT"
            ? { vi: "ổ đĩa đã đầy", en: "the disk is full" }
            : code === "EROFS"
              ? { vi: "ổ đĩa chỉ cho đọc", en: "the disk is read-only" }
              : { vi: "lỗi ghi tệp", en: "write error" };
  return lang === "vi" ? `Không ghi được ${path}: ${reason.vi}.` : `Cannot write ${path}: ${reason.en}.`;
}
