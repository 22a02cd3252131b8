/// One round of reconstitution of a body, with the stages reached.
public struct Reconstitution: Sendable, Codable, Equatable {
    public var id: Int64
    public var bodyID: BodyID
    public var bodyName: String
    public var startedOn: CalendarDate
    public var instrumentID: Int64?
    public var note: String?
    public var stages: [StageReached]

    /// A stage and the date it was reached.
    public struct StageReached: Sendable, Codable, Equatable {
        public var stage: ReconstitutionStage
        public var reachedOn: CalendarDate
        /// The stage record's id (for `reconstitution correct-stage` and `void-stage`).
        public var id: Int64?

        /// The record as given, field by field.
        public init(stage: ReconstitutionStage, reachedOn: CalendarDate, id: Int64? = nil) {
            self.stage = stage
            self.reachedOn = reachedOn
            self.id = id
        }
    }

    /// The record as given, field by field.
    public init(
        id: Int64, bodyID: BodyID, bodyName: String, startedOn: CalendarDate, instrumentID: Int64? = nil, note: String? = nil,
        stages: [StageReached]
    ) {
        self.id = id
        self.bodyID = bodyID
        self.bodyName = bodyName
        self.startedOn = startedOn
        self.instrumentID = instrumentID
        self.note = note
        self.stages = stages
    }
}
