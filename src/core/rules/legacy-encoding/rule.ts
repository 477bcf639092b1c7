import type { Localized } from "../../text/localized";
import { defineRule } from "../rule";
import { messages } from "./messages";

/** The State's rule on Vietnamese text in electronic documents: Unicode, TCVN 6909:2001. */
const UNICODE_DECISION: Localized = {
  vi: "Quyết định 72/2002/QĐ-TTg (dùng bộ mã chữ Việt Unicode theo TCVN 6909:2001 trong trao đổi thông tin điện tử của cơ quan nhà nước)",
  en: "Decision 72/2002/QĐ-TTg (Vietnamese text in Unicode, TCVN 6909:2001, in state bodies' electronic exchange)",
};

/**
 * One finding per legacy column, at its first converted cell, whose fix converts every cell of the
 * column at once (SPEC: "report it once", "Chuyển sang Unicode" with preview and exact undo).
 */
export default defineRule({
  id: "legacy-encoding",
  messages,
  severity: "warning",
  needs: [],
  basis: () => UNICODE_DECISION,
  checkText(columns, headerOf, report) {
    for (const column of columns) {
      const [first, ...rest] = column.cells;
      if (!first) continue;
      report({
        place: { sheet: column.sheet, row: first.row, column: headerOf(column), cell: first.cell },
        value: first.value,
        params: {
          encoding: column.encoding === "tcvn3" ? "TCVN3" : "VNI",
          cells: column.cells.length,
          sample: { from: first.value, to: first.next },
        },
        fix: first.next,
        ...(rest.length > 0
          ? { fixMore: rest.map((c) => ({ cell: c.cell, value: c.value, next: c.next })) }
          : {}),
      });
    }
  },
});
