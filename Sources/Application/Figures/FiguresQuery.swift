import Governance
import Reports
import Store

/// Representativeness of one body or one authority on a date, as the command line prints it and
/// the service answers it (each then shows the caller the face its audience may see).
public struct FiguresQuery: Sendable {
    public let register: Register
    public let bands: BandThresholds

    public init(register: Register, bands: BandThresholds) {
        self.register = register
        self.bands = bands
    }

    /// A body's figures against its comparators (or `against`), with the inputs behind them (for
    /// what-if). A body governing no school on the date has no figures: refused with a sentence.
    public func body(
        _ body: GoverningBody, asOf date: CalendarDate, definition: MinorityDefinition, against: CommunityProfile? = nil
    )
        async throws -> (figures: BodyRepresentation, inputs: RepresentationInputs)
    {
        let inputs = try await register.representationInputs(laCode: nil, bodyID: body.id, asOf: date)
        guard
            let figures = RepresentationFigures.bodies(
                inputs, groups: RepresentationFigures.groups(definition), bands: bands, asOf: date, override: against
            ).first
        else { throw NotFound("body \(body.id) has no schools on \(date.iso)") }
        return (figures, inputs)
    }

    /// An authority's pooled figures and breakdowns (with the flow since `since`).
    public func borough(laCode: Int, asOf date: CalendarDate, since: CalendarDate?, definition: MinorityDefinition)
        async throws -> (figures: BoroughFigures, inputs: RepresentationInputs)
    {
        let groups = RepresentationFigures.groups(definition)
        let inputs = try await register.representationInputs(laCode: laCode, asOf: date, since: since)
        let borough = RepresentationFigures.borough(
            inputs, laCode: laCode, groups: groups, bands: bands, asOf: date, since: since)
        return (
            BoroughFigures(
                borough: borough, members: inputs.members.values.flatMap { $0 }, groups: groups, definition: definition),
            inputs
        )
    }
}

/// Something asked for that is not there (as the store's `notFound`, for what the application finds missing).
public struct NotFound: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
