/**
 * Content controls in the fake Word must behave as office-js's do where the refresh relies on them:
 * a .docx's w:sdt become controls with their tag and title, collections load their items at sync,
 * `getByTag`/`getById`, Replace keeps the control, refusals as Word answers them.
 */
import { fingerprint, parsePartTag } from "../../../src/core/plan/parts";
import { renderPartBase64 } from "../../../src/render/docx/parts";
import { renderPlanBase64 } from "../../../src/render/docx/render";
import { kontumPlan } from "../../core/plan/helpers";
import type { InstalledFakeWord } from "./index";
import { controlsOf, installFakeWord, outline, wordDocument } from "./index";

let word: InstalledFakeWord | null = null;
afterEach(() => {
  word?.uninstall();
  word = null;
});

const plan = kontumPlan({ sections: ["targets", "budget"] });
let docx: string;
let budgetOnly: string;
beforeAll(async () => {
  docx = await renderPlanBase64(plan);
  const part = plan.parts[0];
  if (!part) throw new Error("no part");
  budgetOnly = await renderPartBase64(plan, part);
});

async function withPlan(): Promise<InstalledFakeWord> {
  word = installFakeWord(wordDocument({ before: ["Kính gửi:"], after: ["Nơi nhận:"] }));
  await Word.run(async (context) => {
    context.document.getSelection().insertFileFromBase64(docx, "After");
    await context.sync();
  });
  return word;
}

test("an inserted plan's parts become controls with their tag and title, between its plain content", async () => {
  const fake = await withPlan();
  expect(outline(fake.document)).toEqual([
    "Kính gửi:",
    "[file]",
    "[Số liệu tự động: Tỷ lệ đạt chuẩn]",
    "[file]",
    "[Số liệu tự động: Chỉ tiêu công nhận]",
    "[file]",
    "[Số liệu tự động: Kinh phí]",
    "[file]",
    "Nơi nhận:",
  ]);
  const controls = controlsOf(fake.document);
  expect(controls.map((c) => c.tag)).toEqual(plan.parts.map((p) => p.tag));
  expect(controls[0]?.text).toContain("35/57 trường, tỉ lệ 61,40%");
  for (const c of controls) expect(fingerprint(c.text)).toBe(parsePartTag(c.tag)?.fingerprint);
  expect(new Set(controls.map((c) => c.id)).size).toBe(3);
});

test("a collection's items are there after load and sync only; getByTag and getById find controls", async () => {
  const fake = await withPlan();
  const [coverage, , budget] = controlsOf(fake.document);
  await Word.run(async (context) => {
    const all = context.document.body.contentControls;
    all.load("items/id,items/tag,items/text");
    expect(() => all.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    const byTag = context.document.body.contentControls.getByTag(budget?.tag ?? "");
    byTag.load("items/id");
    const one = context.document.body.contentControls.getById(coverage?.id ?? 0);
    // tag and title are scalar properties the rule takes for navigation properties.
    // eslint-disable-next-line office-addins/no-navigational-load
    one.load("tag,title");
    await context.sync();
    expect(all.items.map((i) => i.tag)).toEqual(plan.parts.map((p) => p.tag));
    expect(all.items[2]?.text).toBe(budget?.text);
    expect(() => all.items[0]?.title).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(byTag.items.map((i) => i.id)).toEqual([budget?.id]);
    expect(one.title).toBe("Số liệu tự động: Tỷ lệ đạt chuẩn");
  });
  await expect(
    Word.run(async (context) => {
      context.document.body.contentControls.getById(99999).load("tag");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
});

test("Replace fills the control and keeps it, its id, tag and place; a new tag is sent at sync", async () => {
  const fake = await withPlan();
  const before = structuredClone(fake.document.nodes);
  const [, , budget] = controlsOf(fake.document);
  await Word.run(async (context) => {
    const control = context.document.body.contentControls.getById(budget?.id ?? 0);
    control.insertFileFromBase64(budgetOnly, "Replace");
    control.tag = "kdcl:budget:new";
    expect(controlsOf(fake.document)[2]?.tag).toBe(budget?.tag);
    await context.sync();
  });
  const after = controlsOf(fake.document);
  expect(after[2]).toEqual({
    id: budget?.id,
    tag: "kdcl:budget:new",
    title: "Số liệu tự động: Kinh phí",
    text: after[0]?.text,
  });
  expect(fake.document.nodes.filter((n) => n.kind !== "control")).toEqual(
    before.filter((n) => n.kind !== "control"),
  );
  expect(fake.document.nodes.slice(0, 6)).toEqual(before.slice(0, 6));
});

test("refusals: a location a control has not, a protected document, locked content, a deleted control", async () => {
  const fake = await withPlan();
  const [coverage] = fake.document.nodes.filter((n) => n.kind === "control");
  const replace = (location: string) =>
    Word.run(async (context) => {
      context.document.body.contentControls
        .getById(coverage?.kind === "control" ? coverage.id : 0)
        .insertFileFromBase64(budgetOnly, location as "Replace");
      await context.sync();
    });
  await expect(replace("After")).rejects.toMatchObject({ code: "InvalidArgument" });
  fake.document.protected = true;
  await expect(replace("Replace")).rejects.toMatchObject({ code: "AccessDenied" });
  fake.document.protected = false;
  if (coverage?.kind === "control") coverage.cannotEdit = true;
  await expect(replace("Replace")).rejects.toMatchObject({ code: "AccessDenied" });
  await expect(replace("Replace")).rejects.toMatchObject({ code: "AccessDenied" });
  const text = controlsOf(fake.document)[0]?.text;
  expect(text).toContain("61,40%");
  // A control the user deleted since its items were loaded.
  await expect(
    Word.run(async (context) => {
      const all = context.document.body.contentControls;
      all.load("items/id");
      await context.sync();
      fake.document.nodes = fake.document.nodes.filter((n) => n !== coverage);
      all.items[0]?.insertFileFromBase64(budgetOnly, "Replace");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
});
