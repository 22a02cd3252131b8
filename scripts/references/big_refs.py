import numpy as np, math
from collections import defaultdict
from scipy.stats import norm
bodies = []
for i in range(25000):
    n = 10 + i % 5
    j = (i * 7) % 150
    p = 0.02 + 0.004 * j
    bodies.append((n, p))
mu = 0.0; var = 0.0
for n, p in bodies:
    mu += n * p
for n, p in bodies:
    var += n * p * (1 - p)
sigma = math.sqrt(var)
K = math.floor(mu - 1.5 * sigma)
base = [math.floor(n * p) for n, p in bodies]
deficit = K - sum(base)
ks = []
for (n, p), b in zip(bodies, base):
    if deficit > 0 and b < n:
        ks.append(b + 1); deficit -= 1
    else:
        ks.append(b)
assert sum(ks) == K and deficit == 0
M = sum(n for n, p in bodies)
print("M", M, "mu", repr(mu), "sigma", repr(sigma), "K", K, "distinct p", len(set(p for n,p in bodies)))
# Independent route: characteristic-function (DFT) method for the Poisson-binomial
# (Hong 2013): pmf = inverse DFT of prod_j (q_j + p_j e^{i w})^{n_j}, w = 2 pi l/(M+1).
merged = defaultdict(int)
for n, p in bodies: merged[p] += n
N = M + 1
w = 2 * np.pi * np.arange(N) / N
logcf = np.zeros(N, dtype=complex)
for p, n in merged.items():
    logcf += n * np.log((1 - p) + p * np.exp(1j * w))
pmf = np.real(np.fft.fft(np.exp(logcf))) / N
print("pmf min/max", pmf.min(), pmf.max(), "sum", pmf.sum())
lower = math.fsum(pmf[:K + 1]); upper = math.fsum(pmf[K:])
print("lower", repr(lower), "upper", repr(upper), "point", repr(pmf[K]))
# skewness of S and Edgeworth size at z, to justify the normal-approximation tolerance
third = sum(n * p * (1-p) * (1 - 2*p) for n, p in bodies)
gamma = third / sigma**3
z = (K + 0.5 - mu) / sigma
print("normal approx", repr(norm.cdf(z)), "z", z, "skew", gamma, "edgeworth term", gamma/6*(1 - z*z)*norm.pdf(z))
# Second independent route, exact summation: merge by p (exact), take scipy's full binomial pmf
# of each merged component, drop only entries that underflow to exactly 0, and convolve directly
# with numpy (sums of non-negative terms, no cancellation).
from scipy.stats import binom
dist = np.array([1.0]); off = 0
for p in sorted(merged):
    n = merged[p]
    comp = binom.pmf(np.arange(n + 1), n, p)
    nz = np.nonzero(comp)[0]
    comp = comp[nz[0]:nz[-1] + 1]
    dist = np.convolve(dist, comp); off += nz[0]
    nz = np.nonzero(dist)[0]
    off += nz[0]; dist = dist[nz[0]:nz[-1] + 1]
idx = K - off
lower2 = math.fsum(dist[:idx + 1]); upper2 = math.fsum(dist[idx:])
print("direct lower", repr(lower2), "upper", repr(upper2), "len", len(dist), "offset", off)
print("fft vs direct rel", abs(lower - lower2)/lower2, abs(upper-upper2)/upper2)
