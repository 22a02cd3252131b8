import Foundation
import Store
import TestSupport
import Testing

@Suite struct MigrationTests {
    func withEmptyDatabase(_ body: (Database) async throws -> Void) async throws {
        let name = try await TestDatabase.empty()
        do {
            try await Database.with(TestDatabase.server.with(database: name), actor: "test") { db in try await body(db) }
            try await TestDatabase.drop(name)
        } catch {
            try? await TestDatabase.drop(name)
            throw error
        }
    }

    func copyOfMigrations() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sql-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: TestDatabase.migrationsFolder, toPath: folder)
        return folder
    }

    @Test func appliesOnceAndReportsStatus() async throws {
        let migrator = Migrator(files: try MigrationFile.load(from: TestDatabase.migrationsFolder))
        try await withEmptyDatabase { db in
            let before = try await migrator.status(db)
            #expect(before.applied.isEmpty && before.pending == migrator.files.map(\.name))
            await #expect(throws: StoreError.schemaBehind(pending: migrator.files.map(\.name))) {
                try await migrator.requireCurrent(db)
            }
            #expect(try await migrator.migrate(db) == migrator.files.map(\.name))
            #expect(try await migrator.migrate(db).isEmpty)
            let after = try await migrator.status(db)
            #expect(after.pending.isEmpty && after.applied.map(\.name) == migrator.files.map(\.name))
            try await migrator.requireCurrent(db)
        }
    }

    @Test func concurrentMigrationsApplyEachFileOnce() async throws {
        let migrator = Migrator(files: try MigrationFile.load(from: TestDatabase.migrationsFolder))
        try await withEmptyDatabase { db in
            // Two processes would each take the advisory lock in turn: one applies everything, the other nothing.
            async let first = migrator.migrate(db)
            async let second = migrator.migrate(db)
            let results = try await [first, second]
            #expect(results.map(\.count).sorted() == [0, migrator.files.count])
        }
    }

    @Test func anEditedAppliedMigrationIsAnError() async throws {
        let folder = try copyOfMigrations()
        let original = Migrator(files: try MigrationFile.load(from: folder))
        try await withEmptyDatabase { db in
            _ = try await original.migrate(db)
            let first = folder + "/" + original.files[0].name + ".sql"
            try (try String(contentsOfFile: first, encoding: .utf8) + "\n-- edited\n").write(
                toFile: first, atomically: true, encoding: .utf8)
            let edited = Migrator(files: try MigrationFile.load(from: folder))
            await #expect(throws: StoreError.migrationEdited(name: original.files[0].name)) { _ = try await edited.status(db) }
            await #expect(throws: StoreError.migrationEdited(name: original.files[0].name)) { _ = try await edited.migrate(db) }
        }
    }

    @Test func aFailingMigrationAppliesNothing() async throws {
        let folder = try copyOfMigrations()
        try "CREATE TABLE broken_example (x integer);\nSELECT no_such_function();\n"
            .write(toFile: folder + "/9999_break_everything.sql", atomically: true, encoding: .utf8)
        let migrator = Migrator(files: try MigrationFile.load(from: folder))
        try await withEmptyDatabase { db in
            await #expect(throws: StoreError.self) { _ = try await migrator.migrate(db) }
            let status = try await migrator.status(db)
            let fingerprint = try await db.fingerprint()
            #expect(status.applied.isEmpty && fingerprint.isEmpty)
        }
    }

    @Test func misnamedFilesAreRefused() throws {
        let folder = try copyOfMigrations()
        try "SELECT 1;".write(toFile: folder + "/12_Bad-Name.sql", atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { _ = try MigrationFile.load(from: folder) }
    }
}
