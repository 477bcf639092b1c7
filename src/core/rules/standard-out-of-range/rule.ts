import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { levelField, placeOf, valueOf } from "../shared/place";

export default defineRule({
  id: "standard-out-of-range",
  messages,
  severity: "error",
  needs: [["combinedCode", "standard"]],
  basis: BASIS.levels,
  check({ records }, report) {
    for (const r of records) {
      const level = r.levels.standard;
      if (level === null || (level >= 1 && level <= r.regime.regime.standardMax)) continue;
      const field = levelField(r, "standard");
      report({ place: placeOf(r, field), value: valueOf(r, field), params: { level }, regime: r.regime });
    }
  },
});
