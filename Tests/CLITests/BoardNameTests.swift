import Foundation
import Governance
import Store
import TestSupport
import Testing

/// The report is addressed to the board configured for its authority (`reports.board_names`):
/// Merton's to the Merton Governors' Association Board; Sutton's, with none configured, "to the
/// board", and the command warns.
@Suite struct BoardNameTests {
    @Test func eachAuthoritysReportGoesToItsOwnBoard() async throws {
        try await TestDatabase.withRegister { register, settings in
            try await Fixtures.loadSchools(register)  // Merton (315) and Sutton (319) schools
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-board-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            func report(_ la: String) async throws -> (CommandRunner.Result, String) {
                let out = folder + "/\(la).md"
                let result = try await CommandRunner.run(
                    ["report", "board", "--la", la, "--as-of", "2015-11-30", "--format", "md", "--out", out], database: settings)
                return (result, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
            }
            let (merton, mertonText) = try await report("315")
            #expect(merton.status == 0 && !merton.stderr.contains("warning"), "\(merton.stderr)")
            #expect(mertonText.contains("report to the Merton Governors' Association Board"))

            let (sutton, suttonText) = try await report("319")
            #expect(sutton.status == 0, "\(sutton.stderr)")
            #expect(sutton.stderr.contains("warning: no board is configured for LA 319"), "\(sutton.stderr)")
            #expect(suttonText.contains("report to the board") && !suttonText.contains("Merton Governors"))
            #expect(!suttonText.contains("MGA"), "\(suttonText.prefix(400))")
        }
    }
}
