import { buildPlan } from "../../../src/core/plan/build";
import { planChanges } from "../../../src/core/plan/changes";
import type { PlanDocument, PlanSectionId } from "../../../src/core/plan/model";
import { PLAN_SECTIONS } from "../../../src/core/plan/model";
import { fingerprint, parsePartTag, partBlocks, partTag, partText } from "../../../src/core/plan/parts";
import { planRefresh } from "../../../src/core/plan/refresh";
import { blockText } from "../../../src/core/plan/text";
import { KONTUM_PLAN_YEAR } from "../../fixtures/kontum";
import { checkGrids, KONTUM_HEADER } from "./helpers";
import { ADDED_SCHOOL, kontumGrids } from "./kontum-variant";

function plan(later: boolean, sections: readonly PlanSectionId[] = PLAN_SECTIONS, lang: "vi" | "en" = "vi") {
  const { summary, records } = checkGrids(kontumGrids(later), KONTUM_PLAN_YEAR);
  return buildPlan({ summary, records, header: KONTUM_HEADER, sections, lang });
}

const before = plan(false);
const after = plan(true);

function textOf(p: PlanDocument, id: string): string {
  const part = p.parts.find((x) => x.id === id);
  if (!part) throw new Error(`no ${id}`);
  return partBlocks(p, part).map(blockText).join("\n");
}

describe("parts of a plan", () => {
  test("the five parts, in document order, hold the figures and none of the headings", () => {
    expect(before.parts.map((p) => p.id)).toEqual(["coverage", "targets", "budget", "renewals", "appendix"]);
    let end = 0;
    for (const part of before.parts) {
      expect(part.start).toBeGreaterThanOrEqual(end);
      expect(part.end).toBeGreaterThan(part.start);
      end = part.end;
      for (const block of partBlocks(before, part))
        expect(block.kind === "heading" && block.level === 1).toBe(false);
    }
    expect(textOf(before, "coverage")).toContain("35/57 trường, tỉ lệ 61,40%");
    expect(textOf(before, "budget")).toContain("Tổng kinh phí: 44.497 triệu đồng");
    expect(textOf(before, "appendix")).toContain("TH Trần Hưng Đạo");
    expect(before.parts.map((p) => p.title)).toEqual([
      "Số liệu tự động: Tỷ lệ đạt chuẩn",
      "Số liệu tự động: Chỉ tiêu công nhận",
      "Số liệu tự động: Kinh phí",
      "Số liệu tự động: Danh sách đến hạn công nhận lại",
      "Số liệu tự động: Phụ lục",
    ]);
    expect(plan(false, PLAN_SECTIONS, "en").parts[0]?.title).toBe("Automatic figures: Coverage");
  });

  test("follow the sections chosen; the headings the user may renumber stay outside", () => {
    const budgetOnly = plan(false, ["budget"]);
    expect(budgetOnly.parts.map((p) => p.id)).toEqual(["budget"]);
    const [part] = budgetOnly.parts;
    expect(budgetOnly.blocks[(part?.start ?? 0) - 1]).toMatchObject({ kind: "heading", level: 2 });
  });

  test("figures: coverage now and projected, schools planned, budget, renewals due, appendix rows", () => {
    expect(before.parts.map((p) => p.figures)).toEqual([
      { part: "coverage", now: expect.any(Object), projected: { standard: 35, schools: 57 } },
      { part: "targets", count: 6 },
      { part: "budget", amount: 44497 },
      { part: "renewals", count: expect.any(Number) },
      { part: "appendix", count: 6 },
    ]);
    expect(after.parts[1]?.figures).toEqual({ part: "targets", count: 7 });
    expect(textOf(after, "appendix")).toContain(ADDED_SCHOOL);
  });
});

describe("tags", () => {
  test("carry part, version, year, fingerprint and figures, under Word's 64 characters, and read back", () => {
    for (const part of before.parts) {
      const tag = part.tag;
      expect(partTag(before, part)).toBe(tag);
      expect(tag.length).toBeLessThan(64);
      expect(tag).toMatch(new RegExp(`^kdcl:${part.id}:1:2023:[0-9a-f]{8}:`));
      expect(parsePartTag(tag)).toEqual({
        part: part.id,
        version: 1,
        planYear: 2023,
        fingerprint: fingerprint(partText(partBlocks(before, part))),
        figures: part.figures,
      });
    }
    expect(partTag(before, before.parts[2] as never)).toMatch(/:44497$/);
  });

  test("a tag that is not ours, damaged or of a later version reads as null", () => {
    for (const tag of [
      "",
      "kdcl:coverage",
      "kdcl:summary:1:2023:0badf00d:1",
      "kdcl:budget:2:2023:0badf00d:1",
      "kdcl:budget:1:2023:XYZ:1",
      "kdcl:coverage:1:2023:0badf00d:58/57,-",
      "kdcl:targets:1:2023:0badf00d:abc",
      "kdcl:budget:1:2023:0badf00d:44.497,5",
      "other:budget:1:2023:0badf00d:1",
    ])
      expect(parsePartTag(tag)).toBeNull();
    expect(parsePartTag("kdcl:coverage:1:2023:0badf00d:-,-")?.figures).toEqual({
      part: "coverage",
      now: null,
      projected: null,
    });
  });

  test("the fingerprint ignores how Word breaks lines and cells, and NFD, but sees an edited figure", () => {
    const written = "- Đến nay: 29/57 trường\r- Cuối năm: 35/57 trường, tỉ lệ 61,40%";
    const word = "-  Đến nay: 29/57 trường\v\r- Cuối năm:\t35/57 trường, tỉ lệ 61,40%\r\u0007";
    expect(fingerprint(word.normalize("NFD"))).toBe(fingerprint(written));
    expect(fingerprint(written.replace("61,40", "61,4"))).not.toBe(fingerprint(written));
  });
});

describe("changes between two plans", () => {
  test("old → new of the figures that moved, and nothing for the same plan", () => {
    expect(planChanges(before, after)).toEqual([
      {
        figure: "projected",
        part: "coverage",
        from: { kind: "ratio", standard: 35, schools: 57 },
        to: { kind: "ratio", standard: 36, schools: 57 },
      },
      {
        figure: "targets",
        part: "targets",
        from: { kind: "count", count: 6 },
        to: { kind: "count", count: 7 },
      },
      {
        figure: "budget",
        part: "budget",
        from: { kind: "amount", amount: 44497 },
        to: { kind: "amount", amount: 45100 },
      },
      {
        figure: "appendix",
        part: "appendix",
        from: { kind: "count", count: 6 },
        to: { kind: "count", count: 7 },
      },
    ]);
    expect(planChanges(before, plan(false))).toEqual([]);
  });
});

describe("planning a refresh", () => {
  const controls = (p: PlanDocument, edit: (id: string, text: string) => string = (_, t) => t) =>
    p.parts.map((part, i) => ({
      id: 10 + i,
      tag: partTag(p, part),
      text: edit(part.id, partText(partBlocks(p, part))),
    }));

  test("every control gets its part of the new plan, with the figures old → new", () => {
    const r = planRefresh(controls(before), after);
    expect(r.updates.map((u) => [u.id, u.part.id, u.edited, u.unchanged])).toEqual([
      [10, "coverage", false, false],
      [11, "targets", false, false],
      [12, "budget", false, false],
      [13, "renewals", false, true],
      [14, "appendix", false, false],
    ]);
    expect(r.updates[2]?.newTag).toBe(after.parts[2]?.tag);
    expect(r.changes).toEqual(planChanges(before, after));
    expect(r).toMatchObject({ missing: [], dropped: [], otherYears: [], unreadable: 0 });
  });

  test("an edited control is flagged; a deleted one is missing; one found twice is filled twice", () => {
    const found = controls(before, (id, t) => (id === "budget" ? t.replace("44.497", "44.500") : t));
    const appendix = found.pop();
    const twice = [...found, { ...(found[0] as (typeof found)[0]), id: 99 }];
    const r = planRefresh(twice, after);
    expect(r.updates.filter((u) => u.edited).map((u) => u.part.id)).toEqual(["budget"]);
    expect(r.updates.map((u) => u.id)).toEqual([10, 11, 12, 13, 99]);
    expect(r.missing).toEqual(["appendix"]);
    expect(r.changes.map((c) => c.figure)).toEqual(["projected", "targets", "budget"]);
    expect(appendix?.tag).toMatch(/^kdcl:appendix:/);
  });

  test("controls of another plan year, later versions and the user's own controls are left alone", () => {
    const found = [
      ...controls(before),
      { id: 1, tag: "kdcl:coverage:1:2022:0badf00d:30/57,31/57", text: "2022" },
      { id: 2, tag: "kdcl:coverage:7:2023:0badf00d:x", text: "later" },
      { id: 3, tag: "Chữ ký", text: "Nguyễn Văn A" },
    ];
    const r = planRefresh(found, after);
    expect(r.updates.map((u) => u.id)).toEqual([10, 11, 12, 13, 14]);
    expect(r.otherYears).toEqual([2022]);
    expect(r.unreadable).toBe(1);
  });

  test("a part the new plan no longer gives is dropped, not emptied", () => {
    const r = planRefresh(controls(before), plan(true, ["targets", "renewals", "appendix"]));
    expect(r.dropped).toEqual(["budget"]);
    expect(r.updates.map((u) => u.part.id)).not.toContain("budget");
  });
});
