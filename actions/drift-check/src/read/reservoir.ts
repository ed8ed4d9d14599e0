/**
 * A seeded reservoir sample of row indices (Vitter's algorithm R): after offering rows 0, 1, 2, …, the
 * reservoir holds a uniform random subset of `capacity` of them, the same subset for the same seed and
 * row count whatever the file format, so CSV, JSON lines and Parquet copies of the data sample alike.
 */
export class ReservoirSampler {
  readonly capacity: number;
  /** The row each slot holds; meaningful for slots `< filled` (grows as slots fill, up to capacity). */
  slotRows = new Float64Array(16);
  private offered = 0;
  private readonly random: () => number;

  constructor(capacity: number, seed: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) {
      throw new RangeError(`sample size must be a positive integer, got ${capacity}`);
    }
    if (!Number.isSafeInteger(seed)) throw new RangeError(`sample seed must be an integer, got ${seed}`);
    this.capacity = capacity;
    this.random = seededRandom(seed);
  }

  get filled(): number {
    return Math.min(this.offered, this.capacity);
  }

  /** Offers the next row (rows are numbered 0, 1, 2, … in order); returns its slot, or -1 when it is not kept. */
  offer(): number {
    const row = this.offered++;
    let slot = row;
    if (row >= this.capacity) {
      slot = Math.floor(this.random() * (row + 1));
      if (slot >= this.capacity) return -1;
    } else if (slot === this.slotRows.length) {
      // a sample larger than the data must not cost its full size
      const grown = new Float64Array(Math.min(this.capacity, this.slotRows.length * 2));
      grown.set(this.slotRows);
      this.slotRows = grown;
    }
    this.slotRows[slot] = row;
    return slot;
  }

  /** Filled slots ordered by the row they hold, so a sample keeps the rows' file order. */
  slotsInRowOrder(): Int32Array {
    const slots = Int32Array.from({ length: this.filled }, (_, i) => i);
    const rows = this.slotRows;
    return slots.sort((x, y) => (rows[x] as number) - (rows[y] as number));
  }
}

/** Uniform doubles in [0, 1) with 53 random bits, from xoshiro128** seeded through a splitmix32 mix of the seed. */
export function seededRandom(seed: number): () => number {
  let state = (seed >>> 0) ^ Math.floor(seed / 2 ** 32);
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix() | 0;
  let s1 = splitmix() | 0;
  let s2 = splitmix() | 0;
  let s3 = splitmix() | 0;
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  // xoshiro128** (32-bit state words, so it stays in int32 arithmetic)
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result >>> 0;
  };
  return () => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
