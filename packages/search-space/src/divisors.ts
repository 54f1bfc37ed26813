const cache = new Map<number, readonly number[]>();

/** The divisors of a positive integer, ascending. Cached: the same extents come back on every GA child. */
export function divisorsOf(n: number): readonly number[] {
  let found = cache.get(n);
  if (found) return found;
  const low: number[] = [];
  const high: number[] = [];
  for (let d = 1; d * d <= n; d++) {
    if (n % d === 0) {
      low.push(d);
      if (d * d !== n) high.push(n / d);
    }
  }
  found = low.concat(high.reverse());
  if (cache.size > 4096) cache.clear();
  cache.set(n, found);
  return found;
}
