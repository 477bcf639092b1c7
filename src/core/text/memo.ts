/**
 * Caches a pure function of a string. A list of 50,000 schools repeats the same few codes, types,
 * actions and communes thousands of times; parsing each distinct text once keeps the checker close
 * to the cost of reading the file. Results must be immutable: they are shared.
 */
export function memoByText<R>(fn: (text: string) => R, limit = 20_000): (text: string) => R {
  const cache = new Map<string, R>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const result = fn(text);
    // Unbounded growth would turn a list of unique names into a memory leak: start over instead.
    if (cache.size >= limit) cache.clear();
    cache.set(text, result);
    return result;
  };
}
