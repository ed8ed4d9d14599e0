/**
 * Sorted copy of a Float64Array of finite values.
 *
 * Large columns go through an LSD radix sort on the IEEE-754 bit patterns (six 11-bit digits
 * of the order-preserving key: negatives with all bits flipped, non-negatives with the sign bit
 * set; a pass whose digit is the same for every value is skipped). It is about twice as fast as
 * `Float64Array.prototype.sort` at 1M values, and every numeric column is sorted twice per run.
 * Values move as whole doubles; only finite ones may be passed (their bit patterns are never
 * NaN, so no NaN canonicalisation can alter them). Order is numeric; -0 sorts before +0, as with
 * the built-in sort, and the two compare equal in every statistic.
 */

const RADIX_THRESHOLD = 4096;
const BUCKETS = 2048;
const MASK = BUCKETS - 1;
const PASSES = 6;

let scratch = new Float64Array(0);
const histogram = new Uint32Array(PASSES * BUCKETS);

export function sortedCopy(values: Float64Array): Float64Array {
  const copy = values.slice();
  if (copy.length < RADIX_THRESHOLD) return copy.sort();
  if (scratch.length < copy.length) scratch = new Float64Array(copy.length);
  radixSort(copy, scratch.subarray(0, copy.length));
  return copy;
}

// The order-preserving key of a double with words (lo, hi): with flip = hi >> 31 (0 or −1),
// key = (lo ^ flip, hi ^ (flip | 0x80000000)): negatives get every bit flipped, non-negatives
// the sign bit set. Digit p is bits [11p, 11p + 11) of the 64-bit key.

function histogramAllDigits(words: Uint32Array, n: number): void {
  histogram.fill(0);
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i] as number;
    const hi = words[2 * i + 1] as number;
    const flip = hi >> 31;
    const kl = (lo ^ flip) >>> 0;
    const kh = (hi ^ (flip | 0x80000000)) >>> 0;
    (histogram[kl & MASK] as number)++;
    (histogram[BUCKETS + ((kl >>> 11) & MASK)] as number)++;
    (histogram[2 * BUCKETS + (((kl >>> 22) | (kh << 10)) & MASK)] as number)++;
    (histogram[3 * BUCKETS + ((kh >>> 1) & MASK)] as number)++;
    (histogram[4 * BUCKETS + ((kh >>> 12) & MASK)] as number)++;
    (histogram[5 * BUCKETS + (kh >>> 23)] as number)++;
  }
}

/** Stable counting-sort pass on digit `pass`; one loop shape per kind of digit, no per-element branching on it. */
function scatter(from: Float64Array, to: Float64Array, pass: number): void {
  const n = from.length;
  const words = new Uint32Array(from.buffer, from.byteOffset, 2 * n);
  const base = pass * BUCKETS;
  const bit = 11 * pass;
  if (bit + 11 <= 32) {
    for (let i = 0; i < n; i++) {
      const kl = (words[2 * i] as number) ^ ((words[2 * i + 1] as number) >> 31);
      const slot = base + ((kl >>> bit) & MASK);
      const at = histogram[slot] as number;
      histogram[slot] = at + 1;
      to[at] = from[i] as number;
    }
  } else if (bit < 32) {
    for (let i = 0; i < n; i++) {
      const hi = words[2 * i + 1] as number;
      const flip = hi >> 31;
      const kl = (words[2 * i] as number) ^ flip;
      const kh = hi ^ (flip | 0x80000000);
      const slot = base + (((kl >>> bit) | (kh << (32 - bit))) & MASK);
      const at = histogram[slot] as number;
      histogram[slot] = at + 1;
      to[at] = from[i] as number;
    }
  } else {
    const shift = bit - 32;
    for (let i = 0; i < n; i++) {
      const hi = words[2 * i + 1] as number;
      const kh = hi ^ ((hi >> 31) | 0x80000000);
      const slot = base + ((kh >>> shift) & MASK);
      const at = histogram[slot] as number;
      histogram[slot] = at + 1;
      to[at] = from[i] as number;
    }
  }
}

function radixSort(values: Float64Array, buffer: Float64Array): void {
  const n = values.length;
  histogramAllDigits(new Uint32Array(values.buffer, values.byteOffset, 2 * n), n);
  let from = values;
  let to = buffer;
  for (let pass = 0; pass < PASSES; pass++) {
    const base = pass * BUCKETS;
    let trivial = false;
    let running = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const count = histogram[base + b] as number;
      if (count === n) trivial = true;
      histogram[base + b] = running;
      running += count;
    }
    if (trivial) continue; // every key has the same digit here
    scatter(from, to, pass);
    [from, to] = [to, from];
  }
  if (from !== values) values.set(from);
}
