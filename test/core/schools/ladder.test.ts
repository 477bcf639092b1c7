import { nextLevels } from "../../../src/core/schools/ladder";
import type { LevelPair } from "../../../src/core/schools/ladder";
import { regimeById } from "../../../src/core/schools/regimes";

const pair = (accreditation: number | null, standard: number | null): LevelPair => ({
  accreditation,
  standard,
});

describe("nextLevels under TT 17/18/19-2018 (CĐ1, CĐ2-MĐ1, CĐ3-MĐ2, CĐ4-MĐ2)", () => {
  const tt2018 = regimeById("tt2018a");
  test.each([
    ["CĐ1", pair(1, null), pair(2, 1)],
    ["CĐ2", pair(2, null), pair(2, 1)],
    ["CĐ2-MĐ1", pair(2, 1), pair(3, 2)],
    // cấp độ 3 goes with mức độ 2 (Điều 37 khoản 2): never "CĐ3-MĐ1".
    ["CĐ3", pair(3, null), pair(3, 2)],
    ["CĐ3-MĐ1", pair(3, 1), pair(3, 2)],
    ["CĐ3-MĐ2", pair(3, 2), pair(4, 2)],
    ["CĐ4-MĐ1", pair(4, 1), pair(4, 2)],
    // Only a mức độ known: from the least cấp độ it needs.
    ["MĐ1", pair(null, 1), pair(3, 2)],
    ["MĐ2", pair(null, 2), pair(4, 2)],
    // Inconsistent input moves up without lowering the mức độ.
    ["CĐ2-MĐ2", pair(2, 2), pair(3, 2)],
  ] as const)("%s → %p", (_, from, next) => {
    expect(nextLevels(from, tt2018)).toEqual(next);
  });

  test.each([
    ["CĐ4-MĐ2, the top", pair(4, 2)],
    ["nothing known", pair(null, null)],
    ["CĐ5", pair(5, null)],
    ["MĐ3", pair(2, 3)],
    ["CĐ0", pair(0, null)],
  ] as const)("%s has no next level", (_, from) => {
    expect(nextLevels(from, tt2018)).toBeNull();
  });
});

describe("nextLevels under other regimes", () => {
  test("tt2026 (unconfirmed): two levels, mức độ N with Mức N", () => {
    const tt2026 = regimeById("tt2026");
    expect(nextLevels(pair(1, 1), tt2026)).toEqual(pair(2, 2));
    expect(nextLevels(pair(1, null), tt2026)).toEqual(pair(1, 1));
    expect(nextLevels(pair(2, 2), tt2026)).toBeNull();
  });

  test("before 2018 the two processes are separate: a lone mức độ moves up alone", () => {
    const legacy = regimeById("legacy");
    expect(nextLevels(pair(null, 1), legacy)).toEqual(pair(null, 2));
    expect(nextLevels(pair(null, 2), legacy)).toBeNull();
  });
});
