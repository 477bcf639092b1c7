import { defineRule } from "../rule";
import { messages } from "./messages";
import type { Place } from "../rule";
import { isNotSchool } from "../../schools/types";

export default defineRule({
  id: "missing-column",
  messages,
  severity: "warning",
  needs: [],
  basis: null,
  check({ table, records, others }, report) {
    const place: Place = { sheet: table.sheet, row: table.headerRow, column: null, cell: null };
    const c = table.columns;
    // The type column is only needed when names do not say the level themselves.
    // Childcare groups and centres are no schools: their names need no level.
    if (!c.type && records.some((r) => r.name !== null && r.nameType === null && !isNotSchool(r.name))) {
      report({ place, value: null, params: { column: "type" } });
    }
    if (!c.combinedCode && !c.accreditation && !c.standard) {
      // A plan's sheet beside the status sheet that holds the levels lacks nothing.
      const elsewhere = others.some((r) => {
        const o = r.table.columns;
        return o.combinedCode !== undefined || o.accreditation !== undefined || o.standard !== undefined;
      });
      if (!elsewhere) report({ place, value: null, params: { column: "codes" } });
    } else if (!c.combinedCode && c.standard && !c.accreditation) {
      report({ place, value: null, params: { column: "accreditation" } });
    } else if (!c.combinedCode && c.accreditation && !c.standard) {
      report({ place, value: null, params: { column: "standard" } });
    }
  },
});
