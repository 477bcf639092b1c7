import { BASIS } from "../../../src/core/rules/shared/basis";
import { REGIMES, regimeById } from "../../../src/core/schools/regimes";

describe("the legal basis a finding cites", () => {
  it("names the texts of the regime that judged the recognition, with the 2018 articles only under 2018", () => {
    const legacy = BASIS.validity(regimeById("legacy"));
    const current = BASIS.validity(regimeById("tt2018a"));
    expect(legacy.vi).toMatch(/^Thông tư 42\/2012\/TT-BGDĐT.*: thời hạn công nhận 5 năm$/);
    expect(legacy.vi).not.toContain("Điều");
    expect(current.vi).toContain("Điều 35 khoản 2, Điều 38 khoản 2");
    expect(current.en).toContain("Art. 35(2)");
  });

  it("is one shared text per regime: a long list's findings do not each carry a copy", () => {
    for (const regime of REGIMES) {
      for (const basis of Object.values(BASIS)) {
        const first = basis(regime);
        expect(basis(regimeById(regime.id))).toBe(first);
        expect(first.vi).not.toBe("");
        expect(first.en).not.toBe("");
      }
    }
    // Different regimes still read differently where the provision depends on them.
    expect(BASIS.levels(regimeById("legacy")).vi).not.toBe(BASIS.levels(regimeById("tt2018a")).vi);
  });
});
