/**
 * Assertions on a finding's words, rendered from the rules' catalogues: the Vietnamese message carries
 * the key terms with their proper diacritics (precomposed, as the catalogue writes them), the English
 * one exists and differs.
 */
import type { Finding } from "../../src/core/findings/finding";
import { findingBasis, findingMessage } from "../../src/core/findings/render";

export function expectMessage(
  finding: Finding | undefined,
  vi: readonly string[],
  en: readonly string[] = [],
): void {
  expect(finding).toBeDefined();
  if (!finding) return;
  const message = { vi: findingMessage(finding, "vi"), en: findingMessage(finding, "en") };
  expect(message.vi.normalize("NFC")).toBe(message.vi);
  for (const word of vi) expect(message.vi).toContain(word.normalize("NFC"));
  expect(message.en.length).toBeGreaterThan(0);
  expect(message.en).not.toBe(message.vi);
  for (const word of en) expect(message.en).toContain(word);
}

/** A rule with a legal basis cites the texts of the regime it judged by, in both languages. */
export function expectBasis(
  finding: Finding | undefined,
  vi: readonly string[],
  en: readonly string[] = [],
): void {
  expect(finding).toBeDefined();
  if (!finding) return;
  const basis = { vi: findingBasis(finding, "vi"), en: findingBasis(finding, "en") };
  expect(basis.vi).not.toBeNull();
  expect(basis.en).not.toBeNull();
  for (const word of vi) expect(basis.vi).toContain(word.normalize("NFC"));
  for (const word of en) expect(basis.en).toContain(word);
}

/** A rule that cites no legal text. */
export function expectNoBasis(finding: Finding | undefined): void {
  expect(finding).toBeDefined();
  if (!finding) return;
  expect(findingBasis(finding, "vi")).toBeNull();
  expect(findingBasis(finding, "en")).toBeNull();
}
