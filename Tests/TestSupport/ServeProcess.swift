import Foundation
import Store

/// A `govmon serve` process for tests that need real replicas, signals and a real HTTP client (curl).
package final class ServeProcess: @unchecked Sendable {
    // @unchecked: the Process is only touched from the test that owns it, one call at a time.
    package let process = Process()
    package let port: Int
    package let log: String

    package init(port: Int, database: DatabaseSettings, environment: [String: String] = [:]) throws {
        self.port = port
        log = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-serve-\(port)-\(UUID().uuidString).log").path
        FileManager.default.createFile(atPath: log, contents: nil)
        process.executableURL = URL(fileURLWithPath: CommandRunner.executable)
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", String(port)]
        var env = ProcessInfo.processInfo.environment
        env["GOVMON_DATABASE_URL"] = database.url
        env["GOVMON_HOME"] = TestDatabase.root.path
        env["GOVMON_SERVER_TICK_SECONDS"] = "0.5"
        env["GOVMON_SERVER_CACHE_SECONDS"] = "0"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let handle = FileHandle(forWritingAtPath: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    /// A free-looking port in a range the tests use.
    package static func port() -> Int { Int.random(in: 20_000...29_999) }

    /// Waits until GET /health answers (or the process exits).
    package func waitUntilUp(seconds: Double = 30) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline && process.isRunning {
            if (try? await Self.curl("http://127.0.0.1:\(port)/health").status) == 200 { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw StoreError.invalid("govmon serve on \(port) did not come up: \(output)")
    }

    package var output: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

    package func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    package func waitForExit(seconds: Double = 20) async -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(100)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Runs curl: (HTTP status, body).
    package static func curl(_ url: String, method: String = "GET", token: String? = nil, body: String? = nil) async throws -> (
        status: Int, body: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        var arguments = ["-s", "-m", "10", "-o", "-", "-w", "\n%{http_code} %{content_type}", "-X", method, url]
        if let token { arguments += ["-H", "Authorization: Bearer \(token)"] }
        if let body { arguments += ["-H", "Content-Type: application/json", "--data", body] }
        process.arguments = arguments
        let text = String(decoding: try await ChildProcess.run(process).stdout, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let trailer = (lines.last ?? "").split(separator: " ", maxSplits: 1).map(String.init)
        let status = Int(trailer.first ?? "") ?? 0
        let answer = lines.dropLast().joined(separator: "\n")
        if status > 0, let path = URL(string: url).map({ $0.path + ($0.query.map { "?" + $0 } ?? "") }) {
            ContractRecorder.record(
                method: method, uri: path, status: status, contentType: trailer.count > 1 ? trailer[1] : nil,
                body: Array(answer.utf8))
        }
        return (status, answer)
    }

    deinit { if process.isRunning { process.terminate() } }
}
