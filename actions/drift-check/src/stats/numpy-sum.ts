/**
 * Summation in numpy's order (`np.sum` / `np.add.reduce` of a contiguous float64 array):
 * pairwise summation with an 8-accumulator block of at most 128 elements at the leaves
 * (numpy/core/src/umath/loops_utils.h.src, `pairwise_sum`). scipy and Evidently sum with
 * np.sum, so this keeps our last bits where theirs are, and its error grows as O(log n).
 */

const BLOCK = 128;

function pairwise(values: ArrayLike<number>, offset: number, count: number): number {
  if (count < 8) {
    let sum = -0;
    for (let i = 0; i < count; i++) sum += values[offset + i] as number;
    return sum;
  }
  if (count <= BLOCK) {
    let r0 = values[offset] as number;
    let r1 = values[offset + 1] as number;
    let r2 = values[offset + 2] as number;
    let r3 = values[offset + 3] as number;
    let r4 = values[offset + 4] as number;
    let r5 = values[offset + 5] as number;
    let r6 = values[offset + 6] as number;
    let r7 = values[offset + 7] as number;
    const unrolled = count - (count % 8);
    let i = 8;
    for (; i < unrolled; i += 8) {
      const at = offset + i;
      r0 += values[at] as number;
      r1 += values[at + 1] as number;
      r2 += values[at + 2] as number;
      r3 += values[at + 3] as number;
      r4 += values[at + 4] as number;
      r5 += values[at + 5] as number;
      r6 += values[at + 6] as number;
      r7 += values[at + 7] as number;
    }
    let sum = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < count; i++) sum += values[offset + i] as number;
    return sum;
  }
  let half = Math.floor(count / 2);
  half -= half % 8;
  return pairwise(values, offset, half) + pairwise(values, offset + half, count - half);
}

/** Σ values[start..end) in numpy's pairwise order. */
export function numpySum(values: ArrayLike<number>, start = 0, end = values.length): number {
  return 0 + pairwise(values, start, end - start);
}
