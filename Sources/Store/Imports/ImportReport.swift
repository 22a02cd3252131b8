import Governance

/// What an import did, for the command to print and the import log to keep.
public struct ImportReport: Sendable, Codable, Equatable {
    public var importRunID: Int64 = 0
    public var file: String
    public var encoding: String
    public var rowsRead = 0
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public var rejected = 0
    /// Rows read but outside the register, counted by reason (e.g. academy trust roles).
    public var outside: [String: Int] = [:]
    /// People created, for governance imports.
    public var peopleCreated = 0
    /// Governing bodies created, for establishment imports.
    public var bodiesCreated = 0
    /// Groups of records an officer should look at (ambiguous identities), as sentences.
    public var questions: [String] = []
    /// Other things worth saying (e.g. governors recorded from GIAS who are not in this file).
    public var notes: [String] = []
    /// Where the rejected rows were written, when any were.
    public var rejectsFile: String?

    public init(file: String, encoding: String) {
        self.file = file
        self.encoding = encoding
    }
}

/// How an import runs.
public struct ImportOptions: Sendable {
    /// Import the good rows and write the bad ones, with reasons, to `rejectsPath`.
    public var skipInvalid: Bool
    public var rejectsPath: String
    /// Dates after this are refused (GIAS: appointment dates are not in the future).
    public var today: Governance.CalendarDate
    /// Called now and then with (rows read, bytes read, file size) on long files.
    public var progress: (@Sendable (Int, Int, Int) -> Void)?
    /// Called after each phase with its name and seconds taken (for benchmarks).
    public var timing: (@Sendable (String, Double) -> Void)?

    public init(
        skipInvalid: Bool, rejectsPath: String, today: Governance.CalendarDate,
        progress: (@Sendable (Int, Int, Int) -> Void)? = nil
    ) {
        self.skipInvalid = skipInvalid
        self.rejectsPath = rejectsPath
        self.today = today
        self.progress = progress
    }
}
