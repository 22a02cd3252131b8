import Governance
import Interchange
import Logging
import PostgresNIO

/// Imports community profiles from the layouts publishers use, recognised by their header: Nomis
/// census bulk CSV (one profile per geography row), DfE school-level pupil data (pupil ethnicity
/// and sex profiles per school), or the tidy layout. All or nothing: a bad file is refused whole
/// with one line naming file, line and column.
public struct ProfileImport: Sendable {
    let register: Register

    public init(register: Register) { self.register = register }

    /// What an import found and stored.
    public struct Report: Sendable {
        public var layout: String
        public var profiles: [CommunityProfile]
        /// Rows read that gave no profile (e.g. independent schools' `z` values), by line.
        public var skippedLines: [Int]
        /// The line each profile starts on, in the order of `profiles`.
        public var profileLines: [Int] = []
    }

    /// Reads and stores the profiles in `path`, each attributed to the authority whose bodies it
    /// judges (`ProfileOwner`); a profile for an authority outside `owner.scope` is refused whole.
    public func run(
        path: String, displayName: String, encoding: TextEncoding?, source: ProfileSource, owner: ProfileOwner = ProfileOwner()
    ) async throws -> Report {
        var report = try Self.read(path: path, displayName: displayName, encoding: encoding, source: source)
        let sha = try FileDigest.sha256(path: path)
        let logger = register.logger
        let profiles = report.profiles
        let lines = report.profileLines
        try await register.database.write { connection in
            var authorities: [Int?] = []
            var urns: [Int?] = []
            for (index, p) in profiles.enumerated() {
                let (la, urn) = try await owner.authority(of: p, on: connection, logger: logger)
                if let problem = owner.refusal(la: la, profile: p) {
                    throw StoreError.importRefused(
                        "\(displayName):\(index < lines.count ? lines[index] : 1): \(problem); nothing was imported")
                }
                authorities.append(la)
                urns.append(urn)
            }
            // A profile already recorded is refused by name, with its line, before anything is written.
            let existing = Set(
                try await connection.query(
                    """
                    SELECT name FROM community_profiles WHERE withdrawn_on IS NULL AND name = ANY(\(profiles.map(\.name)))
                    """, logger: logger
                ).collect(String.self))
            if let index = profiles.firstIndex(where: { existing.contains($0.name) }) {
                throw StoreError.importRefused(
                    "\(displayName):\(index < lines.count ? lines[index] : 1): profile \"\(profiles[index].name)\" is already "
                        + "recorded (a newer edition needs another source name or date); nothing was imported")
            }
            let run = try await connection.query(
                """
                INSERT INTO import_runs (kind, file_name, file_sha256, rows_read, inserted, updated, unchanged, rejected)
                VALUES ('profiles', \(displayName), \(sha), \(profiles.count), \(profiles.count), 0, 0, 0)
                RETURNING import_run_id
                """, logger: logger
            ).collect(Int64.self)[0]
            for (index, p) in profiles.enumerated() {
                let urn = urns[index], la = authorities[index]
                let id = try await connection.query(
                    """
                    INSERT INTO community_profiles (name, geography_kind, geography_code, geography_name, urn, classification,
                                                    source, reference_date, unknown_count, import_run_id, la_code, minimum_age)
                    VALUES (\(p.name), \(p.kind.rawValue), \(p.geographyCode), \(p.geographyName), \(urn),
                            \(p.classification.rawValue), \(p.source), \(p.referenceDate), \(p.unknown), \(run), \(la),
                            \(p.minimumAge))
                    RETURNING profile_id
                    """, logger: logger
                ).collect(Int64.self)[0]
                let categories = p.counts.keys.sorted()
                try await connection.query(
                    """
                    INSERT INTO profile_counts (profile_id, category, count)
                    SELECT \(id), c, n FROM unnest(\(categories)::text[], \(categories.map { p.counts[$0]! })::bigint[]) AS u(c, n)
                    """, logger: logger)
            }
        }
        report.profiles = profiles
        return report
    }

    /// Parses the whole file into profiles (profile files are small: one row per geography or school).
    static func read(path: String, displayName: String, encoding: TextEncoding?, source: ProfileSource) throws -> Report {
        let reader: CSVReader
        do { reader = try CSVReader(path: path, displayName: displayName, encoding: encoding) } catch let error as CSVError {
            throw StoreError.importRefused(error.description)
        }
        guard let header = try GIASGovernanceImport.next(reader) else {
            throw StoreError.importRefused(
                "\(displayName):1: the file is empty; expected a Nomis, DfE school-level or tidy header")
        }
        func refuse(_ line: Int, _ problem: FieldProblem) -> StoreError {
            .importRefused("\(displayName):\(line): field \"\(problem.field)\": \(problem.sentence); nothing was imported")
        }
        var profiles: [CommunityProfile] = []
        var lines: [Int] = []
        var skipped: [Int] = []
        var seen: [String: Int] = [:]
        func add(_ profile: CommunityProfile, line: Int) throws {
            let key = "\(profile.geographyCode ?? profile.geographyName)|\(profile.classification.rawValue)"
            if let first = seen[key] {
                throw refuse(
                    line,
                    FieldProblem(
                        field: "geography code", expected: "each geography once (line \(first) has it too)",
                        found: profile.geographyCode ?? profile.geographyName))
            }
            seen[key] = line
            profiles.append(profile)
            lines.append(line)
        }
        let layout: String
        if NomisLayout.recognises(header.fields) {
            layout = "Nomis census bulk CSV"
            let plan: NomisLayout
            do { plan = try NomisLayout(header: header.fields) } catch { throw refuse(header.line, error) }
            while let record = try GIASGovernanceImport.next(reader) {
                do {
                    try add(try plan.profile(record.fields, header: header.fields, source: source), line: record.line)
                } catch let e as FieldProblem {
                    throw refuse(record.line, e)
                }
            }
        } else if SchoolCensusLayout.recognises(header.fields) {
            layout = "DfE school-level pupil data"
            let plan: SchoolCensusLayout
            do { plan = try SchoolCensusLayout(header: header.fields) } catch { throw refuse(header.line, error) }
            while let record = try GIASGovernanceImport.next(reader) {
                do {
                    let found = try plan.profiles(record.fields, header: header.fields, source: source)
                    if found.profiles.isEmpty { skipped.append(record.line) }
                    for profile in found.profiles { try add(profile, line: record.line) }
                } catch let e as FieldProblem { throw refuse(record.line, e) }
            }
        } else if TidyLayout.recognises(header.fields) {
            layout = "tidy CSV"
            (profiles, lines) = try readTidy(reader, source: source, refuse: refuse)
        } else {
            throw StoreError.importRefused(
                "\(displayName):\(header.line): header: expected a Nomis census bulk CSV (with "
                    + "\"geography code\"), DfE school-level pupil data (with \"urn\"), or the tidy layout "
                    + "(\(TidyLayout.header.joined(separator: ","))); found \"\(header.fields.prefix(4).joined(separator: ","))...\""
            )
        }
        guard !profiles.isEmpty else {
            throw StoreError.importRefused("\(displayName): no profile in the file; nothing was imported")
        }
        return Report(layout: layout, profiles: profiles, skippedLines: skipped, profileLines: lines)
    }

    static func readTidy(_ reader: CSVReader, source: ProfileSource, refuse: (Int, FieldProblem) -> StoreError) throws
        -> (profiles: [CommunityProfile], lines: [Int])
    {
        var grouped: [String: CommunityProfile] = [:]
        var order: [String] = []
        var firstLine: [String: Int] = [:]
        var startLine: [String: Int] = [:]
        while let record = try GIASGovernanceImport.next(reader) {
            let row: (code: String, name: String, classification: ProfileClassification, category: String?, count: Int)
            do { row = try TidyLayout.row(record.fields) } catch { throw refuse(record.line, error) }
            let key = "\(row.code)|\(row.classification.rawValue)"
            if grouped[key] == nil {
                order.append(key)
                startLine[key] = record.line
                grouped[key] = CommunityProfile(
                    name:
                        "\(source.source): \(row.classification.isEthnicity ? "ethnic group" : "sex"), \(row.name) (\(row.code))",
                    kind: source.kind ?? .borough, geographyCode: row.code, geographyName: row.name,
                    classification: row.classification, source: source.source, referenceDate: source.referenceDate, counts: [:])
            }
            let cellKey = "\(key)|\(row.category ?? "unknown")"
            if let first = firstLine[cellKey] {
                throw refuse(
                    record.line,
                    FieldProblem(
                        field: "category", expected: "each category once per geography (line \(first) has it)",
                        found: row.category ?? "unknown"))
            }
            firstLine[cellKey] = record.line
            if let category = row.category {
                grouped[key]!.counts[category] = row.count
            } else {
                grouped[key]!.unknown = row.count
            }
        }
        return (order.map { grouped[$0]! }, order.map { startLine[$0]! })
    }
}

/// Who a profile belongs to: the authority whose area or school it describes, else the one the
/// importer names, else (for an importer acting for one authority) theirs; none for a shared
/// profile (a national survey), which only an every-authority importer may add.
public struct ProfileOwner: Sendable {
    /// The authority named on import (`--la`), if any.
    public var laCode: Int?
    /// The authorities the importer acts for.
    public var scope: AuthorityScope

    public init(laCode: Int? = nil, scope: AuthorityScope = .all) {
        self.laCode = laCode
        self.scope = scope
    }

    /// The authority `profile` belongs to and its school's URN (pupil profiles).
    func authority(of profile: CommunityProfile, on connection: PostgresConnection, logger: Logger) async throws -> (
        la: Int?, urn: Int?
    ) {
        let urn = profile.kind == .schoolPupils ? Int(profile.geographyCode ?? "") : nil
        let row = try await connection.query(
            """
            SELECT govmon_authority_of_area(\(profile.geographyCode)), govmon_authority_of_school(\(urn)::integer)
            """, logger: logger
        ).collect((Int?, Int?).self).first
        let byArea = row?.0 ?? nil, bySchool = row?.1 ?? nil
        // A school the register does not hold is kept as a code only (no reference to schools).
        let knownURN = bySchool == nil ? nil : urn
        if let found = byArea ?? bySchool { return (found, knownURN) }
        if let laCode { return (laCode, knownURN) }
        if case .only(let codes) = scope, codes.count == 1 { return (codes[0], knownURN) }
        return (nil, knownURN)
    }

    /// Why the importer may not add `profile` for `la`, or nil when they may.
    func refusal(la: Int?, profile: CommunityProfile) -> String? {
        // The sentences name the line, not the area: the caller knows their own file.
        if let named = laCode, let la, named != la {
            return "the profile describes the area of another authority than --la \(named); an officer of that authority "
                + "imports it"
        }
        guard let la else {
            return scope == .all
                ? nil
                : "the profile belongs to no authority: give the authority it is for (--la), or have an officer for every "
                    + "authority import it as a shared profile"
        }
        if !scope.includes(la) {
            return "the profile describes an area outside your authorities; an officer of that authority imports it"
        }
        return nil
    }
}
