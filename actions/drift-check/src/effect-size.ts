/**
 * How large a column's change is, beside whether it is significant: at a million rows KS flags shifts
 * too small to matter, at fifty rows PSI is noisy. Numeric columns: means, standard deviations (ddof 1),
 * Cohen's d, the KS statistic and the normed Wasserstein distance. Categorical columns: total variation
 * distance, the category that moved most, the JS distance, and categories that appeared or vanished.
 */
import type { CategoricalEffectSize, CategoryChanges, NumericEffectSize } from './drift-report.js';
import type { CategoricalColumnResult, NumericColumnResult } from './stats/index.js';
import { overflowScale, scaled } from './stats/overflow-scale.js';

/** Categories listed per kind of change; the counts say how many there are in all. */
export const MAX_LISTED_CATEGORIES = 50;

interface Moments {
  n: number;
  mean: number;
  /** Sample variance (ddof 1); NaN below two values. */
  variance: number;
}

function moments(values: Float64Array): Moments {
  const n = values.length;
  // Neumaier-compensated sums: a plain sum of a million values loses digits the difference may need.
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  const mean = n > 0 ? (sum + compensation) / n : Number.NaN;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    squares += d * d;
  }
  return { n, mean, variance: n > 1 ? squares / (n - 1) : Number.NaN };
}

export function numericEffectSize(
  reference: Float64Array,
  current: Float64Array,
  result: NumericColumnResult,
): NumericEffectSize {
  // Cohen's d is the same at any scale; means and deviations are scaled back.
  const scale = overflowScale(reference, current);
  const ref = moments(scaled(reference, scale));
  const cur = moments(scaled(current, scale));
  const pooled = Math.sqrt(((ref.n - 1) * ref.variance + (cur.n - 1) * cur.variance) / (ref.n + cur.n - 2));
  const difference = cur.mean - ref.mean;
  return {
    mean_ref: ref.mean / scale,
    mean_cur: cur.mean / scale,
    std_ref: Math.sqrt(ref.variance) / scale,
    std_cur: Math.sqrt(cur.variance) / scale,
    // equal constant sides: no change (0/0); different constants: an infinite effect
    standardized_mean_difference:
      pooled > 0
        ? difference / pooled
        : difference === 0
          ? Number.NaN
          : Math.sign(difference) * Number.POSITIVE_INFINITY,
    ks_statistic: result.ks?.statistic ?? Number.NaN,
    wasserstein_normed: result.wasserstein?.normed_evidently ?? Number.NaN,
  };
}

interface CategoryCounts {
  categories: string[];
  ref: number[];
  cur: number[];
}

function countsOf(result: CategoricalColumnResult): CategoryCounts | null {
  if (!result.chi2) return null;
  return {
    categories: result.chi2.categories.map(String),
    ref: result.chi2.ref_counts,
    cur: result.chi2.cur_counts,
  };
}

export function categoricalEffectSize(result: CategoricalColumnResult): CategoricalEffectSize {
  const counts = countsOf(result);
  let total = 0;
  let largest: CategoricalEffectSize['largest_shift'] = null;
  let largestGap = -1;
  if (counts) {
    counts.categories.forEach((category, i) => {
      const refShare = (counts.ref[i] as number) / result.n_ref;
      const curShare = (counts.cur[i] as number) / result.n_cur;
      const gap = Math.abs(refShare - curShare);
      total += gap;
      if (gap > largestGap) {
        largestGap = gap;
        largest = { category, ref_share: refShare, cur_share: curShare };
      }
    });
  }
  return {
    total_variation: counts ? total / 2 : Number.NaN,
    largest_shift: largest,
    jensenshannon_distance: result.jensenshannon_evidently?.distance ?? Number.NaN,
  };
}

export function categoryChanges(result: CategoricalColumnResult): CategoryChanges {
  const counts = countsOf(result);
  const appeared: { category: string; count: number }[] = [];
  const vanished: { category: string; count: number }[] = [];
  counts?.categories.forEach((category, i) => {
    const r = counts.ref[i] as number;
    const c = counts.cur[i] as number;
    if (r === 0 && c > 0) appeared.push({ category, count: c });
    if (c === 0 && r > 0) vanished.push({ category, count: r });
  });
  // most frequent first; ties in category order, so the list is the same on every run
  const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count;
  return {
    new: appeared.sort(byCount).slice(0, MAX_LISTED_CATEGORIES),
    n_new: appeared.length,
    vanished: vanished.sort(byCount).slice(0, MAX_LISTED_CATEGORIES),
    n_vanished: vanished.length,
  };
}
