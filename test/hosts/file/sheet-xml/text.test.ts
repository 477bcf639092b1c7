import fc from "fast-check";
import { needsPreserve } from "../../../../src/hosts/file/sheet-xml/text";

/** The rule as a pattern: a space at either end, a line break or tab, or two spaces in a row. */
const SPACES = /^\s|\s$|[\n\t]| {2}/;

describe("needsPreserve", () => {
  it.each([
    ["Trường THCS Lê Lợi", false],
    ["", false],
    [" Trường", true],
    ["Trường ", true],
    ["Trường\u00a0", true],
    ["\u3000Trường", true],
    ["Dòng 1\nDòng 2", true],
    ["Cột\tB", true],
    ["CĐ2  MĐ1", true],
    ["CĐ2\u00a0MĐ1", false],
  ])("%j → %s", (text, expected) => {
    expect(needsPreserve(text)).toBe(expected);
  });

  it("agrees with the pattern on any text, every kind of space at either end included", () => {
    const spaces = [
      "\t",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\u0085",
      "\u00a0",
      "\u1680",
      "\u2000",
      "\u200a",
      "\u200b",
      "\u2028",
      "\u2029",
      "\u202f",
      "\u205f",
      "\u3000",
      "\ufeff",
      "\u180e",
    ];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...spaces), fc.constantFrom("a", "ư", "Đ", "1", "-")), { maxLength: 8 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(needsPreserve(t)).toBe(SPACES.test(t));
      }),
      { numRuns: 5000 },
    );
  });
});
