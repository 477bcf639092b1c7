/**
 * Caches a pure function of one or two arguments, by a string key made from them. A list of 50,000
 * schools repeats the same few codes, types, dates and communes thousands of times; reading each
 * distinct one once keeps the checker close to the cost of reading the file. Results must be
 * immutable: they are shared.
 */
export function memoByKey<A, R, B = void>(
  key: (a: A, b: B) => string,
  make: (a: A, b: B) => R,
  limit = 20_000,
): (a: A, b: B) => R {
  const cache = new Map<string, R>();
  return (a, b) => {
    const k = key(a, b);
    const hit = cache.get(k);
    if (hit !== undefined) return hit;
    const result = make(a, b);
    // Unbounded growth would turn a list of unique names into a memory leak: start over instead.
    if (cache.size >= limit) cache.clear();
    cache.set(k, result);
    return result;
  };
}

/** `memoByKey` for a function of one text, keyed by the text itself. */
export function memoByText<R>(fn: (text: string) => R, limit = 20_000): (text: string) => R {
  return memoByKey((text: string) => text, fn, limit);
}
