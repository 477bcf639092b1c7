import { defineRule } from "../rule";
import { placeOf, valueOf } from "../place";

export default defineRule({
  id: "action-unknown",
  severity: "warning",
  title: { vi: "Hình thức công nhận không rõ", en: "Unknown planned action" },
  fields: ["action"],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      const a = r.actionCell;
      if (!a || a.kind !== "invalid") continue;
      report({ place: placeOf(r, "action"), value: valueOf(r, "action"), params: { text: a.text } });
    }
  },
});
