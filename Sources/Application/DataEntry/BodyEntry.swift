import Governance
import Reports
import Store

/// What is recorded about a body, as every edge records it: instruments of government, the
/// profile it is judged against, rounds and stages of reconstitution, planned headteacher
/// appointments. The edge finds the body (and holds a chair to their own).
public struct BodyEntry: Sendable {
    public let register: Register
    /// Today, the default date a headteacher appointment plan is recorded on.
    public let today: CalendarDate
    /// The readings of the constitution rules an instrument is checked against.
    public let rules: ConstitutionRules

    public init(register: Register, today: CalendarDate, rules: ConstitutionRules = .defaults) {
        self.register = register
        self.today = today
        self.rules = rules
    }

    /// Records an instrument of government; answers its id. One made under the 2012 regulations
    /// that breaks them is refused, naming the rule, unless it is recorded as a draft (kept,
    /// listed, never in force: docs/constitution.md s5).
    public func addInstrument(_ instrument: NewInstrument) async throws -> Int64 {
        if let problem = instrument.problems().first { throw RuleViolation(problem) }
        if !instrument.draft, instrument.regulations == 2012 {
            let breaches = try await breaches(of: instrument)
            if let first = breaches.first {
                let more = breaches.count > 1 ? " (and \(breaches.count - 1) more)" : ""
                throw RuleViolation(
                    "the instrument breaks the 2012 regulations: \(first)\(more); correct the seats, or record it as a "
                        + "draft (--draft), which is kept but never in force")
            }
        }
        return try await register.addInstrument(instrument)
    }

    /// What in `instrument` breaks the constitution rules for the schools its body governs, as
    /// `body check` words it (nothing for a lawful instrument).
    public func breaches(of instrument: NewInstrument) async throws -> [String] {
        let body = try await register.body(String(instrument.bodyID.rawValue))
        var record = InstrumentRecord(
            id: 0, bodyID: instrument.bodyID, madeOn: instrument.madeOn, effectiveFrom: instrument.effectiveFrom,
            regulations: instrument.regulations, headIsGovernor: instrument.headIsGovernor, note: instrument.note,
            seats: instrument.seats)
        record.staffEligibleCoOpted = instrument.staffEligibleCoOpted
        let report = ConstitutionReport(
            body: body, schools: try await register.schools(governedBy: body), instrument: record, appointments: [],
            on: instrument.effectiveFrom, rules: rules, staffEligibleCoOpted: instrument.staffEligibleCoOpted)
        return report.lines.filter { $0.about == "instrument" && $0.finding.severity == .breach }.map(\.finding.message)
    }

    /// Records instruments, and the reconstitution stages that led to them, from the lines of an
    /// instrument file (`instrument import`), all or none: a line the register refuses (an unknown
    /// URN, two instruments taking effect on one day) refuses the file, naming the line.
    public func importInstruments(_ rows: [(line: Int, row: InstrumentFileRow)], file: String) async throws -> Int {
        try await register.inOneTransaction { register in
            let entry = BodyEntry(register: register, today: today, rules: rules)
            for (line, row) in rows {
                do {
                    let body = try await register.body(String(row.urn))
                    let id = try await entry.addInstrument(
                        NewInstrument(
                            bodyID: body.id, madeOn: row.made, effectiveFrom: row.effective, regulations: row.regulations,
                            headIsGovernor: row.headIsGovernor, note: row.note, seats: row.seats, draft: row.draft,
                            staffEligibleCoOpted: row.staffEligibleCoOpted))
                    for (stage, on) in row.stages.sorted(by: { ($0.on, $0.stage) < ($1.on, $1.stage) }) {
                        let names = stage == .instrumentMade || stage == .instrumentEffective
                        _ = try await entry.recordStage(
                            bodyID: body.id, stage: stage, on: on, instrumentID: names ? id : nil, note: nil)
                    }
                } catch let error as StoreError {
                    throw StoreError.importRefused("\(file):\(line): \(error)")
                } catch let error as RuleViolation {
                    throw StoreError.importRefused("\(file):\(line): \(error)")
                }
            }
            return rows.count
        }
    }

    /// The lines of a blank instrument file: one per body (of `laCode`, or every one) that governs
    /// a school on `date`, named by its first school's URN, with the body's name for the reader
    /// (a `body` column the import ignores) and the 2012 regulations filled in.
    public func instrumentTemplate(laCode: Int?, on date: CalendarDate) async throws -> (columns: [String], rows: [[String]]) {
        let columns = ["body"] + InstrumentFileRow.columns
        var rows: [[String]] = []
        for body in try await register.bodies(laCode: laCode) where body.dissolvedOn.map({ $0 > date }) ?? true {
            guard let urn = body.schoolURNs.first else { continue }
            var row = Array(repeating: "", count: columns.count)
            row[0] = body.name
            row[columns.firstIndex(of: "urn")!] = String(urn)
            row[columns.firstIndex(of: "regulations")!] = "2012"
            row[columns.firstIndex(of: "head_is_governor")!] = "yes"
            rows.append(row)
        }
        return (columns, rows)
    }

    /// Judges a body against the profile `profile` names (its id or exact name); the profile's
    /// classification decides the dimension (ethnicity or sex), which is answered with it.
    public func linkComparator(bodyID: BodyID, profile: String) async throws -> (profile: StoredProfile, dimension: String) {
        let stored = try await register.profile(profile)
        return (stored, try await register.linkComparator(bodyID: bodyID, profile: stored))
    }

    /// Starts a round of reconstitution; answers its id.
    public func startReconstitution(bodyID: BodyID, on date: CalendarDate, note: String?) async throws -> Int64 {
        try await register.startReconstitution(bodyID: bodyID, on: date, note: note)
    }

    /// Records a stage reached (starting a round when none is open); answers the round's id.
    public func recordStage(
        bodyID: BodyID, stage: ReconstitutionStage, on date: CalendarDate, instrumentID: Int64?, note: String?
    ) async throws -> Int64 {
        try await register.recordReconstitutionStage(
            bodyID: bodyID, stage: stage, on: date, instrumentID: instrumentID, note: note)
    }

    /// Plans a headteacher appointment (the refresher-training check reads it); answers its id.
    public func planRecruitment(bodyID: BodyID, plannedOn: CalendarDate, recordedOn: CalendarDate?, note: String?)
        async throws -> Int64
    {
        try await register.planHeadteacherRecruitment(
            bodyID: bodyID, recordedOn: recordedOn ?? today, plannedOn: plannedOn, note: note)
    }

    /// Cancels a planned headteacher appointment; answers it as it now stands.
    public func cancelRecruitment(_ id: Int64, on date: CalendarDate) async throws -> HeadteacherRecruitment {
        let planned = try await register.headteacherRecruitment(id)
        try await register.cancelHeadteacherRecruitment(planned.id, on: date)
        return try await register.headteacherRecruitment(planned.id)
    }

    /// Withdraws the profile `profile` names (it stays on record, no longer offered as a comparator).
    public func withdrawProfile(_ profile: String, on date: CalendarDate, reason: String) async throws -> StoredProfile {
        let stored = try await register.profile(profile)
        try await register.withdrawProfile(stored.id, on: date, reason: reason)
        return try await register.profile(String(stored.id))
    }
}
