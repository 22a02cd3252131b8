import Foundation
import Governance
import Testing

/// Observations from (n, k, p) triples.
private func bodies(_ triples: [(Int, Int, Double)]) throws -> [BodyObservation] {
    try triples.map { try BodyObservation(declared: $0.0, inGroup: $0.1, communityShare: $0.2) }
}

// Reference route for every case below (Python, numpy 2.4 / scipy 1.17): convolve each body's
// full pmf `scipy.stats.binom.pmf(arange(n+1), n, p)` with `numpy.convolve`, body by body (no
// merging of equal p, no tilting, no truncation), then `math.fsum(dist[:K+1])` and
// `math.fsum(dist[K:])`. All terms are non-negative, so even 1e-64 entries keep full precision.

@Test("pooled tails match a direct convolution in Python")
func pooledMatchesPythonConvolution() throws {
    let cases: [(name: String, bodies: [(Int, Int, Double)], lower: Double, upper: Double)] = [
        // Six bodies, two sharing p = 0.351; Σk = 15, mean 22.621.
        (
            "P1", [(9, 2, 0.351), (12, 1, 0.351), (10, 3, 0.2), (7, 0, 0.45), (15, 8, 0.6), (11, 1, 0.1)],
            0.020770612691939146, 0.9902673722506888
        ),
        // Twenty bodies of 12, p = 0.30, 0.32, ..., 0.68, five members in all: a deep lower tail.
        (
            "P2", (0..<20).map { (12, $0 < 5 ? 1 : 0, 0.3 + 0.02 * Double($0)) },
            9.507930492138687e-64, 0.9999999999999991
        ),
        // The same bodies with 198 members: a deep upper tail.
        (
            "P3", (0..<20).map { (12, $0 < 6 ? 12 : 9, 0.3 + 0.02 * Double($0)) },
            0.9999999999999991, 2.1036709255617963e-28
        ),
        // p = 0 and p = 1 bodies (certain 0 and certain 8) beside two ordinary ones; Σk = 15.
        (
            "P4", [(10, 0, 0.0), (8, 8, 1.0), (12, 5, 0.4), (9, 2, 0.25)],
            0.5922825246590626, 0.5921861269262502
        ),
    ]
    for c in cases {
        let pooled = PooledMeasures(try bodies(c.bodies))
        #expect(isClose(pooled.lowerTail, c.lower), "\(c.name) lower \(pooled.lowerTail)")
        #expect(isClose(pooled.upperTail, c.upper), "\(c.name) upper \(pooled.upperTail)")
    }
}

@Test("300 bodies with 10 distinct shares match Python")
func pooledMediumCase() throws {
    // Body i (0..<300): n = 7 + i mod 14, p = 0.05 + 0.05 (i mod 10), k = floor(n p), minus 1
    // (not below 0) when i mod 3 = 0. Python as above: K = 893, mean 1110.4999999999995,
    // lower 8.744586292287499e-17, upper 1.000000000000009 (fsum of a rounded pmf; true value
    // 1 - 8.7e-17 + P(S = K), i.e. 1 to 1e-15).
    var triples: [(Int, Int, Double)] = []
    for i in 0..<300 {
        let n = 7 + i % 14
        let p = 0.05 + 0.05 * Double(i % 10)
        let base = Int((Double(n) * p).rounded(.down))
        triples.append((n, i % 3 == 0 ? max(0, base - 1) : base, p))
    }
    let pooled = PooledMeasures(try bodies(triples))
    #expect(pooled.totalInGroup == 893)
    #expect(isClose(pooled.expected, 1110.4999999999995))
    #expect(isClose(pooled.lowerTail, 8.744586292287499e-17))
    #expect(isClose(pooled.upperTail, 1.000000000000009))
}

@Test("pooled shares and expectations, by hand")
func pooledSharesByHand() throws {
    // By hand: Σn = 9 + 12 + 10 = 31, Σk = 2 + 1 + 3 = 6, pooled share 6/31;
    // Σ n p = 3.159 + 4.212 + 2 = 9.371; weighted community share 9.371/31.
    let pooled = PooledMeasures(try bodies([(9, 2, 0.351), (12, 1, 0.351), (10, 3, 0.2)]))
    #expect(pooled.bodies == 3 && pooled.totalDeclared == 31 && pooled.totalInGroup == 6)
    #expect(isClose(try #require(pooled.pooledShare), 6.0 / 31))
    #expect(isClose(pooled.expected, 9.371))
    #expect(isClose(try #require(pooled.communityShare), 9.371 / 31))
    #expect(isClose(pooled.shortfall, 3.371))
    // Nothing pooled: no shares; S = 0 surely, so both tails at 0 are 1.
    let none = PooledMeasures([])
    #expect(none.pooledShare == nil && none.communityShare == nil)
    #expect(none.lowerTail == 1 && none.upperTail == 1)
    // One distinct p: Binomial(9, p) + Binomial(12, p) is Binomial(21, p) exactly, so the tails
    // are scipy's binom.cdf(3, 21, 0.351) = 0.0324138515229573 and
    // binom.sf(2, 21, 0.351) = 0.9915842857244469.
    let merged = PooledMeasures(try bodies([(9, 2, 0.351), (12, 1, 0.351)]))
    #expect(isClose(merged.lowerTail, 0.0324138515229573))
    #expect(isClose(merged.upperTail, 0.9915842857244469))
}

@Test("national scale: 25,000 bodies of about 12 with 150 distinct shares")
func pooledNationalScale() throws {
    // Body i (0..<25,000): n = 10 + i mod 5 (mean 12, total 300,000), p = 0.02 + 0.004·j with
    // j = 7i mod 150 (150 distinct shares). Observed total K = floor(mean - 1.5 sd); k_i is
    // floor(n p) plus 1 for the first bodies (in order, while k_i < n) until the k_i sum to K.
    var shares: [Double] = []
    var sizes: [Int] = []
    for i in 0..<25_000 {
        sizes.append(10 + i % 5)
        shares.append(0.02 + 0.004 * Double((i * 7) % 150))
    }
    var mean = 0.0, variance = 0.0
    for (n, p) in zip(sizes, shares) { mean += Double(n) * p }
    for (n, p) in zip(sizes, shares) { variance += Double(n) * p * (1 - p) }
    let sd = variance.squareRoot()
    let target = Int((mean - 1.5 * sd).rounded(.down))
    var counts = zip(sizes, shares).map { Int((Double($0) * $1).rounded(.down)) }
    var deficit = target - counts.reduce(0, +)
    for index in counts.indices where deficit > 0 && counts[index] < sizes[index] {
        counts[index] += 1
        deficit -= 1
    }
    let observations = try (0..<25_000).map {
        try BodyObservation(declared: sizes[$0], inGroup: counts[$0], communityShare: shares[$0])
    }
    let pooled = PooledMeasures(observations)
    // Python gives the same set-up: K = 95,125, mean 95481.20000000104, sd 236.841901698158.
    #expect(pooled.totalDeclared == 300_000 && pooled.totalInGroup == 95_125)
    #expect(isClose(pooled.expected, 95481.20000000104))
    // Python, exact route: merge equal p (exact), convolve scipy's full binomial pmfs with
    // numpy.convolve dropping only entries that underflow to exactly 0, fsum the tails:
    // lower 0.06654018204579877, upper 0.9340035357490375. (A characteristic-function/FFT route
    // gives 0.0665401820316, agreeing to 2e-10, the FFT's own rounding.)
    #expect(isClose(pooled.lowerTail, 0.06654018204579877))
    #expect(isClose(pooled.upperTail, 0.9340035357490375))
    // Normal approximation: Berry-Esseen with Shevtsova's constant 0.56 bounds
    // |P(S <= K) - Φ((K - mean)/sd)| by 0.56 Σ E|X - EX|³ / sd³ <= 0.56/sd = 0.0024 here, since
    // each Bernoulli's third absolute moment pq(p² + q²) is at most its variance pq.
    let z = (Double(target) - mean) / sd
    let normal = 0.5 * erfc(-z / 2.0.squareRoot())
    #expect(abs(pooled.lowerTail - normal) <= 0.56 / sd)
    #expect(pooled.lowerTail > 0 && pooled.lowerTail < 1)
}
