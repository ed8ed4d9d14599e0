/**
 * Squares of values beyond about 1.3e154 overflow to Infinity, and a standard deviation computed from
 * them becomes Infinity or NaN. Such data is scaled by an exact power of two before the squares are
 * taken: scaling by 2^k changes no digit, so where nothing overflows the result is bit for bit the
 * unscaled one. Returns the factor to multiply the values by (1 when none is needed).
 */
const LARGE = 2 ** 500;
const FACTOR = 2 ** -600;

export function overflowScale(...samples: Float64Array[]): number {
  for (const values of samples) {
    for (let i = 0; i < values.length; i++) {
      if (Math.abs(values[i] as number) > LARGE) return FACTOR;
    }
  }
  return 1;
}

/** The values multiplied by `scale` (the same array when scale is 1). */
export function scaled(values: Float64Array, scale: number): Float64Array {
  return scale === 1 ? values : values.map((v) => v * scale);
}
