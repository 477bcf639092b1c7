import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, showDate } from "../shared/place";

export default defineRule({
  id: "duplicate-school",
  messages,
  severity: "error",
  needs: [],
  basis: null,
  check({ records, table }, report) {
    // One school may appear once per action and plan year: a roadmap over several years, or a renewal
    // and an upgrade in one year, is not a duplicate (SPEC §8). In a history of recognitions, once
    // per recognition: its rows are the school's first recognition and the later ones.
    const history = table.history === true;
    const first = new Map<string, number>();
    for (const r of records) {
      if (r.name === null) continue;
      const key = history
        ? `${r.key}|${r.recognised ? showDate(r.recognised) : `#${r.row}`}`
        : `${r.key}|${r.action ?? ""}|${r.action ? r.planYear : ""}`;
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, r.row);
        continue;
      }
      const params = history && r.recognised ? { recognised: showDate(r.recognised) } : {};
      report({
        place: placeOf(r, "name"),
        value: r.name,
        params: { name: r.name, firstRow: seen, ...params },
      });
    }
  },
});
