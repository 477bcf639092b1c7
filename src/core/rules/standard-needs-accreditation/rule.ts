import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { levelField, placeOf, softened, valueOf } from "../shared/place";

export default defineRule({
  id: "standard-needs-accreditation",
  messages,
  severity: "error",
  needs: [["combinedCode", "accreditation", "standard"]],
  basis: BASIS.levels,
  check({ records }, report) {
    for (const r of records) {
      const { accreditation, standard } = r.levels;
      const { regime } = r.regime;
      if (!regime.linkedLevels || accreditation === null || (standard !== 1 && standard !== 2)) continue;
      if (accreditation < 1 || accreditation > 4) continue; // out of range: reported on its own
      const required = regime.standardRequires[standard];
      if (accreditation >= required) continue;
      const field = levelField(r, "standard");
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { standard, accreditation, required },
        severity: softened("error", r.regime),
        regime: r.regime,
      });
    }
  },
});
