import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf } from "../shared/place";

export default defineRule({
  id: "duplicate-school",
  messages,
  severity: "error",
  needs: [],
  basis: null,
  check({ records, planList }, report) {
    const first = new Map<string, number>();
    // In a plan list one school may appear once per action and year; only a repeat of those is a duplicate.
    // A list of all schools that merely has an action column lists each school once (SPEC §8, §9).
    const byAction = planList;
    for (const r of records) {
      if (r.name === null) continue;
      const key = byAction ? `${r.key}|${r.action ?? ""}|${r.planYear}` : r.key;
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, r.row);
        continue;
      }
      report({ place: placeOf(r, "name"), value: r.name, params: { name: r.name, firstRow: seen } });
    }
  },
});
