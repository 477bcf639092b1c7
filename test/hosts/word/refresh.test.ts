/**
 * "Cập nhật số liệu" through the Word host on the fake Word: only the tagged parts change, everything
 * the user wrote before, after and between them stays byte for byte; a read is one sync and a
 * refill two, whatever the list's size or how many parts the document holds.
 */
import { checkGrids } from "../../../src/app/check";
import type { PlanRequest } from "../../../src/app/plan";
import { refreshOf } from "../../../src/app/plan";
import type { FoundControl } from "../../../src/core/plan/refresh";
import { createWordHost } from "../../../src/hosts/word/host";
import type { WordHost } from "../../../src/hosts/word/host";
import type { PartReplacement } from "../../../src/hosts/word/parts";
import { renderPartBase64 } from "../../../src/render/docx/parts";
import { renderPlanBase64 } from "../../../src/render/docx/render";
import { KONTUM_PLAN_YEAR } from "../../fixtures/kontum";
import { KONTUM_HEADER } from "../../core/plan/helpers";
import { kontumGrids } from "../../core/plan/kontum-variant";
import { TODAY } from "../../helpers/sheet";
import type { FakeNode, InstalledFakeWord } from "../../fakes/word";
import { controlsOf, installFakeWord, outline, wordDocument } from "../../fakes/word";

const REQUEST: PlanRequest = {
  header: {
    issuingBody: KONTUM_HEADER.issuingBody,
    place: KONTUM_HEADER.place,
    number: KONTUM_HEADER.number,
    date: KONTUM_HEADER.date,
  },
  sections: ["targets", "budget", "renewals", "appendix"],
  lang: "vi",
};
const check = (later: boolean) =>
  checkGrids(kontumGrids(later), { planYear: KONTUM_PLAN_YEAR }, { today: TODAY });

let word: InstalledFakeWord | null = null;
afterEach(() => {
  word?.uninstall();
  word = null;
});

function fake(): InstalledFakeWord {
  if (!word) throw new Error("setup first");
  return word;
}

/** A letter with the plan of the earlier list inserted at the cursor, then written around by the user. */
async function letterWithPlan(times = 1): Promise<WordHost> {
  word = installFakeWord(
    wordDocument({ before: ["Kính gửi: Các trường học trên địa bàn."], after: ["Nơi nhận:"] }),
  );
  const host = await createWordHost();
  const { plan } = refreshOf(check(false), REQUEST, []);
  for (let i = 0; i < times; i++) await host.insertPlanAtCursor(await renderPlanBase64(plan));
  // The user writes between the coverage and the targets, and after the budget.
  const nodes = fake().document.nodes;
  const at = (title: string) => nodes.findIndex((n) => n.kind === "control" && n.title.endsWith(title));
  nodes.splice(at("Tỷ lệ đạt chuẩn") + 1, 0, {
    kind: "text",
    text: "Ghi chú của phòng: số liệu tính đến tháng 01.",
  });
  nodes.splice(at("Kinh phí") + 1, 0, { kind: "text", text: "Đề nghị Phòng Tài chính thẩm định." });
  fake().stats.reset();
  return host;
}

/** What the pane does: read, rebuild from the later list, render the parts, refill. */
async function refresh(host: WordHost, options: { later?: boolean; skipEdited?: boolean } = {}) {
  const found = await host.readPlanParts();
  const { plan, refresh: r } = refreshOf(check(options.later ?? true), REQUEST, found);
  const replacements: PartReplacement[] = [];
  for (const u of r.updates) {
    if (u.unchanged || (options.skipEdited && u.edited)) continue;
    replacements.push({
      id: u.id,
      expectTag: u.oldTag,
      base64: await renderPartBase64(plan, u.part),
      tag: u.newTag,
    });
  }
  const outcome = await host.replacePlanParts(replacements);
  return { found, plan, refresh: r, outcome };
}

const userNodes = (nodes: readonly FakeNode[]) => structuredClone(nodes.filter((n) => n.kind !== "control"));

test("only the tagged parts change; the user's paragraphs and the plan's own text stay byte for byte", async () => {
  const host = await letterWithPlan();
  const before = userNodes(fake().document.nodes);
  const outlineBefore = outline(fake().document);
  const { plan, refresh: r, outcome } = await refresh(host);
  expect(userNodes(fake().document.nodes)).toEqual(before);
  expect(outline(fake().document)).toEqual(outlineBefore);
  expect(outlineBefore).toContain("Ghi chú của phòng: số liệu tính đến tháng 01.");
  const controls = controlsOf(fake().document);
  expect(controls.map((c) => c.tag)).toEqual(plan.parts.map((p) => p.tag));
  expect(controls[0]?.text).toContain("36/57 trường, tỉ lệ 63,16%");
  expect(controls[2]?.text).toContain("Tổng kinh phí: 45.100 triệu đồng");
  expect(controls[4]?.text).toContain("THCS Số 30 Kon Tum");
  // The renewals did not move: that control is not written at all.
  expect(r.updates.filter((u) => u.unchanged).map((u) => u.part.id)).toEqual(["renewals"]);
  expect(outcome.replaced).toHaveLength(4);
  expect(r.changes).toEqual([
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
});

test("a read is one sync and a refill two, for one plan or the same parts twice", async () => {
  for (const times of [1, 2]) {
    const host = await letterWithPlan(times);
    const { outcome } = await refresh(host);
    expect(outcome.replaced).toHaveLength(4 * times);
    expect(fake().stats.runs).toBe(2);
    expect(fake().stats.syncs).toBe(3);
    const tags = controlsOf(fake().document).map((c) => c.tag);
    expect(tags).toHaveLength(5 * times);
    if (times === 2) expect(tags.slice(5)).toEqual(tags.slice(0, 5));
    word?.uninstall();
  }
});

test("a second refresh from the same list finds nothing to write and reports no change", async () => {
  const host = await letterWithPlan();
  await refresh(host);
  const after = structuredClone(fake().document.nodes);
  fake().stats.reset();
  const { refresh: r, outcome } = await refresh(host);
  expect(r.updates.every((u) => u.unchanged && !u.edited)).toBe(true);
  expect(r.changes).toEqual([]);
  expect(outcome.replaced).toEqual([]);
  expect(fake().document.nodes).toEqual(after);
  expect(fake().stats.syncs).toBe(1);
});

test("a part the user deleted is reported missing and not recreated", async () => {
  const host = await letterWithPlan();
  const doc = fake().document;
  doc.nodes = doc.nodes.filter((n) => !(n.kind === "control" && n.title.endsWith("Phụ lục")));
  const { refresh: r } = await refresh(host);
  expect(r.missing).toEqual(["appendix"]);
  expect(outline(doc).some((l) => l.endsWith("Phụ lục]"))).toBe(false);
  expect(r.changes.map((c) => c.figure)).toEqual(["projected", "targets", "budget"]);
});

test("a control whose text the user edited is flagged, and kept when the user says so", async () => {
  const host = await letterWithPlan();
  const budget = fake().document.nodes.find((n) => n.kind === "control" && n.title.endsWith("Kinh phí"));
  if (budget?.kind !== "control") throw new Error("no budget control");
  budget.nodes = [...budget.nodes, { kind: "text", text: "Trong đó vốn xã hội hóa 1.200 triệu đồng." }];
  const kept = structuredClone(budget);
  const { refresh: r, outcome } = await refresh(host, { skipEdited: true });
  expect(r.updates.filter((u) => u.edited).map((u) => u.part.id)).toEqual(["budget"]);
  expect(outcome.replaced).toHaveLength(3);
  expect(budget).toEqual(kept);
});

test("a control deleted between the read and the refill is left out, the others refilled", async () => {
  const host = await letterWithPlan();
  const found: FoundControl[] = await host.readPlanParts();
  const { plan, refresh: r } = refreshOf(check(true), REQUEST, found);
  const doc = fake().document;
  doc.nodes = doc.nodes.filter((n) => !(n.kind === "control" && n.title.endsWith("Kinh phí")));
  const replacements = await Promise.all(
    r.updates
      .filter((u) => !u.unchanged)
      .map(async (u) => ({
        id: u.id,
        expectTag: u.oldTag,
        base64: await renderPartBase64(plan, u.part),
        tag: u.newTag,
      })),
  );
  const outcome = await host.replacePlanParts(replacements);
  expect(outcome.gone).toEqual([r.updates.find((u) => u.part.id === "budget")?.id]);
  expect(outcome.replaced).toHaveLength(3);
});

test("a protected document refuses the refill with the host's message", async () => {
  const host = await letterWithPlan();
  fake().document.protected = true;
  await expect(refresh(host)).rejects.toMatchObject({ name: "WordHostError", kind: "protected" });
  expect(controlsOf(fake().document)[0]?.text).toContain("35/57");
});
