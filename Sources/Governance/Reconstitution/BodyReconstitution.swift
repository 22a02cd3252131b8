/// One body's reconstitution on a date: its state, the stages of its latest round, and, for the
/// new instrument, the surplus per category at the moment it takes effect and whether recorded
/// departures resolve it (reg 15 as substituted in 2014; the system never chooses who leaves).
public struct BodyReconstitution: Sendable, Codable, Equatable {
    /// A stage reached on a date (one concept with a round's stages).
    public typealias StageReached = Reconstitution.StageReached

    /// A category with more governors than the new instrument's seats.
    public struct Surplus: Sendable, Codable, Equatable {
        public var category: GovernorCategory
        public var seats: Int
        public var serving: Int
        public var surplus: Int
        public var decidedBy: DepartureAuthority
        /// Departures recorded by the right authority on or before the date.
        public var decided: Int
        public var remaining: Int
        public var citation: String
    }

    public var bodyID: BodyID
    public var bodyName: String
    public var laCode: Int
    public var state: ReconstitutionState
    public var stages: [StageReached]
    /// The new (2012-regulations) instrument's effective date, when one is recorded.
    public var newInstrumentEffective: CalendarDate?
    public var surpluses: [Surplus]
    /// A note when the surplus could not be worked out (e.g. the stored instrument is not valid).
    public var note: String?

    /// Builds the review. `newInstrument` is the latest 2012-regulations instrument made by `asOf`
    /// (nil when none); `appointments` are the body's; `decisions` the recorded departures.
    public static func review(
        bodyID: BodyID, bodyName: String, laCode: Int, state: ReconstitutionState, stages: [StageReached],
        newInstrument: Result<InstrumentOfGovernment, InstrumentProblems>?, appointments: [MemberAppointment],
        decisions: [DepartureDecision], asOf: CalendarDate
    ) -> BodyReconstitution {
        var review = BodyReconstitution(
            bodyID: bodyID, bodyName: bodyName, laCode: laCode, state: state, stages: stages,
            newInstrumentEffective: nil, surpluses: [], note: nil)
        switch newInstrument {
        case .none:
            break
        case .failure(let problems):
            review.note =
                "the recorded instrument is not valid, so no surplus is worked out: "
                + problems.problems.map(\.message).joined(separator: "; ")
        case .success(let instrument):
            review.newInstrumentEffective = instrument.effectiveFrom
            let surpluses = ReconstitutionSurplus.surpluses(instrument: instrument, appointments: appointments)
            review.surpluses = ReconstitutionSurplus.resolution(of: surpluses, decisions: decisions, on: asOf).map { r in
                Surplus(
                    category: r.surplus.category, seats: r.surplus.seats, serving: r.surplus.serving,
                    surplus: r.surplus.surplus, decidedBy: r.surplus.decidedBy, decided: r.counted.count,
                    remaining: r.remaining, citation: r.surplus.citation)
            }
        }
        return review
    }

    /// Governors still to leave across categories.
    public var remainingSurplus: Int { surpluses.reduce(0) { $0 + $1.remaining } }
}
