"""The same-run reference for bench/drift-check.bench.ts: scipy and numpy on the same pair.

Reads both CSVs with numpy, then per column: scipy.stats.ks_2samp (method auto), Evidently's PSI
(Sturges bins over the pooled range, zero fill) with numpy, and scipy.stats.wasserstein_distance.
Prints one JSON object of timings in seconds. Needs numpy and scipy (pandas is not required).
"""
import json
import resource
import sys
import time

import numpy as np
from scipy import stats


def psi_evidently(x, y):
    lo, hi = min(x.min(), y.min()), max(x.max(), y.max())
    edges = np.histogram_bin_edges(np.concatenate([x, y]), bins="sturges", range=(lo, hi))
    r = np.histogram(x, edges)[0] / len(x)
    c = np.histogram(y, edges)[0] / len(y)

    def fill(p):
        nz = p[p > 0]
        eps = nz.min() / 1e6 if nz.size and nz.min() <= 1e-4 else 1e-4
        return np.where(p == 0, eps, p)

    r, c = fill(r), fill(c)
    return float(np.sum((r - c) * np.log(r / c)))


def main(reference, current):
    t0 = time.perf_counter()
    x = np.loadtxt(reference, delimiter=",", skiprows=1, ndmin=2)
    y = np.loadtxt(current, delimiter=",", skiprows=1, ndmin=2)
    t1 = time.perf_counter()
    for j in range(x.shape[1]):
        stats.ks_2samp(x[:, j], y[:, j])
    t2 = time.perf_counter()
    for j in range(x.shape[1]):
        psi_evidently(x[:, j], y[:, j])
    t3 = time.perf_counter()
    for j in range(x.shape[1]):
        stats.wasserstein_distance(x[:, j], y[:, j])
    t4 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"read": t1 - t0, "ks": t2 - t1, "psi": t3 - t2, "wasserstein": t4 - t3, "wall": t4 - t0, "peakMiB": peak}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
