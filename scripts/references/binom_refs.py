from scipy.stats import binom
from scipy.optimize import brentq
import mpmath
mpmath.mp.dps = 60
def mp_pmf(j, n, p):
    p = mpmath.mpf(p)
    return mpmath.exp(mpmath.loggamma(n+1)-mpmath.loggamma(j+1)-mpmath.loggamma(n-j+1)+j*mpmath.log(p)+(n-j)*mpmath.log1p(-p))
def mp_sum(js, n, p):
    # direct high-precision summation of pmf terms (60 digits), stopping when terms are negligible
    total = mpmath.mpf(0); first = None
    for j in js:
        t = mp_pmf(j, n, p)
        total += t
        if first is None: first = t
        if t < total * mpmath.mpf(10)**-40 and abs(j - n*p) > 10*mpmath.sqrt(n*p*(1-p)+1): break
    return total
def mp_cdf(k, n, p):
    if k < n*p: return mp_sum(range(k, -1, -1), n, p)
    return 1 - mp_sum(range(k+1, n+1), n, p)
def mp_sf(k, n, p):  # P(X >= k)
    if k > n*p: return mp_sum(range(k, n+1), n, p)
    return 1 - mp_sum(range(k-1, -1, -1), n, p)
cases = [
 ("cdf", 3, 9, 0.351), ("sf", 3, 9, 0.351),
 ("cdf", 0, 12, 0.5), ("cdf", 6, 12, 0.5), ("sf", 7, 12, 0.5), ("cdf", 11, 12, 0.5),
 ("cdf", 1, 10, 0.351), ("sf", 1, 10, 0.351),
 ("cdf", 89500, 300000, 0.3), ("cdf", 90000, 300000, 0.3), ("sf", 90000, 300000, 0.3), ("sf", 90600, 300000, 0.3),
 ("cdf", 82500, 300000, 0.3), ("sf", 97600, 300000, 0.3),
 ("cdf", 10, 1000, 0.5), ("sf", 990, 1000, 0.5),
 ("cdf", 0, 300000, 1e-6), ("cdf", 2, 300000, 1e-6), ("sf", 3, 300000, 1e-6),
 ("cdf", 299990, 300000, 0.99999), ("sf", 299999, 300000, 0.99999),
 ("cdf", 5, 20, 0.05), ("sf", 5, 20, 0.05),
]
for kind, k, n, p in cases:
    if kind == "cdf":
        s = binom.cdf(k, n, p); m = mp_cdf(k, n, p)
    else:
        s = binom.sf(k - 1, n, p); m = mp_sf(k, n, p)
    rel = abs(s - float(m)) / float(m)
    print(f'({kind!r}, k={k}, n={n}, p={p}) scipy={s!r} mpmath={mpmath.nstr(m, 17)} rel={rel:.1e}')
for k, n, p in [(3, 9, 0.351), (150000, 300000, 0.5), (0, 300000, 1e-6), (42, 300000, 1e-4), (89000, 300000, 0.3)]:
    print("pmf", k, n, p, repr(binom.pmf(k, n, p)), repr(binom.logpmf(k, n, p)), mpmath.nstr(mpmath.binomial(n, k) * mpmath.mpf(p)**k * (1 - mpmath.mpf(p))**(n - k), 17))
