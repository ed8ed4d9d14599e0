/**
 * The few error-free transformations scipy's one-sided Smirnov code relies on
 * (scipy/special/cephes/dd_real.c, after Dekker 1971 and Knuth TAOCP vol. 2 §4.2.2):
 * a value is carried as hi + lo with |lo| ≤ ulp(hi)/2. Each function leaves its result in
 * the shared `dd` slot so hot loops allocate nothing; read it before the next call.
 */

export const dd = { hi: 0, lo: 0 };

const SPLITTER = 134217729; // 2^27 + 1, Veltkamp split

/** a + b exactly. */
export function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  dd.lo = a - (s - bb) + (b - bb);
  dd.hi = s;
}

/** a · b exactly (no FMA in JavaScript: Veltkamp–Dekker splitting). */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  dd.lo = aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
  dd.hi = p;
}

/** a / b to double-double precision. */
export function divToDD(a: number, b: number): void {
  const q1 = a / b;
  twoProd(q1, b);
  const remainder = a - dd.hi - dd.lo;
  const q2 = remainder / b;
  const s = q1 + q2;
  dd.lo = q2 - (s - q1);
  dd.hi = s;
}

/** (hi + lo) + b. */
export function addDD(hi: number, lo: number, b: number): void {
  twoSum(hi, b);
  const s = dd.hi;
  const e = dd.lo + lo;
  const sum = s + e;
  dd.lo = e - (sum - s);
  dd.hi = sum;
}
