import Foundation
import Governance
import PostgresNIO
import Store
import TestSupport
import Testing

/// An import killed with SIGKILL half way leaves the database as it was; run again, it completes.
@Suite struct ImportKillTests {
    /// Counts other sessions on this database that are inside a transaction, and for how long.
    static func busySessions(_ register: Register, olderThanMilliseconds: Int) async throws -> Int {
        try await register.database.read { connection in
            var count = 0
            let rows = try await connection.query(
                """
                SELECT count(*)::bigint FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                  AND xact_start IS NOT NULL AND now() - xact_start > make_interval(secs => \(Double(olderThanMilliseconds) / 1000))
                """, logger: register.database.logger)
            for try await n in rows.decode(Int.self) { count = n }
            return count
        }
    }

    @Test func anImportKilledHalfWayLeavesTheDatabaseAsItWas() async throws {
        try await TestDatabase.withRegister { register, settings in
            // 400 maintained schools and 20,000 governance rows from the benchmark generator.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-kill-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let bench = Process()
            bench.executableURL = URL(fileURLWithPath: CommandRunner.executable + "-bench")
            bench.arguments = [folder, "400", "20000", "7"]
            #expect(try await ChildProcess.run(bench).status == 0)
            let schools = try await CommandRunner.run(["import", "schools", folder + "/establishments.csv"], database: settings)
            #expect(schools.status == 0, "\(schools.stderr)")
            let before = try await register.database.fingerprint()

            let importer = Process()
            importer.executableURL = URL(fileURLWithPath: CommandRunner.executable)
            importer.arguments = ["import", "gias", folder + "/governance.csv"]
            var environment = ProcessInfo.processInfo.environment
            environment["GOVMON_DATABASE_URL"] =
                settings.url
            environment["GOVMON_HOME"] = TestDatabase.root.path
            importer.environment = environment
            importer.standardOutput = FileHandle.nullDevice
            importer.standardError = FileHandle.nullDevice
            try importer.run()
            // Half way: the import has held its transaction open for a while.
            var waited = 0
            while try await Self.busySessions(register, olderThanMilliseconds: 700) == 0 && importer.isRunning && waited < 600 {
                try await Task.sleep(for: .milliseconds(50))
                waited += 1
            }
            #expect(importer.isRunning, "the import finished before it could be killed; make the file larger")
            kill(importer.processIdentifier, SIGKILL)
            _ = await ChildProcess.waitForExit(importer)
            #expect(importer.terminationReason == .uncaughtSignal)
            // PostgreSQL notices the dead client and rolls its transaction back.
            waited = 0
            while try await Self.busySessions(register, olderThanMilliseconds: 0) > 0 && waited < 600 {
                try await Task.sleep(for: .milliseconds(50))
                waited += 1
            }
            #expect(try await register.database.fingerprint() == before)

            // Run again to the end: it imports.
            let again = try await CommandRunner.run(["import", "gias", folder + "/governance.csv"], database: settings)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(try await register.appointments().count > 1_000)
            #expect(try await register.database.fingerprint() != before)
        }
    }
}
