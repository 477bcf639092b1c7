import { formatNumber } from "../../core/text/format";
import type { RevertToken } from "../host";

/**
 * An action on the workbook (a fix, a highlight, the result sheets) that failed, and what it left:
 * either nothing changed (`restored`: what was written midway was put back), or the exact undo of
 * what is still changed (`left`), for the pane to offer. The one line the user reads says both, in
 * each language; the pane shows the one it speaks.
 */
export type HostAction = "edits" | "highlight" | "output";

export interface ActionFailure {
  readonly action: HostAction;
  /** Office's error code (`AccessDenied`, `GeneralException`…) or null when there was none. */
  readonly code: string | null;
  /** True when the workbook is as it was before the action. */
  readonly restored: boolean;
  /** False when the action failed before writing anything (a read, a look); true when absent. */
  readonly begun?: boolean;
  /** When not everything could be put back: the undo of what is still changed. */
  readonly left: RevertToken | null;
  /** Sheets the action could not clean up yet (result sheets only). */
  readonly sheets?: readonly string[];
  /** The action was refused before it began because the workbook's structure is protected. */
  readonly structureProtected?: boolean;
}

const n = (x: number): string => formatNumber(x, "vi");
const cellsEn = (x: number): string => `${formatNumber(x, "en")} ${x === 1 ? "cell" : "cells"}`;
const quoted = (names: readonly string[], open: string, close: string): string =>
  names.map((s) => `${open}${s}${close}`).join(", ");

function say(f: ActionFailure): { vi: string; en: string } {
  const why = f.code === null ? "" : ` (${f.code})`;
  if (f.structureProtected)
    return {
      vi: "Sổ làm việc đang được bảo vệ cấu trúc nên không thêm được trang kết quả; không có gì thay đổi.",
      en: "The workbook's structure is protected, so no result sheet can be added; nothing was changed.",
    };
  const cells = f.left?.cells ?? 0;
  if (f.begun === false)
    switch (f.action) {
      case "edits":
        return {
          vi: `Không sửa được: Excel báo lỗi${why} trước khi ghi; trang tính không thay đổi.`,
          en: `Nothing was fixed: Excel failed${why} before writing; the sheet is unchanged.`,
        };
      case "highlight":
        return {
          vi: `Không tô màu được: Excel báo lỗi${why} trước khi tô; định dạng các ô không thay đổi.`,
          en: `Nothing was highlighted: Excel failed${why} before colouring; the cells' formatting is unchanged.`,
        };
      case "output":
        return {
          vi: `Không ghi được trang kết quả: Excel báo lỗi${why} trước khi ghi; sổ làm việc không thay đổi.`,
          en: `The result sheets were not written: Excel failed${why} before writing; the workbook is unchanged.`,
        };
    }
  switch (f.action) {
    case "edits":
      return f.restored
        ? {
            vi: `Không sửa được: Excel báo lỗi giữa chừng${why}. Các ô đã ghi được đặt lại như cũ; trang tính không thay đổi.`,
            en: `Nothing was fixed: Excel failed midway${why}. The cells already written were put back; the sheet is unchanged.`,
          }
        : {
            vi: `Excel báo lỗi giữa chừng khi sửa${why}; ${n(cells)} ô có thể đã bị ghi và chưa đặt lại được. Bấm Hoàn tác để đặt lại các ô đó.`,
            en: `Excel failed midway through the fix${why}; ${cellsEn(cells)} may have been written and could not be put back yet. Click Undo to put them back.`,
          };
    case "highlight":
      return f.restored
        ? {
            vi: `Không tô màu được: Excel báo lỗi giữa chừng${why}. Các ô đã tô được trả lại định dạng cũ.`,
            en: `Nothing was highlighted: Excel failed midway${why}. The cells already coloured got their formatting back.`,
          }
        : {
            vi: `Excel báo lỗi giữa chừng khi tô màu${why}; ${n(cells)} ô có thể đã bị tô và chưa trả lại được. Bấm Bỏ đánh dấu để trả lại định dạng cũ.`,
            en: `Excel failed midway through the highlight${why}; ${cellsEn(cells)} may have been coloured and could not be restored yet. Click Remove highlight to restore them.`,
          };
    case "output": {
      if (f.restored)
        return {
          vi: `Không ghi được trang kết quả: Excel báo lỗi giữa chừng${why}. Phần vừa ghi đã được xóa; các trang kết quả cũ vẫn như trước.`,
          en: `The result sheets were not written: Excel failed midway${why}. What was written was removed; the earlier result sheets are as they were.`,
        };
      const sheets = f.sheets ?? [];
      return {
        vi: `Không ghi được trang kết quả: Excel báo lỗi giữa chừng${why} và chưa dọn được ${quoted(sheets, "“", "”")}. Lần Xuất kết quả sau sẽ dọn và khôi phục các trang kết quả cũ trước khi ghi.`,
        en: `The result sheets were not written: Excel failed midway${why} and ${quoted(sheets, '"', '"')} could not be cleaned up yet. The next Export results will clean up and bring back the earlier result sheets before writing.`,
      };
    }
  }
}

export class HostActionError extends Error implements ActionFailure {
  override readonly name = "HostActionError";
  readonly action: HostAction;
  readonly code: string | null;
  readonly restored: boolean;
  readonly left: RevertToken | null;
  readonly sheets: readonly string[];
  readonly structureProtected: boolean;
  readonly vi: string;
  readonly en: string;

  constructor(failure: ActionFailure) {
    super("");
    this.action = failure.action;
    this.code = failure.code;
    this.restored = failure.restored;
    this.left = failure.left;
    this.sheets = failure.sheets ?? [];
    this.structureProtected = failure.structureProtected ?? false;
    const text = say(failure);
    this.vi = text.vi;
    this.en = text.en;
    this.message = text.vi;
  }
}

/** Office's code for a failure (`error.code`, else `debugInfo.code`), or null. */
export function officeCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && code !== "") return code;
  const info = (e as { debugInfo?: { code?: unknown } }).debugInfo;
  return typeof info?.code === "string" && info.code !== "" ? info.code : null;
}
