from scipy.stats import binom
import math
print("A cdf(1,10,.351)", repr(binom.cdf(1,10,0.351)), "sf(0)", repr(binom.sf(0,10,0.351)))
print("B cdf(0,10,.5)", repr(binom.cdf(0,10,0.5)), "sf(-1)", repr(binom.sf(-1,10,0.5)))
print("D cdf(3,9,.351)", repr(binom.cdf(3,9,0.351)), "sf(2)", repr(binom.sf(2,9,0.351)))
# what-if: N'=11, u'=0, k'=1+j, p=.45
for j in range(5):
    k = 1 + j
    print("whatif j", j, "k'", k, "cdf", repr(binom.cdf(k, 11, 0.45)), "shortfall", 11*0.45 - k)
def mad_direct(n, p):
    return math.fsum(abs(x - n*p) * binom.pmf(x, n, p) for x in range(n + 1))
def composition(counts, shares):
    n = sum(counts.values())
    D = 0.5 * math.fsum(abs(counts.get(g,0)/n - shares[g]) for g in shares)
    ER = 1 - math.fsum(mad_direct(n, shares[g]) for g in shares) / (2*n)
    return D, 1-D, ER, (1-D)-ER, n*D
c1 = {"white": 6, "asian": 2, "black": 1}
s1 = {"asian": 0.2, "black": 0.15, "mixed": 0.1, "white": 0.5, "other": 0.05}
print("comp1", [repr(x) for x in composition(c1, s1)])
# Merton 2011 KS201EW group counts
tot = 199693
s2 = {"white": 129606/tot, "mixed": 9334/tot, "asian": 36143/tot, "black": 20811/tot, "other": 3799/tot}
print("merton shares sum", sum(s2.values()))
c2 = {"white": 10, "asian": 1, "black": 1}
print("comp2", [repr(x) for x in composition(c2, s2)])
for g in ["asian","black","mixed","white","other"]:
    print("  share", g, repr(s2[g]))
