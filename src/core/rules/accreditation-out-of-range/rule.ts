import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { levelField, placeOf, valueOf } from "../shared/place";

export default defineRule({
  id: "accreditation-out-of-range",
  messages,
  severity: "error",
  needs: [["combinedCode", "accreditation"]],
  basis: BASIS.levels,
  check({ records }, report) {
    for (const r of records) {
      const level = r.levels.accreditation;
      if (level === null) continue;
      const { regime } = r.regime;
      const field = levelField(r, "accreditation");
      if (level >= 1 && level <= 4 && level > regime.accreditationMax) {
        // Only the unconfirmed two-level regime objects to cấp độ 3–4: a warning, never an error.
        report({
          place: placeOf(r, field),
          value: valueOf(r, field),
          params: { level, max: regime.accreditationMax, unconfirmed: true },
          severity: "warning",
          regime: r.regime,
        });
      } else if (level < 1 || level > 4) {
        report({
          place: placeOf(r, field),
          value: valueOf(r, field),
          params: { level, max: 4, unconfirmed: false },
          regime: r.regime,
        });
      }
    }
  },
});
