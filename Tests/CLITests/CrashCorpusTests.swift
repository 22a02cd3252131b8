import Foundation
import Governance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import TestSupport
import Testing

/// Inputs at the edges, none of which may end a process on a signal (issue 11, item 3): the
/// report, representativeness, tracking and import commands over dates before the register and
/// far in the future, an authority with no bodies, a body with no school, and empty files; and
/// the same reports over HTTP. Each command ends with success or one sentence (exit 0 or 1).
@Suite struct CrashCorpusTests {
    static let dates = ["1900-01-01", "2015-11-30", "2999-12-31"]

    @Test func edgeInputsNeverCrashACommand() async throws {
        try await TestDatabase.withRegister { register, settings in
            let w = try await TwoAuthorities.make(register)
            try await register.addLocalAuthority(LocalAuthority(code: 320, name: "Kingston"))
            let orphan = try await register.database.write { connection in
                try await connection.query(
                    "INSERT INTO governing_bodies (la_code, name) VALUES (315, 'Orphan body') RETURNING body_id",
                    logger: register.database.logger
                ).decode(Int64.self).reduce(into: [Int64]()) { $0.append($1) }[0]
            }
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-corpus-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: out) }
            let empty = try Fixtures.file("")
            let headerOnly = try Fixtures.file("geography_code,geography_name,dimension,category,count\n")
            var corpus: [[String]] = []
            for date in Self.dates {
                for la in ["315", "320"] {
                    for format in ["html", "md", "json", "csv"] {
                        corpus.append([
                            "report", "board", "--la", la, "--as-of", date, "--format", format, "--out", "\(out)/r.\(format)",
                        ])
                    }
                    corpus.append([
                        "report", "board", "--la", la, "--as-of", date, "--since", "1800-01-01", "--audience", "officer",
                        "--format",
                        "md", "--out", "\(out)/since.md",
                    ])
                    corpus.append(["represent", "borough", la, "--as-of", date])
                    corpus.append(["represent", "snapshot", "--la", la, "--as-of", date])
                    corpus.append(["register", "summary", "--la", la, "--as-of", date])
                    corpus.append(["reconstitution", "status", "--la", la, "--as-of", date])
                }
                for body in [String(w.merton.body), String(orphan)] {
                    corpus.append(["represent", "body", body, "--as-of", date])
                    corpus.append(["body", "check", body, "--as-of", date])
                }
                corpus.append(["track", "run", "--as-of", date])
                corpus.append(["retention", "run", "--as-of", date, "--dry-run"])
            }
            corpus.append(["represent", "trend", "320"])
            for file in [empty, headerOnly] {
                corpus.append(["import", "gias", file])
                corpus.append(["import", "schools", file])
                corpus.append(["profile", "import", file, "--source", "Edge", "--date", "2011-03-27"])
            }
            for words in corpus {
                let run = try await CommandRunner.run(words, database: settings)
                #expect(
                    run.status == 0 || run.status == 1,
                    "govmon \(words.joined(separator: " ")) ended with \(run.status): \(run.stderr.suffix(400))")
                if run.status == 1 { #expect(!run.stderr.isEmpty, "govmon \(words.joined(separator: " ")) failed silently") }
            }
            // A report for an authority with nothing to report says so.
            let nothing = try await CommandRunner.run(
                ["report", "board", "--la", "320", "--as-of", "2015-11-30", "--format", "md", "--out", "\(out)/k.md"],
                database: settings)
            #expect(nothing.status == 0)
            #expect(try String(contentsOfFile: "\(out)/k.md", encoding: .utf8).contains("There is nothing to report"))

            // The same edges over HTTP, as the board and as an officer: answers, never a dead replica.
            let (_, admin) = try await register.createToken(
                owner: "Ada", role: .officer, bodyID: nil, laCodes: nil, expiresOn: nil)
            let (_, board) = try await register.createToken(owner: "Bo", role: .board, bodyID: nil, laCodes: nil, expiresOn: nil)
            try await ServiceFixture.service(settings) { api in
                for date in Self.dates {
                    for token in [admin, board] {
                        for format in ["html", "md", "json", "csv"] {
                            for la in ["315", "320"] {
                                let status = try await api.call(
                                    .get, "/api/v1/reports/board?la=\(la)&as_of=\(date)&format=\(format)", as: token
                                ).status
                                #expect(status == .ok, "report la \(la) \(date) \(format): \(status)")
                            }
                        }
                        let orphaned = try await api.call(
                            .get, "/api/v1/bodies/\(orphan)/representativeness?as_of=\(date)", as: token
                        ).status
                        #expect(orphaned == .notFound, "orphan body \(date): \(orphaned)")
                        let borough = try await api.call(
                            .get, "/api/v1/authorities/320/representativeness?as_of=\(date)", as: token
                        ).status
                        #expect(borough == .ok, "empty authority \(date): \(borough)")
                    }
                }
            }
        }
    }
}
