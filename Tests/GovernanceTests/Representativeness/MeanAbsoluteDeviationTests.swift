import Foundation
import Governance
import Testing

@Test("de Moivre mean absolute deviation matches a direct numeric sum")
func meanAbsoluteDeviationMatchesDirectSum() throws {
    // Python: math.fsum(abs(x - n*p) * scipy.stats.binom.pmf(x, n, p) for x in range(n + 1)),
    // i.e. E|X - np| summed over the whole support, not the closed form.
    let cases: [(n: Int, p: Double, expected: Double)] = [
        (9, 0.351, 1.143292037322986),
        (12, 0.5, 1.3535156250000004),
        (20, 0.05, 0.7169718448170848),
        (10, 0.3, 1.1206773143999993),  // np = 3 is a whole number
        (7, 0.999, 0.013902293510489393),
        (300, 0.123, 4.534831267836184),
        (20, 0.6, 1.7251755624450191),  // np = 12 is a whole number
    ]
    for c in cases {
        let distribution = try #require(Binomial(trials: c.n, successProbability: c.p))
        #expect(isClose(distribution.meanAbsoluteDeviation, c.expected), "n=\(c.n) p=\(c.p)")
    }
}

@Test("mean absolute deviation is 0 when the count is certain")
func meanAbsoluteDeviationDegenerate() throws {
    // By hand: with n = 0, p = 0 or p = 1 the count equals its mean surely.
    for (n, p) in [(0, 0.3), (9, 0.0), (9, 1.0)] {
        let distribution = try #require(Binomial(trials: n, successProbability: p))
        #expect(distribution.meanAbsoluteDeviation == 0)
    }
}
