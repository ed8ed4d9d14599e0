import { jensenShannonDistance } from './jensen-shannon.js';

const f = (values: number[]) => Float64Array.from(values);

describe('Jensen–Shannon distance (scipy.spatial.distance.jensenshannon)', () => {
  test('disjoint distributions: √ln 2 in nats, 1 in bits', () => {
    expect(jensenShannonDistance(f([1, 0]), f([0, 1]))).toBeCloseTo(Math.sqrt(Math.LN2), 15);
    expect(jensenShannonDistance(f([1, 0]), f([0, 1]), 2)).toBeCloseTo(1, 15);
  });
  test('identical distributions give 0; inputs are normalised first', () => {
    expect(jensenShannonDistance(f([0.2, 0.8]), f([0.2, 0.8]))).toBe(0);
    expect(jensenShannonDistance(f([1, 3]), f([0.25, 0.75]))).toBe(0);
  });
  test('a hand-computed case', () => {
    const p = [0.5, 0.5];
    const q = [0.9, 0.1];
    const m = [0.7, 0.3];
    const kl = (a: number[]) => a.reduce((s, v, i) => s + v * Math.log(v / (m[i] as number)), 0);
    expect(jensenShannonDistance(f(p), f(q))).toBeCloseTo(Math.sqrt((kl(p) + kl(q)) / 2), 15);
  });
});
