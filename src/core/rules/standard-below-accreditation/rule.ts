import { defineRule } from "../rule";
import { BASIS } from "../basis";
import { levelField, placeOf, valueOf } from "../place";

export default defineRule({
  id: "standard-below-accreditation",
  severity: "warning",
  title: {
    vi: "Mức độ CQG thấp hơn kết quả KĐCLGD",
    en: "Standard level below what the accreditation allows",
  },
  fields: ["combinedCode", "accreditation", "standard"],
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
