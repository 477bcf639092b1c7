/**
 * What can stop the Word host, as a kind the pane can act on and a one-line message in Vietnamese and
 * in English (as the file host's InputError carries them), plus Word's own words when they help.
 */
export type WordErrorKind =
  /** Word lacks WordApi 1.1 (Word 2013), which `insertFileFromBase64` needs. */
  | "unsupported"
  /** No document is open, or Word cannot find the cursor. */
  | "no-document"
  /** Read-only, restricted editing, a locked content control: Word refuses the edit. */
  | "protected"
  /** Word does not take a file where the cursor is (a header, a footnote, a text box…). */
  | "location"
  /** Above what one insertion may carry. */
  | "too-large"
  /** The document's settings could not be saved. */
  | "settings"
  /** Anything else Word answered. */
  | "failed";

const MESSAGES: Readonly<Record<WordErrorKind, { readonly vi: string; readonly en: string }>> = {
  unsupported: {
    vi: "Phiên bản Word này không chèn được tệp vào tài liệu (cần WordApi 1.1: Word 2016 trở lên, Microsoft 365, Word trên web hoặc Word cho Mac). Hãy tải file kế hoạch (.docx) từ phần bổ trợ trong Excel rồi mở bằng Word.",
    en: "This version of Word cannot insert a file into the document (WordApi 1.1 is needed: Word 2016 or later, Microsoft 365, Word on the web or Word for Mac). Download the plan (.docx) from the add-in in Excel and open it in Word.",
  },
  "no-document": {
    vi: "Không tìm thấy tài liệu đang mở hoặc vị trí con trỏ. Hãy bấm vào trong thân tài liệu rồi thử lại.",
    en: "No open document or cursor position was found. Click inside the body of the document and try again.",
  },
  protected: {
    vi: "Tài liệu đang ở chế độ chỉ đọc hoặc bị hạn chế chỉnh sửa nên không chèn được. Hãy bấm Bật chỉnh sửa, hoặc bỏ bảo vệ tài liệu (Xem lại › Hạn chế chỉnh sửa), rồi thử lại.",
    en: "The document is read-only or has restricted editing, so nothing can be inserted. Choose Enable Editing, or stop the protection (Review › Restrict Editing), and try again.",
  },
  location: {
    vi: "Word không cho chèn tại vị trí con trỏ. Hãy đặt con trỏ vào thân văn bản (không ở đầu trang, chân trang, chú thích, hộp văn bản hay vùng bị khóa) rồi thử lại.",
    en: "Word does not accept an insertion at the cursor. Put the cursor in the body text (not in a header, footer, footnote, text box or locked area) and try again.",
  },
  "too-large": {
    vi: "Kế hoạch quá lớn để chèn một lần (Word nhận tối đa 4 MB). Hãy bỏ phần Phụ lục rồi thử lại, hoặc dùng file kế hoạch tải về từ Excel.",
    en: "The plan is too large to insert at once (Word takes at most 4 MB). Leave out the Appendix and try again, or use the plan file downloaded from Excel.",
  },
  settings: {
    vi: "Không lưu được cài đặt vào tài liệu. Lựa chọn vẫn được dùng trong lần làm việc này nhưng sẽ không được nhớ.",
    en: "The settings could not be saved in the document. They are used for this session but will not be remembered.",
  },
  failed: {
    vi: "Word không chèn được kế hoạch. Hãy thử lại; nếu vẫn lỗi, hãy lưu tài liệu, mở lại rồi thử lại.",
    en: "Word could not insert the plan. Try again; if it still fails, save the document, open it again and retry.",
  },
};

export class WordHostError extends Error {
  override readonly name = "WordHostError";
  readonly vi: string;
  readonly en: string;

  constructor(
    readonly kind: WordErrorKind,
    /** Word's own message (first line), or null. */
    readonly detail: string | null = null,
  ) {
    super(MESSAGES[kind].en);
    this.vi = MESSAGES[kind].vi;
    this.en = MESSAGES[kind].en;
  }
}

function firstLine(cause: unknown): string | null {
  const text = cause instanceof Error ? cause.message : typeof cause === "string" ? cause : null;
  const line = (text ?? "").split("\n")[0]?.trim() ?? "";
  return line === "" ? null : line.slice(0, 200);
}

/** The error code office-js puts on its errors (OfficeExtension.Error `code`, also in `debugInfo`). */
function codeOf(cause: unknown): string | null {
  if (typeof cause !== "object" || cause === null) return null;
  const c = cause as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof c.code === "string") return c.code;
  if (typeof c.debugInfo?.code === "string") return c.debugInfo.code;
  return null;
}

/** Maps what `Word.run` threw to a kind the user can act on; keeps Word's words as the detail. */
export function wordErrorFrom(cause: unknown): WordHostError {
  if (cause instanceof WordHostError) return cause;
  const detail = firstLine(cause);
  switch (codeOf(cause)) {
    case "AccessDenied":
    case "NotAllowed":
      return new WordHostError("protected", detail);
    case "InvalidArgument":
      return new WordHostError("location", detail);
    case "ItemNotFound":
      return new WordHostError("no-document", detail);
    case "RequestPayloadSizeLimitExceeded":
      return new WordHostError("too-large", detail);
    case "ApiNotFound":
    case "NotImplemented":
      return new WordHostError("unsupported", detail);
    default:
      return new WordHostError("failed", detail);
  }
}
