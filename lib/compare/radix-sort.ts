/**
 * Sorts unsigned 32-bit integers ascending, in place: a least-significant-digit radix sort in three
 * passes of 11 bits. Same result as Uint32Array.prototype.sort(), in linear time, which matters for
 * the tens of thousands of shingle hashes per statement.
 */
const BITS = 11;
const BUCKETS = 1 << BITS;

export function radixSortUint32(values: Uint32Array): Uint32Array {
  if (values.length < 2) return values;
  let source: Uint32Array = values;
  let target: Uint32Array = new Uint32Array(values.length);
  const counts = new Int32Array(BUCKETS);
  for (let shift = 0; shift < 32; shift += BITS) {
    counts.fill(0);
    for (let i = 0; i < source.length; i++) counts[(source[i] >>> shift) & (BUCKETS - 1)]++;
    for (let bucket = 0, position = 0; bucket < BUCKETS; bucket++) {
      const count = counts[bucket];
      counts[bucket] = position;
      position += count;
    }
    for (let i = 0; i < source.length; i++) target[counts[(source[i] >>> shift) & (BUCKETS - 1)]++] = source[i];
    [source, target] = [target, source];
  }
  // Three passes: the sorted values ended up in the scratch array.
  values.set(source);
  return values;
}
