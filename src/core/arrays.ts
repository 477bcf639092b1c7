/**
 * Array helpers that work at any length. Spreading an array into a call's arguments
 * (`push(...rows)`, `Math.max(...values)`) puts every element on the stack and throws past about
 * 100,000 elements; a list of schools may be longer than that.
 */

/** Appends every item of `items` to `target`, in order; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when none is larger (or there are none). */
export function maxOf(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}
