import { appendAll, maxOf } from "../../src/core/arrays";

describe("array helpers at national-list lengths", () => {
  const long = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_007);

  it("appends 300,000 items in order where push(...items) would overflow the stack", () => {
    expect(() => [0].push(...long.concat(long, long, long))).toThrow(RangeError);
    const out = appendAll(["đầu"] as (string | number)[], long);
    expect(out).toHaveLength(300_001);
    expect(out[0]).toBe("đầu");
    expect(out[1]).toBe(long[0]);
    expect(out[300_000]).toBe(long[299_999]);
  });

  it("finds the largest of 300,000 values, and keeps the floor for an empty or smaller list", () => {
    let expected = 0;
    for (const v of long) expected = v > expected ? v : expected;
    expect(maxOf(long, 0)).toBe(expected);
    expect(maxOf([], 1)).toBe(1);
    expect(maxOf([-5, -2], 0)).toBe(0);
    expect(maxOf(new Set([3, 9, 4]), 0)).toBe(9);
  });
});
