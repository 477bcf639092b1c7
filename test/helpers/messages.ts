/**
 * Assertions on a finding's words: the Vietnamese message carries the key terms with their proper
 * diacritics (precomposed, as the catalogue writes them), the English one exists and differs.
 */
import type { Finding } from "../../src/core/findings/finding";

export function expectMessage(
  finding: Finding | undefined,
  vi: readonly string[],
  en: readonly string[] = [],
): void {
  expect(finding).toBeDefined();
  if (!finding) return;
  const { message } = finding;
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
  expect(finding?.basis).toBeDefined();
  const basis = finding?.basis;
  if (!basis) return;
  for (const word of vi) expect(basis.vi).toContain(word.normalize("NFC"));
  for (const word of en) expect(basis.en).toContain(word);
}
