import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, valueOf } from "../shared/place";

export default defineRule({
  id: "action-unknown",
  messages,
  severity: "warning",
  needs: [["action"]],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      const a = r.actionCell;
      if (!a || a.kind !== "invalid") continue;
      report({ place: placeOf(r, "action"), value: valueOf(r, "action"), params: { text: a.text } });
    }
  },
});
