from statsmodels.stats.proportion import proportion_confint
from scipy.stats import binom, norm
import math
print("z", repr(norm.isf(0.025)))
for k, n in [(3, 9), (0, 9), (9, 9), (1, 12), (150, 400), (1, 10)]:
    lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
    print("wilson", k, n, repr(lo), repr(hi))
def mad_direct(n, p):
    # direct numeric sum of |x - np| * pmf(x) over the whole support, with math.fsum
    return math.fsum(abs(x - n*p) * binom.pmf(x, n, p) for x in range(n + 1))
for n, p in [(9, 0.351), (12, 0.5), (20, 0.05), (10, 0.3), (7, 0.999), (300, 0.123), (20, 0.6)]:
    print("mad", n, p, repr(mad_direct(n, p)))
