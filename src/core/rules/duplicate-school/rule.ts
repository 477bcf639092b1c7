import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf } from "../shared/place";

export default defineRule({
  id: "duplicate-school",
  messages,
  severity: "error",
  needs: [],
  basis: null,
  check({ records }, report) {
    // One school may appear once per action and plan year: a roadmap over several years, or a renewal
    // and an upgrade in one year, is not a duplicate (SPEC §8).
    const first = new Map<string, number>();
    for (const r of records) {
      if (r.name === null) continue;
      const key = `${r.key}|${r.action ?? ""}|${r.action ? r.planYear : ""}`;
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, r.row);
        continue;
      }
      report({ place: placeOf(r, "name"), value: r.name, params: { name: r.name, firstRow: seen } });
    }
  },
});
