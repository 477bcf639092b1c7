import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { isUndated } from "../../records/interpret";
import { canonicalCode } from "../../schools/codes";
import { DEFAULT_REGIME, regimeById } from "../../schools/regimes";
import { placeOf, valueOf } from "../shared/place";

export default defineRule({
  id: "upgrade-not-higher",
  messages,
  severity: "error",
  needs: [["action"], ["combinedCode", "accreditation", "standard", "target"]],
  basis: BASIS.upgrade,
  check({ table, records }, report) {
    // In an undated plan list the code already is the level to reach: there is no current level to compare.
    if (isUndated(table) && !table.columns.target) return;
    for (const r of records) {
      if (r.action !== "upgrade") continue;
      const cur = r.levels;
      if (cur.accreditation === null && cur.standard === null) continue;
      const { regime } = r.regime;
      const target = r.target;
      let higher: boolean;
      let targetText: string;
      let severity: "error" | "warning" = "error";
      if (target && (target.accreditation !== null || target.standard !== null)) {
        higher =
          (target.accreditation ?? 0) > (cur.accreditation ?? 0) ||
          (target.standard ?? 0) > (cur.standard ?? 0);
        targetText = canonicalCode(target.accreditation, target.standard);
      } else {
        // Without a stated target the next level up is meant: there must be one.
        const below = (max: { accreditationMax: number; standardMax: number }): boolean =>
          (cur.accreditation ?? 0) < max.accreditationMax || (cur.standard ?? 0) < max.standardMax;
        higher = below(regime);
        targetText = "—";
        // Only the unconfirmed regime has fewer levels: what only it finds is a warning (SPEC §5).
        if (!regime.confirmed && below(regimeById(DEFAULT_REGIME))) severity = "warning";
      }
      if (higher) continue;
      const field = table.columns.target ? "target" : r.cells.combinedCode ? "combinedCode" : "action";
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { current: canonicalCode(cur.accreditation, cur.standard), target: targetText },
        severity,
        regime: r.regime,
      });
    }
  },
});
