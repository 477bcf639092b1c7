import { defineRule } from "../rule";
import { messages } from "./messages";

export default defineRule({
  id: "table-not-found",
  messages,
  severity: "error",
  needs: [],
  basis: null,
  checkSheet(sheet, report) {
    report({
      place: { sheet, row: null, column: null, cell: null },
      value: null,
      params: { sheet },
    });
  },
});
