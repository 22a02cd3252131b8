import Governance

/// One round of reconstitution of a body, with the stages reached.
public struct Reconstitution: Sendable, Codable, Equatable {
    public var id: Int64
    public var bodyID: Int64
    public var bodyName: String
    public var startedOn: CalendarDate
    public var instrumentID: Int64?
    public var note: String?
    public var stages: [StageReached]

    /// A stage and the date it was reached.
    public struct StageReached: Sendable, Codable, Equatable {
        public var stage: ReconstitutionStage
        public var reachedOn: CalendarDate
    }
}
