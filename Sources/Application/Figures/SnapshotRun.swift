import Governance
import Reports
import Store

/// Representativeness snapshots (aggregates only, kept for the trend) of every body and of each
/// authority on a date: `govmon represent snapshot` and `POST /representativeness/snapshots`.
public struct SnapshotRun: Sendable {
    public let register: Register
    public let bands: BandThresholds

    public init(register: Register, bands: BandThresholds) {
        self.register = register
        self.bands = bands
    }

    /// What a run stored and how long its parts took.
    public struct Outcome: Sendable {
        public var stored = 0
        public var authorities = 0
        public var bodies = 0
        public var loading = Duration.zero
        public var computing = Duration.zero
        public var storing = Duration.zero
    }

    /// The groups stored: women and both definitions, unless one definition is asked for.
    public static func groups(_ definition: MinorityDefinition?) -> [RepresentedGroup] {
        guard let definition else { return RepresentationFigures.reviewGroups }
        return [.women, .ethnicMinority(definition)]
    }

    /// Takes the snapshots of `laCodes` (nil: every authority the register sees) on `asOf`.
    public func take(asOf: CalendarDate, laCodes: [Int]? = nil, definition: MinorityDefinition? = nil) async throws -> Outcome {
        let clock = ContinuousClock()
        let codes: [Int]
        if let laCodes { codes = laCodes } else { codes = try await register.localAuthorities().map(\.code) }
        let groups = Self.groups(definition)
        var outcome = Outcome(authorities: codes.count)
        for code in codes {
            var start = clock.now
            let inputs = try await register.representationInputs(laCode: code, asOf: asOf)
            outcome.loading += clock.now - start
            start = clock.now
            let bodies = RepresentationFigures.bodies(inputs, groups: groups, bands: bands, asOf: asOf)
            let borough = RepresentationFigures.borough(
                inputs, laCode: code, groups: groups, bands: bands, asOf: asOf, since: nil)
            let rows = RepresentationFigures.snapshotRows(bodies: bodies, borough: borough)
            outcome.computing += clock.now - start
            outcome.bodies += bodies.count
            start = clock.now
            outcome.stored += try await register.storeSnapshots(rows.map(\.0), measures: rows.map(\.1))
            outcome.storing += clock.now - start
        }
        return outcome
    }
}
