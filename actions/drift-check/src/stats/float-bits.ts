/**
 * Exact power-of-two scaling of doubles (C's frexp / ldexp), for algorithms that carry
 * a separate binary exponent to stay clear of overflow and underflow
 * (scipy's Durbin matrix, Pomeranz recursion and one-sided Smirnov sum do the same).
 */

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
// Little-endian on every platform Node supports: word 1 holds sign, exponent and the top mantissa bits.
const HIGH = 1;
const LOW = 0;

/** 2^k for an integer k in [-1022, 1023], built from its bits (exact). */
function normalPowerOfTwo(k: number): number {
  scratchWords[HIGH] = (k + 1023) << 20;
  scratchWords[LOW] = 0;
  return scratch[0] as number;
}

const TWO_POW_64 = normalPowerOfTwo(64);

/**
 * The binary exponent e with x = m·2^e and 0.5 ≤ |m| < 1 (C's frexp exponent).
 * 0 for x = 0 or a non-finite x.
 */
export function frexpExponent(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  scratch[0] = x;
  const biased = ((scratchWords[HIGH] as number) >>> 20) & 0x7ff;
  if (biased === 0) return frexpExponent(x * TWO_POW_64) - 64; // subnormal
  return biased - 1022;
}

/** x·2^k, exact unless the result is subnormal or out of range (C's ldexp). */
export function ldexp(x: number, k: number): number {
  let value = x;
  let exponent = k;
  while (exponent > 1023) {
    value *= normalPowerOfTwo(1023);
    exponent -= 1023;
    if (!Number.isFinite(value)) return value;
  }
  while (exponent < -1022) {
    // Step down in two pieces so a result in the subnormal range is rounded once, at the end.
    if (exponent < -2044) {
      value *= normalPowerOfTwo(-1022);
      exponent += 1022;
      if (value === 0) return value;
    } else {
      value *= normalPowerOfTwo(-1022 + 53);
      exponent += 1022 - 53;
    }
  }
  return value * normalPowerOfTwo(exponent);
}
