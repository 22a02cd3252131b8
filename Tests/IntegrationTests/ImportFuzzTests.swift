import DemoBorough
import Foundation
import Governance
import Store
import Synchronization
import TestSupport
import Testing

/// Every importer against thousands of broken files (FileMutator) and a real PostgreSQL: it never
/// crashes or hangs, and either imports or refuses with an error naming the file (and the line,
/// where there is one), leaving the database exactly as it was.
///
/// GOVMON_FUZZ_CASES sets the cases per importer (default 400: 2,000 in CI); GOVMON_FUZZ_SEED
/// replays a run (each failure prints its seed and case number).
@Suite struct ImportFuzzTests {
    enum Importer: String, CaseIterable, Sendable {
        case schools, governance, nomis, schoolCensus, tidy
    }

    static var cases: Int { ProcessInfo.processInfo.environment["GOVMON_FUZZ_CASES"].flatMap(Int.init) ?? 400 }
    static var seed: UInt64 { ProcessInfo.processInfo.environment["GOVMON_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_151_201 }

    static func valid(_ importer: Importer) -> String {
        switch importer {
        case .schools: return Fixtures.establishments
        case .governance: return Fixtures.governance
        case .nomis: return Fixtures.nomis
        case .schoolCensus:
            let labels = ["white British", "Indian", "African", "any other ethnic group"]
            let header =
                ["urn", "school_name"] + labels.map { "number of pupils classified as \($0) ethnic origin" }
                + ["number of pupils unclassified", "headcount total girls", "headcount total boys"]
            return [header, ["102649", "Abbotsbury", "30", "10", "8", "2", "5", "26", "29"]]
                .map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        case .tidy:
            let rows = DemoProfiles.tidyRows(geographyCode: "E09000024", geographyName: "Merton")
            return ([TidyLayout.header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
    }

    /// Imports `path`; profiles are named by their source, so each case gets a source of its own
    /// (`edition`) and a valid mutation imports instead of colliding with the profiles before it.
    static func run(_ importer: Importer, _ register: Register, path: String, edition: Int = 0) async throws {
        let options = ImportOptions(skipInvalid: false, rejectsPath: path + ".rejects.csv", today: Fixtures.today)
        switch importer {
        case .schools:
            _ = try await SchoolsImport(register: register).run(
                path: path, displayName: "fuzz.csv", encoding: nil, options: options)
        case .governance:
            _ = try await GIASGovernanceImport(register: register).run(
                path: path, displayName: "fuzz.csv", encoding: nil, options: options)
        case .nomis, .schoolCensus, .tidy:
            _ = try await ProfileImport(register: register).run(
                path: path, displayName: "fuzz.csv", encoding: nil,
                source: ProfileSource(source: "Fuzz \(edition)", referenceDate: CalendarDate(iso: "2011-03-27")!))
        }
    }

    @Test(arguments: Importer.allCases)
    func brokenFilesAreImportedOrRefusedCleanly(_ importer: Importer) async throws {
        try await TestDatabase.withRegister { register, _ in
            if importer == .governance { try await Fixtures.loadSchools(register) }
            let valid = Array(Self.valid(importer).utf8)
            // The unbroken file imports (so the mutations start from something the importer accepts).
            let path = try Fixtures.file(bytes: valid, name: "fuzz.csv")
            try await Self.run(importer, register, path: path)
            var baseline = try await register.database.fingerprint()
            let seed = Self.seed &+ UInt64(Importer.allCases.firstIndex(of: importer)!)
            var mutator = FileMutator(seed: seed)
            var imported = 0, refusedAtLine = 0, refusedWholeFile = 0
            let watchdog = Watchdog(label: "\(importer.rawValue) seed \(seed)")
            for number in 0..<Self.cases {
                let (bytes, how) = mutator.mutate(valid)
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                watchdog.started(case: number, how: how)
                do {
                    try await Self.run(importer, register, path: path, edition: number + 1)
                    imported += 1
                    baseline = try await register.database.fingerprint()
                } catch StoreError.importRefused(let message) {
                    let named = message.hasPrefix("fuzz.csv:") || message.hasPrefix("fuzz.csv ")
                    #expect(named && !message.contains("\n"), "case \(number) (\(how), seed \(seed)): \(message)")
                    if message.range(of: #"^fuzz\.csv:\d+:"#, options: .regularExpression) != nil {
                        refusedAtLine += 1
                    } else {
                        refusedWholeFile += 1
                    }
                    let after = try await register.database.fingerprint()
                    #expect(after == baseline, "case \(number) (\(how), seed \(seed)) changed the database: \(message)")
                } catch {
                    Issue.record("case \(number) (\(how), seed \(seed)): not a refusal: \(error)")
                }
                watchdog.finished()
            }
            print(
                "fuzz \(importer.rawValue): \(Self.cases) cases (seed \(seed)): \(imported) imported, "
                    + "\(refusedAtLine) refused at a line, \(refusedWholeFile) refused as a whole file")
            #expect(imported + refusedAtLine + refusedWholeFile == Self.cases)
        }
    }
}

/// Ends the test process with a message if one case runs for more than five minutes (a case takes
/// milliseconds; the margin is for the whole suite pausing, as it does while PostgreSQL waits for
/// every backend to absorb a create- or drop-database barrier, which stalled CI runs for ~100 s): a hang in a
/// parser cannot be cancelled from a task, so it is turned into a failure that names the case.
final class Watchdog: Sendable {
    private let state = Mutex<(number: Int, how: String, since: Date?)>((0, "", nil))
    private let label: String

    init(label: String) {
        self.label = label
        Thread.detachNewThread { [weak self] in
            while let self {
                Thread.sleep(forTimeInterval: 5)
                let (number, how, since) = self.state.withLock { $0 }
                if let since, Date().timeIntervalSince(since) > 300 {
                    FileHandle.standardError.write(Data("fuzz \(self.label): case \(number) (\(how)) hangs\n".utf8))
                    exit(70)
                }
            }
        }
    }

    func started(case number: Int, how: String) { state.withLock { $0 = (number, how, Date()) } }
    func finished() { state.withLock { $0.since = nil } }
}
