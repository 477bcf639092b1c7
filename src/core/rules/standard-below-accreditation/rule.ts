import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { levelField, placeOf, valueOf } from "../shared/place";

export default defineRule({
  id: "standard-below-accreditation",
  messages,
  severity: "warning",
  needs: [["combinedCode", "accreditation", "standard"]],
  basis: BASIS.levels,
  check({ records }, report) {
    for (const r of records) {
      const { accreditation, standard } = r.levels;
      const { regime } = r.regime;
      if (!regime.linkedLevels || accreditation === null || standard !== 1) continue;
      if (accreditation > regime.accreditationMax || accreditation < regime.standardRequires[2]) continue;
      const field = levelField(r, "standard");
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { standard, accreditation },
        regime: r.regime,
      });
    }
  },
});
