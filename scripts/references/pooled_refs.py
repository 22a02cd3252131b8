import numpy as np, math
from scipy.stats import binom, norm
def direct(bodies):
    # independent route: convolve every body's full binomial pmf (no merging, no tilting,
    # no truncation), then sum the tails with math.fsum
    dist = np.array([1.0])
    for n, k, p in bodies:
        dist = np.convolve(dist, binom.pmf(np.arange(n + 1), n, p))
    K = sum(k for n, k, p in bodies)
    return math.fsum(dist[:K + 1]), math.fsum(dist[K:]), K, sum(n*p for n,k,p in bodies)
P1 = [(9,2,0.351),(12,1,0.351),(10,3,0.2),(7,0,0.45),(15,8,0.6),(11,1,0.1)]
P2 = [(12, 1 if i < 5 else 0, 0.3 + 0.02*i) for i in range(20)]
P3 = [(12, 12 if i < 6 else 9, 0.3 + 0.02*i) for i in range(20)]
P4 = [(10,0,0.0),(8,8,1.0),(12,5,0.4),(9,2,0.25)]
P5 = []
for i in range(300):
    n = 7 + i % 14; p = 0.05 + 0.05 * (i % 10); base = math.floor(n * p)
    k = max(0, base - 1) if i % 3 == 0 else base
    P5.append((n, k, p))
for name, b in [("P1",P1),("P2",P2),("P3",P3),("P4",P4),("P5",P5)]:
    lo, up, K, mu = direct(b)
    print(name, "K", K, "mean", repr(mu), "lower", repr(lo), "upper", repr(up))
# Two bodies sharing p = 0.351 (9 and 12 declared, 3 in group): Binomial(21, 0.351) exactly.
print("merged cdf(3, 21, .351)", repr(binom.cdf(3, 21, 0.351)), "sf(2, 21, .351)", repr(binom.sf(2, 21, 0.351)))
