import { defineRule } from "../rule";

export default defineRule({
  id: "table-not-found",
  severity: "error",
  title: { vi: "Không tìm thấy bảng danh sách", en: "No school list found" },
  fields: [],
  basis: null,
  checkSheet(sheet, report) {
    report({
      place: { sheet, row: null, column: null, cell: null },
      value: null,
      params: { sheet },
    });
  },
});
