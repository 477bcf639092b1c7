import { isCellError } from "../../grid";
import { a1 } from "../../grid";
import { defineRule } from "../rule";
import { messages } from "./messages";

export default defineRule({
  id: "cell-error",
  messages,
  severity: "error",
  needs: [],
  basis: null,
  check({ table }, report) {
    const headers = new Map<number, string>();
    for (const c of Object.values(table.columns)) if (c) headers.set(c.col, c.header);
    for (const o of table.otherColumns) headers.set(o.col, o.header);
    for (const row of table.rows) {
      if (row.kind === "blank" || row.kind === "footer") continue;
      for (let i = 0; i < row.values.length; i++) {
        const v = row.values[i];
        if (!isCellError(v)) continue;
        const col = table.left + i;
        report({
          place: {
            sheet: table.sheet,
            row: row.row,
            column: headers.get(col) ?? null,
            cell: a1(row.row, col),
          },
          value: v.error,
          params: { error: v.error },
        });
      }
    }
  },
});
