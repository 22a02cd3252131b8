import Foundation
import Governance
import Testing

/// One reference tail: P(X <= k) ("cdf") or P(X >= k) ("sf") for X ~ Binomial(n, p).
struct TailCase: Sendable, CustomTestStringConvertible {
    let lower: Bool
    let k: Int
    let n: Int
    let p: Double
    let expected: Double
    var testDescription: String { "\(lower ? "P(X<=" : "P(X>=")\(k)), n=\(n), p=\(p)" }
}

// Expected values: scipy 1.17.1, `binom.cdf(k, n, p)` for lower tails and `binom.sf(k - 1, n, p)`
// for upper tails (Scripts/references/binom_refs.py). Each was also recomputed by direct summation of
// the pmf in mpmath at 60 digits; scipy and mpmath agree to 1e-12 or better (the two ~1e-199
// values differ by 1.0e-12 and 2.5e-13 relative, still far inside 1e-9).
let scipyTails: [TailCase] = [
    TailCase(lower: true, k: 3, n: 9, p: 0.351, expected: 0.606386054206965),
    TailCase(lower: false, k: 3, n: 9, p: 0.351, expected: 0.6650508017576567),
    TailCase(lower: true, k: 0, n: 12, p: 0.5, expected: 0.000244140625),
    TailCase(lower: true, k: 6, n: 12, p: 0.5, expected: 0.61279296875),
    TailCase(lower: false, k: 7, n: 12, p: 0.5, expected: 0.38720703125),
    TailCase(lower: true, k: 11, n: 12, p: 0.5, expected: 0.999755859375),
    TailCase(lower: true, k: 1, n: 10, p: 0.351, expected: 0.08495543961801096),
    TailCase(lower: false, k: 1, n: 10, p: 0.351, expected: 0.9867429477489567),
    TailCase(lower: true, k: 89500, n: 300_000, p: 0.3, expected: 0.0232489757050919),
    TailCase(lower: true, k: 90000, n: 300_000, p: 0.3, expected: 0.5009006723794271),
    TailCase(lower: false, k: 90000, n: 300_000, p: 0.3, expected: 0.5006887500496959),
    TailCase(lower: false, k: 90600, n: 300_000, p: 0.3, expected: 0.008488143834390923),
    TailCase(lower: true, k: 82500, n: 300_000, p: 0.3, expected: 1.0354651930438103e-199),
    TailCase(lower: false, k: 97600, n: 300_000, p: 0.3, expected: 1.2303738337779984e-198),
    TailCase(lower: true, k: 10, n: 1000, p: 0.5, expected: 2.4833387914896352e-278),
    TailCase(lower: false, k: 990, n: 1000, p: 0.5, expected: 2.4833387914896352e-278),
    TailCase(lower: true, k: 0, n: 300_000, p: 1e-6, expected: 0.740818109558919),
    TailCase(lower: true, k: 2, n: 300_000, p: 1e-6, expected: 0.9964005351531924),
    TailCase(lower: false, k: 3, n: 300_000, p: 1e-6, expected: 0.0035994648468076172),
    TailCase(lower: true, k: 299_990, n: 300_000, p: 0.99999, expected: 0.0011024071165809679),
    TailCase(lower: false, k: 299_999, n: 300_000, p: 0.99999, expected: 0.19914677985646528),
    TailCase(lower: true, k: 5, n: 20, p: 0.05, expected: 0.9996707056754717),
    TailCase(lower: false, k: 5, n: 20, p: 0.05, expected: 0.0025739403346522792),
]

@Test("binomial tails match scipy to 1e-9 relative", arguments: scipyTails)
func binomialTailMatchesScipy(_ c: TailCase) throws {
    let distribution = try #require(Binomial(trials: c.n, successProbability: c.p))
    let value = c.lower ? distribution.lowerTail(c.k) : distribution.upperTail(c.k)
    #expect(isClose(value, c.expected), "got \(value), scipy \(c.expected)")
}

@Test("binomial pmf and log-pmf match scipy")
func binomialProbabilityMatchesScipy() throws {
    // scipy: binom.pmf(k, n, p) and binom.logpmf(k, n, p); mpmath (60 digits, exact binomial
    // coefficient) agrees with each to 1e-14 or better.
    let cases: [(k: Int, n: Int, p: Double, pmf: Double, logPMF: Double)] = [
        (3, 9, 0.351, 0.27143685596462164, -1.304025741373783),
        (150_000, 300_000, 0.5, 0.0014567300268472439, -6.531561062583933),
        (0, 300_000, 1e-6, 0.7408181095589195, -0.3000001500001),
        (42, 300_000, 1e-4, 0.007286285530234653, -4.9217613921049015),
        (89000, 300_000, 0.3, 5.604072577994614e-07, -14.394602071071859),
    ]
    for c in cases {
        let distribution = try #require(Binomial(trials: c.n, successProbability: c.p))
        #expect(isClose(distribution.probability(of: c.k), c.pmf), "pmf k=\(c.k) n=\(c.n)")
        #expect(isClose(distribution.logProbability(of: c.k), c.logPMF), "logpmf k=\(c.k) n=\(c.n)")
    }
}

@Test("binomial edge cases: n = 0, k = 0, k = n, p = 0, p = 1")
func binomialEdgeCases() throws {
    // By hand: with n = 0, X = 0 surely.
    let empty = try #require(Binomial(trials: 0, successProbability: 0.4))
    #expect(empty.lowerTail(0) == 1 && empty.upperTail(0) == 1 && empty.upperTail(1) == 0)
    #expect(empty.probability(of: 0) == 1 && empty.lowerTail(-1) == 0)
    // By hand: with p = 0, X = 0 surely; with p = 1, X = n surely.
    let never = try #require(Binomial(trials: 9, successProbability: 0))
    #expect(never.lowerTail(0) == 1 && never.upperTail(1) == 0 && never.upperTail(0) == 1)
    #expect(never.probability(of: 0) == 1 && never.probability(of: 1) == 0)
    let always = try #require(Binomial(trials: 9, successProbability: 1))
    #expect(always.lowerTail(8) == 0 && always.upperTail(9) == 1 && always.lowerTail(9) == 1)
    #expect(always.probability(of: 9) == 1 && always.probability(of: 8) == 0)
    // By hand: P(X <= 0) = (1-p)^n and P(X >= n) = p^n; 0.6^9 = 0.010077696, 0.4^9 = 0.000262144.
    let body = try #require(Binomial(trials: 9, successProbability: 0.4))
    #expect(isClose(body.lowerTail(0), 0.010077696))
    #expect(isClose(body.upperTail(9), 0.000262144))
    #expect(body.lowerTail(9) == 1 && body.upperTail(0) == 1 && body.upperTail(10) == 0)
    // Impossible parameters are refused.
    #expect(Binomial(trials: -1, successProbability: 0.5) == nil)
    #expect(Binomial(trials: 5, successProbability: 1.5) == nil)
    #expect(Binomial(trials: 5, successProbability: .nan) == nil)
}

@Test("lower and upper tails are complementary")
func binomialTailsComplement() throws {
    // By definition P(X <= k) + P(X >= k + 1) = 1; checked where both tails are large, so the
    // identity is informative to 1e-12.
    let distribution = try #require(Binomial(trials: 20, successProbability: 0.37))
    for k in 0..<20 {
        let sum = distribution.lowerTail(k) + distribution.upperTail(k + 1)
        #expect(isClose(sum, 1, rel: 1e-12), "k=\(k): \(sum)")
    }
}
