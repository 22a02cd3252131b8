import Foundation
import Governance
import Testing

@Test("per-group measures for a body of 12 with 2 unknowns")
func groupMeasuresWorkedExample() throws {
    // N = 12, u = 2, k = 1, p = 0.351. By hand: n = 10, b = 0.1, gap = -0.251,
    // ratio = 0.1/0.351, expected = 3.51, shortfall = 2.51, bounds 1/12 to 3/12, coverage 10/12,
    // seats to the threshold: 2.51 - 1 = 1.51 >= 1, 2.51 - 2 = 0.51 < 1, so 2.
    let m = try GroupMeasures(inPost: 12, unknown: 2, inGroup: 1, communityShare: 0.351)
    #expect(m.declared == 10)
    #expect(m.share == 0.1)
    #expect(isClose(try #require(m.gap), -0.251))
    #expect(isClose(try #require(m.ratio), 0.1 / 0.351))
    #expect(isClose(m.expected, 3.51))
    #expect(isClose(m.shortfall, 2.51))
    #expect(isClose(try #require(m.bounds).lower, 1.0 / 12))
    #expect(isClose(try #require(m.bounds).upper, 3.0 / 12))
    #expect(isClose(try #require(m.coverage), 10.0 / 12))
    #expect(m.seatsToReachThreshold() == 2)
    // scipy: binom.cdf(1, 10, 0.351) = 0.08495543961801096; binom.sf(0, 10, 0.351) =
    // 0.9867429477489567.
    #expect(isClose(m.lowerTail, 0.08495543961801096))
    #expect(isClose(m.upperTail, 0.9867429477489567))
    // statsmodels proportion_confint(1, 10, alpha=0.05, method="wilson").
    #expect(isClose(try #require(m.interval).lower, 0.017876213095072924))
    #expect(isClose(try #require(m.interval).upper, 0.40415002679523854))
    // By hand: coverage 0.83 >= 0.70, 10 declared >= 5, shortfall >= 1, tail 0.085 >= 0.05.
    #expect(RepresentationBand(m) == .below)
}

@Test("bands follow docs/representativeness.md")
func bandRules() throws {
    // Well below, by hand: N = 10, k = 0, p = 0.5: shortfall 5; P(X <= 0) = 0.5^10 = 0.0009765625.
    let none = try GroupMeasures(inPost: 10, unknown: 0, inGroup: 0, communityShare: 0.5)
    #expect(none.lowerTail == 0.0009765625)
    #expect(RepresentationBand(none) == .wellBelow)
    // 5 - j < 1 first holds at j = 5.
    #expect(none.seatsToReachThreshold() == 5)
    // Reflects, by hand: N = 9, k = 3, p = 0.351: shortfall 3.159 - 3 = 0.159 < 1.
    let close = try GroupMeasures(inPost: 9, unknown: 0, inGroup: 3, communityShare: 0.351)
    #expect(RepresentationBand(close) == .reflects)
    #expect(close.seatsToReachThreshold() == 0)
    // Insufficient data: coverage 5/9 < 0.70 (N = 9, u = 4).
    let hidden = try GroupMeasures(inPost: 9, unknown: 4, inGroup: 0, communityShare: 0.5)
    #expect(RepresentationBand(hidden) == .insufficientData)
    // Insufficient data: only 4 declared although coverage is 100%.
    let tiny = try GroupMeasures(inPost: 4, unknown: 0, inGroup: 0, communityShare: 0.9)
    #expect(RepresentationBand(tiny) == .insufficientData)
    // Coverage exactly 0.70 (7 of 10) is enough; shortfall 7·0.5 - 0 = 3.5, P(X<=0) = 0.5^7.
    let edge = try GroupMeasures(inPost: 10, unknown: 3, inGroup: 0, communityShare: 0.5)
    #expect(edge.coverage == 0.7)
    #expect(RepresentationBand(edge) == .wellBelow)
    // Custom thresholds: a significance of 0.001 turns that well-below (tail 0.0078125) into below.
    let strict = BandThresholds(significance: 0.001)
    #expect(RepresentationBand(edge, thresholds: strict) == .below)
}

@Test("empty bodies and zero community shares give nil measures, not crashes")
func degenerateBodies() throws {
    // By hand: N = 0 means nothing is declared: no share, interval, gap, bounds or coverage;
    // X ~ Binomial(0, p) is 0 surely, so both tails at k = 0 are 1.
    let empty = try GroupMeasures(inPost: 0, unknown: 0, inGroup: 0, communityShare: 0.4)
    #expect(empty.share == nil && empty.interval == nil && empty.gap == nil && empty.ratio == nil)
    #expect(empty.bounds == nil && empty.coverage == nil)
    #expect(empty.lowerTail == 1 && empty.upperTail == 1)
    #expect(RepresentationBand(empty) == .insufficientData)
    // All unknown: N = 6, u = 6 gives n = 0 but bounds 0 to 1 and coverage 0.
    let unknown = try GroupMeasures(inPost: 6, unknown: 6, inGroup: 0, communityShare: 0.4)
    #expect(unknown.share == nil && unknown.bounds?.lower == 0 && unknown.bounds?.upper == 1)
    #expect(unknown.coverage == 0)
    // p = 0: the ratio is undefined; expected 0; k = 2 gives shortfall -2.
    let absent = try GroupMeasures(inPost: 8, unknown: 0, inGroup: 2, communityShare: 0)
    #expect(absent.ratio == nil && absent.expected == 0 && absent.shortfall == -2)
}

@Test("bad input is refused with a typed error")
func groupMeasuresValidation() {
    #expect(throws: MeasureInputError.negativeCount(-1)) {
        try GroupMeasures(inPost: -1, unknown: 0, inGroup: 0, communityShare: 0.5)
    }
    #expect(throws: MeasureInputError.moreUnknownThanInPost(unknown: 5, inPost: 4)) {
        try GroupMeasures(inPost: 4, unknown: 5, inGroup: 0, communityShare: 0.5)
    }
    #expect(throws: MeasureInputError.moreInGroupThanDeclared(inGroup: 4, declared: 3)) {
        try GroupMeasures(inPost: 5, unknown: 2, inGroup: 4, communityShare: 0.5)
    }
    #expect(throws: MeasureInputError.shareOutOfRange(1.2)) {
        try GroupMeasures(inPost: 5, unknown: 0, inGroup: 1, communityShare: 1.2)
    }
}

@Test("what-if table after the seats that fall free are filled")
func whatIfTable() throws {
    // Now: N = 10, u = 1, k = 1, p = 0.45 (n = 9). Within the horizon: 1 vacancy, 2 declared
    // members leave (neither in the group) and 1 unknown member leaves, so h = 4.
    // By hand afterwards: N' = 11, u' = 0, n' = 11, k' = 1 + j, shortfall = 4.95 - 1 - j.
    let now = try GroupMeasures(inPost: 10, unknown: 1, inGroup: 1, communityShare: 0.45)
    let turnover = try SeatTurnover(vacant: 1, leavingDeclared: 2, leavingInGroup: 0, leavingUnknown: 1)
    #expect(turnover.seats == 4)
    let rows = try now.whatIfTable(turnover)
    #expect(rows.map(\.newInGroup) == [0, 1, 2, 3, 4])
    #expect(rows.allSatisfy { $0.measures.inPost == 11 && $0.measures.unknown == 0 })
    #expect(rows.map(\.measures.inGroup) == [1, 2, 3, 4, 5])
    // scipy: binom.cdf(k', 11, 0.45) for k' = 1...5.
    let tails = [
        0.013931233916552745, 0.06522350424567877, 0.1911227132353517,
        0.39713960067299836, 0.6331225808288475,
    ]
    for (row, tail) in zip(rows, tails) { #expect(isClose(row.measures.lowerTail, tail)) }
    // Bands by hand: shortfalls 3.95, 2.95, 1.95 (>= 1) with tails 0.014 (< 0.05), 0.065, 0.19;
    // then 0.95 and -0.05 (< 1).
    #expect(rows.map(\.band) == [.wellBelow, .below, .below, .reflects, .reflects])
    // Seats now: shortfall 9·0.45 - 1 = 3.05, so 3 seats; the horizon has 4, enough.
    #expect(now.seatsToReachThreshold() == 3)
    // More leavers than members is refused.
    let tooMany = try SeatTurnover(vacant: 0, leavingDeclared: 10, leavingInGroup: 0, leavingUnknown: 0)
    #expect(throws: MeasureInputError.self) { try now.whatIf(tooMany, newInGroup: 0) }
    #expect(throws: MeasureInputError.self) { try now.whatIf(turnover, newInGroup: 5) }
}

@Test("results survive a JSON round trip")
func resultsAreCodable() throws {
    // No numbers are checked here beyond equality with the value before encoding.
    let measures = try GroupMeasures(inPost: 12, unknown: 2, inGroup: 1, communityShare: 0.351)
    let decoded = try JSONDecoder().decode(GroupMeasures.self, from: JSONEncoder().encode(measures))
    #expect(decoded == measures)
    let pooled = PooledMeasures([try BodyObservation(declared: 9, inGroup: 2, communityShare: 0.3)])
    #expect(try JSONDecoder().decode(PooledMeasures.self, from: JSONEncoder().encode(pooled)) == pooled)
    let table = DisclosurePolicy().publish(try TwoWayCountTable(rows: [[10, 2, 7], [6, 9, 8]]))
    #expect(try JSONDecoder().decode(PublishedTwoWayTable.self, from: JSONEncoder().encode(table)) == table)
    let shares: [EthnicGroup2021: Double] = [.white: 0.7, .asian: 0.3]
    let composition = try #require(try CompositionMeasures(declaredCounts: [.white: 5], communityShares: shares))
    #expect(try JSONDecoder().decode(CompositionMeasures.self, from: JSONEncoder().encode(composition)) == composition)
}
