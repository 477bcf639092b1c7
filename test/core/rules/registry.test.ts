/**
 * Adding a rule is a folder and one registry line: every folder under src/core/rules (but `shared`)
 * is a registered rule with its logic, messages and tests, and every message exists in both languages.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Rule } from "../../../src/core/rules/rule";
import type { RuleId } from "../../../src/core/rules/registry";
import { isRuleId, RULES } from "../../../src/core/rules/registry";

const DIR = join(__dirname, "..", "..", "..", "src", "core", "rules");
const folders = readdirSync(DIR).filter((d) => d !== "shared" && statSync(join(DIR, d)).isDirectory());
const rules = RULES as readonly Rule<RuleId, unknown>[];

test("every rule folder is registered, once, and every registered rule has its folder", () => {
  expect([...folders].sort()).toEqual(rules.map((r) => r.id).sort());
  expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  for (const f of folders) expect(isRuleId(f)).toBe(true);
});

test.each(folders)("%s holds its logic, its messages and its tests", (folder) => {
  for (const file of ["rule.ts", "messages.ts", "rule.test.ts"])
    expect(existsSync(join(DIR, folder, file))).toBe(true);
});

test.each(rules.map((r) => [r.id, r] as const))("%s speaks Vietnamese and English", (_id, rule) => {
  const { title, checks, example } = rule.messages;
  for (const text of [title, checks]) {
    expect(text.vi.trim()).not.toBe("");
    expect(text.en.trim()).not.toBe("");
    expect(text.vi).not.toBe(text.en);
    expect(text.vi.normalize("NFC")).toBe(text.vi);
  }
  const vi = rule.messages.vi(example.params);
  const en = rule.messages.en(example.params);
  expect(vi.trim()).not.toBe("");
  expect(en.trim()).not.toBe("");
  expect(vi).not.toBe(en);
  expect(`${vi} ${en}`).not.toMatch(/\bundefined\b|\bNaN\b|\[object /);
});
