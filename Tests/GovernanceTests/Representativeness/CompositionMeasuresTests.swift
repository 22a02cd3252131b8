import Foundation
import Governance
import Testing

@Test("dissimilarity, Rose index and its expectation for a body of 9")
func compositionWorkedExample() throws {
    let counts: [EthnicGroup2021: Int] = [.white: 6, .asian: 2, .black: 1]
    let shares: [EthnicGroup2021: Double] = [.asian: 0.2, .black: 0.15, .mixed: 0.1, .white: 0.5, .other: 0.05]
    let m = try #require(try CompositionMeasures(declaredCounts: counts, communityShares: shares))
    // By hand: b = (6/9, 2/9, 1/9, 0, 0); D = ½(1/6 + 1/45 + 7/180 + 0.1 + 0.05) = 17/90
    // = 0.18888...; R = 73/90; n·D = 1.7 seats.
    #expect(isClose(m.dissimilarity, 17.0 / 90))
    #expect(isClose(m.rose, 73.0 / 90))
    #expect(isClose(m.seatsToChange, 1.7))
    // Python: E[R] = 1 - Σ_g fsum(|x - 9 p_g| · binom.pmf(x, 9, p_g) for x in 0...9) / 18
    // (direct sums over the pmf, not de Moivre's form) = 0.7586507199067383.
    #expect(isClose(m.expectedRose, 0.7586507199067383))
    #expect(isClose(m.roseExcess, 0.05246039120437285))
}

@Test("Rose expectation against Merton's 2011 census groups")
func compositionMerton() throws {
    // Community: Merton KS201EW 2011 group counts (White 129,606, Mixed 9,334, Asian 36,143,
    // Black 20,811, Other 3,799 of 199,693; ../data/census2011_ks201ew). Body of 12: 10 White,
    // 1 Asian, 1 Black. Python (same direct sums as above): D = 0.18430707803144497,
    // E[R] = 0.8233568653620753, R - E[R] = -0.007663943393520278, n·D = 2.2116849363773396.
    let total = 199_693.0
    let shares: [EthnicGroup2021: Double] = [
        .white: 129_606 / total, .mixed: 9334 / total, .asian: 36143 / total,
        .black: 20811 / total, .other: 3799 / total,
    ]
    let counts: [EthnicGroup2021: Int] = [.white: 10, .asian: 1, .black: 1]
    let m = try #require(try CompositionMeasures(declaredCounts: counts, communityShares: shares))
    #expect(isClose(m.dissimilarity, 0.18430707803144497))
    #expect(isClose(m.expectedRose, 0.8233568653620753))
    #expect(isClose(m.roseExcess, -0.007663943393520278))
    #expect(isClose(m.seatsToChange, 2.2116849363773396))
}

@Test("composition input checks")
func compositionValidation() throws {
    let shares: [EthnicGroup2021: Double] = [.white: 0.6, .asian: 0.4]
    // No declared members: nothing to measure.
    #expect(try CompositionMeasures(declaredCounts: [:], communityShares: shares) == nil)
    #expect(throws: MeasureInputError.sharesDoNotSumToOne(0.9)) {
        try CompositionMeasures(declaredCounts: [.white: 3], communityShares: [.white: 0.9])
    }
    #expect(throws: MeasureInputError.negativeCount(-2)) {
        try CompositionMeasures(declaredCounts: [.white: -2], communityShares: shares)
    }
}
