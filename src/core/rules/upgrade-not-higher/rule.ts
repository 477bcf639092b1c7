import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { canonicalCode } from "../../schools/codes";
import { placeOf, valueOf } from "../shared/place";
import { upgradeAim } from "../shared/upgrade";

export default defineRule({
  id: "upgrade-not-higher",
  messages,
  severity: "error",
  needs: [["action"], ["combinedCode", "accreditation", "standard", "target"]],
  basis: BASIS.upgrade,
  check({ table, records }, report) {
    for (const r of records) {
      if (r.action !== "upgrade") continue;
      // Without a stated target the next level up is meant: there must be one (upgradeAim decides).
      const aim = upgradeAim(r);
      if (aim.notHigher === null) continue;
      const cur = aim.from;
      const field = table.columns.target ? "target" : r.cells.combinedCode ? "combinedCode" : "action";
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: {
          current: canonicalCode(cur.accreditation, cur.standard),
          target:
            aim.stated && aim.target ? canonicalCode(aim.target.accreditation, aim.target.standard) : "—",
        },
        severity: aim.notHigher,
        regime: r.regime,
      });
    }
  },
});
