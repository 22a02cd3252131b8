import Foundation
import Governance
import Testing

@Test("every per-body measure for 25,000 bodies (a national run)")
func nationalPerBodyRun() throws {
    // No timing assertion (machines differ); the run's duration is printed by the test runner.
    // Each body: N = 7...20, u = 0...2, k drawn from 0...n, p = 0.05...0.60; plus the five-group
    // composition. Checked: every result is a probability or share where it should be, and the
    // bands agree with the rules applied by hand to the stored numbers.
    var generator = SplitMix64(seed: 2024)
    var bandCounts: [RepresentationBand: Int] = [:]
    for _ in 0..<25_000 {
        let inPost = generator.int(in: 7...20)
        let unknown = generator.int(in: 0...2)
        let inGroup = generator.int(in: 0...(inPost - unknown))
        let p = 0.05 + 0.55 * generator.unit()
        let m = try GroupMeasures(inPost: inPost, unknown: unknown, inGroup: inGroup, communityShare: p)
        let band = RepresentationBand(m)
        bandCounts[band, default: 0] += 1
        #expect((0...1).contains(m.lowerTail) && (0...1).contains(m.upperTail))
        let expectedBand: RepresentationBand =
            (m.coverage ?? 0) < 0.7 || m.declared < 5
            ? .insufficientData
            : m.shortfall < 1 ? .reflects : m.lowerTail < 0.05 ? .wellBelow : .below
        #expect(band == expectedBand)

        let white = generator.int(in: 0...(inPost - unknown))
        let counts: [EthnicGroup2021: Int] = [.white: white, .asian: inPost - unknown - white]
        let shares: [EthnicGroup2021: Double] = [.white: 0.6, .asian: 0.2, .black: 0.1, .mixed: 0.07, .other: 0.03]
        if let composition = try CompositionMeasures(declaredCounts: counts, communityShares: shares) {
            #expect((0...1).contains(composition.rose) && (0...1).contains(composition.expectedRose))
        }
    }
    #expect(bandCounts.values.reduce(0, +) == 25_000)
}
