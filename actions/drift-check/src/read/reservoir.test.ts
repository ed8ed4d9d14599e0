import { ReservoirSampler, seededRandom } from './reservoir.js';

function sample(rows: number, capacity: number, seed: number): number[] {
  const sampler = new ReservoirSampler(capacity, seed);
  for (let i = 0; i < rows; i++) sampler.offer();
  return Array.from(sampler.slotsInRowOrder(), (slot) => sampler.slotRows[slot] as number);
}

describe('ReservoirSampler', () => {
  it('keeps every row, in order, when there are no more rows than slots', () => {
    expect(sample(5, 10, 1)).toEqual([0, 1, 2, 3, 4]);
    expect(sample(10, 10, 1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps `capacity` distinct rows, the same ones for the same seed', () => {
    const a = sample(10_000, 100, 3);
    expect(a).toHaveLength(100);
    expect(new Set(a).size).toBe(100);
    expect(a).toEqual([...a].sort((x, y) => x - y));
    expect(sample(10_000, 100, 3)).toEqual(a);
    expect(sample(10_000, 100, 4)).not.toEqual(a);
  });

  it('samples uniformly: each row is kept with probability capacity/rows', () => {
    const rows = 200;
    const capacity = 20;
    const kept = new Array<number>(rows).fill(0);
    const trials = 4000;
    for (let seed = 0; seed < trials; seed++)
      for (const row of sample(rows, capacity, seed)) kept[row] = (kept[row] ?? 0) + 1;
    const expected = (trials * capacity) / rows; // 400; sd ≈ 19
    for (const count of kept) expect(Math.abs(count - expected)).toBeLessThan(6 * 19);
    // the first and the last rows are not favoured
    const firstHalf = kept.slice(0, rows / 2).reduce((x, y) => x + y, 0);
    expect(Math.abs(firstHalf / (trials * capacity) - 0.5)).toBeLessThan(0.02);
  });

  it('refuses a size that is not a positive integer and a seed that is not an integer', () => {
    expect(() => new ReservoirSampler(0, 1)).toThrow('sample size must be a positive integer, got 0');
    expect(() => new ReservoirSampler(2.5, 1)).toThrow('got 2.5');
    expect(() => new ReservoirSampler(10, 0.5)).toThrow('sample seed must be an integer, got 0.5');
  });
});

describe('seededRandom', () => {
  it('is deterministic, in [0, 1), and roughly uniform', () => {
    const a = seededRandom(123);
    const b = seededRandom(123);
    const values = Array.from({ length: 10_000 }, () => a());
    expect(Array.from({ length: 10_000 }, () => b())).toEqual(values);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((x, y) => x + y, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(seededRandom(124)()).not.toBe(seededRandom(123)());
  });
});
